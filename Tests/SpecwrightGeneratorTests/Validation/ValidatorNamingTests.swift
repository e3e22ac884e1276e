@testable import SpecwrightGenerator
import Testing

/// Validator function names from schema pointers: lower camel case, ASCII letters and digits only.
struct ValidatorNamingTests {
    @Test func aPointerNamesItsSchemaWithoutTheStructuralTokens() {
        #expect(ValidatorNaming.functionName(forPointer: "file.yaml#/components/schemas/create_customer/properties/address")
            == "createCustomerAddress")
        #expect(ValidatorNaming.functionName(forPointer: "#/components/schemas/Pet/$defs/Tag") == "petTag")
        #expect(ValidatorNaming.functionName(forPointer: "#/components/schemas") == "schema")
        #expect(ValidatorNaming.functionName(forPointer: "#/components/schemas/a~1b") == "a1b")
    }

    @Test func leadingCapitalsAreLoweredAsOneWord() {
        #expect(ValidatorNaming.camelCase(["CreateCustomerRequest"]) == "createCustomerRequest")
        #expect(ValidatorNaming.camelCase(["IBANAccount"]) == "ibanAccount")
        #expect(ValidatorNaming.camelCase(["URL"]) == "url")
        #expect(ValidatorNaming.camelCase(["postal_code", "line-2"]) == "postalCodeLine2")
        #expect(ValidatorNaming.upperCamelCase("postal_code") == "PostalCode")
    }

    @Test func theNameIsAlwaysAValidIdentifier() {
        #expect(ValidatorNaming.camelCase(["3ds", "result"]) == "schema3dsResult")
        #expect(ValidatorNaming.camelCase(["", "--"]) == "schema")
        #expect(ValidatorNaming.camelCase(["default"]) == "defaultSchema")
    }

    @Test func onlyASCIILettersAndDigitsAreKept() {
        #expect(ValidatorNaming.camelCase(["café_prix"]) == "cafPrix")
        // A letter with a combining mark is one character and not an ASCII letter.
        #expect(ValidatorNaming.camelCase(["e\u{301}tat"]) == "tat")
    }
}
