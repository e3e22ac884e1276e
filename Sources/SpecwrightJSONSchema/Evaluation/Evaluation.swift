import SpecwrightValidation

/// The mutable state of one validation run: collected issues, the instance path, the dynamic scope.
struct Evaluation {
    /// One step of the instance location.
    enum PathToken {
        case key(String)
        case index(Int)
    }

    /// `false` on the boolean fast path and while probing subschemas (`anyOf`, `if`, `not`, ...): nothing is
    /// recorded and keywords stop at the first failure.
    var collectsIssues: Bool
    var issues: [ValidationIssue] = []
    /// Maintained only while collecting issues.
    private(set) var path: [PathToken] = []
    /// Schema resources entered, outermost first; maintained only when the schema uses `$dynamicRef`.
    var dynamicScope: [Int] = []
    let tracksDynamicScope: Bool
    var depth = 0
    let maximumDepth: Int
    /// Schema evaluations left before validation gives up; some schemas (alternatives that all recurse)
    /// take time exponential in the instance's depth.
    var remainingEvaluations: Int
    /// Set once the budget ran out: from then on every evaluation fails, and the verdict is "invalid".
    var isOutOfBudget = false

    init(collectsIssues: Bool, tracksDynamicScope: Bool, maximumDepth: Int, maximumEvaluations: Int) {
        self.collectsIssues = collectsIssues
        self.tracksDynamicScope = tracksDynamicScope
        self.maximumDepth = maximumDepth
        self.remainingEvaluations = maximumEvaluations
    }

    @inline(__always)
    mutating func push(_ token: PathToken) {
        path.append(token)
    }

    @inline(__always)
    mutating func pop() {
        path.removeLast()
    }

    /// The JSON pointer of the value being validated.
    var instanceLocation: String {
        var pointer = ""
        for token in path {
            switch token {
            case .key(let key): SchemaPointer.append(key, to: &pointer)
            case .index(let index): pointer += "/" + String(index)
            }
        }
        return pointer
    }

    /// Records an issue at the current instance location (when issues are being collected).
    @inline(__always)
    mutating func report(
        _ code: ValidationIssue.Code, at schemaLocation: String, _ message: @autoclosure () -> String, detail: ValidationIssue.Code? = nil
    ) {
        guard collectsIssues else { return }
        record(code, schemaLocation, message, detail)
    }

    /// Kept out of line so that validation frames, which sit on the stack once per nesting level, stay small.
    @inline(never)
    private mutating func record(_ code: ValidationIssue.Code, _ schemaLocation: String, _ message: () -> String, _ detail: ValidationIssue.Code?) {
        issues.append(
            ValidationIssue(instanceLocation: instanceLocation, schemaLocation: schemaLocation, code: code, message: message(), detail: detail))
    }

    /// Runs `body` in probing mode (no issues, stop at first failure), restoring the mode afterwards.
    @inline(__always)
    mutating func probing<Result>(_ body: (inout Evaluation) -> Result) -> Result {
        let saved = collectsIssues
        collectsIssues = false
        defer { collectsIssues = saved }
        return body(&self)
    }
}

/// Which parts of an instance the keywords evaluated successfully, for `unevaluatedProperties` and
/// `unevaluatedItems`. Only gathered where such a keyword needs it; a class so that the common case (none
/// gathered) costs a nil pointer, not stack space, in every frame.
final class Annotations {
    var allProperties = false
    var properties: Set<String> = []
    /// Items before this index were evaluated (`prefixItems`, array-form `items`).
    var itemPrefix = 0
    var allItems = false
    /// Items matched by `contains`.
    var itemIndices: Set<Int> = []

    func merge(_ other: Annotations) {
        allProperties = allProperties || other.allProperties
        if !allProperties { properties.formUnion(other.properties) }
        itemPrefix = max(itemPrefix, other.itemPrefix)
        allItems = allItems || other.allItems
        if !allItems { itemIndices.formUnion(other.itemIndices) }
    }

    func isEvaluated(property name: String) -> Bool {
        allProperties || properties.contains(name)
    }

    func isEvaluated(item index: Int) -> Bool {
        allItems || index < itemPrefix || itemIndices.contains(index)
    }
}
