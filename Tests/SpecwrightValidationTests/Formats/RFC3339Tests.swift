import Foundation
import Testing

import SpecwrightValidation

@Suite struct RFC3339Tests {
    @Test(arguments: [
        ("1970-01-01T00:00:00Z", 0.0),
        ("1970-01-01T00:00:00.5Z", 0.5),
        ("1970-01-01t01:00:00z", 3_600.0),
        ("1970-01-01T01:00:00+01:00", 0.0),
        ("1969-12-31T19:00:00-05:00", 0.0),
        ("2000-02-29T12:00:00Z", 951_825_600.0),
        ("1998-12-31T23:59:60Z", 915_148_800.0),  // a leap second is the next second in POSIX time
        ("1998-12-31T15:59:60-08:00", 915_148_800.0),
        ("1900-01-01T00:00:00Z", -2_208_988_800.0),
        ("0001-01-01T00:00:00Z", -62_135_596_800.0),
        ("9999-12-31T23:59:59Z", 253_402_300_799.0),
    ])
    func parsesInstants(_ text: String, secondsSince1970: Double) throws {
        let date = try #require(RFC3339.parseDateTime(text))
        #expect(date.timeIntervalSince1970 == secondsSince1970)
    }

    @Test func fractionalSecondsKeepTheirPrecision() throws {
        let date = try #require(RFC3339.parseDateTime("1963-06-19T08:30:06.283185Z"))
        #expect(RFC3339.formatDateTime(date) == "1963-06-19T08:30:06.283185Z")
        // Fifteen nines are more than a Date holds: the instant is within a microsecond of the next second.
        let long = try #require(RFC3339.parseDateTime("1985-04-12T00:59:59.999999999999999Z"))
        #expect(abs(long.timeIntervalSince1970 - 482_115_600) < 1e-6)
    }

    @Test(arguments: [
        "2024-02-30T00:00:00Z", "2024-01-01T24:00:00Z", "2024-01-01T00:60:00Z", "2024-01-01T00:00:61Z",
        "2024-01-01T23:59:60+01:00", "2024-01-01 00:00:00Z", "2024-01-01T00:00:00", "2024-01-01T00:00:00+0100",
        "2024-01-01T00:00:00+01", "2024-01-01T00:00:00.Z", "2024-01-01T00:00:00Z ", "+2024-01-01T00:00:00Z",
        "2024-01-01T00:00:00,5Z", "2024-01-01T00:00:00+24:00", "2024-01-01", "",
    ])
    func rejectsWhatIsNotRFC3339(_ text: String) {
        #expect(RFC3339.parseDateTime(text) == nil)
        #expect(!RFC3339.isValidDateTime(text))
    }

    @Test(arguments: [
        (0.0, "1970-01-01T00:00:00Z"),
        (0.25, "1970-01-01T00:00:00.25Z"),
        (-0.25, "1969-12-31T23:59:59.75Z"),
        (1_700_000_000.123, "2023-11-14T22:13:20.123Z"),
        (951_782_400.0, "2000-02-29T00:00:00Z"),
        (-62_135_596_800.0, "0001-01-01T00:00:00Z"),
        (253_402_300_799.5, "9999-12-31T23:59:59.5Z"),
        (-2_208_988_800.000_001, "1899-12-31T23:59:59.999999Z"),
    ])
    func formatsInUTC(_ secondsSince1970: Double, _ expected: String) {
        let date = Date(timeIntervalSince1970: secondsSince1970)
        #expect(RFC3339.formatDateTime(date) == expected)
        #expect(RFC3339.parseDateTime(expected).map { abs($0.timeIntervalSince(date)) < 1e-6 } == true)
    }

    /// Foundation's formatter switches to the Julian calendar before 1582-10-15; RFC 3339 is proleptic
    /// Gregorian, so the comparison starts in 1600.
    @Test func agreesWithFoundationOnRandomInstants() throws {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let seconds = Double(Int64.random(in: -11_676_096_000...253_402_300_799, using: &generator))
            let date = Date(timeIntervalSince1970: seconds)
            #expect(RFC3339.formatDateTime(date) == formatter.string(from: date))
            #expect(RFC3339.parseDateTime(formatter.string(from: date)) == date)
        }
    }

    @Test func dateAndTimeOnTheirOwn() {
        #expect(RFC3339.isValidDate("2024-02-29"))
        #expect(!RFC3339.isValidDate("2023-02-29"))
        #expect(RFC3339.isValidTime("23:59:60Z"))
        #expect(RFC3339.isValidTime("01:29:60+01:30"))
        #expect(!RFC3339.isValidTime("23:59:60+01:00"))
        #expect(!RFC3339.isValidTime("12:00:00"))
    }
}

@Suite struct CalendarDateTests {
    @Test(arguments: ["2024-02-29", "2000-02-29", "0000-01-01", "9999-12-31", "1990-01-31", "2025-12-01"])
    func roundTrips(_ text: String) throws {
        let date = try #require(CalendarDate(text))
        #expect(date.description == text)
        let json = try JSONEncoder().encode([date])
        #expect(String(decoding: json, as: UTF8.self) == "[\"\(text)\"]")
        #expect(try JSONDecoder().decode([CalendarDate].self, from: json) == [date])
    }

    @Test(arguments: ["2025-02-29", "1990-01-38", "1900-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-1-01",
                      "24-01-01", "2024-01-01T00:00:00Z", " 2024-01-01", "2024/01/01", "", "２０２４-01-01"])
    func rejectsInvalidDates(_ text: String) {
        #expect(CalendarDate(text) == nil)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CalendarDate].self, from: Data("[\"\(text)\"]".utf8)) }
    }

    @Test func componentsAreCheckedAgainstTheCalendar() {
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2025, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 1990, month: 1, day: 38) == nil)
        #expect(CalendarDate(year: 2024, month: 0, day: 1) == nil)
        #expect(CalendarDate(year: 10_000, month: 1, day: 1) == nil)
        #expect(CalendarDate(year: -1, month: 1, day: 1) == nil)
        #expect(CalendarDate(year: 7, month: 3, day: 5)?.description == "0007-03-05")
    }

    @Test func comparesChronologically() throws {
        let dates = ["2024-03-01", "2023-12-31", "2024-02-29", "2024-01-15"].compactMap(CalendarDate.init)
        #expect(dates.sorted().map(\.description) == ["2023-12-31", "2024-01-15", "2024-02-29", "2024-03-01"])
        let leapDay = try #require(CalendarDate("2024-02-29"))
        #expect(leapDay == CalendarDate(year: 2024, month: 2, day: 29))
    }

    @Test func decodesWithoutATimeZoneShift() throws {
        struct Person: Codable { let dateOfBirth: CalendarDate }
        let person = try JSONDecoder().decode(Person.self, from: Data(#"{"dateOfBirth":"1990-01-01"}"#.utf8))
        #expect(person.dateOfBirth.year == 1990 && person.dateOfBirth.month == 1 && person.dateOfBirth.day == 1)
    }
}
