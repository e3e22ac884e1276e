import SpecwrightReader

/// What a parameter's schema says about the JSON form of its text: `?limit=10` is the integer 10 when the
/// schema's type is `integer`, and `?ids=1,2` the array `[1, 2]` when it is an array of integers.
struct ParameterShape: Sendable {
    /// The types the schema allows (`nil` when it does not say).
    var types: Set<String>?
    /// For arrays: the types of the items.
    var itemTypes: Set<String>?
    /// For objects: the types of each declared property.
    var propertyTypes: [String: Set<String>] = [:]

    var isArray: Bool { types?.contains("array") == true }
    var isObject: Bool { types?.contains("object") == true }

    static let unknown = ParameterShape(types: nil, itemTypes: nil)

    /// Reads the shape from the schema node, following `$ref`s and looking through `allOf`, as far as the
    /// spec lets it be read; a schema it cannot read gives `unknown` (the text then stays a string).
    init(schema: Node?, in spec: Spec) {
        let node = schema.flatMap { try? spec.dereference($0) }
        types = Self.types(of: node, in: spec)
        let items = node?["items"].flatMap { try? spec.dereference($0) }
        itemTypes = Self.types(of: items, in: spec)
        for (name, property) in Self.properties(of: node, in: spec) {
            if let propertyTypes = Self.types(of: try? spec.dereference(property), in: spec) {
                self.propertyTypes[name] = propertyTypes
            }
        }
    }

    private init(types: Set<String>?, itemTypes: Set<String>?) {
        self.types = types
        self.itemTypes = itemTypes
    }

    private static func types(of node: Node?, in spec: Spec) -> Set<String>? {
        guard let node else { return nil }
        if let type = node["type"]?.string { return [type] }
        if let types = node["type"]?.array { return Set(types.compactMap(\.string)) }
        if node["properties"] != nil { return ["object"] }
        if node["items"] != nil { return ["array"] }
        for member in node["allOf"]?.array ?? [] {
            if let types = types(of: try? spec.dereference(member), in: spec) { return types }
        }
        return nil
    }

    private static func properties(of node: Node?, in spec: Spec) -> [(String, Node)] {
        guard let node else { return [] }
        var properties = (node["properties"]?.object ?? [:]).map { ($0.key, $0.value) }
        for member in node["allOf"]?.array ?? [] {
            properties += Self.properties(of: try? spec.dereference(member), in: spec)
        }
        return properties
    }
}
