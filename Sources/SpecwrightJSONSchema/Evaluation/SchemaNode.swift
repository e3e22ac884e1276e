import SpecwrightValidation

/// One keyword of a compiled schema, checking one aspect of an instance.
protocol Keyword: Sendable {
    /// Validates `instance`, reporting issues through `evaluation`. `annotations` is non-nil when an
    /// enclosing `unevaluated*` keyword needs to know which properties and items were evaluated.
    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: Annotations?) -> Bool
    /// Whether `instance` passes, as `validate` without annotations would say; nothing is recorded.
    func isValid(_ instance: JSONValue, _ verdict: inout Verdict) -> Bool
}

/// How a node calls a keyword: through a class box, so that the call copies nothing. `KeywordBox` is the only
/// subclass; a class rather than a protocol so that nodes can hold the boxes unmanaged, and calling one
/// retains nothing.
class KeywordCall {
    func call(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: Annotations?) -> Bool {
        preconditionFailure("keywords are called through KeywordBox")
    }

    func verdict(_ instance: JSONValue, _ verdict: inout Verdict) -> Bool {
        preconditionFailure("keywords are called through KeywordBox")
    }
}

/// Holds one keyword for `SchemaNode`.
private final class KeywordBox<Wrapped: Keyword>: KeywordCall {
    let keyword: Wrapped

    init(_ keyword: Wrapped) {
        self.keyword = keyword
    }

    override func call(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: Annotations?) -> Bool {
        keyword.validate(instance, &evaluation, annotations)
    }

    override func verdict(_ instance: JSONValue, _ verdict: inout Verdict) -> Bool {
        keyword.isValid(instance, &verdict)
    }
}

extension Keyword {
    fileprivate func boxed() -> KeywordCall {
        KeywordBox(self)
    }
}

/// A compiled (sub)schema: its keywords in a fixed order, ready to validate any number of instances.
///
/// Nodes form a graph (references can be cyclic), are created before their keywords are compiled, and
/// never change once compilation ends; `CompiledSchema` owns them all.
final class SchemaNode: @unchecked Sendable {
    enum Kind {
        case keywords
        case alwaysValid
        /// The `false` schema.
        case alwaysInvalid
    }

    /// Where the schema is, as issues print it (a JSON pointer into the root schema, or `uri#pointer`).
    let location: String
    private(set) var kind: Kind = .alwaysValid
    /// For the `false` schema: the keyword that holds it (e.g. `additionalProperties`), as the issue code.
    private(set) var falseCode: ValidationIssue.Code = "false"
    /// The keywords, boxed in classes so that calling one copies nothing; `keywords` refers to the same
    /// boxes unmanaged, so that reading them involves no reference counting.
    private var keywordBoxes: [KeywordCall] = []
    private var keywords = UnsafeMutableBufferPointer<Unmanaged<KeywordCall>>(start: nil, count: 0)
    /// The schema resource (for `$dynamicRef`'s dynamic scope).
    var resource = 0
    /// OpenAPI 3.0 `nullable: true`.
    var acceptsNull = false
    /// Whether the keywords include `unevaluatedProperties`/`unevaluatedItems`, which read what their
    /// siblings evaluated.
    var gathersOwnAnnotations = false
    /// The schema's `type` keyword, if any, and its `$ref` target: enough to tell cheaply whether an
    /// instance could possibly match (see `admitsType(of:)`).
    var declaredType: TypeKeyword?
    var referenceTarget: NodeReference?
    /// Whether a `$dynamicRef` here resolves through the dynamic scope, which only `validate` maintains.
    var readsDynamicScope = false

    /// How `isValid` evaluates this node; settled by `prepareVerdict()` once every node is compiled.
    private enum VerdictKind {
        case alwaysValid
        case alwaysInvalid
        case keywords
        /// A schema that is only a `$ref`: `isValid` goes straight to the end of the reference chain.
        case forward
        /// Needs annotations or the dynamic scope: evaluated by `validate`.
        case full
    }

    private var verdictKind = VerdictKind.alwaysValid
    /// The declared `type`, checked by the node itself on the `isValid` path (`.all` when there is none).
    private var verdictTypes = TypeKeyword.Types.all
    private var verdictIntegerMeansLiteral = false
    /// The keywords `isValid` calls: those of `keywords` that the node's own checks do not cover.
    private var verdictKeywords = UnsafeMutableBufferPointer<Unmanaged<KeywordCall>>(start: nil, count: 0)
    /// For `.forward`: the node at the end of the reference chain and how many `$ref` nodes lead to it.
    private var forwardTarget: Unmanaged<SchemaNode>?
    private var forwardHops = 0
    private var isReferenceOnly = false

