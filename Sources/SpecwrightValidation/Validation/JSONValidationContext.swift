/// The state of one validation of a JSON value by generated code: the issues found so far, where in the
/// instance the check is, and whether issues are being collected or an alternative is only being probed.
///
/// Generated validators are functions `(JSONValue, inout JSONValidationContext) -> Bool` that call the
/// rule methods of this type (`context.minLength(string, 1, at: ...)`), one line per rule of the schema.
public struct JSONValidationContext: Sendable {
    /// One step of the instance location.
    enum PathComponent: Sendable {
        case key(String)
        case index(Int)
    }

    /// Every issue reported while collecting.
    public private(set) var issues: [ValidationIssue] = []
    /// `false` while probing an alternative (`oneOf`, `anyOf`, `not`, `if`): nothing is recorded.
    public private(set) var collectsIssues = true
    private var path: [PathComponent] = []
    private var depth = 0
    /// How deeply recursive schemas may nest, as for the dynamic validator.
    public static let maximumDepth = 1_000

    public init() {}

    /// Enters the member `key` of the current object.
    @inline(__always)
    public mutating func push(_ key: String) {
        if collectsIssues { path.append(.key(key)) }
    }

    /// Enters the element at `index` of the current array.
    @inline(__always)
    public mutating func push(_ index: Int) {
        if collectsIssues { path.append(.index(index)) }
    }

    /// Leaves the member or element entered last.
    @inline(__always)
    public mutating func pop() {
        if collectsIssues { path.removeLast() }
    }

    /// Enters a named schema (a `$ref` target, which may recur); `false`, with a `depth` issue, when the
    /// value nests deeper than ``maximumDepth``. Each successful call is matched by ``ascend()``.
    public mutating func descend(at schemaLocation: String) -> Bool {
        guard depth < Self.maximumDepth else {
            report("depth", at: schemaLocation, "validation nests deeper than \(Self.maximumDepth) levels")
            return false
        }
        depth += 1
        return true
    }

    public mutating func ascend() {
        depth -= 1
    }

    /// The JSON pointer of the value being checked.
    public var instanceLocation: String {
        var pointer = ""
        for component in path {
            switch component {
            case .key(let key): JSONPointerText.append(key, to: &pointer)
            case .index(let index): pointer += "/" + String(index)
            }
        }
        return pointer
    }

    /// Records an issue at the current instance location, when collecting.
    @inline(__always)
    public mutating func report(
        _ code: ValidationIssue.Code, at schemaLocation: String, _ message: @autoclosure () -> String,
        detail: ValidationIssue.Code? = nil
    ) {
        guard collectsIssues else { return }
        record(code, schemaLocation, message, detail)
    }

    @inline(never)
    private mutating func record(
        _ code: ValidationIssue.Code, _ schemaLocation: String, _ message: () -> String, _ detail: ValidationIssue.Code?
    ) {
        issues.append(
            ValidationIssue(
                instanceLocation: instanceLocation, schemaLocation: schemaLocation, code: code, message: message(),
                detail: detail))
    }

    /// Whether `value` passes `check`, recording nothing.
    public mutating func probe(_ check: JSONCheck, _ value: JSONValue) -> Bool {
        let saved = collectsIssues
        collectsIssues = false
        defer { collectsIssues = saved }
        return check(value, &self)
    }

    /// Checks `value` with `check` from a fresh context and returns the issues, ordered by location.
    public static func issues(of value: JSONValue, _ check: JSONCheck) -> [ValidationIssue] {
        var context = JSONValidationContext()
        _ = check(value, &context)
        return ValidationIssue.ordered(context.issues)
    }
}

/// A generated validator: checks a JSON value against one schema, reporting through the context.
public typealias JSONCheck = @Sendable (JSONValue, inout JSONValidationContext) -> Bool
