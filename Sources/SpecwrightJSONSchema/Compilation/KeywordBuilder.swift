import SpecwrightValidation

/// Compiles the keywords of one schema object, in a fixed order: cheap type checks first, in-place
/// applicators later, `unevaluated*` last (they read what the others evaluated).
struct KeywordBuilder {
    let members: [String: JSONValue]
    let location: SchemaLocation
    let node: SchemaNode
    let settings: DialectSettings
    let compiler: SchemaCompiler
    private var keywords: [any Keyword] = []
    private var stringChecks = StringChecks()

    init(members: [String: JSONValue], location: SchemaLocation, node: SchemaNode, settings: DialectSettings, compiler: SchemaCompiler) {
        self.members = members
        self.location = location
        self.node = node
        self.settings = settings
        self.compiler = compiler
    }

    private var dialect: JSONSchemaDialect { settings.dialect }
    private var isModern: Bool { dialect == .draft2020_12 }
    private var isDraft4Family: Bool { dialect == .draft4 || dialect == .openAPI3_0 }
    private var validation: Bool { settings.vocabularies.contains(.validation) }
    private var applicator: Bool { settings.vocabularies.contains(.applicator) }

    mutating func build() throws -> [any Keyword] {
        if dialect.refOverridesSiblings, case .string(let reference)? = members["$ref"] {
            let target = try compiler.referencedSchema(reference, from: location).node
            node.referenceTarget = target
            return [ReferenceKeyword(target: target)]
        }
        if dialect == .openAPI3_0, members["nullable"] == .bool(true) { node.acceptsNull = true }
        if validation {
            try addValueKeywords()
            try addNumberKeywords()
            try addStringKeywords()
            try addCountKeywords()
        }
        try addObjectShape()
        if dialect == .draft7 {
            let base64 = members["contentEncoding"]?.stringValue?.lowercased() == "base64"
            let json = members["contentMediaType"]?.stringValue?.lowercased() == "application/json"
            if base64 || json {
                keywords.append(ContentKeyword(decodesBase64: base64, expectsJSON: json, location: node.location))
            }
        }
        // Format assertion is a vocabulary of its own, independent of the validation vocabulary.
        if settings.assertsFormats, case .string(let format)? = members["format"],
            let checker = FormatRegistry.checker(for: format)
        {
            stringChecks.format = FormatKeyword(checker: checker, location: keywordLocation("format"))
        }
        if !stringChecks.isEmpty { keywords.append(stringChecks) }
        if isModern {
            if case .string(let reference)? = members["$ref"] {
                let target = try compiler.referencedSchema(reference, from: location).node
                node.referenceTarget = target
                keywords.append(ReferenceKeyword(target: target))
            }
            if case .string(let reference)? = members["$dynamicRef"] {
                let keyword = try compiler.dynamicReference(reference, from: location)
                if keyword.candidates != nil { node.readsDynamicScope = true }
                keywords.append(keyword)
            }
        }
        if applicator {
            try addObjectApplicators()
            try addArrayApplicators()
            try addInPlaceApplicators()
        }
        if isModern && settings.vocabularies.contains(.unevaluated) {
            addUnevaluated()
        }
        return keywords
    }

    // MARK: Helpers

    private func keywordLocation(_ keyword: String...) -> String {
        keyword.reduce(node.location) { $0 + "/" + escapedToken($1) }
    }

    private func schemaError(_ keyword: String, _ message: String) -> JSONSchemaError {
        JSONSchemaError(schemaLocation: keywordLocation(keyword), message: message)
    }

    private func subschema(_ tokens: String...) -> NodeReference {
        compiler.subschema(SchemaLocation(document: location.document, pointer: location.pointer + tokens))
    }

    /// A non-negative integer keyword value (`2.0` counts as `2`).
    private func count(_ keyword: String) throws -> Int? {
        guard let value = members[keyword] else { return nil }
        guard case .number(let number) = value, number.isInteger else {
            throw schemaError(keyword, "\(keyword) must be a non-negative integer")
        }
        guard let integer = number.int64Value, integer >= 0 else {
            if number < 0 { throw schemaError(keyword, "\(keyword) must be a non-negative integer") }
            return Int.max
        }
        return Int(integer)
    }

