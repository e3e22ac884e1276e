import OrderedCollections

/// What a payload's top level must look like to be one alternative of a union without a discriminator,
/// as far as the schema tells: decoding checks it before choosing a case (`UnionAlternative` at run time).
public struct UnionAlternativeShape: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case null, boolean, integer, number, string, array, object
    }

    /// What the generated type does with members the schema does not declare.
    public enum OtherMembers: Sendable, Hashable {
        /// `additionalProperties: false`.
        case forbidden
        /// Stored (a typed `additionalProperties`, a dictionary, a free-form value).
        case kept
        /// Allowed by the schema, not stored by the generated struct.
        case dropped
    }

    /// A scalar value of an `enum` or `const`.
    public enum Constant: Sendable, Hashable {
        case string(String)
        case integer(Int64)
        case bool(Bool)
        case null
    }

    /// The JSON types the alternative accepts; `number` includes integers.
    public var kinds: Set<Kind>
    public var required: [String] = []
    public var members: OrderedSet<String> = []
    public var otherMembers: OtherMembers = .kept
    /// Members whose value, when present, is one of these.
    public var constants: OrderedDictionary<String, [Constant]> = [:]
    /// The values the whole payload is one of.
    public var values: [Constant]?
    /// A format a string payload has (`date-time`, `date`, `uuid`).
    public var format: String?

    public init(kinds: Set<Kind>) {
        self.kinds = kinds
    }

    /// Anything at all: a free-form `JSONValue`.
    public static let anything = UnionAlternativeShape(kinds: Set(Kind.allCases))

    /// Whether the JSON types overlap, counting an integer as a number.
    func sharesKind(with other: UnionAlternativeShape, _ kind: Kind) -> Bool {
        func accepts(_ shape: UnionAlternativeShape) -> Bool {
            shape.kinds.contains(kind) || (kind == .integer && shape.kinds.contains(.number))
        }
        return accepts(self) && accepts(other)
    }

    /// Whether one payload could fit both shapes: then a `oneOf` cannot tell them apart for that payload.
    public func mayOverlap(_ other: UnionAlternativeShape) -> Bool {
        Kind.allCases.contains { kind in
            guard sharesKind(with: other, kind) else { return false }
            switch kind {
            case .object: return objectsMayOverlap(other)
            case .array: return true
            default:
                guard let values, let otherValues = other.values else { return true }
                return !Set(values).isDisjoint(with: otherValues)
            }
        }
    }

    private func objectsMayOverlap(_ other: UnionAlternativeShape) -> Bool {
        func excludes(_ first: UnionAlternativeShape, _ second: UnionAlternativeShape) -> Bool {
            // A member `first` requires that `second` forbids.
            if second.otherMembers == .forbidden, first.required.contains(where: { !second.members.contains($0) }) { return true }
            // A member `first` requires whose values the two keep apart.
            return first.required.contains { name in
                guard let mine = first.constants[name], let theirs = second.constants[name] else { return false }
                return Set(mine).isDisjoint(with: theirs)
            }
        }
        return !excludes(self, other) && !excludes(other, self)
    }

    /// The shape of a value that fits either: a nested union seen as one alternative.
    func merged(with other: UnionAlternativeShape) -> UnionAlternativeShape {
        var merged = UnionAlternativeShape(kinds: kinds.union(other.kinds))
        let objects = [self, other].filter { $0.kinds.contains(.object) }
        if let first = objects.first {
            let second = objects.last!
            merged.required = first.required.filter(second.required.contains)
            merged.members = first.members.union(second.members)
            let policies = [first.otherMembers, second.otherMembers]
            merged.otherMembers = policies.contains(.kept) ? .kept : policies.contains(.dropped) ? .dropped : .forbidden
            for (name, values) in first.constants {
                if let others = second.constants[name] { merged.constants[name] = values + others.filter { !values.contains($0) } }
            }
        }
        if let values, let others = other.values { merged.values = values + others.filter { !values.contains($0) } }
        merged.format = format == other.format ? format : nil
        return merged
    }
}
