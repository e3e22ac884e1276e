import SpecwrightModel

/// The typed check of a generated struct (`Validatable.checkValue`): the rules of the struct's JSON check,
/// written against its Swift fields, calling the same runtime rules with the same constants and locations.
///
/// What the Swift form settles is not checked again: a struct always encodes as an object, a required
/// member that is not optional is always there, a struct with no map of extra members has no member
/// `additionalProperties` could reject. A schema with rules only the JSON form can tell (`oneOf`, `not`,
/// `patternProperties`, an `allOf` the types do not merge) gets no typed check: `Validatable`'s default
/// encodes the value. A field whose rules need its JSON form is encoded alone.
extension ValidatorBuilder {
    /// The keywords a struct's schema may have for a typed check.
    private static let typedObjectKeywords: Set<String> = ["type", "properties", "required", "additionalProperties", "allOf", "if", "then"]
    /// The keywords an array field's schema may have for its elements to be checked typed.
    private static let typedArrayKeywords: Set<String> = ["type", "items", "minItems", "maxItems"]

    /// A check for one value: a leaf's `ScalarRules` constant, or a JSON check function.
    enum ValueCheck {
        case rules(String)
        case function(String)

        var name: String {
            switch self {
            case .rules(let name), .function(let name): name
            }
        }
    }

    /// The statements of `checkValue` for `declaration`, or `nil` when its schema needs the JSON form.
    mutating func typedCheck(for declaration: TypeDeclaration) -> [String]? {
        if case .stringEnumeration(let enumeration) = declaration.kind { return enumerationCheck(declaration, enumeration) }
        guard case .structure(let structure) = declaration.kind, let function = plan.functionNames[declaration.schema.identity],
            acceptsTypedCheck(declaration.schema, structure)
        else { return nil }
        let schema = declaration.schema
        var lines: [String] = []
        for property in structure.properties where !property.schema.acceptsAnything {
            lines += fieldCheck(property, owner: function + ValidatorNaming.upperCamelCase(property.wireName))
        }
        if !usesOpenAPI30 {
            for (index, part) in ([schema] + schema.allOf).enumerated() {
                lines += requiredIfChecks(part, structure, owner: index == 0 ? function : function + "AllOf\(index - 1)")
            }
        }
        var body = functionBody(lines)
        if plan.recursiveIdentities.contains(schema.identity) {
            body = ["guard context.descend(at: \(quoted(plan.location(of: schema)))) else { return false }", "defer { context.ascend() }"]
                + (body.count == 1 ? ["return " + body[0]] : body)
        }
        return body
    }

    private var usesOpenAPI30: Bool { plan.dialect == .openAPI30 }

    /// A string enum whose schema is only `type` and `enum`: every documented case is one of the listed
    /// strings, so only an `undocumented` value is checked, by the JSON check (which reports it as `enum`).
    /// `nil` (the default check of the raw value) when the schema has any other rule.
    private func enumerationCheck(_ declaration: TypeDeclaration, _ enumeration: Enumeration<String>) -> [String]? {
        let schema = declaration.schema
        guard let function = plan.functionNames[schema.identity], schema.booleanValue == nil, schema.reference == nil,
            schema.dynamicReference == nil, Set(schema.assertionKeywords).isSubset(of: ["type", "enum"]),
            schema.types.map({ $0.contains(.string) }) ?? true, let values = schema.enumValues
        else { return nil }
        let listed = Set(values.compactMap { node -> String? in if case .string(let string) = node.value { string } else { nil } })
        guard enumeration.cases.allSatisfy({ listed.contains($0.rawValue) }) else { return nil }
        return [
            "// Every documented case is a string the schema's `enum` lists: only an undocumented value can break a rule.",
            "guard case .\(SwiftEscaping.identifier(enumeration.undocumentedCaseName))(let value) = self else { return true }",
            "return \(qualified(function))(.string(value), &context)",
        ]
    }

    private func acceptsTypedCheck(_ schema: Schema, _ structure: Structure) -> Bool {
        guard schema.booleanValue == nil, schema.reference == nil, schema.dynamicReference == nil, structure.additionalProperties == nil,
            Set(schema.assertionKeywords).isSubset(of: Self.typedObjectKeywords), schema.types.map({ $0.contains(.object) }) ?? true
        else { return false }
        if schema.ifSchema != nil && (usesOpenAPI30 || RequiredIfRule(schema) == nil) { return false }
        let partsAreRules = schema.allOf.allSatisfy { part in
            part.booleanValue == nil && part.reference == nil && part.assertionKeywords.sorted() == ["if", "then"]
                && !usesOpenAPI30 && RequiredIfRule(part) != nil
        }
        guard partsAreRules else { return false }
        let byWireName = Dictionary(structure.properties.map { ($0.wireName, $0) }) { first, _ in first }
        guard structure.properties.allSatisfy({ schema.properties[$0.wireName]?.identity == $0.schema.identity }),
            schema.required.allSatisfy({ byWireName[$0]?.isRequired == true })
        else { return false }
        // A rule's condition is compared in its JSON form, which a scalar field gives without encoding.
        return ([schema] + schema.allOf).allSatisfy { part in
            guard let rule = RequiredIfRule(part), let condition = byWireName[rule.condition] else { return true }
            return jsonForm(of: condition.type, "$0") != nil
        }
    }

