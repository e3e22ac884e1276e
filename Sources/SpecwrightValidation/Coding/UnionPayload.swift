/// The top level of a payload a union decodes: its JSON type, its member names and the scalar values of the
/// members that tell alternatives apart. Read once through the decoder, without descending into the subtree.
public struct UnionPayload: Sendable {
    public let kind: UnionAlternative.Kinds
    /// The member names, for an object.
    public let memberNames: Set<String>
    /// The values of the probed members that are scalars.
    public let probedValues: [String: JSONValue]
    /// The value itself, for a scalar.
    public let scalar: JSONValue?

    /// Reads the payload's top level; `probing` names the members whose scalar values matter.
    public init(from decoder: any Decoder, probing: [String] = []) throws {
        if let container = try? decoder.container(keyedBy: AnyCodingKey.self) {
            kind = .object
            memberNames = Set(container.allKeys.map(\.stringValue))
            var values: [String: JSONValue] = [:]
            for name in probing where memberNames.contains(name) {
                values[name] = try? container.decode(ScalarProbe.self, forKey: AnyCodingKey(name)).value
            }
            probedValues = values
            scalar = nil
            return
        }
        memberNames = []
        probedValues = [:]
        if (try? decoder.unkeyedContainer()) != nil {
            kind = .array
            scalar = nil
        } else {
            let value = try ScalarProbe(from: decoder).value
            scalar = value
            switch value {
            case .null: kind = .null
            case .bool: kind = .boolean
            case .number(let number): kind = number.int64Value == nil ? .number : .integer
            default: kind = .string
            }
        }
    }

    /// Whether the payload's top level is possible for `alternative`.
    public func fits(_ alternative: UnionAlternative) -> Bool {
        guard alternative.kinds.contains(kind) else { return false }
        if let values = alternative.values, !values.contains(where: { $0 == scalar }) { return false }
        if let format = alternative.format, case .string(let text)? = scalar,
           FormatRegistry.isValid(text, format: format) == false {
            return false
        }
        guard kind == .object else { return true }
        if alternative.required.contains(where: { !memberNames.contains($0) }) { return false }
        if alternative.otherMembers == .forbidden, !memberNames.isSubset(of: alternative.members) { return false }
        for (name, allowed) in alternative.constants where memberNames.contains(name) {
            guard let value = probedValues[name], allowed.contains(value) else { return false }
        }
        return true
    }

    /// Whether decoding as `alternative` keeps every member of the payload.
    public func isHeldWhole(by alternative: UnionAlternative) -> Bool {
        kind != .object || alternative.otherMembers != .dropped || memberNames.isSubset(of: alternative.members)
    }

    /// The indices of the alternatives the payload fits, best first: those that keep every member, then
    /// those declaring more of the payload's members, then those pinning the value down (an enumeration, a
    /// format) before a plain type, then in the spec's order.
    public func ranking(of alternatives: [UnionAlternative]) -> [Int] {
        let fitting = alternatives.indices.filter { fits(alternatives[$0]) }
        guard fitting.count > 1 else { return fitting }
        let scores = fitting.map { index in
            let candidate = alternatives[index]
            return (index: index, whole: isHeldWhole(by: candidate), declared: memberNames.intersection(candidate.members).count,
                    specific: candidate.values != nil || candidate.format != nil)
        }
        return scores.sorted { first, second in
            if first.whole != second.whole { return first.whole }
            if first.declared != second.declared { return first.declared > second.declared }
            if first.specific != second.specific { return first.specific }
            return first.index < second.index
        }.map(\.index)
    }
}

/// A scalar JSON value; decoding anything else fails at once, without reading the subtree.
private struct ScalarProbe: Decodable {
    let value: JSONValue

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            value = .null
        } else if let flag = try? container.decode(Bool.self) {
            value = .bool(flag)
        } else if let integer = try? container.decode(Int64.self) {
            value = .number(JSONNumber(integer))
        } else if let double = try? container.decode(Double.self) {
            value = .number(JSONNumber(double))
        } else {
            value = .string(try container.decode(String.self))
        }
    }
}
