import SpecwrightModel
import SpecwrightValidation

/// Writes the validator functions of one generated file: one line per rule of the schema, calling the
/// runtime's rule methods on `JSONValidationContext`, with regexes, value sets and alternatives as
/// `static let`s built once.
///
/// Property, `allOf` and conditional-branch schemas are checked inline; schemas whose verdict is needed
/// on its own (alternatives, `not`, `if`, items, `propertyNames`, `contains`) get a private helper.
/// The rules and their codes and locations are those of the dynamic validator (`SpecwrightJSONSchema`)
/// in the spec's dialect, so that both report the same issues for every payload.
struct ValidatorBuilder {
    let plan: ValidatorPlan
    private(set) var source = ValidatorSource()
    /// Helper and constant names this file took, besides the plan's reserved names (which are not copied: one
    /// copy per file would make rendering quadratic in the number of schemas).
    private var usedNames: Set<String> = []
    /// The helper already written for a schema identity, so that the JSON and typed checks share it.
    private var helperNames: [String: String] = [:]

    init(plan: ValidatorPlan) {
        self.plan = plan
    }

    private var namespace: String { plan.namespace }
    private var isOpenAPI30: Bool { plan.dialect == .openAPI30 }

    /// Adds the validator of the schema with `identity` under the name the plan gave it.
    mutating func addValidator(for identity: String) {
        guard let schema = plan.index[identity], let name = plan.functionNames[identity] else { return }
        var lines = functionBody(rules(for: schema, value: "value", owner: name))
        if plan.recursiveIdentities.contains(identity) {
            // The schema reaches itself through `$ref`s: bound the nesting, as the dynamic validator does.
            lines = ["guard context.descend(at: \(quoted(plan.location(of: schema)))) else { return false }", "defer { context.ascend() }"]
                + (lines.count == 1 && lines[0] != "true" ? ["return " + lines[0]] : lines)
        }
        source.functions.append(.init(name: name, isPrivate: false, summary: summary(of: schema), lines: lines))
    }

    /// `var valid`, the statements and `return valid`; one check is returned directly, none is `true`.
    func functionBody(_ statements: [String]) -> [String] {
        if statements.isEmpty { return ["true"] }
        let prefix = "valid = ", suffix = " && valid"
        if statements.count == 1, statements[0].hasPrefix(prefix), statements[0].hasSuffix(suffix) {
            return [String(statements[0].dropFirst(prefix.count).dropLast(suffix.count))]
        }
        return ["var valid = true"] + statements + ["return valid"]
    }

    private func summary(of schema: Schema) -> String {
        var location = plan.location(of: schema)
        if location.utf8.contains(UInt8(ascii: "`")) { location = location.filter { $0 != "`" } }
        return "Checks a JSON value against the schema at `\(SwiftEscaping.commentLineText(location))`."
    }

    // MARK: Statements

    /// The statements checking `value` (a variable name) against `schema`; each updates `valid`. A schema
    /// with a validator of its own (a type's, a `$ref` target's) is one call of it.
    mutating func statements(for schema: Schema, value: String, owner: String) -> [String] {
        if let function = plan.functionNames[schema.identity] {
            return ["valid = \(namespace).\(function)(\(value), &context) && valid"]
        }
        return rules(for: schema, value: value, owner: owner)
    }

    /// The rules of `schema` itself, written out.
    private mutating func rules(for schema: Schema, value: String, owner: String) -> [String] {
        if let flag = schema.booleanValue {
            return flag ? [] : ["valid = context.nothingAllowed(\(quoted(holdingKeyword(of: schema))), at: \(quoted(plan.location(of: schema)))) && valid"]
        }
        if let rules = scalarRules(schema, owner: owner) {
            return ["valid = context.check(\(value), \(rules)) && valid"]
        }
        var lines: [String] = []
        if let reference = schema.reference {
            if let target = plan.functionNames[reference] {
                lines.append("valid = \(namespace).\(target)(\(value), &context) && valid")
            }
            // OpenAPI 3.0 (draft 4): `$ref` replaces its object.
            if isOpenAPI30 { return lines }
        }
        var rules: [String] = []
        rules += valueRules(schema, value: value, owner: owner)
        rules += numberRules(schema, value: value, owner: owner)
        rules += stringRules(schema, value: value, owner: owner)
        rules += arrayRules(schema, value: value, owner: owner)
        rules += objectRules(schema, value: value, owner: owner)
        rules += compositionRules(schema, value: value, owner: owner)
        if isOpenAPI30 && schema.isNullableKeyword && !rules.isEmpty {
            lines += ["if !\(value).isNull {"] + indented(rules) + ["}"]
        } else {
            lines += rules
        }
        return lines
    }

