extension JSONValidationContext {
    /// `required`: one issue per missing name, at the object's location.
    public mutating func required(_ members: [String: JSONValue], _ names: [String], at schemaLocation: String) -> Bool {
        var valid = true
        for name in names where members[name] == nil {
            valid = false
            guard collectsIssues else { return false }
            report("required", at: schemaLocation, "missing required property \(JSONValue.string(name).abbreviatedDescription)")
        }
        return valid
    }

    /// A member that `additionalProperties: false` forbids, reported at the member.
    public mutating func disallowedProperty(_ key: String, at schemaLocation: String) -> Bool {
        within(key) { context in
            context.report("additionalProperties", at: schemaLocation, "property \(JSONValue.string(key).abbreviatedDescription) is not allowed")
        }
        return false
    }

    /// Checks the member `key` with `check`, at the member's location.
    @inline(__always)
    public mutating func member(_ key: String, _ value: JSONValue, _ check: JSONCheck) -> Bool {
        checking(key) { check(value, &$0) }
    }

    public mutating func minProperties(_ members: [String: JSONValue], _ limit: Int, at schemaLocation: String) -> Bool {
        if members.count >= limit { return true }
        report("minProperties", at: schemaLocation, "the object has \(members.count) properties, fewer than \(limit)")
        return false
    }

    public mutating func maxProperties(_ members: [String: JSONValue], _ limit: Int, at schemaLocation: String) -> Bool {
        if members.count <= limit { return true }
        report("maxProperties", at: schemaLocation, "the object has \(members.count) properties, more than \(limit)")
        return false
    }

    /// `propertyNames`: every member name, as a JSON string, passes `check`. One issue per rejected name,
    /// at the object's location, in name order.
    public mutating func propertyNames(_ members: [String: JSONValue], _ check: JSONCheck, at schemaLocation: String) -> Bool {
        var rejected: [String] = []
        for key in members.keys where !probe(check, .string(key)) {
            guard collectsIssues else { return false }
            rejected.append(key)
        }
        for key in rejected.sorted() {
            report("propertyNames", at: schemaLocation, "property name \(JSONValue.string(key).abbreviatedDescription) is not allowed by propertyNames")
        }
        return rejected.isEmpty
    }
}
