import SpecwrightValidation

/// `properties`, `patternProperties`, `additionalProperties` and `required` together: one pass over the
/// members, each name looked up once in a table of the declared and required names.
struct ObjectShapeKeyword: Keyword {
    /// Declared property names followed by required names that are not declared.
    let names: StringTable
    /// The schema of each name in `names` (`nil` for names that are only required).
    let schemas: [NodeReference?]
    /// Indices into `names` of the required names, in the order the schema lists them.
    let required: [Int]
    /// For each name, its position in `required`, or -1.
    let requiredSlot: [Int]
    /// `schemas` and `requiredSlot` side by side, for `isValid`.
    private let entries: [Entry]
    let patterns: [(regex: ECMARegex, schema: NodeReference)]
    let additional: NodeReference?
    let requiredLocation: String
    let additionalLocation: String

    private struct Entry {
        let schema: NodeReference?
        let isRequired: Bool
    }

    init(
        properties: [(String, NodeReference)], required: [String], patterns: [(regex: ECMARegex, schema: NodeReference)],
        additional: NodeReference?, requiredLocation: String, additionalLocation: String
    ) {
        var names = properties.map(\.0)
        var schemas: [NodeReference?] = properties.map(\.1)
        var requiredIndices: [Int] = []
        for name in required {
            if let index = names.firstIndex(of: name) {
                if !requiredIndices.contains(index) { requiredIndices.append(index) }
            } else {
                names.append(name)
                schemas.append(nil)
                requiredIndices.append(names.count - 1)
            }
        }
        self.names = StringTable(names)
        self.schemas = schemas
        self.required = requiredIndices
        self.requiredSlot = names.indices.map { requiredIndices.firstIndex(of: $0) ?? -1 }
        self.entries = zip(schemas, requiredSlot).map { Entry(schema: $0, isRequired: $1 >= 0) }
        self.patterns = patterns
        self.additional = additional
        self.requiredLocation = requiredLocation
        self.additionalLocation = additionalLocation
    }

    func isValid(_ instance: JSONValue, _ verdict: inout Verdict) -> Bool {
        guard case .object(let members) = instance else { return true }
        guard members.count >= required.count else { return false }
        if patterns.isEmpty && additional == nil && names.count * 4 < members.count {
            return isValidByLookup(members, &verdict)
        }
        return entries.withUnsafeBufferPointer { entries in
            var requiredSeen = 0
            for (key, value) in members {
                var matched = false
                if let index = names.index(of: key) {
                    let entry = entries[index]
                    if entry.isRequired { requiredSeen += 1 }
                    if let schema = entry.schema {
                        guard schema.isValid(value, &verdict) else { return false }
                        matched = true
                    }
                }
                for pattern in patterns where pattern.regex.matches(key) {
                    matched = true
                    guard pattern.schema.isValid(value, &verdict) else { return false }
                }
                if !matched, let additional, !additional.isValid(value, &verdict) { return false }
            }
            return requiredSeen == required.count
        }
    }

