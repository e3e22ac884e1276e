import OrderedCollections
import SpecwrightReader

/// An object's members after `allOf` and `$ref` siblings are merged into one list.
struct FlattenedObject {
    var properties: OrderedDictionary<String, Schema> = [:]
    var required: [String] = []
    var additionalProperties: Schema?
}

/// What kind of declaration a schema needs.
enum DeclarationShape {
    case stringEnumeration([String])
    case integerEnumeration([Int64])
    case union([Schema], isExclusive: Bool)
    case structure(FlattenedObject)
}

/// How a schema maps to Swift, before any name is given.
enum SchemaShape {
    case reference(String)
    /// The schema is another schema plus, possibly, `null` (`anyOf: [X, {type: null}]`, `allOf: [X]`).
    case wrapper(Schema, nullable: Bool)
    case primitive(SwiftType)
    case array(Schema?)
    case dictionary(Schema?)
    case declaration(DeclarationShape)
}

extension TypeTranslator {
    func shape(of schema: Schema) throws -> SchemaShape {
        if schema.booleanValue != nil { return .primitive(.json) }
        if let reference = schema.reference, !schema.hasStructure {
            return .reference(reference)
        }
        if let values = schema.enumValues {
            return enumerationShape(values, of: schema)
        }
        if let constant = schema.constValue {
            return .primitive(constant.string != nil ? .string : .json)
        }
        if let shape = try compositionShape(of: schema) {
            return shape
        }
        guard let types = schema.nonNullTypes, !types.isEmpty else {
            if try schema.reference != nil || !schema.allOf.isEmpty || schema.looksLikeObject || isObject(schema) {
                return try objectShape(of: schema)
            }
            return schema.items != nil ? .array(schema.items) : .primitive(.json)
        }
        guard types.count == 1 else { return .primitive(.json) }
        switch types[0] {
        case .object: return try objectShape(of: schema)
        case .array: return .array(schema.items)
        case .string: return .primitive(stringType(format: schema.format))
        case .integer: return .primitive(.integer(integerWidth(format: schema.format)))
        case .number: return .primitive(numberType(format: schema.format))
        case .boolean: return .primitive(.bool)
        case .null: return .primitive(.json)
        }
    }

    private func enumerationShape(_ values: [Node], of schema: Schema) -> SchemaShape {
        let nonNull = values.filter { !$0.isNull }
        if schema.nonNullTypes == [.string], nonNull.contains(where: { $0.string == nil }) {
            // YAML reads an unquoted `1`, `true` or `2.5` as a number or boolean; in a string schema the
            // author meant the text.
            var strings: [String] = []
            for value in nonNull {
                guard let text = value.scalarText else { return .primitive(.string) }
                if value.string == nil {
                    diagnostics.warn("enum value \(text) of a string schema is not a string; read as \"\(text)\" (quote it)", rule: .stringEnumValueUnquoted, at: value.location)
                }
                if !strings.contains(text) { strings.append(text) }
            }
            return .declaration(.stringEnumeration(strings))
        }
        var strings: [String] = []
        var integers: [Int64] = []
        for value in nonNull {
            if let string = value.string, !strings.contains(string) { strings.append(string) }
            if let integer = value.number?.integerValue, !integers.contains(integer) { integers.append(integer) }
        }
        if !nonNull.isEmpty, nonNull.allSatisfy({ $0.string != nil }) {
            return .declaration(.stringEnumeration(strings))
        }
        if !nonNull.isEmpty, nonNull.allSatisfy({ $0.number?.integerValue != nil }) {
            return .declaration(.integerEnumeration(integers))
        }
        return .primitive(.json)
    }

    private func compositionShape(of schema: Schema) throws -> SchemaShape? {
        let members = schema.oneOf.isEmpty ? schema.anyOf : schema.oneOf
        let typed = members.filter { !$0.isConstraintOnly }
        if !typed.isEmpty, !schema.looksLikeObject {
            let nonNull = typed.filter { !$0.isNullOnly }
            let nullable = nonNull.count < typed.count
            if nonNull.count == 1 {
                return .wrapper(nonNull[0], nullable: nullable)
            }
            if nonNull.count > 1, schema.discriminator == nil, try sharePrimitiveType(nonNull) {
                // `oneOf: [ISIN pattern, UUID pattern]`: one Swift type whatever the branch; the validators tell
                // the branches apart, and a union whose second case could never be decoded would only mislead.
                return .wrapper(nonNull[0], nullable: nullable)
            }
            if nonNull.count > 1 {
                return .declaration(.union(nonNull, isExclusive: !schema.oneOf.isEmpty))
            }
        }
        if schema.allOf.count == 1, !schema.hasOwnStructure, schema.reference == nil {
            return .wrapper(schema.allOf[0], nullable: false)
        }
        if !schema.allOf.isEmpty, try !schema.allOf.contains(where: isObject), schema.nonNullTypes == nil {
            // `allOf` of non-objects (e.g. a string with two sets of constraints): the first typed member decides.
            if let typedMember = schema.allOf.first(where: { !$0.isConstraintOnly }) {
                return .wrapper(typedMember, nullable: false)
            }
        }
        return nil
    }

