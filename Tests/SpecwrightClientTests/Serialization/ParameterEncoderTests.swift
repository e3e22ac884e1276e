import Foundation
import Testing

@testable import SpecwrightClient
import SpecwrightValidation

@Suite struct ParameterEncoderTests {
    @Test func scalarsAreWrittenAsTheJSONCodingWritesThem() throws {
        #expect(try ParameterEncoder.encode(UUID(uuidString: "123E4567-E89B-12D3-A456-426614174000")!) == .scalar("123e4567-e89b-12d3-a456-426614174000"))
        #expect(try ParameterEncoder.encode(Date(timeIntervalSince1970: 1_722_537_845)) == .scalar("2024-08-01T18:44:05Z"))
        #expect(try ParameterEncoder.encode(CalendarDate("2024-02-29")!) == .scalar("2024-02-29"))
        #expect(try ParameterEncoder.encode(Decimal(string: "12.30")!) == .scalar("12.3"))
        #expect(try ParameterEncoder.encode(2.0) == .scalar("2"))
        #expect(try ParameterEncoder.encode(2.5) == .scalar("2.5"))
        #expect(try ParameterEncoder.encode(Int32(-7)) == .scalar("-7"))
        #expect(try ParameterEncoder.encode(false) == .scalar("false"))
    }

    @Test func enumsAreTheirRawValues() throws {
        enum Status: String, Encodable { case active = "ACTIVE" }
        #expect(try ParameterEncoder.encode(Status.active) == .scalar("ACTIVE"))
        #expect(try ParameterEncoder.encode([Status.active, .active]) == .list([.scalar("ACTIVE"), .scalar("ACTIVE")]))
    }

    @Test func absentOptionalMembersAreLeftOut() throws {
        struct Filter: Encodable {
            var name: String?
            var limit = 3
        }
        #expect(try ParameterEncoder.encode(Filter()) == .object([.init(name: "limit", value: .scalar("3"))]))
    }
}
