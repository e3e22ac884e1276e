import OrderedCollections

extension Node {
    /// The member named `key`, when this node is an object that has one.
    public subscript(key: String) -> Node? {
        guard case .object(let members) = value else { return nil }
        return members[key]
    }

    /// The element at `index`, when this node is an array that long.
    public subscript(index: Int) -> Node? {
        guard case .array(let elements) = value, elements.indices.contains(index) else { return nil }
        return elements[index]
    }

    public var string: String? {
        guard case .string(let string) = value else { return nil }
        return string
    }

    public var bool: Bool? {
        guard case .bool(let bool) = value else { return nil }
        return bool
    }

    public var number: NumberLiteral? {
        guard case .number(let number) = value else { return nil }
        return number
    }

    public var array: [Node]? {
        guard case .array(let elements) = value else { return nil }
        return elements
    }

    public var object: OrderedDictionary<String, Node>? {
        guard case .object(let members) = value else { return nil }
        return members
    }

    public var isNull: Bool {
        if case .null = value { return true }
        return false
    }

    /// The text of a scalar as a string: strings as they are, numbers as written, `true`/`false`, `null`.
    /// Useful where a spec author wrote `version: 1.0` and meant a string. `nil` for arrays and objects.
    public var scalarText: String? {
        switch value {
        case .null: return "null"
        case .bool(let bool): return bool ? "true" : "false"
        case .number(let number): return number.literal
        case .string(let string): return string
        case .array, .object: return nil
        }
    }

    /// The JSON name of this node's type, for messages: `null`, `boolean`, `number`, `string`, `array`, `object`.
    public var typeName: String {
        switch value {
        case .null: return "null"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    /// Where the key `key` of this object was written, e.g. to point a duplicate or unknown key out.
    public func keyLocation(of key: String) -> SourceLocation? {
        guard case .object(let members) = value, let index = members.index(forKey: key) else { return nil }
        return keyLocation(at: index)
    }

    /// Where the key at `index` was written; the node's own location for nodes built without key locations.
    func keyLocation(at index: Int) -> SourceLocation {
        keyLocations.indices.contains(index) ? keyLocations[index] : location
    }

    /// The `$ref` text, when this node is an object with a string `$ref` (whatever its other keys are).
    public var reference: String? {
        self["$ref"]?.string
    }

    // MARK: - Located errors

    /// An error located at this node.
    public func error(_ message: String) -> SpecError {
        SpecError(message, at: location)
    }

    /// A warning located at this node.
    public func warning(_ message: String, rule: DiagnosticRule) -> Diagnostic {
        .warning(message, rule: rule, at: location)
    }

    public func expectString() throws -> String {
        guard let string else { throw mismatch("a string") }
        return string
    }

    public func expectBool() throws -> Bool {
        guard let bool else { throw mismatch("a boolean") }
        return bool
    }

    public func expectNumber() throws -> NumberLiteral {
        guard let number else { throw mismatch("a number") }
        return number
    }

    /// An integral number that fits in 64 bits (`2.0` is accepted, as JSON does not tell them apart).
    public func expectInteger() throws -> Int64 {
        guard let integer = number?.integerValue else { throw mismatch("an integer") }
        return integer
    }

    public func expectArray() throws -> [Node] {
        guard let array else { throw mismatch("an array") }
        return array
    }

    public func expectObject() throws -> OrderedDictionary<String, Node> {
        guard let object else { throw mismatch("an object") }
        return object
    }

    private func mismatch(_ expected: String) -> SpecError {
        let found: String
        switch value {
        case .number(let number): found = "the number \(number.literal)"
        case .bool(let bool): found = "the boolean \(bool)"
        case .null: found = "null"
        case .string(let string): found = "the string \"\(string.count > 40 ? string.prefix(40) + "…" : string)\""
        case .array: found = "an array"
        case .object: found = "an object"
        }
        let place = pointer.isEmpty ? "at the top level" : "at \(pointer)"
        return error("expected \(expected) \(place), found \(found)")
    }
}

extension Node {
    /// The node an RFC 6901 JSON pointer names below this one (`""` is this node), or `nil` when there is none.
    public func descendant(atPointer pointer: String) -> Node? {
        guard let tokens = JSONPointer.tokens(pointer) else { return nil }
        var current = self
        for token in tokens {
            switch current.value {
            case .object(let members):
                guard let member = members[token] else { return nil }
                current = member
            case .array(let elements):
                guard let index = Int(token), String(index) == token, elements.indices.contains(index) else { return nil }
                current = elements[index]
            default:
                return nil
            }
        }
        return current
    }
}
