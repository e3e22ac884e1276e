import Foundation

/// RFC 3339 dates and times (section 5.6): the `date`, `time` and `date-time` formats, and the conversions
/// that generated Codable types use for `date-time` properties.
///
/// - `date` (full-date): `YYYY-MM-DD`, a real calendar date (leap years included), years 0000 to 9999.
/// - `time` (full-time): `HH:MM:SS`, optional fraction `.S...`, then `Z` or `±HH:MM`. A leap second
///   (`:60`) is accepted only where UTC is 23:59 (`23:59:60Z`, `15:59:60-08:00`).
/// - `date-time`: full-date `T` full-time; `T` and `Z` may be lowercase.
///
/// Only ASCII digits count as digits; nothing may precede or follow (no whitespace, no newline).
public enum RFC3339 {
    /// Whether `value` is an RFC 3339 full-date.
    public static func isValidDate(_ value: String) -> Bool {
        value.withUTF8Bytes { bytes in
            var cursor = ByteCursor(bytes)
            return FullDate(&cursor) != nil && cursor.isAtEnd
        }
    }

    /// Whether `value` is an RFC 3339 full-time.
    public static func isValidTime(_ value: String) -> Bool {
        value.withUTF8Bytes { bytes in
            var cursor = ByteCursor(bytes)
            return FullTime(&cursor) != nil && cursor.isAtEnd
        }
    }

    /// Whether `value` is an RFC 3339 date-time.
    public static func isValidDateTime(_ value: String) -> Bool {
        value.withUTF8Bytes { bytes in
            var cursor = ByteCursor(bytes)
            return DateTime(&cursor) != nil && cursor.isAtEnd
        }
    }

    /// The instant `value` names, or `nil` when it is not an RFC 3339 date-time.
    ///
    /// Accepts fractional seconds of any length (kept to the precision of `Date`), `Z`/`z` or a numeric
    /// offset, `t` for `T`. A leap second `23:59:60Z` is the same instant as the following `00:00:00Z`.
    public static func parseDateTime(_ value: String) -> Date? {
        let parsed: DateTime? = value.withUTF8Bytes { bytes in
            var cursor = ByteCursor(bytes)
            guard let dateTime = DateTime(&cursor), cursor.isAtEnd else { return nil }
            return dateTime
        }
        guard let dateTime = parsed else { return nil }
        let date = dateTime.date
        let time = dateTime.time
        let days = daysSince1970(year: date.year, month: date.month, day: date.day)
        let seconds = days * 86_400 + time.hour * 3_600 + time.minute * 60 + time.second - time.offsetMinutes * 60
        return Date(timeIntervalSince1970: Double(seconds) + time.fraction)
    }

    /// Whether ``formatDateTime(_:)`` writes `date` with a four-digit year (0001 to 9999), the form every
    /// `date-time` check accepts.
    public static func formatsAsFourDigitYear(_ date: Date) -> Bool {
        let seconds = date.timeIntervalSince1970
        return seconds >= -62_135_596_800 && seconds < 253_402_300_799
    }