    private func isValidByLookup(_ members: [String: JSONValue], _ verdict: inout Verdict) -> Bool {
        for (index, schema) in schemas.enumerated() {
            guard let value = members[names.keys[index]] else {
                if requiredSlot[index] >= 0 { return false }
                continue
            }
            if let schema, !schema.isValid(value, &verdict) { return false }
        }
        return true
    }

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: Annotations?) -> Bool {
        guard case .object(let members) = instance else { return true }
        // Few names against many members: look the names up rather than walking the members.
        if patterns.isEmpty && additional == nil && annotations == nil && names.count * 4 < members.count {
            return validateByLookup(members, &evaluation)
        }
        var valid = true
        var requiredSeen = 0
        // Which required names were seen: bits of a word, or an array beyond 64 names (allocated only then).
        var seen: [Bool]? = required.count > 64 ? [Bool](repeating: false, count: required.count) : nil
        var seenMask: UInt64 = 0
        let tracksPath = evaluation.collectsIssues
        for (key, value) in members {
            var matched = false
            if tracksPath { evaluation.push(.key(key)) }
            if let index = names.index(of: key) {
                let slot = requiredSlot[index]
                if slot >= 0 {
                    requiredSeen += 1
                    if seen == nil { seenMask |= 1 << UInt64(slot) } else { seen![slot] = true }
                }
                if let schema = schemas[index] {
                    matched = true
                    if !schema.validate(value, &evaluation) { valid = false }
                }
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
        if requiredSeen < required.count {
            valid = false
            for (slot, index) in required.enumerated() {
                let present = seen?[slot] ?? (seenMask & (1 << UInt64(slot)) != 0)
                if !present { reportMissing(names.keys[index], &evaluation) }
            }
        }
        return valid
    }

    private func validateByLookup(_ members: [String: JSONValue], _ evaluation: inout Evaluation) -> Bool {
        var valid = true
        let tracksPath = evaluation.collectsIssues
        for (index, schema) in schemas.enumerated() {
            guard let value = members[names.keys[index]] else {
                if requiredSlot[index] >= 0 {
                    valid = false
                    guard evaluation.collectsIssues else { return false }
                    reportMissing(names.keys[index], &evaluation)
                }
                continue
            }
            guard let schema else { continue }
            if tracksPath { evaluation.push(.key(names.keys[index])) }
            if !schema.validate(value, &evaluation) { valid = false }
            if tracksPath { evaluation.pop() }
            if !valid && !evaluation.collectsIssues { return false }
        }
        return valid
    }

    private func reportMissing(_ name: String, _ evaluation: inout Evaluation) {
        evaluation.report("required", at: requiredLocation, "missing required property \(abbreviated(.string(name)))")
    }
}

/// `minProperties` / `maxProperties`.
struct PropertyCountKeyword: Keyword {
    let isMinimum: Bool
    let limit: Int
    let location: String

    func isValid(_ instance: JSONValue, _ verdict: inout Verdict) -> Bool {
        guard case .object(let members) = instance else { return true }
        return isMinimum ? members.count >= limit : members.count <= limit
    }

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: Annotations?) -> Bool {
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

    func isValid(_ instance: JSONValue, _ verdict: inout Verdict) -> Bool {
        guard case .object(let members) = instance else { return true }
        for dependency in dependencies where members[dependency.property] != nil {
            for name in dependency.required where members[name] == nil { return false }
        }
        return true
    }

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: Annotations?) -> Bool {
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

    func isValid(_ instance: JSONValue, _ verdict: inout Verdict) -> Bool {
        guard case .object(let members) = instance else { return true }
        for dependency in dependencies where members[dependency.property] != nil {
            guard dependency.schema.isValid(instance, &verdict) else { return false }
        }
        return true
    }

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: Annotations?) -> Bool {
        guard case .object(let members) = instance else { return true }
        var valid = true
        for dependency in dependencies where members[dependency.property] != nil {
            if !dependency.schema.validate(instance, &evaluation, annotations) {
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

    func isValid(_ instance: JSONValue, _ verdict: inout Verdict) -> Bool {
        guard case .object(let members) = instance else { return true }
        for key in members.keys where !schema.isValid(.string(key), &verdict) { return false }
        return true
    }

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: Annotations?) -> Bool {
        guard case .object(let members) = instance else { return true }
        var rejected: [String] = []
        for key in members.keys where !evaluation.probing({ schema.validate(.string(key), &$0) }) {
            guard evaluation.collectsIssues else { return false }
            rejected.append(key)
        }
        // Sorted: all these issues share one location, and member order varies between runs.
        for key in rejected.sorted() {
            evaluation.report("propertyNames", at: location, "property name \(abbreviated(.string(key))) is not allowed by propertyNames")
        }
        return rejected.isEmpty
    }
}

/// `unevaluatedProperties`: a schema for the members no sibling keyword evaluated.
struct UnevaluatedPropertiesKeyword: Keyword {
    let schema: NodeReference
    let location: String

    /// Its node gathers annotations, so `isValid` evaluates that node with `validate`.
    func isValid(_ instance: JSONValue, _ verdict: inout Verdict) -> Bool {
        bridgedVerdict(instance, &verdict)
    }

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: Annotations?) -> Bool {
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
    SchemaPointer.append(token, to: &pointer)
    return String(pointer.dropFirst())
}