    init(location: String) {
        self.location = location
    }

    deinit {
        keywords.deallocate()
        verdictKeywords.deallocate()
    }

    func becomeAlwaysValid() {
        kind = .alwaysValid
    }

    func becomeAlwaysInvalid(code: ValidationIssue.Code) {
        kind = .alwaysInvalid
        falseCode = code
    }

    /// Installs the compiled keywords (once); a schema without any accepts everything.
    func setKeywords(_ compiled: [any Keyword]) {
        guard keywords.isEmpty else { return }
        guard !compiled.isEmpty || acceptsNull else { return becomeAlwaysValid() }
        kind = .keywords
        keywordBoxes = compiled.map { $0.boxed() }
        keywords = .allocate(capacity: keywordBoxes.count)
        _ = keywords.initialize(from: keywordBoxes.map { Unmanaged.passUnretained($0) })
        isReferenceOnly = compiled.count == 1 && compiled[0] is ReferenceKeyword && !acceptsNull
        // `type` is the node's own first check on the `isValid` path.
        let verdictBoxes = zip(compiled, keywordBoxes).filter { keyword, _ in
            !(keyword is TypeKeyword) && (keyword as? StringChecks)?.isOnlyType != true
        }.map { Unmanaged.passUnretained($0.1) }
        verdictKeywords = .allocate(capacity: verdictBoxes.count)
        _ = verdictKeywords.initialize(from: verdictBoxes)
    }

    /// Settles how `isValid` evaluates the node; called once every node has its keywords.
    func prepareVerdict() {
        switch kind {
        case .alwaysValid: verdictKind = .alwaysValid
        case .alwaysInvalid: verdictKind = .alwaysInvalid
        case .keywords:
            if let declaredType {
                verdictTypes = declaredType.allowed
                verdictIntegerMeansLiteral = declaredType.integerMeansLiteral
            }
            if gathersOwnAnnotations || readsDynamicScope {
                verdictKind = .full
            } else if isReferenceOnly, let (target, hops) = endOfReferenceChain() {
                verdictKind = .forward
                forwardTarget = .passUnretained(target)
                forwardHops = hops
            } else {
                verdictKind = .keywords
            }
        }
    }

    /// The first node along the `$ref` chain from here that is not itself only a `$ref`, when it evaluates its
    /// keywords plainly, and how many references lead there; `nil` for cycles and chains longer than 32.
    private func endOfReferenceChain() -> (SchemaNode, Int)? {
        var node = self
        var hops = 0
        while node.isReferenceOnly {
            guard hops < 32, let next = node.referenceTarget?.node else { return nil }
            node = next
            hops += 1
        }
        guard node.kind == .keywords, !node.acceptsNull, !node.gathersOwnAnnotations, !node.readsDynamicScope else { return nil }
        return (node, hops)
    }

    /// Whether `instance` is valid; counts depth and evaluations as `validate` does.
    func isValid(_ instance: JSONValue, _ verdict: inout Verdict) -> Bool {
        switch verdictKind {
        case .alwaysValid:
            return true
        case .alwaysInvalid:
            return false
        case .keywords:
            if acceptsNull, case .null = instance { return true }
            guard verdict.depth < verdict.maximumDepth else { return false }
            verdict.remainingEvaluations -= 1
            guard verdict.remainingEvaluations >= 0 else {
                verdict.isOutOfBudget = true
                return false
            }
            verdict.depth += 1
            defer { verdict.depth -= 1 }
            return runVerdictKeywords(instance, &verdict)
        case .forward:
            // The references in the chain each take one level and one evaluation, as in `validate`.
            let levels = forwardHops + 1
            guard verdict.depth + forwardHops < verdict.maximumDepth else { return false }
            verdict.remainingEvaluations -= levels
            guard verdict.remainingEvaluations >= 0 else {
                verdict.isOutOfBudget = true
                return false
            }
            verdict.depth += levels
            defer { verdict.depth -= levels }
            return forwardTarget.unsafelyUnwrapped._withUnsafeGuaranteedRef { $0.runVerdictKeywords(instance, &verdict) }
        case .full:
            return verdict.bridged { validate(instance, &$0, nil) }
        }
    }

