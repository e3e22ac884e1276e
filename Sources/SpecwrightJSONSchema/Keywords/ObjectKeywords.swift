import SpecwrightValidation

/// `properties`, `patternProperties` and `additionalProperties` together, in one pass over the members.
struct PropertiesKeyword: Keyword {
    let properties: [String: NodeReference]
    let patterns: [(regex: ECMARegex, schema: NodeReference)]
    let additional: NodeReference?
    let additionalLocation: String

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: inout Annotations?) -> Bool {
        guard case .object(let members) = instance else { return true }
        if patterns.isEmpty && additional == nil && annotations == nil && properties.count < members.count {
            return validateDeclaredOnly(members, &evaluation)
        }
        var valid = true
        let tracksPath = evaluation.collectsIssues
        for (key, value) in members {
            var matched = false
            if tracksPath { evaluation.push(.key(key)) }
            if let schema = properties[key] {
                matched = true
                if !schema.validate(value, &evaluation) { valid = false }
            }
            for pattern in patterns where valid || evaluation.collectsIssues {
                if pattern.regex.matches(key) {
                    matched = true
                    if !pattern.schema.validate(value, &evaluation) { valid = false }
                }
            }
            if !matched, let additional, valid || evaluation.collectsIssues {
                if additional.isAlwaysInvalid {
                    evaluation.report(
                        "additionalProperties", at: additionalLocation, "property \(abbreviated(.string(key))) is not allowed")
                    valid = false
                } else if !additional.validate(value, &evaluation) {
                    valid = false
                }
            }
            if tracksPath { evaluation.pop() }
            if !valid && !evaluation.collectsIssues { return false }
            if matched && annotations != nil { annotations!.properties.insert(key) }
        }
        if additional != nil && annotations != nil { annotations!.allProperties = true }
        return valid
    }

    /// Only `properties`, on an object with more members than it declares: look up each declared name.
    private func validateDeclaredOnly(_ members: [String: JSONValue], _ evaluation: inout Evaluation) -> Bool {
        var valid = true
        let tracksPath = evaluation.collectsIssues
        for (key, schema) in properties {
            guard let value = members[key] else { continue }
            if tracksPath { evaluation.push(.key(key)) }
            if !schema.validate(value, &evaluation) { valid = false }
            if tracksPath { evaluation.pop() }
            if !valid && !evaluation.collectsIssues { return false }
        }
        return valid
    }
}

/// `required`: one issue per missing property, located at the object.
struct RequiredKeyword: Keyword {
    let names: [String]
    let location: String

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: inout Annotations?) -> Bool {
        guard case .object(let members) = instance else { return true }
        var valid = true
        for name in names where members[name] == nil {
            valid = false
            guard evaluation.collectsIssues else { return false }
            evaluation.report("required", at: location, "missing required property \(abbreviated(.string(name)))")
        }
        return valid
    }
}

/// `minProperties` / `maxProperties`.
struct PropertyCountKeyword: Keyword {
    let isMinimum: Bool
    let limit: Int
    let location: String

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: inout Annotations?) -> Bool {
        guard case .object(let members) = instance else { return true }
        if isMinimum {
            if members.count >= limit { return true }
            evaluation.report("minProperties", at: location, "the object has \(members.count) properties, fewer than \(limit)")
        } else {
            if members.count <= limit { return true }
            evaluation.report("maxProperties", at: location, "the object has \(members.count) properties, more than \(limit)")
        }
        return false
    }
}

/// `dependentRequired` (and the property-list form of `dependencies`): when a property is present, others
/// must be too.
struct DependentRequiredKeyword: Keyword {
    let dependencies: [(property: String, required: [String])]
    let code: ValidationIssue.Code
    let location: String

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: inout Annotations?) -> Bool {
        guard case .object(let members) = instance else { return true }
        var valid = true
        for dependency in dependencies where members[dependency.property] != nil {
            for name in dependency.required where members[name] == nil {
                valid = false
                guard evaluation.collectsIssues else { return false }
                evaluation.report(
                    code, at: location + "/" + escapedToken(dependency.property),
                    "property \(abbreviated(.string(name))) is required when \(abbreviated(.string(dependency.property))) is present")
            }
        }
        return valid
    }
}

/// `dependentSchemas` (and the schema form of `dependencies`): when a property is present, the whole object
/// must also match a schema.
struct DependentSchemasKeyword: Keyword {
    let dependencies: [(property: String, schema: NodeReference)]

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: inout Annotations?) -> Bool {
        guard case .object(let members) = instance else { return true }
        var valid = true
        for dependency in dependencies where members[dependency.property] != nil {
            if !dependency.schema.validate(instance, &evaluation, &annotations) {
                valid = false
                if !evaluation.collectsIssues { return false }
            }
        }
        return valid
    }
}

/// `propertyNames`: every member name, as a string, matches a schema.
struct PropertyNamesKeyword: Keyword {
    let schema: NodeReference
    let location: String

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: inout Annotations?) -> Bool {
        guard case .object(let members) = instance else { return true }
        var valid = true
        for key in members.keys {
            let nameValid = evaluation.probing { schema.validate(.string(key), &$0) }
            if !nameValid {
                valid = false
                guard evaluation.collectsIssues else { return false }
                evaluation.report("propertyNames", at: location, "property name \(abbreviated(.string(key))) is not allowed by propertyNames")
            }
        }
        return valid
    }
}

/// `unevaluatedProperties`: a schema for the members no sibling keyword evaluated.
struct UnevaluatedPropertiesKeyword: Keyword {
    let schema: NodeReference
    let location: String

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: inout Annotations?) -> Bool {
        guard case .object(let members) = instance else { return true }
        let evaluated = annotations ?? Annotations()
        var valid = true
        let tracksPath = evaluation.collectsIssues
        for (key, value) in members where !evaluated.isEvaluated(property: key) {
            if tracksPath { evaluation.push(.key(key)) }
            if schema.isAlwaysInvalid {
                evaluation.report("unevaluatedProperties", at: location, "property \(abbreviated(.string(key))) is not allowed (unevaluatedProperties)")
                valid = false
            } else if !schema.validate(value, &evaluation) {
                valid = false
            }
            if tracksPath { evaluation.pop() }
            if !valid && !evaluation.collectsIssues { return false }
        }
        if valid, annotations != nil { annotations!.allProperties = true }
        return valid
    }
}

/// A JSON pointer token with `~` and `/` escaped.
func escapedToken(_ token: String) -> String {
    var pointer = ""
    JSONPointer.append(token, to: &pointer)
    return String(pointer.dropFirst())
}
