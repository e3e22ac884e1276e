import Foundation
import SpecwrightValidation

/// Turns any `Encodable` value into a `ParameterNode`, keeping object members in encoding order.
///
/// Scalars are written the way the generated JSON coding writes them: `date-time` as RFC 3339, `uuid`
/// lowercase, `Decimal` exactly, enums as their raw value.
public enum ParameterEncoder {
    public static func encode(_ value: some Encodable) throws -> ParameterNode {
        let encoder = NodeEncoder(codingPath: [])
        try encoder.encodeValue(value)
        return encoder.storage.node
    }

    /// The text of a scalar that needs no `Encoder`, or `nil` for any other value.
    static func scalarText(of value: Any) -> String? {
        switch value {
        case let value as String: value
        case let value as Bool: value ? "true" : "false"
        case let value as Date: RFC3339.formatDateTime(value)
        case let value as UUID: value.uuidString.lowercased()
        case let value as Decimal: value.description
        case let value as URL: value.absoluteString
        case let value as any BinaryInteger: String(describing: value)
        case let value as Double: JSONNumberText.of(value)
        case let value as Float: JSONNumberText.of(Double(value))
        default: nil
        }
    }
}

/// Integral doubles print without a fraction (`100`, not `100.0`), as JSON writes them.
enum JSONNumberText {
    static func of(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}

/// A growable node shared by a container and the encoder that created it.
private final class NodeBox {
    enum Content {
        case empty
        case node(ParameterNode)
        case list([NodeBox])
        case object([(String, NodeBox)])
    }

    var content: Content = .empty

    var node: ParameterNode {
        switch content {
        case .empty: .null
        case .node(let node): node
        case .list(let boxes): .list(boxes.map(\.node))
        case .object(let members): .object(members.map { ParameterNode.Member(name: $0.0, value: $0.1.node) })
        }
    }
}

private struct NodeEncoder: Encoder {
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    let storage = NodeBox()

    func encodeValue(_ value: some Encodable) throws {
        if let text = ParameterEncoder.scalarText(of: value) {
            storage.content = .node(.scalar(text))
        } else {
            try value.encode(to: self)
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = storage.content {} else { storage.content = .object([]) }
        return KeyedEncodingContainer(KeyedNodeContainer<Key>(box: storage, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .list = storage.content {} else { storage.content = .list([]) }
        return UnkeyedNodeContainer(box: storage, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueNodeContainer(box: storage, codingPath: codingPath)
    }
}

private struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: NodeBox
    let codingPath: [any CodingKey]

    private func child(for key: Key) -> NodeEncoder {
        let encoder = NodeEncoder(codingPath: codingPath + [key])
        guard case .object(var members) = box.content else { return encoder }
        members.append((key.stringValue, encoder.storage))
        box.content = .object(members)
        return encoder
    }

    mutating func encodeNil(forKey key: Key) throws { child(for: key).storage.content = .node(.null) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try child(for: key).encodeValue(value) }
    // Optional members that are `nil` are left out, as JSON coding leaves them out.
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        child(for: key).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        child(for: key).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { child(for: Key(stringValue: "super")!) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { child(for: key) }
}

private struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
    let box: NodeBox
    let codingPath: [any CodingKey]

    var count: Int {
        if case .list(let elements) = box.content { return elements.count }
        return 0
    }

    private func child() -> NodeEncoder {
        let encoder = NodeEncoder(codingPath: codingPath + [IndexKey(intValue: count)])
        if case .list(var elements) = box.content {
            elements.append(encoder.storage)
            box.content = .list(elements)
        }
        return encoder
    }

    mutating func encodeNil() throws { child().storage.content = .node(.null) }
    mutating func encode<T: Encodable>(_ value: T) throws { try child().encodeValue(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        child().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { child().unkeyedContainer() }
    mutating func superEncoder() -> any Encoder { child() }
}

private struct SingleValueNodeContainer: SingleValueEncodingContainer {
    let box: NodeBox
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { box.content = .node(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let encoder = NodeEncoder(codingPath: codingPath)
        try encoder.encodeValue(value)
        box.content = encoder.storage.content
    }
}

private struct IndexKey: CodingKey {
    var stringValue: String { String(intValue ?? 0) }
    let intValue: Int?
    init(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}
