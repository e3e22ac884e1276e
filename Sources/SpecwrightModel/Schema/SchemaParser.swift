import OrderedCollections
import SpecwrightReader

/// Reads a schema node into a `Schema`, one node at a time: `$ref`s are recorded by target identity,
/// not followed, so recursive schemas need no special handling here.
///
/// Inline nesting is limited to `maximumNestingDepth` levels, well below what the stack holds (every later
/// stage recurses on the same nesting), and the schemas read are charged to `budget`, so that YAML aliases
/// repeating whole schemas cannot make the model grow without bound.
struct SchemaParser {
    /// Deeper inline nesting (`properties` in `properties`, `items` in `allOf`, ...) is refused with its location.
    static let maximumNestingDepth = 64

    let spec: Spec
    let dialect: OpenAPIDialect
    let diagnostics: DiagnosticLog
    let budget: ExpansionBudget
    /// How many schemas enclose the one being read.
    private var depth = 0

    init(spec: Spec, dialect: OpenAPIDialect, diagnostics: DiagnosticLog, budget: ExpansionBudget) {
        self.spec = spec
        self.dialect = dialect
        self.diagnostics = diagnostics
        self.budget = budget
    }

    func parse(_ node: Node) throws -> Schema {
        guard depth < Self.maximumNestingDepth else {
            throw SpecError("schema nesting deeper than \(Self.maximumNestingDepth) levels", at: node.location)
        }
        try budget.spend(at: node.location)
        var schema = Schema(identity: node.identity, location: node.location)
        switch node.value {
        case .bool(let value):
            schema.booleanValue = value
            return schema
        case .object(let members):
            var inner = self
            inner.depth += 1
            for (key, value) in members {
                try inner.read(key, value, into: &schema, from: node)
            }
        default:
            throw SpecError("expected a schema (an object or a boolean), found \(node.typeName)", at: node.location)
        }
        if let reference = schema.reference, dialect == .openAPI30, members(of: node) > 1 {
            // In 3.0 a `$ref` replaces its object: siblings are ignored by every tool, so say so.
            diagnostics.warn("sibling keywords of `$ref: \(reference)` are ignored in OpenAPI 3.0", rule: .referenceSiblingsIgnored, at: node.location)
        }
        if schema.nonNullTypes?.contains(.integer) == true {
            schema.minimum = integralBound(schema.minimum, in: node, keys: ["minimum", "exclusiveMinimum"])
            schema.maximum = integralBound(schema.maximum, in: node, keys: ["maximum", "exclusiveMaximum"])
        }
        return schema
    }

    /// An integer bound written as a float (`9.223372036854776e+18`, how some tools print `Int64.max`) is read
    /// as the nearest 64-bit integer, with a warning, so that generated checks compare integers exactly.
    private func integralBound(_ bound: Schema.Bound?, in node: Node, keys: [String]) -> Schema.Bound? {
        guard var bound, bound.value.literal.contains(where: { "eE.".contains($0) }) else { return bound }
        let double = bound.value.doubleValue
        // A bound with a fraction (`minimum: 1.5`) is a real bound for integers too; keep it.
        guard double.isFinite, double.rounded() == double else { return bound }
        let integer: Int64 = double >= 0x1p63 ? .max : double < -0x1p63 ? .min : Int64(double)
        if bound.value.literal.contains(where: { "eE".contains($0) }) || Double(integer) != double {
            let location = keys.lazy.compactMap { node[$0]?.location }.first ?? node.location
            diagnostics.warn("integer bound \(bound.value.literal) is written as a float; assumed \(integer)", rule: .integerBoundAsFloat, at: location)
        }
        bound.value = NumberLiteral(literal: String(integer), integerValue: integer, doubleValue: double)
        return bound
    }