    private mutating func valueRules(_ schema: Schema, value: String, owner: String) -> [String] {
        var lines: [String] = []
        if let types = schema.types, !types.isEmpty {
            let names = types.map(\.rawValue).joined(separator: " or ")
            lines.append("valid = context.type(\(value), \(typesLiteral(Set(types))), \(quoted(names)), at: \(quoted(plan.location(of: schema, "type")))) && valid")
        }
        if let values = schema.enumValues {
            let name = constant(owner + "Values", type: "Set<JSONValue>", value: "[" + values.map(JSONLiteral.value).joined(separator: ", ") + "]")
            lines.append("valid = context.enumeration(\(value), \(name), at: \(quoted(plan.location(of: schema, "enum")))) && valid")
        }
        if !isOpenAPI30, let expected = schema.constValue {
            let literal = JSONLiteral.isComposite(expected)
                ? constant(owner + "Constant", type: "JSONValue", value: JSONLiteral.value(expected)) : JSONLiteral.value(expected)
            lines.append("valid = context.constant(\(value), \(literal), at: \(quoted(plan.location(of: schema, "const")))) && valid")
        }
        return lines
    }

    private mutating func numberRules(_ schema: Schema, value: String, owner: String) -> [String] {
        var lines: [String] = []
        for (bound, isMinimum) in [(schema.minimum, true), (schema.maximum, false)] {
            guard let bound else { continue }
            let inclusiveKeyword = isMinimum ? "minimum" : "maximum"
            let kind = bound.isExclusive ? (isMinimum ? "exclusiveMinimum" : "exclusiveMaximum") : inclusiveKeyword
            // 3.0's boolean `exclusiveMinimum: true` qualifies `minimum`, which is the keyword reported.
            let keyword = isOpenAPI30 ? inclusiveKeyword : kind
            let limit = JSONLiteral.number(bound.value)
            lines.append(
                "valid = context.bound(number, .\(kind), \(limit), code: \(quoted(keyword)), at: \(quoted(plan.location(of: schema, keyword)))) && valid")
        }
        if let divisor = schema.multipleOf {
            let name = constant(owner + "Divisor", type: "ExactDivisor", value: "ExactDivisor(\(JSONLiteral.number(divisor)))")
            lines.append("valid = context.multipleOf(number, \(name), at: \(quoted(plan.location(of: schema, "multipleOf")))) && valid")
        }
        return lines.isEmpty ? [] : ["if case .number(let number) = \(value) {"] + indented(lines) + ["}"]
    }

    private mutating func stringRules(_ schema: Schema, value: String, owner: String) -> [String] {
        var lines: [String] = []
        if let minimum = schema.minLength, minimum > 0 {
            lines.append("valid = context.minLength(string, \(minimum), at: \(quoted(plan.location(of: schema, "minLength")))) && valid")
        }
        if let maximum = schema.maxLength {
            lines.append("valid = context.maxLength(string, \(maximum), at: \(quoted(plan.location(of: schema, "maxLength")))) && valid")
        }
        if let pattern = schema.pattern, (try? ECMARegex(pattern)) != nil {
            let name = constant(owner + "Pattern", type: "ECMARegex", value: "try! ECMARegex(\(quoted(pattern)))")
            lines.append("valid = context.pattern(string, \(name), at: \(quoted(plan.location(of: schema, "pattern")))) && valid")
        }
        if let format = schema.format, FormatRegistry.checker(for: format) != nil {
            let name = constant(ValidatorNaming.camelCase([format, "format"]), type: "FormatChecker", value: "FormatRegistry.checker(for: \(quoted(format)))!")
            lines.append("valid = context.format(string, \(name), at: \(quoted(plan.location(of: schema, "format")))) && valid")
        }
        return lines.isEmpty ? [] : ["if case .string(let string) = \(value) {"] + indented(lines) + ["}"]
    }

