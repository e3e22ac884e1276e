import SpecwrightValidation

/// `prefixItems` + `items` (2020-12), or array-form `items` + `additionalItems` / single `items` (earlier
/// drafts): positional schemas first, then one schema for the rest.
struct ItemsKeyword: Keyword {
    let prefix: [NodeReference]
    let rest: NodeReference?
    /// The keyword that holds `rest`, for issues about items it forbids.
    let restCode: ValidationIssue.Code
    let restLocation: String

    func isValid(_ instance: JSONValue, _ verdict: inout Verdict) -> Bool {
        guard case .array(let elements) = instance else { return true }
        return elements.withUnsafeBufferPointer { elements in
            let positional = min(prefix.count, elements.count)
            for index in 0..<positional where !prefix[index].isValid(elements[index], &verdict) { return false }
            guard let rest, positional < elements.count, !rest.isAlwaysValid else { return true }
            if rest.isAlwaysInvalid { return false }
            for index in positional..<elements.count where !rest.isValid(elements[index], &verdict) { return false }
            return true
        }
    }

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: Annotations?) -> Bool {
        guard case .array(let elements) = instance else { return true }
        var valid = true
        let tracksPath = evaluation.collectsIssues
        for (index, element) in elements.enumerated() {
            let schema: NodeReference
            if index < prefix.count {
                schema = prefix[index]
            } else if let rest {
                if rest.isAlwaysValid { break }
                if rest.isAlwaysInvalid {
                    evaluation.report(
                        restCode, at: restLocation,
                        "the array has \(elements.count) items but at most \(prefix.count) are allowed")
                    return false
                }
                schema = rest
            } else {
                break
            }
            if tracksPath { evaluation.push(.index(index)) }
            let elementValid = schema.validate(element, &evaluation)
            if tracksPath { evaluation.pop() }
            if !elementValid {
                valid = false
                if !evaluation.collectsIssues { return false }
            }
        }
        if annotations != nil {
            if rest != nil {
                annotations!.allItems = true
            } else {
                annotations!.itemPrefix = max(annotations!.itemPrefix, min(prefix.count, elements.count))
            }
        }
        return valid
    }
}

/// `minItems` / `maxItems`.
struct ItemCountKeyword: Keyword {
    let isMinimum: Bool
    let limit: Int
    let location: String

    func isValid(_ instance: JSONValue, _ verdict: inout Verdict) -> Bool {
        guard case .array(let elements) = instance else { return true }
        return isMinimum ? elements.count >= limit : elements.count <= limit
    }

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: Annotations?) -> Bool {
        guard case .array(let elements) = instance else { return true }
        if isMinimum {
            if elements.count >= limit { return true }
            evaluation.report("minItems", at: location, "the array has \(elements.count) items, fewer than \(limit)")
        } else {
            if elements.count <= limit { return true }
            evaluation.report("maxItems", at: location, "the array has \(elements.count) items, more than \(limit)")
        }
        return false
    }
}

/// `uniqueItems: true`, with JSON equality (`1.0` and `1` are duplicates; object key order is irrelevant).
struct UniqueItemsKeyword: Keyword {
    let location: String

    func isValid(_ instance: JSONValue, _ verdict: inout Verdict) -> Bool {
        guard case .array(let elements) = instance, elements.count > 1 else { return true }
        return Self.firstDuplicate(in: elements) == nil
    }

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: Annotations?) -> Bool {
        guard case .array(let elements) = instance, elements.count > 1 else { return true }
        guard let (first, second) = Self.firstDuplicate(in: elements) else { return true }
        evaluation.report("uniqueItems", at: location, "items \(first) and \(second) are equal; items must be unique")
        return false
    }

    private static func firstDuplicate(in elements: [JSONValue]) -> (Int, Int)? {
        if elements.count <= 16 {
            for second in 1..<elements.count {
                for first in 0..<second where elements[first] == elements[second] { return (first, second) }
            }
            return nil
        }
        var seen: [JSONValue: Int] = [:]
        seen.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            if let first = seen.updateValue(index, forKey: element) { return (first, index) }
        }
        return nil
    }
}

/// `contains` with `minContains` / `maxContains`.
struct ContainsKeyword: Keyword {
    let schema: NodeReference
    let minimum: Int
    let maximum: Int?
    /// Whether `minContains` was written (its failures are reported under that name).
    let hasExplicitMinimum: Bool
    let location: String
    let minimumLocation: String
    let maximumLocation: String

    func isValid(_ instance: JSONValue, _ verdict: inout Verdict) -> Bool {
        guard case .array(let elements) = instance else { return true }
        var matches = 0
        for element in elements where schema.isValid(element, &verdict) {
            matches += 1
            if maximum == nil && matches >= minimum { break }
        }
        return matches >= minimum && matches <= (maximum ?? Int.max)
    }

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: Annotations?) -> Bool {
        guard case .array(let elements) = instance else { return true }
        let countsAll = maximum != nil || annotations != nil
        var matches = 0
        var matched: [Int] = []
        evaluation.probing { evaluation in
            for (index, element) in elements.enumerated() where schema.validate(element, &evaluation) {
                matches += 1
                if annotations != nil { matched.append(index) }
                if !countsAll && matches >= minimum { break }
            }
        }
        if annotations != nil { annotations!.itemIndices.formUnion(matched) }
        if matches < minimum {
            if hasExplicitMinimum {
                evaluation.report(
                    "minContains", at: minimumLocation,
                    "the array has \(matches) items matching the contains schema, fewer than \(minimum)")
            } else {
                evaluation.report("contains", at: location, "no item of the array matches the contains schema")
            }
            return false
        }
        if let maximum, matches > maximum {
            evaluation.report(
                "maxContains", at: maximumLocation,
                "the array has \(matches) items matching the contains schema, more than \(maximum)")
            return false
        }
        return true
    }
}

/// `unevaluatedItems`: a schema for the items no sibling keyword evaluated.
struct UnevaluatedItemsKeyword: Keyword {
    let schema: NodeReference
    let location: String

    /// Its node gathers annotations, so `isValid` evaluates that node with `validate`.
    func isValid(_ instance: JSONValue, _ verdict: inout Verdict) -> Bool {
        bridgedVerdict(instance, &verdict)
    }

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: Annotations?) -> Bool {
        guard case .array(let elements) = instance else { return true }
        let evaluated = annotations ?? Annotations()
        var valid = true
        let tracksPath = evaluation.collectsIssues
        for (index, element) in elements.enumerated() where !evaluated.isEvaluated(item: index) {
            if schema.isAlwaysInvalid {
                if tracksPath { evaluation.push(.index(index)) }
                evaluation.report("unevaluatedItems", at: location, "item \(index) is not allowed (unevaluatedItems)")
                if tracksPath { evaluation.pop() }
                valid = false
            } else {
                if tracksPath { evaluation.push(.index(index)) }
                if !schema.validate(element, &evaluation) { valid = false }
                if tracksPath { evaluation.pop() }
            }
            if !valid && !evaluation.collectsIssues { return false }
        }
        if valid, annotations != nil { annotations!.allItems = true }
        return valid
    }
}
