/// What a payload must look like, at its top level, to be decoded as one alternative of a generated
/// `oneOf` / `anyOf` enum without a discriminator.
///
/// The generator derives it from the alternative's schema: its JSON types, required and declared members,
/// `additionalProperties`, members whose `const` or one-value `enum` tells the alternatives apart, the values
/// of an enumeration, a format. Checking it reads only the payload's top level, so a union chooses its case
/// without decoding the subtree once per alternative.
public struct UnionAlternative: Sendable {
    /// The JSON types an alternative accepts.
    public struct Kinds: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        public static let null = Kinds(rawValue: 1 << 0)
        public static let boolean = Kinds(rawValue: 1 << 1)
        public static let integer = Kinds(rawValue: 1 << 2)
        /// Any number, integers included.
        public static let number = Kinds(rawValue: 1 << 3 | 1 << 2)
        public static let string = Kinds(rawValue: 1 << 4)
        public static let array = Kinds(rawValue: 1 << 5)
        public static let object = Kinds(rawValue: 1 << 6)
        public static let any: Kinds = [.null, .boolean, .number, .string, .array, .object]
    }

    /// What decoding the alternative does with members it does not declare.
    public enum OtherMembers: Sendable, Hashable {
        /// `additionalProperties: false`: a payload with another member is not this alternative.
        case forbidden
        /// Kept (a typed `additionalProperties`, or a free-form value).
        case kept
        /// Allowed by the schema but not stored by the generated type.
        case dropped
    }

    public let kinds: Kinds
    public let required: [String]
    public let members: Set<String>
    public let otherMembers: OtherMembers
    /// Members whose value, when present, must be one of these (`type: {enum: [scheme]}`).
    public let constants: [String: [JSONValue]]
    /// The values the whole payload must be one of (an enumeration, a `const`).
    public let values: [JSONValue]?
    /// A format a string payload must have (`date-time`, `uuid`, ...), checked with `FormatRegistry`.
    public let format: String?

    public init(
        _ kinds: Kinds, required: [String] = [], members: Set<String> = [], otherMembers: OtherMembers = .dropped,
        constants: [String: [JSONValue]] = [:], values: [JSONValue]? = nil, format: String? = nil
    ) {
        self.kinds = kinds
        self.required = required
        self.members = members
        self.otherMembers = otherMembers
        self.constants = constants
        self.values = values
        self.format = format
    }
}