    private mutating func arrayRules(_ schema: Schema, value: String, owner: String) -> [String] {
        var lines: [String] = []
        if let minimum = schema.minItems, minimum > 0 {
            lines.append("valid = context.minItems(elements, \(minimum), at: \(quoted(plan.location(of: schema, "minItems")))) && valid")
        }
        if let maximum = schema.maxItems {
            lines.append("valid = context.maxItems(elements, \(maximum), at: \(quoted(plan.location(of: schema, "maxItems")))) && valid")
        }
        if schema.uniqueItems {
            lines.append("valid = context.uniqueItems(elements, at: \(quoted(plan.location(of: schema, "uniqueItems")))) && valid")
        }
        for (index, item) in schema.prefixItems.enumerated() where !item.acceptsAnything {
            let check = helper(for: item, name: owner + "Item\(index)")
            lines.append("if \(index) < elements.count { valid = context.element(elements, \(index), \(check)) && valid }")
        }
        if let items = schema.items, !items.acceptsAnything {
            let rest = schema.prefixItems.count
            // 3.0 (draft 4) spells the schema for items after the tuple `additionalItems`.
            let keyword = isOpenAPI30 && rest > 0 ? "additionalItems" : "items"
            if items.booleanValue == false {
                lines.append(
                    "valid = context.noItems(after: \(rest), in: elements, code: \(quoted(keyword)), at: \(quoted(plan.location(of: schema, keyword)))) && valid")
            } else {
                let check = helper(for: items, name: owner + "Item")
                lines.append("valid = context.items(elements\(rest > 0 ? ", from: \(rest)" : ""), \(check)) && valid")
            }
        }
        if !isOpenAPI30, let contains = schema.contains {
            let check = helper(for: contains, name: owner + "Contains")
            let minimum = schema.minContains.map(String.init) ?? "nil"
            let maximum = schema.maxContains.map(String.init) ?? "nil"
            lines.append(
                "valid = context.contains(elements, \(check), minimum: \(minimum), maximum: \(maximum), at: \(quoted(plan.location(of: schema, "contains"))), "
                    + "minimumAt: \(quoted(plan.location(of: schema, "minContains"))), maximumAt: \(quoted(plan.location(of: schema, "maxContains")))) && valid")
        }
        return lines.isEmpty ? [] : ["if case .array(let elements) = \(value) {"] + indented(lines) + ["}"]
    }

    private mutating func objectRules(_ schema: Schema, value: String, owner: String) -> [String] {
        var lines: [String] = []
        if !schema.required.isEmpty {
            let name = constant(owner + "Required", type: "[String]", value: "[" + schema.required.map(quoted).joined(separator: ", ") + "]")
            lines.append("valid = context.required(members, \(name), at: \(quoted(plan.location(of: schema, "required")))) && valid")
        }
        for (name, property) in schema.properties where !property.acceptsAnything {
            let propertyOwner = owner + ValidatorNaming.upperCamelCase(name)
            let check = singleCheck(for: property, owner: propertyOwner) ?? helper(for: property, name: propertyOwner)
            lines.append("valid = context.member(\(quoted(name)), of: members, \(check)) && valid")
        }
        lines += memberLoop(schema, owner: owner)
        if let minimum = schema.minProperties, minimum > 0 {
            lines.append("valid = context.minProperties(members, \(minimum), at: \(quoted(plan.location(of: schema, "minProperties")))) && valid")
        }
        if let maximum = schema.maxProperties {
            lines.append("valid = context.maxProperties(members, \(maximum), at: \(quoted(plan.location(of: schema, "maxProperties")))) && valid")
        }
        if !isOpenAPI30 {
            if let names = schema.propertyNames, !names.acceptsAnything {
                let check = helper(for: names, name: owner + "PropertyName")
                lines.append("valid = context.propertyNames(members, \(check), at: \(quoted(plan.location(of: schema, "propertyNames")))) && valid")
            }
            for (property, dependencies) in schema.dependentRequired {
                for dependency in dependencies {
                    lines.append(
                        "valid = DependentRequired.check(\(quoted(property)), requires: \(quoted(dependency)), in: members, &context, "
                            + "at: \(quoted(plan.location(of: schema, "dependentRequired", property)))) && valid")
                }
            }
            for (property, dependent) in schema.dependentSchemas {
                let dependentLines = statements(for: dependent, value: "value", owner: owner + "Dependent")
                guard !dependentLines.isEmpty else { continue }
                lines += ["if members[\(quoted(property))] != nil {"] + indented(dependentLines) + ["}"]
            }
            lines += requiredIfRules(schema, owner: owner)
        }
        return lines.isEmpty ? [] : ["if case .object(let members) = \(value) {"] + indented(lines) + ["}"]
    }