    private func members(of node: Node) -> Int {
        node.object?.keys.filter { !$0.hasPrefix("x-") && $0 != "description" && $0 != "summary" }.count ?? 0
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    private func read(_ key: String, _ value: Node, into schema: inout Schema, from owner: Node) throws {
        switch key {
        case "$ref":
            let text = try value.expectString()
            let target = try spec.resolve(text, from: value)
            if target.pointer.isEmpty, target["openapi"] != nil {
                throw value.error("`$ref: '\(text)'` names the whole OpenAPI document, which is not a schema")
            }
            schema.reference = target.identity
        case "title": schema.title = try value.expectString()
        case "description": schema.description = try value.expectString()
        case "default": schema.defaultValue = value
        case "example": schema.examples.append(value)
        case "examples":
            // 2020-12 `examples` is an array; a map here is a misplaced OpenAPI Example Object map.
            if let list = value.array {
                schema.examples.append(contentsOf: list)
            } else {
                schema.otherKeywords[key] = value
            }
        case "deprecated": schema.isDeprecated = try value.expectBool()
        case "readOnly": schema.isReadOnly = try value.expectBool()
        case "writeOnly": schema.isWriteOnly = try value.expectBool()
        case "type": schema.types = try parseTypes(value)
        case "nullable": schema.isNullableKeyword = try value.expectBool()
        case "format": schema.format = try value.expectString()
        case "enum": schema.enumValues = try value.expectArray()
        case "const": schema.constValue = value
        case _ where Self.numericKeywords.contains(key) && !isNumeric(key, value):
            ignoreNonNumeric(key, value, in: &schema)
        case "minimum", "exclusiveMinimum":
            schema.minimum = bound(owner, inclusive: "minimum", exclusive: "exclusiveMinimum", tighter: >)
        case "maximum", "exclusiveMaximum":
            schema.maximum = bound(owner, inclusive: "maximum", exclusive: "exclusiveMaximum", tighter: <)
        case "multipleOf": schema.multipleOf = try value.expectNumber()
        case "minLength": schema.minLength = try count(value)
        case "maxLength": schema.maxLength = try count(value)
        case "pattern": schema.pattern = try value.expectString()
        case "contentEncoding": schema.contentEncoding = try value.expectString()
        case "contentMediaType": schema.contentMediaType = try value.expectString()
        case "items":
            if let list = value.array {
                // draft 4-2019's tuple form `items: [..]` is 2020-12's `prefixItems`.
                schema.prefixItems = try list.map(parse)
            } else {
                schema.items = try parse(value)
            }
        case "prefixItems": schema.prefixItems = try value.expectArray().map(parse)
        case "additionalItems": schema.items = try parse(value)
        case "contains": schema.contains = try parse(value)
        case "minContains": schema.minContains = try count(value)
        case "maxContains": schema.maxContains = try count(value)
        case "minItems": schema.minItems = try count(value)
        case "maxItems": schema.maxItems = try count(value)
        case "uniqueItems": schema.uniqueItems = try value.expectBool()
        case "unevaluatedItems": schema.unevaluatedItems = try parse(value)
        case "properties": schema.properties = try parseMap(value)
        case "required":
            // OpenAPI 3.0 specs sometimes write `required: true` on a property schema (Swagger 2 habit).
            if let flag = value.bool {
                diagnostics.warn("`required: \(flag)` inside a schema has no meaning; list required names in the parent's `required` array", rule: .schemaRequiredFlag, at: value.location)
                schema.otherKeywords[key] = value
            } else {
                schema.required = try value.expectArray().map { try $0.expectString() }
            }
        case "additionalProperties": schema.additionalProperties = try parse(value)
        case "patternProperties": schema.patternProperties = try parseMap(value)
        case "propertyNames": schema.propertyNames = try parse(value)
        case "minProperties": schema.minProperties = try count(value)
        case "maxProperties": schema.maxProperties = try count(value)
        case "dependentRequired":
            for (name, list) in try value.expectObject() {
                schema.dependentRequired[name] = try list.expectArray().map { try $0.expectString() }
            }
        case "dependentSchemas": schema.dependentSchemas = try parseMap(value)
        case "dependencies":
            // draft 4/7: arrays are dependentRequired, schemas are dependentSchemas.
            for (name, dependency) in try value.expectObject() {
                if let list = dependency.array {
                    schema.dependentRequired[name] = try list.map { try $0.expectString() }
                } else {
                    schema.dependentSchemas[name] = try parse(dependency)
                }
            }
        case "unevaluatedProperties": schema.unevaluatedProperties = try parse(value)
        case "discriminator": schema.discriminator = try parseDiscriminator(value)
        case "allOf": schema.allOf = try value.expectArray().map(parse)
        case "anyOf": schema.anyOf = try value.expectArray().map(parse)
        case "oneOf": schema.oneOf = try value.expectArray().map(parse)
        case "not": schema.not = try parse(value)
        case "if": schema.ifSchema = try parse(value)
        case "then": schema.thenSchema = try parse(value)
        case "else": schema.elseSchema = try parse(value)
        case "$id": schema.id = try value.expectString()
        // draft 4's `id`; a non-string `id` is more likely a property-like keyword some spec invented.
        case "id" where value.string != nil: schema.id = value.string
        case "$anchor": schema.anchor = try value.expectString()
        case "$dynamicAnchor": schema.dynamicAnchor = try value.expectString()
        case "$dynamicRef": schema.dynamicReference = try value.expectString()
        case "$defs", "definitions": schema.definitions.merge(try parseMap(value)) { $1 }
        default:
            if key.hasPrefix("x-") {
                schema.extensions[key] = value
            } else {
                schema.otherKeywords[key] = value
            }
        }
    }

    private func parseMap(_ node: Node) throws -> OrderedDictionary<String, Schema> {
        var result = OrderedDictionary<String, Schema>()
        for (name, value) in try node.expectObject() {
            result[name] = try parse(value)
        }
        return result
    }

    private func parseTypes(_ node: Node) throws -> [Schema.JSONType] {
        let names = try node.array.map { try $0.map { try $0.expectString() } } ?? [try node.expectString()]
        return try names.map { name in
            guard let type = Schema.JSONType(rawValue: name) else {
                let known = Schema.JSONType.allCases.map(\.rawValue).joined(separator: ", ")
                throw SpecError("unknown type `\(name)`; expected one of \(known)", at: node.location)
            }
            return type
        }
    }

    private func count(_ node: Node) throws -> Int {
        let number = try node.expectNumber()
        guard let value = number.integerValue, value >= 0, value <= Int64(Int32.max) else {
            throw SpecError("expected a non-negative integer, found \(number.literal)", at: node.location)
        }
        return Int(value)
    }

    /// Reads a bound from both spellings: 3.0 / draft 4's `minimum` + boolean `exclusiveMinimum`,
    /// and 3.1's independent numeric `exclusiveMinimum`; when both numbers are present the tighter one wins.
    /// A spelling that is not a number was set aside with a warning (`ignoreNonNumeric`) and counts as absent.
    private func bound(
        _ owner: Node, inclusive: String, exclusive: String, tighter: (Double, Double) -> Bool
    ) -> Schema.Bound? {
        let inclusiveValue = owner[inclusive]?.number
        guard let exclusiveNode = owner[exclusive] else {
            return inclusiveValue.map { Schema.Bound(value: $0, isExclusive: false) }
        }
        if let flag = exclusiveNode.bool {
            return inclusiveValue.map { Schema.Bound(value: $0, isExclusive: flag) }
        }
        guard let exclusiveValue = exclusiveNode.number else {
            return inclusiveValue.map { Schema.Bound(value: $0, isExclusive: false) }
        }
        if let inclusiveValue, tighter(inclusiveValue.doubleValue, exclusiveValue.doubleValue) {
            return Schema.Bound(value: inclusiveValue, isExclusive: false)
        }
        return Schema.Bound(value: exclusiveValue, isExclusive: true)
    }

    /// Keywords whose value must be a number (the exclusive bounds may also be 3.0's booleans).
    private static let numericKeywords: Set<String> = [
        "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength",
        "minItems", "maxItems", "minContains", "maxContains", "minProperties", "maxProperties",
    ]

    private func isNumeric(_ key: String, _ value: Node) -> Bool {
        value.number != nil || (value.bool != nil && key.hasPrefix("exclusive"))
    }

    /// A constraint written as prose (revolut_business: `minimum: "now + 7 days"`) cannot be checked: it is kept
    /// verbatim among the other keywords, so nothing is lost, and reported, so that every one shows in one run.
    private func ignoreNonNumeric(_ key: String, _ value: Node, in schema: inout Schema) {
        let text = value.scalarText.map { "`\($0)`" } ?? (value.typeName == "array" || value.typeName == "object" ? "an \(value.typeName)" : value.typeName)
        diagnostics.warn("`\(key)` is \(text), not a number; the constraint is ignored", rule: .schemaKeywordNumber, at: value.location)
        schema.otherKeywords[key] = value
    }

    private func parseDiscriminator(_ node: Node) throws -> Schema.Discriminator {
        let object = try node.expectObject()
        let propertyName = object["propertyName"]?.string
        if propertyName == nil {
            diagnostics.warn("discriminator has no `propertyName`; it is ignored and the variants are told apart by trying each in turn", rule: .discriminatorPropertyName, at: node.location)
        }
        var mapping = OrderedDictionary<String, String>()
        for (value, target) in object["mapping"]?.object ?? [:] {
            let reference = try target.expectString()
            // A mapping value is a `$ref`-style reference, or a bare component schema name.
            let text = reference.contains("#") || reference.contains("/") ? reference : "#/components/schemas/\(reference)"
            mapping[value] = try spec.resolve(text, from: target).identity
        }
        return Schema.Discriminator(propertyName: propertyName, mapping: mapping)
    }
}
