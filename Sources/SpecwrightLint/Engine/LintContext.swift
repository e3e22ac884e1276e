import SpecwrightModel
import SpecwrightReader
import SpecwrightReports
import SpecwrightValidation

/// What every rule reads: the spec's node tree, the model built from it, and views computed once and shared
/// between rules (every schema, every operation's nodes, the example checks).
public final class LintContext {
    public let spec: Spec
    public let model: APIModel
    /// Format names that count as known besides the runtime's and OpenAPI's own (configured per project).
    public let extraFormats: Set<String>

    public init(spec: Spec, model: APIModel, extraFormats: Set<String> = []) {
        self.spec = spec
        self.model = model
        self.extraFormats = extraFormats
    }

    /// Every schema written in the spec (components, inline, and the files `$ref`s reach), each once.
    public private(set) lazy var schemas: [Schema] = SchemaWalk.every(in: self)

    /// Every operation and webhook as written, with the nodes that hold positions the model does not keep.
    public private(set) lazy var operationSites: [OperationSite] = OperationSite.every(in: spec)

    /// The format names `format-known` accepts: the runtime's, OpenAPI's own, and the configured ones.
    private(set) lazy var knownFormats: Set<String> = Set(FormatRegistry.formatNames).union(FormatKnown.openAPIFormats).union(extraFormats)

    /// Every media type, parameter and header object, each once (where `example` and `examples` live).
    private(set) lazy var exampleHolders: [Node] = ExampleObjects.holders(in: self)

    /// A pattern compiled once however many rules and values use it, or why it does not compile.
    public func regex(_ pattern: String) -> Result<ECMARegex, ECMARegex.SyntaxError> {
        if let compiled = compiledPatterns[pattern] { return compiled }
        let compiled = Result { () throws(ECMARegex.SyntaxError) in try ECMARegex(pattern) }
        compiledPatterns[pattern] = compiled
        return compiled
    }

    private var compiledPatterns: [String: Result<ECMARegex, ECMARegex.SyntaxError>] = [:]

    /// The outcome of validating every example and default against its schema, computed in one pass.
    lazy var exampleResults: ExampleResults = ExampleChecker.check(self)

    /// The node with a schema's (or any node's) identity, `file#pointer`.
    public func node(identity: String) -> Node? {
        spec.node(identity: identity)
    }

    /// The schema a `$ref` identity names, among those the walk visited.
    public func schema(identity: String) -> Schema? {
        if schemaIndex.isEmpty {
            let schemas = self.schemas
            schemaIndex.reserveCapacity(schemas.count)
            for index in schemas.indices { schemaIndex[schemas[index].identity] = index }
        }
        return schemaIndex[identity].map { schemas[$0] }
    }

    private var schemaIndex: [String: Int] = [:]

    /// `schema` with its `$ref` chain followed (3.0 ignores siblings of `$ref`; 3.1 keeps them, so the caller
    /// decides whether that matters).
    public func resolved(_ schema: Schema) -> Schema {
        var current = schema
        var seen: Set<String> = []
        while let reference = current.reference, seen.insert(current.identity).inserted, let target = self.schema(identity: reference) {
            current = target
        }
        return current
    }

    /// Every property name `schema` declares, through `allOf` members and `$ref`s.
    public func propertyNames(of schema: Schema) -> Set<String> {
        var names: Set<String> = []
        var seen: Set<String> = []
        func collect(_ schema: Schema) {
            guard seen.insert(schema.identity).inserted else { return }
            names.formUnion(schema.properties.keys)
            if let reference = schema.reference, let target = self.schema(identity: reference) { collect(target) }
            schema.allOf.forEach(collect)
        }
        collect(schema)
        return names
    }

    /// Every name `schema` lists in `required`, through `allOf` members and `$ref`s.
    public func requiredNames(of schema: Schema) -> Set<String> {
        var names: Set<String> = []
        var seen: Set<String> = []
        func collect(_ schema: Schema) {
            guard seen.insert(schema.identity).inserted else { return }
            names.formUnion(schema.required)
            if let reference = schema.reference, let target = self.schema(identity: reference) { collect(target) }
            schema.allOf.forEach(collect)
        }
        collect(schema)
        return names
    }

    // MARK: - Locations

    public func location(of node: Node) -> ReportLocation {
        ReportLocation(file: node.location.file, line: node.location.line, column: node.location.column, pointer: node.pointer)
    }

    /// Where a schema's `keyword` is written, else where the schema starts.
    public func location(of schema: Schema, keyword: String? = nil) -> ReportLocation {
        let pointer = Self.pointer(ofIdentity: schema.identity)
        if let keyword, let node = node(identity: schema.identity)?[keyword] {
            return location(of: node)
        }
        return ReportLocation(file: schema.location.file, line: schema.location.line, column: schema.location.column, pointer: pointer)
    }

    /// Where the key `key` of `node` is written (for findings about a name rather than a value).
    public func location(ofKey key: String, in node: Node) -> ReportLocation {
        let place = node.keyLocation(of: key) ?? node.location
        let pointer = node.pointer + "/" + JSONPointer.escape(key)
        return ReportLocation(file: place.file, line: place.line, column: place.column, pointer: pointer)
    }

    public func location(of location: SourceLocation, pointer: String? = nil) -> ReportLocation {
        ReportLocation(file: location.file, line: location.line, column: location.column, pointer: pointer)
    }

    /// The JSON pointer of the node written at `location`, for findings that come with a position only.
    public func pointer(at location: SourceLocation) -> String? {
        if pointersByLocation == nil {
            var index: [SourceLocation: String] = [:]
            var pending = Array(spec.documents.values)
            while let node = pending.popLast() {
                if index[node.location] == nil { index[node.location] = node.pointer }
                switch node.value {
                case .object(let members): pending += members.values
                case .array(let elements): pending += elements
                default: break
                }
            }
            pointersByLocation = index
        }
        return pointersByLocation?[location]
    }

    private var pointersByLocation: [SourceLocation: String]?

    static func pointer(ofIdentity identity: String) -> String {
        String(NodeIdentity.split(identity).pointer)
    }
}