    /// `patternProperties` and `additionalProperties`: one pass over the members.
    private mutating func memberLoop(_ schema: Schema, owner: String) -> [String] {
        var body: [String] = []
        var usesMember = false
        let additional = schema.additionalProperties.flatMap { $0.acceptsAnything ? nil : $0 }
        let tracksMatches = additional != nil && !schema.patternProperties.isEmpty
        let declared = schema.properties.isEmpty || additional == nil
            ? nil : constant(owner + "PropertyNames", type: "Set<String>", value: "[" + schema.properties.keys.map(quoted).joined(separator: ", ") + "]")
        if tracksMatches { body.append(declared.map { "var matched = \($0).contains(key)" } ?? "var matched = false") }
        for (pattern, property) in schema.patternProperties {
            guard (try? ECMARegex(pattern)) != nil else { continue }
            let regex = constant(owner + "PropertyPattern", type: "ECMARegex", value: "try! ECMARegex(\(quoted(pattern)))")
            let memberLines = statements(for: property, value: "member", owner: owner + "PatternProperty")
            guard tracksMatches || !memberLines.isEmpty else { continue }
            var matchLines = tracksMatches ? ["matched = true"] : []
            if !memberLines.isEmpty {
                usesMember = true
                matchLines += ["context.within(key) { context in"] + indented(memberLines) + ["}"]
            }
            body += ["if \(regex).matches(key) {"] + indented(matchLines) + ["}"]
        }
        if let additional {
            var otherLines: [String]
            if additional.booleanValue == false {
                otherLines = ["valid = context.disallowedProperty(key, at: \(quoted(plan.location(of: schema, "additionalProperties")))) && valid"]
            } else {
                usesMember = true
                otherLines = ["context.within(key) { context in"] + indented(statements(for: additional, value: "member", owner: owner + "AdditionalProperty")) + ["}"]
            }
            let condition = tracksMatches ? "!matched" : declared.map { "!\($0).contains(key)" }
            body += condition.map { ["if \($0) {"] + indented(otherLines) + ["}"] } ?? otherLines
        }
        guard !body.isEmpty, additional != nil || usesMember else { return [] }
        return [usesMember ? "for (key, member) in members {" : "for key in members.keys {"] + indented(body) + ["}"]
    }

    /// The conditional rules shaped "`field` is required if `condition` is `value`", as `RequiredIf` calls.
    /// A schema that is only the rule (an `allOf` entry) usually describes it: that sentence is the message.
    private mutating func requiredIfRules(_ schema: Schema, owner: String) -> [String] {
        guard let rule = RequiredIfRule(schema) else { return [] }
        let expected = expectedValues(of: rule, owner: owner)
        return rule.fields.map { field in
            "valid = RequiredIf.check(\(quoted(field)), when: \(quoted(rule.condition)), \(expected), in: members, &context, "
                + "at: \(quoted(plan.location(of: schema.thenSchema!, "required"))), message: \(quoted(Self.message(of: rule, field: field, in: schema)))) && valid"
        }
    }

    /// What a required-if issue says: the schema's description when it only holds the rule for one field.
    static func message(of rule: RequiredIfRule, field: String, in schema: Schema) -> String {
        let describesRule = schema.properties.isEmpty && schema.types == nil
        if rule.fields.count == 1 && describesRule, let description = schema.description { return description }
        return "\(field) is required if \(rule.condition) is \(rule.valueText)."
    }

