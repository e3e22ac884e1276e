import SpecwrightValidation

/// The JSON Schema drafts the validator understands.
public enum JSONSchemaDialect: String, Sendable, CaseIterable, CustomStringConvertible {
    /// JSON Schema 2020-12, also the dialect of OpenAPI 3.1. Draft 2019-09 schemas are read as 2020-12 with
    /// 2019-09's array-form `items` (`$recursiveRef` is not supported).
    case draft2020_12 = "2020-12"
    /// JSON Schema draft-07 (draft-06 schemas are read as draft-07).
    case draft7 = "draft7"
    /// JSON Schema draft 4: boolean `exclusiveMaximum`/`exclusiveMinimum`, `id`, and `integer` means a number
    /// written without fraction or exponent.
    case draft4 = "draft4"
    /// OpenAPI 3.0 Schema Objects: draft 4 plus `nullable: true` (which lets `null` through the whole schema),
    /// with `integer` meaning any number of integral value.
    case openAPI3_0 = "openapi3.0"

    public var description: String { rawValue }

    /// The dialect a `$schema` URI names, or `nil` for an unknown URI.
    public init?(schemaURI: String) {
        switch Self.normalized(schemaURI) {
        case "http://json-schema.org/draft/2020-12/schema", "http://json-schema.org/draft/2019-09/schema":
            self = .draft2020_12
        case "http://json-schema.org/draft-07/schema", "http://json-schema.org/draft-06/schema":
            self = .draft7
        case "http://json-schema.org/draft-04/schema":
            self = .draft4
        default:
            return nil
        }
    }

    /// Whether a `$schema` URI names draft 2019-09.
    static func isDraft2019(_ schemaURI: String) -> Bool {
        normalized(schemaURI) == "http://json-schema.org/draft/2019-09/schema"
    }

    private static func normalized(_ schemaURI: String) -> String {
        var uri = schemaURI
        if uri.hasSuffix("#") { uri.removeLast() }
        if uri.hasPrefix("https://") { uri = "http://" + uri.dropFirst("https://".count) }
        return uri
    }

    /// The `$schema` URI of the dialect's meta-schema.
    public var metaschemaURI: String {
        switch self {
        case .draft2020_12: return "https://json-schema.org/draft/2020-12/schema"
        case .draft7: return "http://json-schema.org/draft-07/schema#"
        case .draft4, .openAPI3_0: return "http://json-schema.org/draft-04/schema#"
        }
    }

    /// Whether `$ref` replaces its sibling keywords (drafts before 2019-09).
    var refOverridesSiblings: Bool { self != .draft2020_12 }

    /// The keyword that sets a schema's base URI.
    var idKeyword: String { self == .draft4 || self == .openAPI3_0 ? "id" : "$id" }
}

/// The 2020-12 vocabularies; a meta-schema's `$vocabulary` can switch some of them off.
struct Vocabularies: OptionSet, Hashable {
    let rawValue: UInt8

    static let applicator = Vocabularies(rawValue: 1 << 0)
    static let validation = Vocabularies(rawValue: 1 << 1)
    static let unevaluated = Vocabularies(rawValue: 1 << 2)
    static let formatAssertion = Vocabularies(rawValue: 1 << 3)

    static let standard: Vocabularies = [.applicator, .validation, .unevaluated]

    /// Reads a meta-schema's `$vocabulary` object.
    init(declaration: [String: JSONValue]) {
        var vocabularies: Vocabularies = []
        for uri in declaration.keys {
            switch uri {
            case "https://json-schema.org/draft/2020-12/vocab/applicator",
                "https://json-schema.org/draft/2019-09/vocab/applicator":
                vocabularies.insert(.applicator)
            case "https://json-schema.org/draft/2020-12/vocab/validation",
                "https://json-schema.org/draft/2019-09/vocab/validation":
                vocabularies.insert(.validation)
            case "https://json-schema.org/draft/2020-12/vocab/unevaluated":
                vocabularies.insert(.unevaluated)
            case "https://json-schema.org/draft/2020-12/vocab/format-assertion":
                vocabularies.insert(.formatAssertion)
            default:
                break
            }
        }
        self = vocabularies
    }

    init(rawValue: UInt8) {
        self.rawValue = rawValue
    }
}

/// How the keywords of one schema resource are read: its dialect and active vocabularies.
struct DialectSettings: Hashable {
    var dialect: JSONSchemaDialect
    var vocabularies: Vocabularies
    var assertsFormats: Bool
    /// Draft 2019-09, read as 2020-12 except for arrays: array-form `items` with `additionalItems`, and no
    /// `prefixItems`.
    var usesArrayFormItems = false
}
