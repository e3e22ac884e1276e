import Foundation
import SpecwrightValidation

/// Where a subschema sits: a loaded document and a JSON pointer into it.
struct SchemaLocation: Hashable {
    var document: Int
    var pointer: [String]

    func appending(_ tokens: String...) -> SchemaLocation {
        SchemaLocation(document: document, pointer: pointer + tokens)
    }
}

/// Every schema document the compiler has loaded, indexed by the URIs and anchors they declare.
///
/// The root schema is indexed first; remote documents (built-in meta-schemas or the caller's resolver) are
/// loaded when a reference first needs them.
final class SchemaRegistry {
    struct Document {
        var uri: String
        var value: JSONValue
    }

    /// What the enclosing schemas say about a location: its base URI, dialect and schema resource.
    struct LocationContext {
        var baseURI: URIReference
        var settings: DialectSettings
        var resource: Int
    }

    /// A schema resource: a document root or a subschema with its own `$id`.
    struct Resource {
        var uri: String
        var location: SchemaLocation
        var dynamicAnchors: [String: SchemaLocation] = [:]
    }

    private(set) var documents: [Document] = []
    private(set) var resources: [Resource] = []
    private var resourcesByURI: [String: Int] = [:]
    private var anchors: [String: SchemaLocation] = [:]
    private var contexts: [SchemaLocation: LocationContext] = [:]
    private let resolver: JSONSchemaValidator.Resolver?
    private let assertFormats: Bool

    init(resolver: JSONSchemaValidator.Resolver?, assertFormats: Bool) {
        self.resolver = resolver
        self.assertFormats = assertFormats
    }

    // MARK: Loading

    /// Loads and indexes a document; `settings` applies unless the document names its own `$schema`.
    @discardableResult
    func addDocument(
        _ value: JSONValue, uri: String, settings: DialectSettings, readsSchemaKeyword: Bool = true
    ) throws -> SchemaLocation {
        let root = SchemaLocation(document: documents.count, pointer: [])
        documents.append(Document(uri: uri, value: value))
        try index(value, at: root, base: URIReference(uri), settings: settings, resource: nil, readsSchemaKeyword: readsSchemaKeyword)
        if resourcesByURI[uri] == nil {
            resourcesByURI[uri] = contexts[root]?.resource
        }
        return root
    }

    /// The settings a `$schema` URI selects: a known dialect, or a custom meta-schema's base dialect and
    /// `$vocabulary`.
    func settings(forSchemaURI uri: String, visited: Set<String> = []) throws -> DialectSettings {
        if let dialect = JSONSchemaDialect(schemaURI: uri) {
            return DialectSettings(
                dialect: dialect, vocabularies: .standard, assertsFormats: assertFormats,
                usesArrayFormItems: JSONSchemaDialect.isDraft2019(uri))
        }
        let key = URIReference(uri).withoutFragment
        guard !visited.contains(key) else {
            throw JSONSchemaError(schemaLocation: uri, message: "meta-schema \(uri) refers to itself through $schema")
        }
        guard let metaschema = try loadRemote(key) else {
            throw JSONSchemaError(schemaLocation: uri, message: "unknown $schema \(uri): no resolver provided it")
        }
        let base: DialectSettings
        if case .string(let parent)? = metaschema["$schema"] {
            base = try settings(forSchemaURI: parent, visited: visited.union([key]))
        } else {
            base = DialectSettings(dialect: .draft2020_12, vocabularies: .standard, assertsFormats: assertFormats)
        }
        guard case .object(let declaration)? = metaschema["$vocabulary"] else { return base }
        let vocabularies = Vocabularies(declaration: declaration)
        return DialectSettings(
            dialect: base.dialect, vocabularies: vocabularies.subtracting(.formatAssertion),
            assertsFormats: assertFormats || vocabularies.contains(.formatAssertion), usesArrayFormItems: base.usesArrayFormItems)
    }

    /// Fetches a document that is not loaded yet, from the built-in meta-schemas or the resolver. Without a
    /// `$schema` of its own, it is read in the dialect of the schema that refers to it.
    private func loadRemote(_ uri: String, inheriting inherited: DialectSettings? = nil) throws -> JSONValue? {
        if let index = resourcesByURI[uri] {
            return value(at: resources[index].location)
        }
        let value: JSONValue
        if let text = Metaschemas.text(for: uri) {
            value = try JSONValue(parsing: text)
        } else if let resolver, let url = URL(string: uri), let resolved = try resolver(url) {
            value = resolved
        } else {
            return nil
        }
        let settings = inherited ?? DialectSettings(dialect: .draft2020_12, vocabularies: .standard, assertsFormats: assertFormats)
        try addDocument(value, uri: uri, settings: settings)
        return value
    }

    // MARK: Indexing

