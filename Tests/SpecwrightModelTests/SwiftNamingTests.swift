import SpecwrightReader
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

    /// Issue 9: an upper-case prefix is one lower-case word, for enum cases as for properties.
    @Test(arguments: [
        ("AULocalAccountIdentification", "auLocalAccountIdentification"),
        ("SELocalAccountIdentification", "seLocalAccountIdentification"),
        ("IBANNumber", "ibanNumber"),
        ("URLs", "urls"),
        ("IDs", "ids"),
        ("ETag", "eTag"),
        ("IBAN", "iban"),
        ("XMLHttpRequest", "xmlHttpRequest"),
        ("accountIBAN", "accountIban"),
    ])
    func upperCasePrefixBecomesOneLowerCaseWord(raw: String, expected: String) {
        #expect(SwiftNaming.memberName(raw) == expected)
    }

    @Test func enumerationCasesAndPropertiesFollowTheSameRule() throws {
        let model = try ModelBuilder.build(try Spec.load(text: """
            openapi: 3.1.0
            info: {title: Naming, version: "1"}
            paths: {}
            components:
              schemas:
                AccountIdentification:
                  type: object
                  properties:
                    type:
                      type: string
                      enum: [AULocalAccountIdentification, SELocalAccountIdentification]
                    AULocalAccountIdentification:
                      type: string
            """, path: "/naming/spec.yaml"))
        let declaration = try #require(model.types.first { $0.name == "AccountIdentification" })
        guard case .structure(let structure) = declaration.kind else { Issue.record("not a structure"); return }
        #expect(structure.properties.map(\.swiftName) == ["type", "auLocalAccountIdentification"])
        let enumeration = try #require(declaration.nestedTypes.first)
        guard case .stringEnumeration(let values) = enumeration.kind else { Issue.record("not an enumeration"); return }
        #expect(values.cases.map(\.swiftName) == ["auLocalAccountIdentification", "seLocalAccountIdentification"])
    }

    @Test func scopeResolvesCollisionsInOrder() {
        var scope = SwiftNaming.Scope(reserved: ["undocumented"])
        #expect(scope.claim("status") == "status")
        #expect(scope.claim("status") == "status2")
        #expect(scope.claim("undocumented") == "undocumented2")
        #expect(scope.claim("default") == "`default`")
    }
}