    private func number(_ keyword: String) throws -> JSONNumber? {
        guard let value = members[keyword] else { return nil }
        guard case .number(let number) = value else { throw schemaError(keyword, "\(keyword) must be a number") }
        return number
    }

    private func regex(_ pattern: String, _ keyword: String...) throws -> ECMARegex {
        do {
            return try ECMARegex(pattern)
        } catch {
            throw JSONSchemaError(
                schemaLocation: keywordLocation(keyword: keyword), message: "invalid regular expression \(pattern): \(error)")
        }
    }

    private func keywordLocation(keyword: [String]) -> String {
        keyword.reduce(node.location) { $0 + "/" + escapedToken($1) }
    }

    // MARK: Validation vocabulary

    private mutating func addValueKeywords() throws {
        if let type = members["type"] {
            let names: [String]
            switch type {
            case .string(let name): names = [name]
            case .array(let elements): names = elements.compactMap(\.stringValue)
            default: throw schemaError("type", "type must be a type name or an array of them")
            }
            var allowed: TypeKeyword.Types = []
            for name in names {
                guard let types = TypeKeyword.Types(name: name) else {
                    throw schemaError("type", "unknown type \(name)")
                }
                allowed.insert(types)
            }
            let keyword = TypeKeyword(allowed: allowed, names: names, integerMeansLiteral: dialect == .draft4, location: keywordLocation("type"))
            node.declaredType = keyword
            if allowed == .string {
                stringChecks.type = keyword
            } else {
                keywords.append(keyword)
            }
        }
        if let values = members["enum"] {
            guard case .array(let elements) = values else { throw schemaError("enum", "enum must be an array") }
            let strings = elements.compactMap(\.stringValue)
            if strings.count == elements.count && Set(strings.map { Array($0.utf8) }).count == strings.count {
                stringChecks.enumeration = StringEnumKeyword(table: StringTable(strings), location: keywordLocation("enum"))
            } else {
                keywords.append(EnumKeyword(values: elements, location: keywordLocation("enum")))
            }
        }
        if !isDraft4Family, let value = members["const"] {
            keywords.append(ConstKeyword(value: value, location: keywordLocation("const")))
        }
    }

    private mutating func addNumberKeywords() throws {
        if isDraft4Family {
            // Draft 4: booleans beside `minimum`/`maximum` make them exclusive.
            let exclusiveMinimum = members["exclusiveMinimum"] == .bool(true)
            let exclusiveMaximum = members["exclusiveMaximum"] == .bool(true)
            if let minimum = try number("minimum") {
                keywords.append(
                    BoundKeyword(
                        kind: exclusiveMinimum ? .exclusiveMinimum : .minimum, limit: minimum, code: "minimum",
                        location: keywordLocation("minimum")))
            }
            if let maximum = try number("maximum") {
                keywords.append(
                    BoundKeyword(
                        kind: exclusiveMaximum ? .exclusiveMaximum : .maximum, limit: maximum, code: "maximum",
                        location: keywordLocation("maximum")))
            }
        } else {
            let bounds: [(String, BoundKeyword.Kind)] = [
                ("minimum", .minimum), ("maximum", .maximum), ("exclusiveMinimum", .exclusiveMinimum),
                ("exclusiveMaximum", .exclusiveMaximum),
            ]
            for (keyword, kind) in bounds {
                if let limit = try number(keyword) {
                    keywords.append(
                        BoundKeyword(
                            kind: kind, limit: limit, code: ValidationIssue.Code(rawValue: keyword), location: keywordLocation(keyword)))
                }
            }
        }
        if let divisor = try number("multipleOf") {
            guard divisor > 0 else { throw schemaError("multipleOf", "multipleOf must be greater than 0") }
            keywords.append(MultipleOfKeyword(divisor: divisor, location: keywordLocation("multipleOf")))
        }
    }

