@testable import SpecwrightGenerator
import Testing

struct TypeSpellingTests {
    /// Inside `Customer.Billing.Contact`, which has its own nested `Address`.
    let insideContact = TypeSpelling()
        .entering("Customer", nestedNames: ["Billing"])
        .entering("Billing", nestedNames: ["Address", "Contact"])
        .entering("Contact", nestedNames: ["Address", "Phone"])

    @Test func nestedTypeIsWrittenByItsOwnName() {
        #expect(insideContact.spell("Customer.Billing.Contact.Phone") == "Phone")
    }

    @Test func enclosingTypesAreWrittenByTheirOwnName() {
        #expect(insideContact.spell("Customer.Billing.Contact") == "Contact")
        #expect(insideContact.spell("Customer") == "Customer")
    }

    @Test func typeHiddenByACloserOneKeepsItsPath() {
        #expect(insideContact.spell("Customer.Billing.Address") == "Customer.Billing.Address")
        #expect(insideContact.spell("Customer.Billing.Contact.Address") == "Address")
    }

    @Test func topLevelTypesAreWrittenAsTheyAre() {
        #expect(insideContact.spell("Invoice.Line") == "Invoice.Line")
        #expect(TypeSpelling().spell("Customer") == "Customer")
    }
}
