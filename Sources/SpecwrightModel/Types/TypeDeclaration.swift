/// Documentation carried from the spec into doc comments.
public struct Documentation: Sendable, Hashable {
    public var title: String?
    public var summary: String?
    public var description: String?
    public var isDeprecated: Bool
    /// Extra lines worth showing (constraints, examples, the origin in the spec).
    public var notes: [String]

    public init(title: String? = nil, summary: String? = nil, description: String? = nil, isDeprecated: Bool = false, notes: [String] = []) {
        self.title = title
        self.summary = summary
        self.description = description
        self.isDeprecated = isDeprecated
        self.notes = notes
    }
}

/// A named Swift type to generate, from a component schema or an inline schema that needs a name.
public struct TypeDeclaration: Sendable {
    public enum Kind: Sendable {
        case structure(Structure)
        case stringEnumeration(Enumeration<String>)
        case integerEnumeration(Enumeration<Int64>)
        case union(Union)
        case alias(SwiftType)
    }

    /// The simple name (`Address`).
    public var name: String
    /// The name with its enclosing types (`Customer.Address`).
    public var qualifiedName: String
    public var documentation: Documentation
    /// The schema the type comes from, with every constraint (validators are compiled from it).
    public var schema: Schema
    public var kind: Kind
    /// Inline schemas of this type's properties that needed a type of their own.
    public var nestedTypes: [TypeDeclaration]
}

public struct Structure: Sendable {
    public var properties: [Property]
    /// The value type of properties not listed in `properties` (`additionalProperties`), kept on decode.
    public var additionalProperties: SwiftType?
}

public struct Property: Sendable {
    /// The Swift identifier, escaped with backticks when it is a keyword.
    public var swiftName: String
    /// The JSON member name.
    public var wireName: String
    public var type: SwiftType
    public var isRequired: Bool
    public var isNullable: Bool
    /// Stored behind a box: the property's type contains this type again, or is a struct (`IndirectStorage`).
    public var isBoxed: Bool
    public var documentation: Documentation
    public var schema: Schema

    /// Whether the Swift property may hold no value: an `Optional`, or a `Nullable` (see `isTriState`).
    public var isOptional: Bool { !isRequired || isNullable }

    /// Whether the Swift property is a `Nullable` (absent, `null` or a value): it may be left out and may be
    /// `null`, which an update request tells apart. A required nullable property is an `Optional`.
    public var isTriState: Bool { !isRequired && isNullable }
}

public struct Enumeration<RawValue: Hashable & Sendable>: Sendable {
    public struct Case: Sendable {
        public var swiftName: String
        public var rawValue: RawValue
    }

    public var cases: [Case]
    /// The case that keeps values the spec does not list, so that a provider adding a value breaks no client.
    public var undocumentedCaseName: String
}

public struct Union: Sendable {
    public struct Case: Sendable {
        public var swiftName: String
        public var type: SwiftType
        /// Discriminator values that select this case (empty without a discriminator).
        public var discriminatorValues: [String]
        /// What a payload looks like at its top level to be this case, when there is no discriminator.
        public var payloadShape: UnionAlternativeShape
    }

    /// The extra case of a union without a discriminator whose alternatives one payload can fit several of,
    /// when one of those would not keep every member: such a payload is never squeezed into one alternative.
    public enum Fallback: Sendable, Hashable {
        /// `oneOf`: the payload is kept whole as a `JSONValue`.
        case keepsPayload(caseName: String)
        /// `anyOf`: every alternative the payload fits is decoded, and encoding writes them all.
        case combinesAlternatives(caseName: String)
    }

    public var cases: [Case]
    /// The property whose value tells the cases apart; without one, each case's `payloadShape` does.
    public var discriminatorProperty: String?
    public var fallback: Fallback? = nil
    /// `oneOf` (exactly one case matches) rather than `anyOf`.
    public var isExclusive: Bool
    /// Marks the enum `indirect`: a case contains the enum again, or holds a struct or union (`IndirectStorage`).
    public var isIndirect: Bool
}