    private mutating func addStringKeywords() throws {
        if let minimum = try count("minLength"), minimum > 0 {
            stringChecks.minLength = LengthKeyword(isMinimum: true, limit: minimum, location: keywordLocation("minLength"))
        }
        if let maximum = try count("maxLength") {
            stringChecks.maxLength = LengthKeyword(isMinimum: false, limit: maximum, location: keywordLocation("maxLength"))
        }
        if let pattern = members["pattern"] {
            guard case .string(let text) = pattern else { throw schemaError("pattern", "pattern must be a string") }
            stringChecks.pattern = PatternKeyword(regex: try regex(text, "pattern"), pattern: text, location: keywordLocation("pattern"))
        }
    }

    private mutating func addCountKeywords() throws {
        if let minimum = try count("minItems"), minimum > 0 {
            keywords.append(ItemCountKeyword(isMinimum: true, limit: minimum, location: keywordLocation("minItems")))
        }
        if let maximum = try count("maxItems") {
            keywords.append(ItemCountKeyword(isMinimum: false, limit: maximum, location: keywordLocation("maxItems")))
        }
        if members["uniqueItems"] == .bool(true) {
            keywords.append(UniqueItemsKeyword(location: keywordLocation("uniqueItems")))
        }
        if let minimum = try count("minProperties"), minimum > 0 {
            keywords.append(PropertyCountKeyword(isMinimum: true, limit: minimum, location: keywordLocation("minProperties")))
        }
        if let maximum = try count("maxProperties") {
            keywords.append(PropertyCountKeyword(isMinimum: false, limit: maximum, location: keywordLocation("maxProperties")))
        }
        if isModern, case .object(let dependencies)? = members["dependentRequired"] {
            let lists = dependencies.sorted { $0.key < $1.key }.map { ($0.key, $0.value.arrayValue?.compactMap(\.stringValue) ?? []) }
            keywords.append(DependentRequiredKeyword(dependencies: lists, code: "dependentRequired", location: keywordLocation("dependentRequired")))
        }
    }

    // MARK: Applicator vocabulary

    /// `properties`, `patternProperties`, `additionalProperties` (applicators) and `required` (validation).
    private mutating func addObjectShape() throws {
        var properties: [(String, NodeReference)] = []
        var patterns: [(regex: ECMARegex, schema: NodeReference)] = []
        var additional: NodeReference?
        if applicator {
            if let declared = members["properties"] {
                guard case .object(let schemas) = declared else { throw schemaError("properties", "properties must be an object") }
                properties = schemas.keys.sorted().map { ($0, subschema("properties", $0)) }
            }
            if let declared = members["patternProperties"] {
                guard case .object(let schemas) = declared else {
                    throw schemaError("patternProperties", "patternProperties must be an object")
                }
                for pattern in schemas.keys.sorted() {
                    patterns.append((try regex(pattern, "patternProperties", pattern), subschema("patternProperties", pattern)))
                }
            }
            if members["additionalProperties"] != nil { additional = subschema("additionalProperties") }
        }
        var required: [String] = []
        if validation, let declared = members["required"] {
            guard case .array(let elements) = declared else { throw schemaError("required", "required must be an array of names") }
            required = elements.compactMap(\.stringValue)
        }
        guard !properties.isEmpty || !patterns.isEmpty || additional != nil || !required.isEmpty else { return }
        keywords.append(
            ObjectShapeKeyword(
                properties: properties, required: required, patterns: patterns, additional: additional,
                requiredLocation: keywordLocation("required"), additionalLocation: keywordLocation("additionalProperties")))
    }

    private mutating func addObjectApplicators() throws {
        if case .object(let dependencies)? = members["dependencies"] {
            // Draft 4/7 `dependencies`: a property list or a schema per property. 2020-12 split it into
            // `dependentRequired` and `dependentSchemas` but still honours it for compatibility.
            var lists: [(property: String, required: [String])] = []
            var schemas: [(property: String, schema: NodeReference)] = []
            for (property, dependency) in dependencies.sorted(by: { $0.key < $1.key }) {
                if case .array(let names) = dependency {
                    lists.append((property, names.compactMap(\.stringValue)))
                } else {
                    schemas.append((property, subschema("dependencies", property)))
                }
            }
            if !lists.isEmpty {
                keywords.append(DependentRequiredKeyword(dependencies: lists, code: "dependencies", location: keywordLocation("dependencies")))
            }
            if !schemas.isEmpty { keywords.append(DependentSchemasKeyword(dependencies: schemas)) }
        }
        if isModern, case .object(let dependencies)? = members["dependentSchemas"] {
            let schemas = dependencies.keys.sorted().map { (property: $0, schema: subschema("dependentSchemas", $0)) }
            keywords.append(DependentSchemasKeyword(dependencies: schemas))
        }
        if !isDraft4Family, members["propertyNames"] != nil {
            keywords.append(PropertyNamesKeyword(schema: subschema("propertyNames"), location: keywordLocation("propertyNames")))
        }
    }