    @inline(__always)
    private func runVerdictKeywords(_ instance: JSONValue, _ verdict: inout Verdict) -> Bool {
        if verdictTypes != .all, !verdictTypes.admits(instance, integerMeansLiteral: verdictIntegerMeansLiteral) { return false }
        for index in verdictKeywords.indices where !verdictKeywords[index]._withUnsafeGuaranteedRef({ $0.verdict(instance, &verdict) }) {
            return false
        }
        return true
    }

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: Annotations?) -> Bool {
        switch kind {
        case .alwaysValid:
            return true
        case .alwaysInvalid:
            reportFalse(&evaluation)
            return false
        case .keywords:
            break
        }
        if acceptsNull, case .null = instance { return true }
        guard evaluation.depth < evaluation.maximumDepth else {
            reportDepth(&evaluation)
            return false
        }
        evaluation.remainingEvaluations -= 1
        guard evaluation.remainingEvaluations >= 0 else {
            evaluation.isOutOfBudget = true
            return false
        }
        evaluation.depth += 1
        defer { evaluation.depth -= 1 }
        var entersResource = false
        if evaluation.tracksDynamicScope && evaluation.dynamicScope.last != resource {
            evaluation.dynamicScope.append(resource)
            entersResource = true
        }
        defer { if entersResource { evaluation.dynamicScope.removeLast() } }

        if gathersOwnAnnotations {
            let own = Annotations()
            let valid = runKeywords(instance, &evaluation, own)
            if valid { annotations?.merge(own) }
            return valid
        }
        return runKeywords(instance, &evaluation, annotations)
    }

    /// Whether the instance's type is one the schema allows, following `$ref`s a few hops; `true` when
    /// the schema does not say. Issue reports use it to pick the alternative an author most likely meant.
    func admitsType(of instance: JSONValue, hops: Int = 0) -> Bool {
        switch kind {
        case .alwaysValid: return true
        case .alwaysInvalid: return false
        case .keywords: break
        }
        if acceptsNull, case .null = instance { return true }
        if let declaredType, !declaredType.allowed.admits(instance, integerMeansLiteral: declaredType.integerMeansLiteral) {
            return false
        }
        guard let referenceTarget, hops < 8 else { return true }
        return referenceTarget.node.admitsType(of: instance, hops: hops + 1)
    }

    @inline(never)
    private func reportFalse(_ evaluation: inout Evaluation) {
        evaluation.report(falseCode, at: location, "no value is allowed here (the schema is false)")
    }

    @inline(never)
    private func reportDepth(_ evaluation: inout Evaluation) {
        let limit = evaluation.maximumDepth
        evaluation.report(
            "depth", at: location, "validation nests deeper than \(limit) levels (deeply nested instance or recursive schema)")
    }

    @inline(__always)
    private func runKeywords(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: Annotations?) -> Bool {
        var valid = true
        for index in keywords.indices where !keywords[index]._withUnsafeGuaranteedRef({ $0.call(instance, &evaluation, annotations) }) {
            valid = false
            if !evaluation.collectsIssues { return false }
        }
        return valid
    }
}

/// A reference from a keyword to a node; `CompiledSchema` keeps every node alive, so references stay cheap
/// and cycles leak nothing.
struct NodeReference: @unchecked Sendable {
    private let unmanaged: Unmanaged<SchemaNode>

    init(_ node: SchemaNode) {
        unmanaged = .passUnretained(node)
    }

    var node: SchemaNode { unmanaged.takeUnretainedValue() }

    @inline(__always)
    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: Annotations?) -> Bool {
        unmanaged._withUnsafeGuaranteedRef { $0.validate(instance, &evaluation, annotations) }
    }

    /// Validates a value whose annotations nobody reads (a property value, an array element, ...).
    @inline(__always)
    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation) -> Bool {
        unmanaged._withUnsafeGuaranteedRef { $0.validate(instance, &evaluation, nil) }
    }

    /// Whether `instance` is valid (the `isValid` path).
    @inline(__always)
    func isValid(_ instance: JSONValue, _ verdict: inout Verdict) -> Bool {
        unmanaged._withUnsafeGuaranteedRef { $0.isValid(instance, &verdict) }
    }

    var isAlwaysInvalid: Bool {
        unmanaged._withUnsafeGuaranteedRef { $0.kind == .alwaysInvalid }
    }

    var isAlwaysValid: Bool {
        unmanaged._withUnsafeGuaranteedRef { $0.kind == .alwaysValid }
    }
}

/// Short, single-line rendering of an instance value for issue messages.
func abbreviated(_ value: JSONValue) -> String {
    value.abbreviatedDescription
}
