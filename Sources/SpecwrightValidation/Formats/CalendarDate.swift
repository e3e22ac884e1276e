/// A day in the proleptic Gregorian calendar, without a time or a time zone: an RFC 3339 full-date
/// such as `2024-02-29`.
///
/// Generated types use it for `format: date` properties, so that a date of birth stays the same day
/// whatever the time zone of the machine that decodes it. It encodes and decodes as the string
/// `YYYY-MM-DD`; decoding rejects anything else, including dates that do not exist (`2025-02-29`,
/// `1990-01-38`). Years are 0000 to 9999, the ones the format can write.
public struct CalendarDate: Codable, Hashable, Comparable, Sendable, LosslessStringConvertible {
    public let year: Int
    /// 1 (January) to 12.
    public let month: Int
    /// 1 to the length of the month.
    public let day: Int

    /// The date, or `nil` when it does not exist (`month: 2, day: 30`) or the year is outside 0...9999.
    public init?(year: Int, month: Int, day: Int) {
        guard (0...9999).contains(year), (1...12).contains(month),
            (1...RFC3339.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`; `nil` for any other text or a date that does not exist.
    public init?(_ description: String) {
        let parsed: RFC3339.FullDate? = description.withUTF8Bytes { bytes in
            var cursor = ByteCursor(bytes)
            guard let date = RFC3339.FullDate(&cursor), cursor.isAtEnd else { return nil }
            return date
        }
        guard let date = parsed else { return nil }
        self.year = date.year
        self.month = date.month
        self.day = date.day
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        // Ten ASCII bytes (years are 0...9999): a small string, written in place.
        String(unsafeUninitializedCapacity: 10) { buffer in
            func write(_ value: Int, width: Int, at offset: Int) {
                var rest = value
                for position in (offset..<offset + width).reversed() {
                    buffer[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            write(year, width: 4, at: 0)
            buffer[4] = UInt8(ascii: "-")
            write(month, width: 2, at: 5)
            buffer[7] = UInt8(ascii: "-")
            write(day, width: 2, at: 8)
            return 10
        }
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let string = try container.decode(String.self)
        guard let date = CalendarDate(string) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "'\(string)' is not an RFC 3339 full-date (YYYY-MM-DD) of a day that exists"
            )
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
