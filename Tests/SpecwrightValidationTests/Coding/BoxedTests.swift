import Foundation
import SpecwrightValidation
import Testing

/// The box generated structs keep struct-typed members in: value semantics, copy on write.
struct BoxedTests {
    struct Amount: Equatable, Sendable {
        var value: Int
        var currency: String
    }

    /// How generated code stores a struct-typed member: the public property forwards to the box.
    struct Payment: Equatable, Sendable {
        var amount: Amount {
            get { _amount.value }
            set { _amount = Boxed(consume newValue) }
            _modify { yield &_amount.value }
        }
        private var _amount: Boxed<Amount>

        init(amount: Amount) { _amount = Boxed(consume amount) }
    }

    @Test func mutatingACopyLeavesTheOriginalAlone() {
        let original = Payment(amount: Amount(value: 100, currency: "EUR"))
        var copy = original
        copy.amount.value = 250
        copy.amount.currency += "X"
        #expect(original.amount == Amount(value: 100, currency: "EUR"))
        #expect(copy.amount == Amount(value: 250, currency: "EURX"))
        #expect(original != copy)
    }

    @Test func settingReplacesOnlyThisValue() {
        let original = Payment(amount: Amount(value: 1, currency: "USD"))
        var copy = original
        copy.amount = Amount(value: 2, currency: "GBP")
        #expect(original.amount.value == 1)
        #expect(copy.amount.value == 2)
    }

    @Test func aUniqueBoxIsMutatedInPlace() {
        var box = Boxed([1, 2, 3])
        box.value.append(4)
        var other = box
        other.value.removeAll()
        #expect(box.value == [1, 2, 3, 4])
        #expect(other.value.isEmpty)
    }

    @Test func codingGoesThroughTheValue() throws {
        let data = try JSONEncoder().encode(Boxed([7, 8]))
        #expect(String(decoding: data, as: UTF8.self) == "[7,8]")
        #expect(try JSONDecoder().decode(Boxed<[Int]>.self, from: data).value == [7, 8])
    }
}