    private mutating func addArrayApplicators() throws {
        var prefix: [NodeReference] = []
        var rest: NodeReference?
        var restKeyword = "items"
        if isModern && !settings.usesArrayFormItems {
            if case .array(let schemas)? = members["prefixItems"] {
                prefix = schemas.indices.map { subschema("prefixItems", String($0)) }
            }
            if members["items"] != nil { rest = subschema("items") }
        } else if case .array(let schemas)? = members["items"] {
            prefix = schemas.indices.map { subschema("items", String($0)) }
            if members["additionalItems"] != nil {
                rest = subschema("additionalItems")
                restKeyword = "additionalItems"
            }
        } else if members["items"] != nil {
            rest = subschema("items")
        }
        if !prefix.isEmpty || rest != nil {
            keywords.append(
                ItemsKeyword(
                    prefix: prefix, rest: rest, restCode: ValidationIssue.Code(rawValue: restKeyword),
                    restLocation: keywordLocation(restKeyword)))
        }
        if !isDraft4Family, members["contains"] != nil {
            let minimum = isModern && validation ? try count("minContains") : nil
            let maximum = isModern && validation ? try count("maxContains") : nil
            keywords.append(
                ContainsKeyword(
                    schema: subschema("contains"), minimum: minimum ?? 1, maximum: maximum, hasExplicitMinimum: minimum != nil,
                    location: keywordLocation("contains"), minimumLocation: keywordLocation("minContains"),
                    maximumLocation: keywordLocation("maxContains")))
        }
    }

    private mutating func addInPlaceApplicators() throws {
        if let schemas = try schemaList("allOf") {
            keywords.append(AllOfKeyword(schemas: schemas))
        }
        for (keyword, exactlyOne) in [("anyOf", false), ("oneOf", true)] {
            guard let schemas = try schemaList(keyword) else { continue }
            let selector = compiler.branchSelector(
                for: schemas.indices.map { location.appending(keyword, String($0)) },
                discriminator: members["discriminator"]?["propertyName"]?.stringValue)
            keywords.append(
                AlternativesKeyword(schemas: schemas, exactlyOne: exactlyOne, selector: selector, location: keywordLocation(keyword)))
        }
        if members["not"] != nil {
            keywords.append(NotKeyword(schema: subschema("not"), location: keywordLocation("not")))
        }
        // A lone `if` still matters in 2020-12: its annotations count for `unevaluated*`.
        if !isDraft4Family, members["if"] != nil, isModern || members["then"] != nil || members["else"] != nil {
            keywords.append(
                ConditionalKeyword(
                    condition: subschema("if"), then: members["then"] == nil ? nil : subschema("then"),
                    otherwise: members["else"] == nil ? nil : subschema("else")))
        }
    }

    private func schemaList(_ keyword: String) throws -> [NodeReference]? {
        guard let value = members[keyword] else { return nil }
        guard case .array(let schemas) = value, !schemas.isEmpty else {
            throw schemaError(keyword, "\(keyword) must be a non-empty array of schemas")
        }
        return schemas.indices.map { subschema(keyword, String($0)) }
    }

    // MARK: Unevaluated vocabulary

    private mutating func addUnevaluated() {
        if members["unevaluatedItems"] != nil {
            keywords.append(UnevaluatedItemsKeyword(schema: subschema("unevaluatedItems"), location: keywordLocation("unevaluatedItems")))
            node.gathersOwnAnnotations = true
        }
        if members["unevaluatedProperties"] != nil {
            keywords.append(
                UnevaluatedPropertiesKeyword(schema: subschema("unevaluatedProperties"), location: keywordLocation("unevaluatedProperties")))
            node.gathersOwnAnnotations = true
        }
    }
}
