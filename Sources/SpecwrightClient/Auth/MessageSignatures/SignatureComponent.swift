/// A component a signature covers (RFC 9421 section 2): a derived component such as `@method`, or an HTTP
/// field, with the parameters that say how its value is taken.
public struct SignatureComponent: Sendable, Hashable, CustomStringConvertible {
    /// The component name: `@method`, `@path`, ... or a lowercase field name such as `content-digest`.
    public let name: String
    /// `;name="…"` of `@query-param`.
    public let queryParameterName: String?
    /// `;key="…"`: one member of a dictionary-structured field.
    public let dictionaryKey: String?
    /// `;sf`: the field's value re-serialized as a structured field.
    public let isStructured: Bool
    /// `;bs`: each field line's value wrapped as a byte sequence.
    public let isByteSequence: Bool
    /// `;req`: taken from the request a signed response answers.
    public let isFromRequest: Bool

    init(
        name: String, queryParameterName: String? = nil, dictionaryKey: String? = nil, isStructured: Bool = false,
        isByteSequence: Bool = false, isFromRequest: Bool = false
    ) {
        self.name = name
        self.queryParameterName = queryParameterName
        self.dictionaryKey = dictionaryKey
        self.isStructured = isStructured
        self.isByteSequence = isByteSequence
        self.isFromRequest = isFromRequest
    }

    public static let method = SignatureComponent(name: "@method")
    public static let targetURI = SignatureComponent(name: "@target-uri")
    public static let authority = SignatureComponent(name: "@authority")
    public static let scheme = SignatureComponent(name: "@scheme")
    public static let requestTarget = SignatureComponent(name: "@request-target")
    public static let path = SignatureComponent(name: "@path")
    public static let query = SignatureComponent(name: "@query")
    public static let status = SignatureComponent(name: "@status")

    /// `@query-param;name="<name>"`, one query parameter by its (decoded) name.
    public static func queryParameter(_ name: String) -> SignatureComponent {
        SignatureComponent(name: "@query-param", queryParameterName: name)
    }

    /// The HTTP field `name` (any case; RFC 9421 uses the lowercase form).
    public static func field(_ name: String) -> SignatureComponent {
        SignatureComponent(name: name.lowercased())
    }

    /// The member `key` of the dictionary-structured field `name` (`;key`).
    public static func field(_ name: String, dictionaryKey key: String) -> SignatureComponent {
        SignatureComponent(name: name.lowercased(), dictionaryKey: key)
    }

    /// This component as taken from the request that a signed response answers (`;req`).
    public var fromRequest: SignatureComponent {
        SignatureComponent(
            name: name, queryParameterName: queryParameterName, dictionaryKey: dictionaryKey,
            isStructured: isStructured, isByteSequence: isByteSequence, isFromRequest: true)
    }

    /// This field re-serialized as a structured field (`;sf`).
    public var structured: SignatureComponent {
        SignatureComponent(
            name: name, queryParameterName: queryParameterName, dictionaryKey: dictionaryKey,
            isStructured: true, isByteSequence: isByteSequence, isFromRequest: isFromRequest)
    }

    /// This field with each value wrapped as a byte sequence (`;bs`).
    public var byteSequence: SignatureComponent {
        SignatureComponent(
            name: name, queryParameterName: queryParameterName, dictionaryKey: dictionaryKey,
            isStructured: isStructured, isByteSequence: true, isFromRequest: isFromRequest)
    }

    var isDerived: Bool { name.hasPrefix("@") }

    /// The component identifier as it appears in the signature base and `Signature-Input`:
    /// `"@query-param";name="Pet"`.
    var identifier: StructuredField.Item {
        var parameters: StructuredField.Parameters = []
        if let queryParameterName { parameters.append(("name", .string(queryParameterName))) }
        if let dictionaryKey { parameters.append(("key", .string(dictionaryKey))) }
        if isStructured { parameters.append(("sf", .boolean(true))) }
        if isByteSequence { parameters.append(("bs", .boolean(true))) }
        if isFromRequest { parameters.append(("req", .boolean(true))) }
        return StructuredField.Item(value: .string(name), parameters: parameters)
    }

    public var description: String { StructuredField.serialize(identifier) }

    /// The component an identifier from a `Signature-Input` names.
    init(identifier: StructuredField.Item) throws(MessageSignatureError) {
        guard case .string(let name) = identifier.value, !name.isEmpty, name == name.lowercased() else {
            throw .malformedSignatureInput("component identifier \(StructuredField.serialize(identifier)) is not a lowercase string")
        }
        var queryParameterName: String?
        var dictionaryKey: String?
        var flags: Set<String> = []
        for (key, value) in identifier.parameters {
            switch (key, value) {
            case ("name", .string(let text)): queryParameterName = text
            case ("key", .string(let text)): dictionaryKey = text
            case ("sf", .boolean(true)), ("bs", .boolean(true)), ("req", .boolean(true)): flags.insert(key)
            default:
                throw .unsupportedComponent("\(StructuredField.serialize(identifier)): parameter \(key) is not supported")
            }
        }
        self.init(
            name: name, queryParameterName: queryParameterName, dictionaryKey: dictionaryKey,
            isStructured: flags.contains("sf"), isByteSequence: flags.contains("bs"), isFromRequest: flags.contains("req"))
    }
}
