import Foundation

/// The rule calls of typed checks (`Validatable.checkValue`): a generated type's field is checked in its
/// Swift form, with the same rules and locations as its JSON form would be. Scalars are handed over as
/// their JSON form (`.string(referenceId)`), which builds nothing; nested generated types check
/// themselves; what only the JSON form can tell is encoded, that field alone.
extension JSONValidationContext {
    /// The field `key`, whose JSON form is `value`, against a leaf schema's rules.
    @inline(__always)
    public mutating func field(_ key: String, _ value: JSONValue, _ rules: ScalarRules) -> Bool {
        checking(key) { $0.check(value, rules) }
    }

    /// The field `key`, whose JSON form is `value`, with a generated JSON check.
    @inline(__always)
    public mutating func field(_ key: String, _ value: JSONValue, _ check: JSONCheck) -> Bool {
        checking(key) { check(value, &$0) }
    }

    /// The field `key` of a generated type, with the type's typed check.
    @inlinable
    public mutating func nestedField<Value: Validatable>(_ key: String, _ value: Value) -> Bool {
        checking(key) { value.checkValue(&$0) }
    }

    /// The field `key` whose rules need its JSON form (a `Decimal`, a map, an array with `uniqueItems`):
    /// encodes that field alone and checks it with `check`.
    public mutating func encodedField<Value: Encodable>(_ key: String, _ value: Value, _ check: JSONCheck) -> Bool {
        checking(key) { $0.checkEncoding(of: value, check) }
    }

    /// The field `key` whose JSON form only the encoder writes, against a leaf schema's rules.
    public mutating func encodedField<Value: Encodable>(_ key: String, _ value: Value, _ rules: ScalarRules) -> Bool {
        checking(key) { $0.checkEncoding(of: value) { json, context in context.check(json, rules) } }
    }

    /// A `date-time` field: its RFC 3339 form is only written when a rule reads more than that it is one.
    public mutating func dateTimeField(_ key: String, _ date: Date, _ rules: ScalarRules) -> Bool {
        if rules.admitsEvery(.dateTime), RFC3339.formatsAsFourDigitYear(date) { return true }
        return field(key, .string(RFC3339.formatDateTime(date)), rules)
    }

    /// A `date` field: its `YYYY-MM-DD` form is only written when a rule reads more than that it is one.
    public mutating func dateField(_ key: String, _ date: CalendarDate, _ rules: ScalarRules) -> Bool {
        if rules.admitsEvery(.date) { return true }
        return field(key, .string(date.description), rules)
    }

    /// A `uuid` field: its lowercase form is only written when a rule reads more than that it is one.
    public mutating func uuidField(_ key: String, _ uuid: UUID, _ rules: ScalarRules) -> Bool {
        if rules.admitsEvery(.uuid) { return true }
        return field(key, .string(uuid.uuidString.lowercased()), rules)
    }

    /// The element at `index`, whose JSON form is `value`, against a leaf schema's rules.
    @inline(__always)
    public mutating func item(_ index: Int, _ value: JSONValue, _ rules: ScalarRules) -> Bool {
        checking(index) { $0.check(value, rules) }
    }

    /// The element at `index`, whose JSON form is `value`, with a generated JSON check.
    @inline(__always)
    public mutating func item(_ index: Int, _ value: JSONValue, _ check: JSONCheck) -> Bool {
        checking(index) { check(value, &$0) }
    }

    /// The element at `index`, a generated type, with the type's typed check.
    @inlinable
    public mutating func nestedItem<Value: Validatable>(_ index: Int, _ value: Value) -> Bool {
        checking(index) { value.checkValue(&$0) }
    }

    /// Encodes `value` and checks its JSON form; a value that cannot be encoded is an `encoding` issue.
    public mutating func checkEncoding<Value: Encodable>(of value: Value, _ check: JSONCheck) -> Bool {
        do {
            return check(try JSONValueEncoder().encode(value), &self)
        } catch {
            report("encoding", at: "", "the value cannot be encoded: \(error)")
            return false
        }
    }
}

extension ScalarRules {
    /// A Swift type whose JSON form always has one format, so that rules may be judged without writing it.
    public enum FormattedValue: Sendable {
        case date, dateTime, uuid

        var format: FormatChecker.Kind {
            switch self {
            case .date: .date
            case .dateTime: .dateTime
            case .uuid: .uuid
            }
        }
    }

    /// Whether every string of `kind`'s format passes these rules: a type admitting strings and at most a
    /// check of that very format.
    func admitsEvery(_ kind: FormattedValue) -> Bool {
        admitsEveryStringButForFormat && (format.map { $0.kind == kind.format } ?? true)
    }
}
