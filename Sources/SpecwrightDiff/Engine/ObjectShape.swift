import OrderedCollections
import SpecwrightModel

/// The properties and required names an object schema has, its `allOf` members' included: moving a property
/// into a shared base schema changes nothing on the wire.
struct ObjectShape {
    private(set) var properties: OrderedDictionary<String, Schema> = [:]
    private(set) var required: Set<String> = []

    init(_ schema: Schema, in side: DiffSide) {
        var visited: Set<String> = []
        collect(side.resolve(schema), in: side, visited: &visited)
    }

    private mutating func collect(_ schema: Schema, in side: DiffSide, visited: inout Set<String>) {
        guard visited.insert(schema.identity).inserted else { return }
        for (name, property) in schema.properties where properties[name] == nil {
            properties[name] = property
        }
        required.formUnion(schema.required)
        for member in schema.allOf {
            collect(side.resolve(member), in: side, visited: &visited)
        }
    }

    /// Whether values of the object are plain JSON objects with members to compare at all.
    var isEmpty: Bool { properties.isEmpty && required.isEmpty }
}
