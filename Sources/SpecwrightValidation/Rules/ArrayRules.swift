extension JSONValidationContext {
    public mutating func minItems(_ elements: [JSONValue], _ limit: Int, at schemaLocation: String) -> Bool {
        minItems(count: elements.count, limit, at: schemaLocation)
    }

    /// `minItems` of an array with `count` elements (a typed check's Swift array).
    public mutating func minItems(count: Int, _ limit: Int, at schemaLocation: String) -> Bool {
        if count >= limit { return true }
        report("minItems", at: schemaLocation, "the array has \(count) items, fewer than \(limit)")
        return false
    }

    public mutating func maxItems(_ elements: [JSONValue], _ limit: Int, at schemaLocation: String) -> Bool {
        maxItems(count: elements.count, limit, at: schemaLocation)
    }

    /// `maxItems` of an array with `count` elements (a typed check's Swift array).
    public mutating func maxItems(count: Int, _ limit: Int, at schemaLocation: String) -> Bool {
        if count <= limit { return true }
        report("maxItems", at: schemaLocation, "the array has \(count) items, more than \(limit)")
        return false
    }

    /// `uniqueItems: true`, with JSON equality.
    public mutating func uniqueItems(_ elements: [JSONValue], at schemaLocation: String) -> Bool {
        guard elements.count > 1, let (first, second) = Self.firstDuplicate(in: elements) else { return true }
        report("uniqueItems", at: schemaLocation, "items \(first) and \(second) are equal; items must be unique")
        return false
    }

    /// Checks every element from `start` on with `check`, each at its index.
    public mutating func items(_ elements: [JSONValue], from start: Int = 0, _ check: JSONCheck) -> Bool {
        var valid = true
        for index in elements.indices.dropFirst(start) {
            let elementValid = checking(index) { check(elements[index], &$0) }
            if !elementValid {
                valid = false
                if !collectsIssues { return false }
            }
        }
        return valid
    }

    /// Checks the element at `index` (which must exist) with `check`, at its index.
    public mutating func element(_ elements: [JSONValue], _ index: Int, _ check: JSONCheck) -> Bool {
        checking(index) { check(elements[index], &$0) }
    }

    /// Items beyond `allowed` where the schema for them is `false` (`items: false` after `prefixItems`).
    public mutating func noItems(after allowed: Int, in elements: [JSONValue], code: ValidationIssue.Code, at schemaLocation: String) -> Bool {
        if elements.count <= allowed { return true }
        report(code, at: schemaLocation, "the array has \(elements.count) items but at most \(allowed) are allowed")
        return false
    }

    /// `contains`, with `minContains` (`nil` when not written: at least one) and `maxContains`.
    public mutating func contains(
        _ elements: [JSONValue], _ check: JSONCheck, minimum: Int?, maximum: Int?, at schemaLocation: String,
        minimumAt minimumLocation: String, maximumAt maximumLocation: String
    ) -> Bool {
        let least = minimum ?? 1
        var matches = 0
        for element in elements where probe(check, element) {
            matches += 1
            if maximum == nil && matches >= least { break }
        }
        if matches < least {
            if minimum != nil {
                report("minContains", at: minimumLocation, "the array has \(matches) items matching the contains schema, fewer than \(least)")
            } else {
                report("contains", at: schemaLocation, "no item of the array matches the contains schema")
            }
            return false
        }
        if let maximum, matches > maximum {
            report("maxContains", at: maximumLocation, "the array has \(matches) items matching the contains schema, more than \(maximum)")
            return false
        }
        return true
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