    /// Records base URIs, resources and anchors under `location`, following only schema-valued keywords.
    private func index(
        _ value: JSONValue, at location: SchemaLocation, base: URIReference, settings: DialectSettings, resource: Int?,
        readsSchemaKeyword: Bool = true
    ) throws {
        guard case .object(let members) = value else {
            contexts[location] = LocationContext(baseURI: base, settings: settings, resource: resource ?? newResource(base, location))
            return
        }
        var base = base
        var settings = settings
        var resource = resource
        // Before 2019-09, `$ref` makes its siblings, `$id` included, meaningless.
        let idIsIgnored = settings.dialect.refOverridesSiblings && members["$ref"] != nil
        if !idIsIgnored, case .string(let id)? = members[settings.dialect.idKeyword] {
            if settings.dialect != .draft2020_12 && id.hasPrefix("#") {
                anchors[base.withoutFragment + id] = location
            } else {
                let resolved = base.resolving(URIReference(id))
                if let fragment = resolved.fragment, !fragment.isEmpty, settings.dialect != .draft2020_12 {
                    anchors[resolved.description] = location
                }
                base = resolved
                base.fragment = nil
                if readsSchemaKeyword, case .string(let schemaURI)? = members["$schema"] {
                    settings = try self.settings(forSchemaURI: schemaURI)
                }
                resource = newResource(base, location)
            }
        }
        if resource == nil {
            if readsSchemaKeyword, case .string(let schemaURI)? = members["$schema"] {
                settings = try self.settings(forSchemaURI: schemaURI)
            }
            resource = newResource(base, location)
        }
        let resourceIndex = resource!
        contexts[location] = LocationContext(baseURI: base, settings: settings, resource: resourceIndex)

        if settings.dialect == .draft2020_12 {
            if case .string(let name)? = members["$anchor"] {
                anchors[base.withoutFragment + "#" + name] = location
            }
            if case .string(let name)? = members["$dynamicAnchor"] {
                anchors[base.withoutFragment + "#" + name] = location
                resources[resourceIndex].dynamicAnchors[name] = location
            }
        }

        for (keyword, child) in members {
            switch keyword {
            case "additionalItems", "additionalProperties", "contains", "not", "if", "then", "else", "items",
                "propertyNames", "unevaluatedItems", "unevaluatedProperties", "contentSchema":
                if case .array(let elements) = child, keyword == "items" {
                    for (offset, element) in elements.enumerated() {
                        try index(element, at: location.appending(keyword, String(offset)), base: base, settings: settings, resource: resourceIndex)
                    }
                } else {
                    try index(child, at: location.appending(keyword), base: base, settings: settings, resource: resourceIndex)
                }
            case "allOf", "anyOf", "oneOf", "prefixItems":
                guard case .array(let elements) = child else { continue }
                for (offset, element) in elements.enumerated() {
                    try index(element, at: location.appending(keyword, String(offset)), base: base, settings: settings, resource: resourceIndex)
                }
            case "properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "dependencies":
                guard case .object(let schemas) = child else { continue }
                for (name, schema) in schemas {
                    if case .array = schema { continue }  // `dependencies` also holds property lists
                    try index(schema, at: location.appending(keyword, name), base: base, settings: settings, resource: resourceIndex)
                }
            default:
                continue
            }
        }
    }

    private func newResource(_ base: URIReference, _ location: SchemaLocation) -> Int {
        let uri = base.withoutFragment
        if let existing = resourcesByURI[uri], resources[existing].location == location { return existing }
        resources.append(Resource(uri: uri, location: location))
        resourcesByURI[uri] = resources.count - 1
        return resources.count - 1
    }

    // MARK: Lookup

    func value(at location: SchemaLocation) -> JSONValue? {
        SchemaPointer(tokens: location.pointer).resolve(in: documents[location.document].value)
    }

    /// The context of `location`; for a location the index skipped (a pointer into an unknown keyword), that
    /// of its nearest indexed ancestor.
    func context(of location: SchemaLocation) -> LocationContext {
        var ancestor = location
        while true {
            if let context = contexts[ancestor] { return context }
            ancestor.pointer.removeLast()
        }
    }

    /// Resolves a reference (`$ref`, `$dynamicRef`) written at `location` to the subschema it names.
    func resolve(_ reference: String, from location: SchemaLocation) throws -> (location: SchemaLocation, uri: URIReference) {
        let target = context(of: location).baseURI.resolving(URIReference(reference))
        return (try self.location(of: target, referencedFrom: location), target)
    }

    private func location(of target: URIReference, referencedFrom origin: SchemaLocation) throws -> SchemaLocation {
        let resourceURI = target.withoutFragment
        if resourcesByURI[resourceURI] == nil {
            _ = try loadRemote(resourceURI, inheriting: context(of: origin).settings)
        }
        guard let resourceIndex = resourcesByURI[resourceURI] else {
            throw JSONSchemaError(
                schemaLocation: describe(origin), message: "cannot resolve $ref \(target): no schema has the URI \(resourceURI)")
        }
        let resource = resources[resourceIndex]
        let fragment = (target.fragment ?? "").removingPercentEncodingLeniently
        if fragment.isEmpty { return resource.location }
        if fragment.hasPrefix("/") {
            guard let pointer = SchemaPointer(fragment) else { throw unresolvable(target, origin) }
            let location = SchemaLocation(document: resource.location.document, pointer: resource.location.pointer + pointer.tokens)
            guard value(at: location) != nil else { throw unresolvable(target, origin) }
            return location
        }
        guard let location = anchors[resourceURI + "#" + fragment] else { throw unresolvable(target, origin) }
        return location
    }

    private func unresolvable(_ target: URIReference, _ origin: SchemaLocation) -> JSONSchemaError {
        JSONSchemaError(schemaLocation: describe(origin), message: "cannot resolve $ref \(target): nothing at that fragment")
    }

    /// Whether `location` declares `$dynamicAnchor: name`.
    func declaresDynamicAnchor(_ name: String, at location: SchemaLocation) -> Bool {
        guard case .string(let declared)? = value(at: location)?["$dynamicAnchor"] else { return false }
        return declared == name
    }

    /// Locations, per resource, of every `$dynamicAnchor` with this name.
    func dynamicAnchors(named name: String) -> [(resource: Int, location: SchemaLocation)] {
        resources.indices.compactMap { index in
            resources[index].dynamicAnchors[name].map { (index, $0) }
        }
    }

    /// How issues name a location: a JSON pointer for the root document, `uri#pointer` for others.
    func describe(_ location: SchemaLocation) -> String {
        let pointer = SchemaPointer(tokens: location.pointer).description
        return location.document == 0 ? pointer : documents[location.document].uri + "#" + pointer
    }
}
