import SpecwrightReader

/// How a union without a discriminator tells its alternatives apart: each alternative's top-level shape,
/// the members whose constant values separate them, and the alternatives no shape can separate.
extension TypeTranslator {
    /// Nested unions and `$ref`s are followed this deep; below that an alternative may be anything.
    private static let maximumShapeDepth = 32

    /// The top-level shape of the payloads `schema` accepts. `cache` holds the shapes worked out so far.
    func alternativeShape(of schema: Schema, cache: inout [String: UnionAlternativeShape]) throws -> UnionAlternativeShape {
        var path: Set<String> = []
        return try alternativeShape(of: schema, path: &path, cache: &cache)
    }

    private func alternativeShape(
        of schema: Schema, path: inout Set<String>, cache: inout [String: UnionAlternativeShape]
    ) throws -> UnionAlternativeShape {
        if let cached = cache[schema.identity] { return cached }
        guard path.count < Self.maximumShapeDepth, path.insert(schema.identity).inserted else { return .anything }
        defer { path.remove(schema.identity) }
        var result: UnionAlternativeShape
        switch try shape(of: schema) {
        case .reference(let identity):
            result = try alternativeShape(of: target(identity, from: schema), path: &path, cache: &cache)
        case .wrapper(let inner, let nullable):
            result = try alternativeShape(of: inner, path: &path, cache: &cache)
            if nullable { result.kinds.insert(.null) }
        case .primitive(let type):
            result = primitiveShape(type, of: schema)
        case .array:
            result = UnionAlternativeShape(kinds: [.array])
        case .dictionary:
            result = UnionAlternativeShape(kinds: [.object])
        case .declaration(.stringEnumeration(let values)):
            result = UnionAlternativeShape(kinds: [.string])
            result.values = values.map(UnionAlternativeShape.Constant.string)
        case .declaration(.integerEnumeration(let values)):
            result = UnionAlternativeShape(kinds: [.integer])
            result.values = values.map(UnionAlternativeShape.Constant.integer)
        case .declaration(.union(let members, _)):
            var shapes: [UnionAlternativeShape] = []
            for member in members { shapes.append(try alternativeShape(of: member, path: &path, cache: &cache)) }
            result = shapes.dropFirst().reduce(shapes.first ?? .anything) { $0.merged(with: $1) }
        case .declaration(.structure(let object)):
            result = try objectShape(object)
        }
        if schema.allowsNull { result.kinds.insert(.null) }
        cache[schema.identity] = result
        return result
    }

    private func primitiveShape(_ type: SwiftType, of schema: Schema) -> UnionAlternativeShape {
        var result: UnionAlternativeShape
        switch type {
        case .string: result = UnionAlternativeShape(kinds: [.string])
        case .dateTime, .calendarDate, .uuid:
            result = UnionAlternativeShape(kinds: [.string])
            result.format = schema.format
        case .integer: result = UnionAlternativeShape(kinds: [.integer])
        case .double, .float, .decimal: result = UnionAlternativeShape(kinds: [.number])
        case .bool: result = UnionAlternativeShape(kinds: [.boolean])
        default:
            let kinds = schema.nonNullTypes.map { Set($0.compactMap { UnionAlternativeShape.Kind(rawValue: $0.rawValue) }) }
            result = kinds.map(UnionAlternativeShape.init(kinds:)) ?? .anything
        }
        if let values = Self.constants(schema.constValue.map { [$0] } ?? schema.enumValues?.filter { !$0.isNull }) {
            result.values = values
            if type == .json { result.kinds = Set(values.map(\.kind)) }
        }
        return result
    }

    private func objectShape(_ object: FlattenedObject) throws -> UnionAlternativeShape {
        var result = UnionAlternativeShape(kinds: [.object])
        result.required = object.required
        result.members = .init(object.properties.keys)
        if object.additionalProperties == nil {
            result.otherMembers = .dropped
        } else {
            result.otherMembers = object.additionalProperties?.booleanValue == false ? .forbidden : .kept
        }
        for (name, property) in object.properties {
            if let values = try constantValues(of: property) { result.constants[name] = values }
        }
        return result
    }

    /// The values a member may take when its schema (or the schemas its `$ref`s name) lists them.
    private func constantValues(of schema: Schema) throws -> [UnionAlternativeShape.Constant]? {
        var current = schema
        for _ in 0..<Self.maximumShapeDepth {
            if let constant = current.constValue { return Self.constants([constant]) }
            if let values = current.enumValues { return Self.constants(values) }
            if let reference = current.reference, !current.hasStructure {
                current = try target(reference, from: current)
            } else if current.allOf.count == 1, !current.hasOwnStructure {
                current = current.allOf[0]
            } else {
                return nil
            }
        }
        return nil
    }

    /// The scalar values of an `enum` or `const`, or `nil` when one is not a string, integer, boolean or null.
    private static func constants(_ nodes: [Node]?) -> [UnionAlternativeShape.Constant]? {
        guard let nodes, !nodes.isEmpty else { return nil }
        var values: [UnionAlternativeShape.Constant] = []
        for node in nodes {
            if let string = node.string { values.append(.string(string)) }
            else if let bool = node.bool { values.append(.bool(bool)) }
            else if node.isNull { values.append(.null) }
            else if let integer = node.number?.integerValue { values.append(.integer(integer)) }
            else { return nil }
        }
        return values
    }

    /// Keeps only the constant members that tell at least two alternatives apart: the others are not worth
    /// reading while decoding.
    static func keepingDistinctiveConstants(_ shapes: [UnionAlternativeShape]) -> [UnionAlternativeShape] {
        var distinctive: Set<String> = []
        for name in Set(shapes.flatMap(\.constants.keys)) {
            let sets = Set(shapes.compactMap { $0.constants[name].map(Set.init) })
            if sets.count > 1 { distinctive.insert(name) }
        }
        return shapes.map { shape in
            var shape = shape
            shape.constants = shape.constants.filter { distinctive.contains($0.key) }
            return shape
        }
    }

    /// The pairs of alternatives (indices) that one payload could fit both of.
    static func overlappingPairs(_ shapes: [UnionAlternativeShape]) -> [(Int, Int)] {
        shapes.indices.flatMap { first in
            shapes.indices.dropFirst(first + 1).filter { shapes[first].mayOverlap(shapes[$0]) }.map { (first, $0) }
        }
    }
}

extension UnionAlternativeShape.Constant {
    var kind: UnionAlternativeShape.Kind {
        switch self {
        case .string: .string
        case .integer: .integer
        case .bool: .boolean
        case .null: .null
        }
    }
}
