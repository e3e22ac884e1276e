import Foundation
import SpecwrightValidation

/// A JSON Schema compiled once, to validate any number of instances (2020-12, draft-07, draft 4, OpenAPI 3.0).
///
/// ```swift
/// let validator = try JSONSchemaValidator(schema: try JSONValue(parsing: schemaData))
/// let issues = validator.validate(try JSONValue(parsing: payload))  // every failure, not just the first
/// if validator.isValid(instance) { ... }                            // fast path: stops at the first failure
/// ```
///
/// Issues carry the failing keyword as their code (`required`, `pattern`, `format`, `enum`, `type`,
/// `additionalProperties`, `oneOf`, ...), the instance location and the keyword's location in the schema.
/// Validation never recurses without bound: nesting beyond `Options.maximumDepth` is reported with the
/// code `depth`. Its time is bounded too: after `Options.maximumEvaluations` subschema evaluations it
/// stops with the code `evaluationBudget` (the instance counts as invalid).
public struct JSONSchemaValidator: Sendable {
    /// Supplies schema documents for remote references (`$ref: "https://example.com/address.json"`), or
    /// `nil` when it has none for that URL. Called only while compiling.
    public typealias Resolver = @Sendable (URL) throws -> JSONValue?

    public struct Options: Sendable {
        /// The dialect of the root schema; `nil` reads its `$schema`, falling back to 2020-12.
        public var dialect: JSONSchemaDialect?
        /// Make `format` an assertion (a bad date-time is invalid) instead of an annotation. Unknown formats
        /// are ignored either way.
        public var assertFormats: Bool
        /// The base URI of the root schema when it has no `$id`; relative references resolve against it.
        public var baseURI: String
        /// Loads documents that references name and that are neither in the schema nor official meta-schemas.
        public var resolver: Resolver?
        /// How deeply schemas may nest during one validation (instance nesting plus reference chains).
        /// The default keeps validation within about 320 KB of stack in release builds.
        public var maximumDepth: Int
        /// How many subschema evaluations one validation may take. The default allows instances of
        /// millions of values and stops pathological schema/instance pairs within a few seconds.
        public var maximumEvaluations: Int

        public init(
            dialect: JSONSchemaDialect? = nil, assertFormats: Bool = false,
            baseURI: String = "urn:specwright:schema", resolver: Resolver? = nil, maximumDepth: Int = 1_000,
            maximumEvaluations: Int = 50_000_000
        ) {
            self.dialect = dialect
            self.assertFormats = assertFormats
            self.baseURI = baseURI
            self.resolver = resolver
            self.maximumDepth = maximumDepth
            self.maximumEvaluations = maximumEvaluations
        }
    }

    private let compiled: CompiledSchema
    private let maximumDepth: Int
    private let maximumEvaluations: Int
    /// The dialect the root schema was read as.
    public let dialect: JSONSchemaDialect

    /// Compiles `schema`; remote documents are fetched now, through the built-in meta-schemas or `options.resolver`.
    /// - Throws: `JSONSchemaError` for a malformed schema, an invalid pattern or an unresolvable reference.
    public init(schema: JSONValue, options: Options = Options()) throws {
        let registry = SchemaRegistry(resolver: options.resolver, assertFormats: options.assertFormats)
        let settings: DialectSettings
        if let dialect = options.dialect {
            settings = DialectSettings(dialect: dialect, vocabularies: .standard, assertsFormats: options.assertFormats)
        } else if case .string(let uri)? = schema["$schema"] {
            settings = try registry.settings(forSchemaURI: uri)
        } else {
            settings = DialectSettings(dialect: .draft2020_12, vocabularies: .standard, assertsFormats: options.assertFormats)
        }
        let root = try registry.addDocument(schema, uri: options.baseURI, settings: settings, readsSchemaKeyword: false)
        compiled = try SchemaCompiler(registry: registry).compile(root: root)
        maximumDepth = options.maximumDepth
        maximumEvaluations = options.maximumEvaluations
        dialect = settings.dialect
    }

    /// Parses and compiles a schema from JSON text.
    public init(schemaData: some Collection<UInt8>, options: Options = Options()) throws {
        try self.init(schema: try JSONValue(parsing: schemaData), options: options)
    }

    /// Every issue with `instance`, ordered by instance location; empty when it is valid.
    public func validate(_ instance: JSONValue) -> [ValidationIssue] {
        var evaluation = makeEvaluation(collectsIssues: true)
        _ = compiled.root.validate(instance, &evaluation)
        if evaluation.isOutOfBudget {
            return [
                ValidationIssue(
                    instanceLocation: "", schemaLocation: "", code: "evaluationBudget",
                    message: "validation stopped after \(maximumEvaluations) subschema evaluations; the instance is treated as invalid")
            ]
        }
        return ValidationIssue.ordered(evaluation.issues)
    }

    /// Whether `instance` is valid, stopping at the first failure.
    public func isValid(_ instance: JSONValue) -> Bool {
        guard !compiled.tracksDynamicScope else {
            var evaluation = makeEvaluation(collectsIssues: false)
            return compiled.root.validate(instance, &evaluation) && !evaluation.isOutOfBudget
        }
        var verdict = Verdict(maximumDepth: maximumDepth, maximumEvaluations: maximumEvaluations)
        return compiled.root.isValid(instance, &verdict) && !verdict.isOutOfBudget
    }

    /// Throws every issue with `instance` as one `ValidationError`.
    public func check(_ instance: JSONValue) throws {
        let issues = validate(instance)
        if !issues.isEmpty { throw ValidationError(issues: issues) }
    }

    @inline(__always)
    private func makeEvaluation(collectsIssues: Bool) -> Evaluation {
        var evaluation = Evaluation(
            collectsIssues: collectsIssues, tracksDynamicScope: compiled.tracksDynamicScope, maximumDepth: maximumDepth,
            maximumEvaluations: maximumEvaluations)
        if compiled.tracksDynamicScope { evaluation.dynamicScope = [compiled.rootResource] }
        return evaluation
    }
}

/// A schema that cannot be compiled: malformed keyword, invalid pattern, unresolvable reference.
public struct JSONSchemaError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Where in the schema the problem is (a JSON pointer, or `uri#pointer` for other documents).
    public var schemaLocation: String
    public var message: String

    public init(schemaLocation: String, message: String) {
        self.schemaLocation = schemaLocation
        self.message = message
    }

    public var description: String { "\(schemaLocation.isEmpty ? "/" : schemaLocation): \(message)" }
}
