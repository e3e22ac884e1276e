import SpecwrightModel
import SpecwrightReader
import SpecwrightValidation

extension Schema.Keywords {
    /// The keywords present that can make a value invalid (annotations, `$ref` and unknown formats aside).
    var assertionKeywords: [String] {
        var present: [String] = []
        func note(_ keyword: String, _ isPresent: Bool) { if isPresent { present.append(keyword) } }
        note("type", types != nil)
        note("enum", enumValues != nil)
        note("const", constValue != nil)
        note("minimum", minimum != nil)
        note("maximum", maximum != nil)
        note("multipleOf", multipleOf != nil)
        note("minLength", minLength != nil)
        note("maxLength", maxLength != nil)
        note("pattern", pattern != nil)
        note("format", format.flatMap(FormatRegistry.checker(for:)) != nil)
        note("items", items != nil)
        note("prefixItems", !prefixItems.isEmpty)
        note("contains", contains != nil)
        note("minItems", minItems != nil)
        note("maxItems", maxItems != nil)
        note("uniqueItems", uniqueItems)
        note("unevaluatedItems", unevaluatedItems != nil)
        note("properties", !properties.isEmpty)
        note("required", !required.isEmpty)
        note("additionalProperties", additionalProperties != nil)
        note("patternProperties", !patternProperties.isEmpty)
        note("propertyNames", propertyNames != nil)
        note("minProperties", minProperties != nil)
        note("maxProperties", maxProperties != nil)
        note("dependentRequired", !dependentRequired.isEmpty)
        note("dependentSchemas", !dependentSchemas.isEmpty)
        note("unevaluatedProperties", unevaluatedProperties != nil)
        note("allOf", !allOf.isEmpty)
        note("anyOf", !anyOf.isEmpty)
        note("oneOf", !oneOf.isEmpty)
        note("not", not != nil)
        note("if", ifSchema != nil)
        note("then", thenSchema != nil)
        note("else", elseSchema != nil)
        note("$dynamicRef", dynamicReference != nil)
        return present
    }

    /// `true`, `{}` or a schema of annotations only: nothing to check.
    var acceptsAnything: Bool {
        booleanValue == true || (booleanValue == nil && reference == nil && assertionKeywords.isEmpty)
    }
}

extension Schema {
    /// A `$ref` and nothing that adds to it (in 3.0 a `$ref`'s siblings are ignored anyway).
    func isOnlyReference(isOpenAPI30: Bool) -> Bool {
        self.reference != nil && (isOpenAPI30 || (self.assertionKeywords.isEmpty && !self.isNullableKeyword))
    }
}

/// "`field` is required if `condition` is `value`", recognised in the shape OpenAPI specs write it:
/// `if: {required: [condition], properties: {condition: {const: value}}}` (or an `enum` of values) and
/// `then: {required: [field, ...]}`, without `else`.
struct RequiredIfRule {
    let condition: String
    let values: [Node]
    let fields: [String]

    init?(_ schema: Schema) {
        guard let condition = schema.ifSchema, let then = schema.thenSchema, schema.elseSchema == nil,
            condition.reference == nil, then.reference == nil, condition.booleanValue == nil, then.booleanValue == nil,
            condition.required.count == 1, let name = condition.required.first, condition.properties.count == 1,
            let property = condition.properties[name], property.reference == nil, property.booleanValue == nil,
            condition.assertionKeywords.sorted() == ["properties", "required"], then.assertionKeywords == ["required"]
        else { return nil }
        switch property.assertionKeywords {
        case ["const"]: values = [property.constValue!]
        case ["enum"] where !(property.enumValues ?? []).isEmpty: values = property.enumValues!
        default: return nil
        }
        self.condition = name
        self.fields = then.required
    }

    /// The value as the message writes it: `YES`, `YES or PENDING`.
    var valueText: String {
        values.map { node in node.string ?? node.scalarText ?? "the given value" }.joined(separator: " or ")
    }
}