    /// How `RequiredIf.check` is given the condition's value(s): one literal, or a shared set (its name
    /// after `namePrefix`, for code outside the namespace).
    mutating func expectedValues(of rule: RequiredIfRule, owner: String, namePrefix: String = "") -> String {
        rule.values.count == 1
            ? "equals: \(JSONLiteral.value(rule.values[0]))"
            : "isOneOf: " + namePrefix + constant(owner + "ConditionValues", type: "Set<JSONValue>", value: "[" + rule.values.map(JSONLiteral.value).joined(separator: ", ") + "]")
    }

    private mutating func compositionRules(_ schema: Schema, value: String, owner: String) -> [String] {
        var lines: [String] = []
        for (index, part) in schema.allOf.enumerated() {
            lines += statements(for: part, value: value, owner: owner + "AllOf\(index)")
        }
        for (keyword, branches) in [("anyOf", schema.anyOf), ("oneOf", schema.oneOf)] where !branches.isEmpty {
            let alternatives = branches.enumerated().map { index, branch in
                let name = owner + keyword.prefix(1).uppercased() + keyword.dropFirst() + String(index)
                let check = singleCheck(for: branch, owner: name) ?? helper(for: branch, name: name)
                let types = plan.index.admittedTypes(of: branch, dialect: plan.dialect)
                return types.count == Schema.JSONType.allCases.count ? "Alternative(\(check))" : "Alternative(\(check), types: \(typesLiteral(types)))"
            }
            let name = constant(
                owner + keyword.prefix(1).uppercased() + keyword.dropFirst() + "Alternatives", type: "[Alternative]",
                value: "[" + alternatives.joined(separator: ", ") + "]")
            lines.append("valid = context.\(keyword)(\(value), \(name), at: \(quoted(plan.location(of: schema, keyword)))) && valid")
        }
        if let not = schema.not {
            let check = helper(for: not, name: owner + "Not")
            lines.append("valid = context.not(\(value), \(check), at: \(quoted(plan.location(of: schema, "not")))) && valid")
        }
        if !isOpenAPI30, let condition = schema.ifSchema, RequiredIfRule(schema) == nil {
            let thenLines = schema.thenSchema.map { statements(for: $0, value: value, owner: owner + "Then") } ?? []
            let elseLines = schema.elseSchema.map { statements(for: $0, value: value, owner: owner + "Else") } ?? []
            if !thenLines.isEmpty || !elseLines.isEmpty {
                let check = helper(for: condition, name: owner + "If")
                if thenLines.isEmpty {
                    lines += ["if !context.probe(\(check), \(value)) {"] + indented(elseLines) + ["}"]
                } else if elseLines.isEmpty {
                    lines += ["if context.probe(\(check), \(value)) {"] + indented(thenLines) + ["}"]
                } else {
                    lines += ["if context.probe(\(check), \(value)) {"] + indented(thenLines) + ["} else {"] + indented(elseLines) + ["}"]
                }
            }
        }
        return lines
    }

    // MARK: Helpers and constants

    /// What checks `schema` in one call, when something does: its own validator, its `$ref` target's, or
    /// the `ScalarRules` of a leaf.
    mutating func singleCheck(for schema: Schema, owner: String) -> String? {
        if let function = plan.functionNames[schema.identity] { return "\(namespace).\(function)" }
        if let reference = schema.reference, let target = plan.functionNames[reference], schema.isOnlyReference(isOpenAPI30: isOpenAPI30) {
            return "\(namespace).\(target)"
        }
        return scalarRules(schema, owner: owner)
    }

    /// The keywords `ScalarRules` checks.
    private static let scalarKeywords: Set<String> = [
        "type", "enum", "const", "minLength", "maxLength", "pattern", "format", "minimum", "maximum", "multipleOf",
    ]

