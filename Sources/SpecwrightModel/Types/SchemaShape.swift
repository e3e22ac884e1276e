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
            if constant.string != nil { return .primitive(.string) }
            return .primitive(constant.bool != nil ? .bool : .json)
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
            var strings = OrderedSet<String>()
            for value in nonNull {
                guard let text = value.scalarText else { return .primitive(.string) }
                if value.string == nil {
                    diagnostics.warn("enum value \(text) of a string schema is not a string; read as \"\(text)\" (quote it)", rule: .stringEnumValueUnquoted, at: value.location)
                }
                strings.append(text)
            }
            return .declaration(.stringEnumeration(strings.elements))
        }
        var strings = OrderedSet<String>()
        var integers = OrderedSet<Int64>()
        for value in nonNull {
            if let string = value.string { strings.append(string) }
            if let integer = value.number?.integerValue { integers.append(integer) }
        }
        if !nonNull.isEmpty, nonNull.allSatisfy({ $0.string != nil }) {
            return .declaration(.stringEnumeration(strings.elements))
        }
        if !nonNull.isEmpty, nonNull.allSatisfy({ $0.number?.integerValue != nil }) {
            return .declaration(.integerEnumeration(integers.elements))
        }
        if !nonNull.isEmpty, nonNull.allSatisfy({ $0.bool != nil }) {
            // `enum: [true]` (Stripe's `deleted`): a `Bool`; the validator enforces the constant.
            return .primitive(.bool)
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
        if !schema.hasOwnStructure, schema.reference == nil, let typed = soleTypedMember(of: schema.allOf) {
            // `allOf: [{$ref: UserMini}, {description: The creator}]` (Box, 140 times) is `UserMini` with a doc
            // comment, not a copy of it; an annotation member saying `nullable: true` makes it nullable.
            return .wrapper(typed, nullable: schema.allOf.contains { $0.isAnnotationOnly && $0.allowsNull })
        }
        if !schema.allOf.isEmpty, try !schema.allOf.contains(where: isObject), schema.nonNullTypes == nil {
            // `allOf` of non-objects (e.g. a string with two sets of constraints): the first typed member decides.
            if let typedMember = schema.allOf.first(where: { !$0.isConstraintOnly }) {
                return .wrapper(typedMember, nullable: false)
            }
        }
        return nil
    }

    /// The one member of an `allOf` that is not annotation-only, when all the others are.
    private func soleTypedMember(of members: [Schema]) -> Schema? {
        let typed = members.filter { !$0.isAnnotationOnly }
        guard typed.count == 1, members.count > 1 else { return nil }
        return typed[0]
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
        let object = try flatten(schema)
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
    ///
    /// Iterative, so that a long `allOf` chain cannot overflow the stack; each `$ref` target is merged once.
    func flatten(_ schema: Schema) throws -> FlattenedObject {
        if let cached = flattenedObjects[schema.identity] { return cached }
        enum Step {
            case expand(Schema)
            case mergeOwnMembers(Schema)
        }
        var result = FlattenedObject()
        var visited: Set<String> = []
        var steps: [Step] = [.expand(schema)]
        while let step = steps.popLast() {
            switch step {
            case .expand(let current):
                // Popped in reverse: the `$ref` target first, then each `allOf` member, then the own members.
                steps.append(.mergeOwnMembers(current))
                steps.append(contentsOf: current.allOf.reversed().map(Step.expand))
                if let reference = current.reference, visited.insert(reference).inserted {
                    steps.append(.expand(try target(reference, from: current)))
                }
            case .mergeOwnMembers(let current):
                var own = FlattenedObject(properties: current.properties, required: current.required)
                own.additionalProperties = current.additionalProperties
                result.merge(own)
            }
        }
        flattenedObjects[schema.identity] = result
        return result
    }

    /// Whether a schema (following `$ref` and `allOf`) describes an object with members.
    func isObject(_ schema: Schema) throws -> Bool {
        var visited: Set<String> = []
        var pending = [schema]
        while let current = pending.popLast() {
            if current.nonNullTypes == [.object] || current.looksLikeObject { return true }
            pending.append(contentsOf: current.allOf.reversed())
            if let reference = current.reference, visited.insert(reference).inserted {
                pending.append(try target(reference, from: current))
            }
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

extension Schema.Keywords {
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

    /// Says something about the value's meaning, nothing about what it may be: `description`, `title`,
    /// examples, `deprecated`, `readOnly`/`writeOnly`, 3.0's `nullable`, documentation keywords, `x-` extensions.
    var isAnnotationOnly: Bool {
        reference == nil && booleanValue == nil && types == nil && format == nil && enumValues == nil && constValue == nil
            && minimum == nil && maximum == nil && multipleOf == nil && minLength == nil && maxLength == nil
            && pattern == nil && contentEncoding == nil && contentMediaType == nil
            && items == nil && prefixItems.isEmpty && contains == nil && minContains == nil && maxContains == nil
            && minItems == nil && maxItems == nil && !uniqueItems && unevaluatedItems == nil
            && properties.isEmpty && required.isEmpty && additionalProperties == nil && patternProperties.isEmpty
            && propertyNames == nil && minProperties == nil && maxProperties == nil && dependentRequired.isEmpty
            && dependentSchemas.isEmpty && unevaluatedProperties == nil && discriminator == nil
            && allOf.isEmpty && anyOf.isEmpty && oneOf.isEmpty && not == nil
            && ifSchema == nil && thenSchema == nil && elseSchema == nil
            && dynamicReference == nil && definitions.isEmpty
            && otherKeywords.keys.allSatisfy(Self.annotationKeywords.contains)
    }

    private static let annotationKeywords: Set<String> = ["externalDocs", "xml", "$comment", "examples", "example"]

    var isNullOnly: Bool {
        nonNullTypes?.isEmpty == true || (enumValues.map { !$0.isEmpty && $0.allSatisfy(\.isNull) } ?? false)
    }
}
