import SpecwrightValidation

/// `type`: one type name or a list of them.
struct TypeKeyword: Keyword {
    struct Types: OptionSet {
        let rawValue: UInt8
        static let null = Types(rawValue: 1 << 0)
        static let boolean = Types(rawValue: 1 << 1)
        static let object = Types(rawValue: 1 << 2)
        static let array = Types(rawValue: 1 << 3)
        static let number = Types(rawValue: 1 << 4)
        static let integer = Types(rawValue: 1 << 5)
        static let string = Types(rawValue: 1 << 6)
        /// Every type: what a schema without `type` allows.
        static let all = Types(rawValue: 0x7F)

        init(rawValue: UInt8) {
            self.rawValue = rawValue
        }

        init?(name: String) {
            switch name {
            case "null": self = .null
            case "boolean": self = .boolean
            case "object": self = .object
            case "array": self = .array
            case "number": self = .number
            case "integer": self = .integer
            case "string": self = .string
            default: return nil
            }
        }

        /// Whether an instance has one of these types.
        func admits(_ instance: JSONValue, integerMeansLiteral: Bool) -> Bool {
            switch instance {
            case .null: return contains(.null)
            case .bool: return contains(.boolean)
            case .string: return contains(.string)
            case .object: return contains(.object)
            case .array: return contains(.array)
            case .number(let number):
                return contains(.number)
                    || (contains(.integer) && (integerMeansLiteral ? number.isIntegerLiteral : number.isInteger))
            }
        }
    }

    let allowed: Types
    let names: [String]
    /// Draft 4: `integer` accepts only numbers written without fraction or exponent.
    let integerMeansLiteral: Bool
    let location: String

    func isValid(_ instance: JSONValue, _ verdict: inout Verdict) -> Bool {
        allowed.admits(instance, integerMeansLiteral: integerMeansLiteral)
    }

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: Annotations?) -> Bool {
        if allowed.admits(instance, integerMeansLiteral: integerMeansLiteral) { return true }
        evaluation.report(
            "type", at: location,
            "expected \(names.joined(separator: " or ")) but found \(instance.typeName): \(abbreviated(instance))")
        return false
    }
}

/// `enum`: the instance equals one of the listed values (JSON equality: `1.0 == 1`, code points, any key order).
struct EnumKeyword: Keyword {
    let values: [JSONValue]
    /// For long lists, a hash lookup instead of a scan.
    let lookup: Set<JSONValue>?
    let location: String

    init(values: [JSONValue], location: String) {
        self.values = values
        self.lookup = values.count > 12 ? Set(values) : nil
        self.location = location
    }

    func isValid(_ instance: JSONValue, _ verdict: inout Verdict) -> Bool {
        allows(instance)
    }

    private func allows(_ instance: JSONValue) -> Bool {
        if let lookup { return lookup.contains(instance) }
        return values.contains(instance)
    }

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: Annotations?) -> Bool {
        if allows(instance) { return true }
        evaluation.report(
            "enum", at: location,
            "\(abbreviated(instance)) is not one of \(abbreviated(.array(values)))")
        return false
    }
}

/// `const`: the instance equals the given value.
struct ConstKeyword: Keyword {
    let value: JSONValue
    let location: String

    func isValid(_ instance: JSONValue, _ verdict: inout Verdict) -> Bool {
        instance == value
    }

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: Annotations?) -> Bool {
        if instance == value { return true }
        evaluation.report("const", at: location, "\(abbreviated(instance)) is not the required value \(abbreviated(value))")
        return false
    }
}
