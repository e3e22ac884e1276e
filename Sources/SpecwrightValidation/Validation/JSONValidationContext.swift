/// The state of one validation of a JSON value by generated code: the issues found so far, and whether
/// issues are being collected or an alternative is only being probed.
///
/// Generated validators are functions `(JSONValue, inout JSONValidationContext) -> Bool` that call the
/// rule methods of this type (`context.minLength(string, 1, at: ...)`), one line per rule of the schema.
///
/// Instance locations are built only for issues: a rule reports at the value it checks (location `""`),
/// and each member or element a check enters (`within`, `field`, `member`, `item`...)
/// puts its key in front of the locations of the issues reported inside it when it leaves. A valid value
/// builds no path at all; ``issues`` has full locations once the outermost check has returned.
public struct JSONValidationContext: Sendable {
    /// Every issue reported while collecting.
    public private(set) var issues: [ValidationIssue] = []
    /// `false` while probing an alternative (`oneOf`, `anyOf`, `not`, `if`): nothing is recorded.
    public private(set) var collectsIssues = true
    private var depth = 0
    /// How deeply recursive schemas may nest, as for the dynamic validator.
    public static let maximumDepth = 1_000

    public init() {}

    /// Runs `body`, the checks of the member `key` of the current object, locating what they report there.
    @inlinable
    public mutating func within(_ key: String, _ body: (inout JSONValidationContext) -> Void) {
        let mark = issueCount
        body(&self)
        if issueCount > mark { locate(from: mark, under: key) }
    }

    /// Runs `body`, the checks of the element at `index` of the current array, locating what they report there.
    @inlinable
    public mutating func within(_ index: Int, _ body: (inout JSONValidationContext) -> Void) {
        let mark = issueCount
        body(&self)
        if issueCount > mark { locate(from: mark, under: index) }
    }

    /// `check` of the member `key`: what it reports is located at the member.
    @inline(__always)
    @usableFromInline
    mutating func checking(_ key: String, _ check: (inout JSONValidationContext) -> Bool) -> Bool {
        let mark = issueCount
        let valid = check(&self)
        if issueCount > mark { locate(from: mark, under: key) }
        return valid
    }

    /// `check` of the element at `index`: what it reports is located at the element.
    @inline(__always)
    @usableFromInline
    mutating func checking(_ index: Int, _ check: (inout JSONValidationContext) -> Bool) -> Bool {
        let mark = issueCount
        let valid = check(&self)
        if issueCount > mark { locate(from: mark, under: index) }
        return valid
    }

    /// How many issues have been reported so far.
    @usableFromInline
    var issueCount: Int { issues.count }

    /// Puts `/key` in front of the location of every issue from `start` on.
    @usableFromInline
    @inline(never)
    mutating func locate(from start: Int, under key: String) {
        var token = ""
        JSONPointerText.append(key, to: &token)
        for index in start..<issues.count { issues[index].instanceLocation = token + issues[index].instanceLocation }
    }

    /// Puts `/index` in front of the location of every issue from `start` on.
    @usableFromInline
    @inline(never)
    mutating func locate(from start: Int, under index: Int) {
        let token = "/" + String(index)
        for position in start..<issues.count { issues[position].instanceLocation = token + issues[position].instanceLocation }
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

    /// Records an issue at the value being checked, when collecting.
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
        issues.append(ValidationIssue(instanceLocation: "", schemaLocation: schemaLocation, code: code, message: message(), detail: detail))
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