    // MARK: Fields

    /// The check of one field, skipped when an optional field is absent; a required nullable field that is
    /// `nil` is `null` on the wire.
    private mutating func fieldCheck(_ property: Property, owner: String) -> [String] {
        let key = quoted(property.wireName)
        let check = valueCheck(for: property.schema, owner: owner)
        guard property.isOptional else { return valueLines(property.type, property.storedValue, key: key, check, schema: property.schema, owner: owner) }
        let plain = property.storedValue == property.swiftName && !property.swiftName.hasPrefix("`")
        let name = plain ? property.swiftName : "value"
        if property.isTriState {
            // `Nullable`: absent is not checked, `null` is checked as the JSON validator checks it.
            return ["switch \(property.storedValue) {", "case .absent:", "    break", "case .null:",
                    "    valid = context.field(\(key), .null, \(check.name)) && valid", "case .value(let \(name)):"]
                + indented(valueLines(property.type, name, key: key, check, schema: property.schema, owner: owner)) + ["}"]
        }
        var lines = [plain ? "if let \(name) {" : "if let \(name) = \(property.storedValue) {"]
            + indented(valueLines(property.type, name, key: key, check, schema: property.schema, owner: owner))
        if property.isRequired {
            lines += ["} else {", "    valid = context.field(\(key), .null, \(check.name)) && valid"]
        }
        return lines + ["}"]
    }

    /// The check the JSON validator makes of a value of `schema`, shared with it.
    private mutating func valueCheck(for schema: Schema, owner: String) -> ValueCheck {
        if let single = singleCheck(for: schema, owner: owner) {
            return single.hasPrefix(plan.namespace + ".") ? .function(single) : .rules(qualified(single))
        }
        return .function(qualified(helper(for: schema, name: owner)))
    }

    /// A constant or helper of the namespace as a type's extension names it.
    private func qualified(_ name: String) -> String {
        name.hasPrefix(plan.namespace + ".") ? name : plan.namespace + "." + name
    }

    /// Checks the non-optional `value` of Swift type `type` at the member `key`.
    private mutating func valueLines(_ type: SwiftType, _ value: String, key: String, _ check: ValueCheck, schema: Schema, owner: String) -> [String] {
        let type = resolvingAliases(type)
        switch (check, type) {
        case (.rules(let rules), .dateTime):
            return ["valid = context.dateTimeField(\(key), \(value), \(rules)) && valid"]
        case (.rules(let rules), .uuid):
            return ["valid = context.uuidField(\(key), \(value), \(rules)) && valid"]
        case (.rules(let rules), .calendarDate):
            return ["valid = context.dateField(\(key), \(value), \(rules)) && valid"]
        case (.function(let function), .named(let name)) where checksItself(name, with: function):
            return ["valid = context.nestedField(\(key), \(value)) && valid"]
        case (.function, .array(let element)):
            if let lines = elementLines(element, value, key: key, schema: schema, owner: owner) { return lines }
        default:
            break
        }
        if let form = jsonForm(of: type, value) { return ["valid = context.field(\(key), \(form), \(check.name)) && valid"] }
        return ["valid = context.encodedField(\(key), \(value), \(check.name)) && valid"]
    }

    /// An array field whose schema is only a type, bounds on the count and `items`: its elements checked
    /// one by one; `nil` when the array's rules need its JSON form.
    private mutating func elementLines(_ element: SwiftType, _ value: String, key: String, schema: Schema, owner: String) -> [String]? {
        var arraySchema = schema
        if let reference = schema.reference, schema.isOnlyReference(isOpenAPI30: usesOpenAPI30), let target = plan.index[reference] { arraySchema = target }
        // A recursive array schema bounds its nesting in the JSON check: keep to that.
        if plan.recursiveIdentities.contains(arraySchema.identity) { return nil }
        guard arraySchema.booleanValue == nil, arraySchema.reference == nil, arraySchema.dynamicReference == nil,
            Set(arraySchema.assertionKeywords).isSubset(of: Self.typedArrayKeywords), arraySchema.types.map({ $0.contains(.array) }) ?? true
        else { return nil }
        var lines: [String] = []
        if let minimum = arraySchema.minItems, minimum > 0 {
            lines.append("valid = context.minItems(count: \(value).count, \(minimum), at: \(quoted(plan.location(of: arraySchema, "minItems")))) && valid")
        }
        if let maximum = arraySchema.maxItems {
            lines.append("valid = context.maxItems(count: \(value).count, \(maximum), at: \(quoted(plan.location(of: arraySchema, "maxItems")))) && valid")
        }
        if let items = arraySchema.items, !items.acceptsAnything {
            if items.booleanValue == false { return nil }
            let function = qualified(helper(for: items, name: owner + "Item"))
            let element = resolvingAliases(element)
            let check: String
            if case .named(let name) = element, checksItself(name, with: function) {
                check = "valid = context.nestedItem(index, element) && valid"
            } else if let form = jsonForm(of: element, "element") {
                check = "valid = context.item(index, \(form), \(function)) && valid"
            } else {
                return nil
            }
            lines += ["for (index, element) in \(value).enumerated() {", "    " + check, "}"]
        }
        guard !lines.isEmpty else { return [] }
        return ["context.within(\(key)) { context in"] + indented(lines) + ["}"]
    }

