import Testing
@testable import SpecwrightModel

struct SwiftNamingTests {
    @Test(arguments: [
        ("customer_status", "CustomerStatus"),
        ("NATURAL_PERSON", "NaturalPerson"),
        ("customerEntityType", "CustomerEntityType"),
        ("2fa-settings", "_2faSettings"),
        ("Date", "DateSchema"),
        ("Protocol", "ProtocolSchema"),
        ("Éclair", "Eclair"),
    ])
    func typeNames(raw: String, expected: String) {
        #expect(SwiftNaming.typeName(raw) == expected)
    }

    @Test(arguments: [
        ("customer_status", "customerStatus"),
        ("Requestor-ID", "requestorId"),
        ("createdOn", "createdOn"),
        ("default", "`default`"),
        ("self", "_self"),
        ("init", "_init"),
        ("protocol", "`protocol`"),
        ("1st", "_1st"),
        ("$ref", "ref"),
        ("", "value"),
        ("Pending Approval", "pendingApproval"),
    ])
    func memberNames(raw: String, expected: String) {
        #expect(SwiftNaming.memberName(raw) == expected)
    }

    @Test func scopeResolvesCollisionsInOrder() {
        var scope = SwiftNaming.Scope(reserved: ["undocumented"])
        #expect(scope.claim("status") == "status")
        #expect(scope.claim("status") == "status2")
        #expect(scope.claim("undocumented") == "undocumented2")
        #expect(scope.claim("default") == "`default`")
    }
}
