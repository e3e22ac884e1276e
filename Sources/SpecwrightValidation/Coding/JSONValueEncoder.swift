import Foundation

/// Encodes an `Encodable` value into a `JSONValue` tree, without going through bytes: what typed
/// `validationIssues()` checks, so that a value built in code is judged exactly as its wire form would be.
public struct JSONValueEncoder: Sendable {
    public init() {}

    public func encode<Value: Encodable>(_ value: Value) throws -> JSONValue {
        let slot = EncodedSlot()
        try EncodedSlot.encode(value, into: slot, codingPath: [])
        return slot.materialized
    }
}

/// One value being built: a finished value, or an object or array whose members are still being written
/// (kept apart so that writing a member mutates in place).
private final class EncodedSlot {
    var value: JSONValue?
    var members: [String: EncodedSlot]?
    var elements: [EncodedSlot]?

    var materialized: JSONValue {
        if let members { return .object(members.mapValues(\.materialized)) }
        if let elements { return .array(elements.map(\.materialized)) }
        return value ?? .object([:])
    }

    func set(_ value: JSONValue) {
        self.value = value
        members = nil
        elements = nil
    }

    static func encode<T: Encodable>(_ value: T, into slot: EncodedSlot, codingPath: [any CodingKey]) throws {
        switch value {
        case let json as JSONValue: slot.set(json)
        case let number as JSONNumber: slot.set(.number(number))
        case let decimal as Decimal:
            slot.set(.number(JSONNumber(decimal.description) ?? JSONNumber((decimal as NSDecimalNumber).doubleValue)))
        default: try value.encode(to: SlotEncoder(slot: slot, codingPath: codingPath))
        }
    }
}

private struct SlotEncoder: Encoder {
    let slot: EncodedSlot
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if slot.members == nil { slot.members = [:] }
        return KeyedEncodingContainer(KeyedSlotContainer<Key>(slot: slot, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if slot.elements == nil { slot.elements = [] }
        return UnkeyedSlotContainer(slot: slot, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleSlotContainer(slot: slot, codingPath: codingPath)
    }
}

private struct KeyedSlotContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: EncodedSlot
    let codingPath: [any CodingKey]

    private func child(_ key: Key) -> EncodedSlot {
        if let existing = slot.members?[key.stringValue] { return existing }
        let child = EncodedSlot()
        slot.members?[key.stringValue] = child
        return child
    }

    mutating func encodeNil(forKey key: Key) throws { child(key).set(.null) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { child(key).set(.bool(value)) }
    mutating func encode(_ value: String, forKey key: Key) throws { child(key).set(.string(value)) }
    mutating func encode(_ value: Double, forKey key: Key) throws { child(key).set(.number(JSONNumber(value))) }
    mutating func encode(_ value: Int, forKey key: Key) throws { child(key).set(.number(JSONNumber(value))) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { child(key).set(.number(JSONNumber(value))) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try EncodedSlot.encode(value, into: child(key), codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        SlotEncoder(slot: child(key), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        SlotEncoder(slot: child(key), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { SlotEncoder(slot: slot, codingPath: codingPath) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { SlotEncoder(slot: child(key), codingPath: codingPath + [key]) }
}

private struct UnkeyedSlotContainer: UnkeyedEncodingContainer {
    let slot: EncodedSlot
    let codingPath: [any CodingKey]

    var count: Int {
        slot.elements?.count ?? 0
    }

    private func appended() -> EncodedSlot {
        let child = EncodedSlot()
        slot.elements?.append(child)
        return child
    }

    mutating func encodeNil() throws { appended().set(.null) }
    mutating func encode(_ value: Bool) throws { appended().set(.bool(value)) }
    mutating func encode(_ value: String) throws { appended().set(.string(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try EncodedSlot.encode(value, into: appended(), codingPath: codingPath + [AnyCodingKey(intValue: count)!])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        SlotEncoder(slot: appended(), codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        SlotEncoder(slot: appended(), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { SlotEncoder(slot: appended(), codingPath: codingPath) }
}

private struct SingleSlotContainer: SingleValueEncodingContainer {
    let slot: EncodedSlot
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { slot.set(.null) }
    mutating func encode(_ value: Bool) throws { slot.set(.bool(value)) }
    mutating func encode(_ value: String) throws { slot.set(.string(value)) }
    mutating func encode(_ value: Double) throws { slot.set(.number(JSONNumber(value))) }
    mutating func encode(_ value: Float) throws { slot.set(.number(JSONNumber(Double(value)))) }
    mutating func encode(_ value: Int) throws { slot.set(.number(JSONNumber(value))) }
    mutating func encode(_ value: Int32) throws { slot.set(.number(JSONNumber(Int64(value)))) }
    mutating func encode(_ value: Int64) throws { slot.set(.number(JSONNumber(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws { try EncodedSlot.encode(value, into: slot, codingPath: codingPath) }
}