    // MARK: Conditional rules

    /// The required-if rules of `part` (the struct's schema or one of its `allOf` entries), on the fields.
    private mutating func requiredIfChecks(_ part: Schema, _ structure: Structure, owner: String) -> [String] {
        guard let rule = RequiredIfRule(part), let condition = structure.properties.first(where: { $0.wireName == rule.condition }) else {
            // Without the condition's field the encoding never has the condition: the rule cannot apply.
            return []
        }
        let expected = expectedValues(of: rule, owner: owner, namePrefix: plan.namespace + ".")
        let conditionForm: String
        if !condition.isOptional {
            conditionForm = jsonForm(of: condition.type, condition.storedValue)!
        } else if condition.isTriState {
            let stored = condition.storedValue
            conditionForm = "\(stored).isNull ? .null : \(stored).wrapped.map { \(jsonForm(of: condition.type, "$0", explicit: true)!) }"
        } else {
            let mapped = "\(condition.storedValue).map { \(jsonForm(of: condition.type, "$0", explicit: true)!) }"
            conditionForm = condition.isRequired ? "\(mapped) ?? .null" : mapped
        }
        return rule.fields.map { field in
            let property = structure.properties.first { $0.wireName == field }
            let isPresent = property.map { property in
                if !property.isOptional || property.isRequired { return "true" }
                return property.isTriState ? "!\(property.storedValue).isAbsent" : "\(property.storedValue) != nil"
            } ?? "false"
            return "valid = RequiredIf.check(\(quoted(field)), isPresent: \(isPresent), when: \(conditionForm), \(expected), &context, "
                + "at: \(quoted(plan.location(of: part.thenSchema!, "required"))), message: \(quoted(Self.message(of: rule, field: field, in: part)))) && valid"
        }
    }

    // MARK: Swift types

    /// The JSON form of `value`, built without an encoder, exactly as `JSONValueEncoder` writes it; `nil`
    /// for types that need the encoder (`Decimal`, structs, maps).
    private func jsonForm(of type: SwiftType, _ value: String, explicit: Bool = false) -> String? {
        let prefix = explicit ? "JSONValue." : "."
        switch resolvingAliases(type) {
        case .string: return prefix + "string(\(value))"
        case .integer(.bits32): return prefix + "number(JSONNumber(Int64(\(value))))"
        case .integer, .double: return prefix + "number(JSONNumber(\(value)))"
        case .float: return prefix + "number(JSONNumber(Double(\(value))))"
        case .bool: return prefix + "bool(\(value))"
        case .json: return value
        case .calendarDate: return prefix + "string(\(value).description)"
        case .dateTime: return prefix + "string(RFC3339.formatDateTime(\(value)))"
        case .uuid: return prefix + "string(\(value).uuidString.lowercased())"
        case .named(let name):
            switch plan.declarations[name]?.kind {
            case .stringEnumeration: return prefix + "string(\(value).rawValue)"
            case .integerEnumeration: return prefix + "number(JSONNumber(\(value).rawValue))"
            default: return nil
            }
        case .decimal, .array, .dictionary: return nil
        }
    }

    /// Whether the generated type `name` checks its values with `function` (so its typed check is the same).
    private func checksItself(_ name: String, with function: String) -> Bool {
        guard let declaration = plan.declarations[name], let own = plan.functionNames[declaration.schema.identity] else { return false }
        if case .alias = declaration.kind { return false }
        return qualified(own) == function
    }

    /// The Swift type a type alias stands for.
    private func resolvingAliases(_ type: SwiftType, hops: Int = 0) -> SwiftType {
        guard case .named(let name) = type, hops < 16, case .alias(let target)? = plan.declarations[name]?.kind else { return type }
        return resolvingAliases(target, hops: hops + 1)
    }
}