    /// Whether every member is the same primitive Swift type (`String`, `Int`, ...).
    private func sharePrimitiveType(_ members: [Schema]) throws -> Bool {
        var common: SwiftType?
        for member in members {
            guard case .primitive(let type) = try shape(of: member), common == nil || common == type else { return false }
            common = type
        }
        return true
    }

    private func objectShape(of schema: Schema) throws -> SchemaShape {
        var visited: Set<String> = []
        let object = try flatten(schema, visited: &visited)
        if object.properties.isEmpty {
            if object.additionalProperties?.booleanValue == false {
                return .declaration(.structure(object))
            }
            let values = object.additionalProperties?.booleanValue == true ? nil : object.additionalProperties
            return .dictionary(values)
        }
        return .declaration(.structure(object))
    }

    /// Merges `$ref` (with 3.1 siblings) and `allOf` members into one property list, own members last.
    func flatten(_ schema: Schema, visited: inout Set<String>) throws -> FlattenedObject {
        var result = FlattenedObject()
        if let reference = schema.reference, visited.insert(reference).inserted {
            result.merge(try flatten(try target(reference, from: schema), visited: &visited))
        }
        for member in schema.allOf {
            result.merge(try flatten(member, visited: &visited))
        }
        var own = FlattenedObject(properties: schema.properties, required: schema.required)
        if let additional = schema.additionalProperties {
            own.additionalProperties = additional
        }
        result.merge(own)
        return result
    }

    /// Whether a schema (following `$ref` and `allOf`) describes an object with members.
    func isObject(_ schema: Schema) throws -> Bool {
        var visited: Set<String> = []
        return try isObject(schema, visited: &visited)
    }

    private func isObject(_ schema: Schema, visited: inout Set<String>) throws -> Bool {
        if schema.nonNullTypes == [.object] || schema.looksLikeObject { return true }
        if let reference = schema.reference, visited.insert(reference).inserted,
           try isObject(try target(reference, from: schema), visited: &visited) {
            return true
        }
        for member in schema.allOf where try isObject(member, visited: &visited) {
            return true
        }
        return false
    }

    private func stringType(format: String?) -> SwiftType {
        switch format {
        case "date-time": .dateTime
        case "date": .calendarDate
        case "uuid": .uuid
        default: .string
        }
    }

    private func integerWidth(format: String?) -> SwiftType.IntegerWidth {
        switch format {
        case "int32": .bits32
        case "int64": .bits64
        default: .native
        }
    }

    private func numberType(format: String?) -> SwiftType {
        switch format {
        case "float": .float
        case "decimal": .decimal
        default: .double
        }
    }
}

extension FlattenedObject {
    mutating func merge(_ other: FlattenedObject) {
        for (name, schema) in other.properties {
            properties[name] = schema
        }
        for name in other.required where !required.contains(name) {
            required.append(name)
        }
        if let additional = other.additionalProperties {
            additionalProperties = additional
        }
    }
}

extension Schema {
    /// Has keywords that make it more than a plain `$ref` (3.1 allows `$ref` with siblings).
    var hasStructure: Bool {
        hasOwnStructure || !allOf.isEmpty || !oneOf.isEmpty || !anyOf.isEmpty
    }

    /// Declares members or a type of its own.
    var hasOwnStructure: Bool {
        types != nil || !properties.isEmpty || additionalProperties != nil || items != nil || enumValues != nil
            || constValue != nil
    }

    var looksLikeObject: Bool {
        !properties.isEmpty || (additionalProperties != nil && additionalProperties?.booleanValue != false && types == nil)
    }

    /// Only constrains (e.g. `{required: [a]}` as a `oneOf` branch): says nothing about the Swift type.
    var isConstraintOnly: Bool {
        reference == nil && !hasStructure && booleanValue == nil
    }

    var isNullOnly: Bool {
        nonNullTypes?.isEmpty == true || (enumValues.map { !$0.isEmpty && $0.allSatisfy(\.isNull) } ?? false)
    }
}