    /// A `ScalarRules` constant for a schema that only constrains one value, or `nil`.
    mutating func scalarRules(_ schema: Schema, owner: String) -> String? {
        guard schema.booleanValue == nil, schema.reference == nil, schema.dynamicReference == nil,
            !schema.assertionKeywords.isEmpty, schema.assertionKeywords.allSatisfy(Self.scalarKeywords.contains)
        else { return nil }
        var arguments = ["at: \(quoted(plan.location(of: schema)))"]
        if let types = schema.types, !types.isEmpty {
            arguments.append("type: \(typesLiteral(Set(types)))")
            arguments.append("typeNames: \(quoted(types.map(\.rawValue).joined(separator: " or ")))")
        }
        if let values = schema.enumValues {
            arguments.append("values: " + constant(owner + "Values", type: "Set<JSONValue>", value: "[" + values.map(JSONLiteral.value).joined(separator: ", ") + "]"))
        }
        if !isOpenAPI30, let expected = schema.constValue { arguments.append("constant: \(JSONLiteral.value(expected))") }
        if let minimum = schema.minLength, minimum > 0 { arguments.append("minLength: \(minimum)") }
        if let maximum = schema.maxLength { arguments.append("maxLength: \(maximum)") }
        if let pattern = schema.pattern, (try? ECMARegex(pattern)) != nil { arguments.append("pattern: try! ECMARegex(\(quoted(pattern)))") }
        if let format = schema.format, FormatRegistry.checker(for: format) != nil {
            arguments.append("format: FormatRegistry.checker(for: \(quoted(format)))!")
        }
        for (bound, isMinimum) in [(schema.minimum, true), (schema.maximum, false)] {
            guard let bound else { continue }
            let inclusive = isMinimum ? "minimum" : "maximum"
            let kind = bound.isExclusive ? (isMinimum ? "exclusiveMinimum" : "exclusiveMaximum") : inclusive
            arguments.append("\(inclusive): (.\(kind), \(JSONLiteral.number(bound.value)), code: \(quoted(isOpenAPI30 ? inclusive : kind)))")
        }
        if let divisor = schema.multipleOf { arguments.append("multipleOf: ExactDivisor(\(JSONLiteral.number(divisor)))") }
        if isOpenAPI30 && schema.isNullableKeyword { arguments.append("acceptsNull: true") }
        return constant(owner + "Rules", type: "ScalarRules", value: "ScalarRules(" + arguments.joined(separator: ", ") + ")")
    }

    /// The function checking `schema` on its own: the validator of a `$ref`'s target, or a private helper.
    mutating func helper(for schema: Schema, name: String) -> String {
        if let function = plan.functionNames[schema.identity] { return "\(namespace).\(function)" }
        if let reference = schema.reference, let target = plan.functionNames[reference], schema.isOnlyReference(isOpenAPI30: isOpenAPI30) {
            return "\(namespace).\(target)"
        }
        if let existing = helperNames[schema.identity] { return existing }
        let unique = uniqueName(name)
        helperNames[schema.identity] = unique
        let lines = functionBody(rules(for: schema, value: "value", owner: unique))
        source.functions.append(.init(name: unique, isPrivate: true, summary: summary(of: schema), lines: lines))
        return unique
    }

    private mutating func uniqueName(_ base: String) -> String {
        var name = base
        var counter = 2
        while plan.reservedNames.contains(name) || !usedNames.insert(name).inserted {
            name = base + String(counter)
            counter += 1
        }
        return name
    }

    /// A `static let`; one with the same type and value is reused.
    mutating func constant(_ name: String, type: String, value: String) -> String {
        if let existing = source.constants.first(where: { $0.type == type && $0.value == value }) { return existing.name }
        let unique = uniqueName(name)
        source.constants.append(.init(name: unique, type: type, value: value))
        return unique
    }

    func typesLiteral(_ types: Set<Schema.JSONType>) -> String {
        "[" + Schema.JSONType.allCases.filter(types.contains).map { "." + $0.rawValue }.joined(separator: ", ") + "]"
    }

    /// The keyword a `false` schema sits under, as the dynamic validator reports it.
    private func holdingKeyword(of schema: Schema) -> String {
        let tokens = schema.pointer.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let holders: Set<String> = [
            "properties", "patternProperties", "dependentSchemas", "dependencies", "allOf", "anyOf", "oneOf", "prefixItems",
            "items", "$defs", "definitions",
        ]
        if tokens.count >= 2, holders.contains(tokens[tokens.count - 2]) { return tokens[tokens.count - 2] }
        return tokens.last.flatMap { $0.isEmpty ? nil : $0 } ?? "false"
    }

    func quoted(_ text: String) -> String {
        "\"" + SwiftEscaping.stringLiteralContent(text) + "\""
    }

    func indented(_ lines: [String]) -> [String] {
        lines.map { "    " + $0 }
    }
}