    /// `date` in UTC as an RFC 3339 date-time: `2024-05-01T12:30:00Z`, or `2024-05-01T12:30:00.25Z` when
    /// the seconds have a fraction (to the microsecond, trailing zeros dropped).
    ///
    /// RFC 3339 has four-digit years; a date outside 0000...9999 is written with the digits its year needs
    /// (and a sign before year 0), which RFC 3339 parsers do not read back.
    public static func formatDateTime(_ date: Date) -> String {
        // ±9e18 µs is ±285,000 years; a Date that is not finite is not a time at all.
        let microseconds = (date.timeIntervalSince1970 * 1_000_000).rounded()
        let total = microseconds.isFinite ? Int64(max(min(microseconds, 9e18), -9e18)) : 0
        let seconds = Int(total.quotientRoundingDown(1_000_000))
        let fraction = Int(total - Int64(seconds) * 1_000_000)
        let days = seconds.quotientRoundingDown(86_400)
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = civilDate(daysSince1970: days)

        // "YYYY-MM-DDTHH:MM:SS.ffffffZ" for years 0...9999; other years are written by `String(year)`.
        let secondOfMinute = secondOfDay % 60, minute = secondOfDay / 60 % 60, hour = secondOfDay / 3_600
        var fractionDigits = 0
        var fractionValue = fraction
        if fraction != 0 {
            fractionDigits = 6
            while fractionValue % 10 == 0 {
                fractionValue /= 10
                fractionDigits -= 1
            }
        }
        let yearText = (0...9999).contains(year) ? "" : String(year)
        let capacity = 32 + yearText.utf8.count
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var count = 0
            func write(_ byte: UInt8) {
                buffer[count] = byte
                count += 1
            }
            func write(_ value: Int, digits: Int) {
                var divisor = 1
                for _ in 1..<digits { divisor *= 10 }
                while divisor > 0 {
                    write(UInt8(ascii: "0") + UInt8(value / divisor % 10))
                    divisor /= 10
                }
            }
            if yearText.isEmpty { write(year, digits: 4) } else { for byte in yearText.utf8 { write(byte) } }
            write(UInt8(ascii: "-"))
            write(month, digits: 2)
            write(UInt8(ascii: "-"))
            write(day, digits: 2)
            write(UInt8(ascii: "T"))
            write(hour, digits: 2)
            write(UInt8(ascii: ":"))
            write(minute, digits: 2)
            write(UInt8(ascii: ":"))
            write(secondOfMinute, digits: 2)
            if fractionDigits > 0 {
                write(UInt8(ascii: "."))
                write(fractionValue, digits: fractionDigits)
            }
            write(UInt8(ascii: "Z"))
            return count
        }
    }

    // MARK: Grammar

    /// full-date = date-fullyear "-" date-month "-" date-mday, checked against the calendar.
    struct FullDate {
        let year: Int, month: Int, day: Int

        init?(_ utf8: inout ByteCursor) {
            guard let year = readDigits(&utf8, count: 4), utf8.next() == UInt8(ascii: "-"),
                let month = readDigits(&utf8, count: 2), utf8.next() == UInt8(ascii: "-"),
                let day = readDigits(&utf8, count: 2),
                (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day)
            else { return nil }
            self.year = year
            self.month = month
            self.day = day
        }
    }

    /// full-time = partial-time time-offset.
    struct FullTime {
        let hour: Int, minute: Int, second: Int
        /// The fraction of a second, 0 ..< 1.
        let fraction: Double
        /// Local time minus UTC, in minutes.
        let offsetMinutes: Int

        init?(_ utf8: inout ByteCursor) {
            guard let hour = readDigits(&utf8, count: 2), utf8.next() == UInt8(ascii: ":"),
                let minute = readDigits(&utf8, count: 2), utf8.next() == UInt8(ascii: ":"),
                let second = readDigits(&utf8, count: 2),
                hour < 24, minute < 60, second <= 60
            else { return nil }
            var next = utf8.next()
            var fraction = 0.0
            if next == UInt8(ascii: ".") {
                // time-secfrac = "." 1*DIGIT
                var scale = 0.1
                var digitCount = 0
                next = utf8.next()
                while let byte = next, byte &- UInt8(ascii: "0") < 10 {
                    fraction += Double(byte - UInt8(ascii: "0")) * scale
                    scale /= 10
                    digitCount += 1
                    next = utf8.next()
                }
                guard digitCount > 0 else { return nil }
            }
            let offsetMinutes: Int
            switch next {
            case UInt8(ascii: "Z"), UInt8(ascii: "z"):
                offsetMinutes = 0
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                guard let offsetHour = readDigits(&utf8, count: 2), utf8.next() == UInt8(ascii: ":"),
                    let offsetMinute = readDigits(&utf8, count: 2), offsetHour < 24, offsetMinute < 60
                else { return nil }
                offsetMinutes = (offsetHour * 60 + offsetMinute) * (next == UInt8(ascii: "-") ? -1 : 1)
            default:
                return nil
            }
            // A leap second is inserted at the end of a UTC day: 23:59:60 in UTC.
            if second == 60 {
                let utcMinuteOfDay = ((hour * 60 + minute - offsetMinutes) % 1_440 + 1_440) % 1_440
                guard utcMinuteOfDay == 23 * 60 + 59 else { return nil }
            }
            self.hour = hour
            self.minute = minute
            self.second = second
            self.fraction = min(fraction, 0.999_999_999)
            self.offsetMinutes = offsetMinutes
        }
    }

    /// date-time = full-date "T" full-time.
    struct DateTime {
        let date: FullDate
        let time: FullTime

        init?(_ utf8: inout ByteCursor) {
            guard let date = FullDate(&utf8) else { return nil }
            let separator = utf8.next()
            guard separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t"), let time = FullTime(&utf8) else {
                return nil
            }
            self.date = date
            self.time = time
        }
    }

    /// Exactly `count` ASCII digits as a number.
    static func readDigits(_ utf8: inout ByteCursor, count: Int) -> Int? {
        var value = 0
        for _ in 0..<count {
            guard let byte = utf8.next(), byte &- UInt8(ascii: "0") < 10 else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    // MARK: Calendar

    static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 to the proleptic Gregorian date (negative before), after H. Hinnant's
    /// `days_from_civil`.
    static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = shiftedYear.quotientRoundingDown(400)
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian date `days` after 1970-01-01, after H. Hinnant's `civil_from_days`.
    static func civilDate(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = shifted.quotientRoundingDown(146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

extension BinaryInteger {
    /// Division rounding towards negative infinity (Swift's `/` rounds towards zero).
    func quotientRoundingDown(_ divisor: Self) -> Self {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
