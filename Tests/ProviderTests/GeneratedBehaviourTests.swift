import Foundation
import SpecwrightValidation
import Testing
import Tradevest

/// What the generated types promise beyond "it compiles", checked on a real provider's types.
struct GeneratedBehaviourTests {
    private let payload = Data("""
    {
      "reassessmentDate": "2024-12-31",
      "reassessmentType": "PERIODIC",
      "reassessmentStatus": "POSTPONED"
    }
    """.utf8)

    @Test func aValueTheProviderAddsLaterDecodesAndRoundTrips() throws {
        let reassessment = try JSONDecoder().decode(Reassessment.self, from: payload)
        #expect(reassessment.reassessmentStatus == .undocumented("POSTPONED"))
        #expect(reassessment.reassessmentType == .periodic)
        let encoded = try JSONValue(parsing: JSONEncoder().encode(reassessment))
        #expect(encoded["reassessmentStatus"] == "POSTPONED")
    }

    @Test func calendarDatesDoNotShiftWithTheTimeZone() throws {
        let reassessment = try JSONDecoder().decode(Reassessment.self, from: payload)
        #expect(reassessment.reassessmentDate == CalendarDate(year: 2024, month: 12, day: 31))
        let encoded = try JSONValue(parsing: JSONEncoder().encode(reassessment))
        #expect(encoded["reassessmentDate"] == "2024-12-31")
    }

    @Test func uuidsAreWrittenLowercase() throws {
        let result = try JSONDecoder().decode(
            CreateCustomerResult.self, from: Data(#"{"customerId": "3F0C5A8E-6B1D-4C2E-9A7F-1B2C3D4E5F60"}"#.utf8)
        )
        let encoded = try JSONValue(parsing: JSONEncoder().encode(result))
        #expect(encoded["customerId"] == "3f0c5a8e-6b1d-4c2e-9a7f-1b2c3d4e5f60")
    }

    @Test func dateTimesReadFractionsAndOffsetsWithAPlainDecoder() throws {
        let customer = """
        {"customerId": "3f0c5a8e-6b1d-4c2e-9a7f-1b2c3d4e5f60", "customerStatus": "ACTIVE",
         "entityId": "5937e644-0066-44a6-a335-d37a95198bb4", "entityType": "NATURAL_PERSON",
         "createdOn": "2024-09-10T22:35:12.004Z", "modifiedOn": "2024-09-11T00:35:12+02:00"}
        """
        let decoded = try JSONDecoder().decode(Customer.self, from: Data(customer.utf8))
        #expect(decoded.createdOn == Date(timeIntervalSince1970: 1_726_007_712.004))
        #expect(decoded.modifiedOn == Date(timeIntervalSince1970: 1_726_007_712))
    }

    @Test func aMissingRequiredMemberIsADecodingError() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Reassessment.self, from: Data(#"{"reassessmentType": "PERIODIC"}"#.utf8))
        }
    }
}
