import SpecwrightValidation

/// `allOf`: every subschema; their issues are reported as they are.
struct AllOfKeyword: Keyword {
    let schemas: [NodeReference]

    func isValid(_ instance: JSONValue, _ verdict: inout Verdict) -> Bool {
        for schema in schemas where !schema.isValid(instance, &verdict) { return false }
        return true
    }

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: Annotations?) -> Bool {
        var valid = true
        for schema in schemas where !schema.validate(instance, &evaluation, annotations) {
            valid = false
            if !evaluation.collectsIssues { return false }
        }
        return valid
    }
}

/// `anyOf` and `oneOf`.
///
/// Branches are first probed without collecting issues, only those a `BranchSelector` leaves when there is
/// one. When none matches and exactly one branch allows the instance's type, that branch is validated again
/// to report its issues before the keyword's own: it is almost always the one the author meant.
/// (Re-validating one branch per level keeps nested alternatives from multiplying the work.)
struct AlternativesKeyword: Keyword {
    let schemas: [NodeReference]
    let exactlyOne: Bool
    let selector: BranchSelector?
    let location: String

    private var code: ValidationIssue.Code { exactlyOne ? "oneOf" : "anyOf" }

    func isValid(_ instance: JSONValue, _ verdict: inout Verdict) -> Bool {
        if let selector, case .object(let members) = instance, let selected = selector.branches(for: members) {
            return decides(selected, instance, &verdict)
        }
        return decides(schemas.indices, instance, &verdict)
    }

    /// `probe` for `isValid`.
    @inline(__always)
    private func decides(_ indices: some Collection<Int>, _ instance: JSONValue, _ verdict: inout Verdict) -> Bool {
        var matches = 0
        for index in indices where schemas[index].isValid(instance, &verdict) {
            matches += 1
            if !exactlyOne || matches > 1 { break }
        }
        return exactlyOne ? matches == 1 : matches > 0
    }

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: Annotations?) -> Bool {
        if let selector, case .object(let members) = instance, let selected = selector.branches(for: members) {
            if probe(selected, instance, &evaluation, annotations) { return true }
            // Every other branch fails on this instance; the issues below come from the same evaluation as without
            // a selector, so that they read alike.
            guard evaluation.collectsIssues else { return false }
            return reportFailure(instance, &evaluation)
        }
        if probe(schemas.indices, instance, &evaluation, annotations) { return true }
        guard evaluation.collectsIssues else { return false }
        return reportFailure(instance, &evaluation)
    }

    /// Whether the branches at `indices` decide for the instance: one match for `oneOf`, any for `anyOf`.
    /// Merges the matching branches' annotations into `annotations`.
    @inline(__always)
    private func probe(
        _ indices: some Collection<Int>, _ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: Annotations?
    ) -> Bool {
        var matches = 0
        let gathered = annotations == nil ? nil : Annotations()
        evaluation.probing { evaluation in
            for index in indices {
                let branch = annotations == nil ? nil : Annotations()
                guard schemas[index].validate(instance, &evaluation, branch) else { continue }
                matches += 1
                if let branch { gathered!.merge(branch) }
                // Without annotations to gather, the outcome is known as soon as it cannot change.
                if annotations == nil && (!exactlyOne || matches > 1) { break }
            }
        }
        guard exactlyOne ? matches == 1 : matches > 0 else { return false }
        if let gathered { annotations!.merge(gathered) }
        return true
    }

    /// Reports why no branch (or, for `oneOf`, more than one) matches; always `false`.
    @inline(never)
    private func reportFailure(_ instance: JSONValue, _ evaluation: inout Evaluation) -> Bool {
        let matching = evaluation.probing { evaluation in schemas.indices.filter { schemas[$0].validate(instance, &evaluation) } }
        if matching.count > 1 {
            evaluation.report(
                code, at: location,
                "\(abbreviated(instance)) matches more than one subschema (\(matching.map(String.init).joined(separator: ", "))) but must match exactly one")
        } else {
            reportBestBranch(instance, &evaluation)
            evaluation.report(code, at: location, "\(abbreviated(instance)) does not match any of the \(schemas.count) subschemas")
        }
        return false
    }

    private func reportBestBranch(_ instance: JSONValue, _ evaluation: inout Evaluation) {
        let plausible = schemas.filter { $0.node.admitsType(of: instance) }
        guard plausible.count == 1 else { return }
        _ = plausible[0].validate(instance, &evaluation)
    }
}

/// `not`.
struct NotKeyword: Keyword {
    let schema: NodeReference
    let location: String

    func isValid(_ instance: JSONValue, _ verdict: inout Verdict) -> Bool {
        !schema.isValid(instance, &verdict)
    }

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: Annotations?) -> Bool {
        let matches = evaluation.probing { schema.validate(instance, &$0) }
        if !matches { return true }
        evaluation.report("not", at: location, "\(abbreviated(instance)) must not match the schema under not")
        return false
    }
}

/// `if` / `then` / `else`: the branch's own issues are reported (e.g. `required` for a required-if rule).
struct ConditionalKeyword: Keyword {
    let condition: NodeReference
    let then: NodeReference?
    let otherwise: NodeReference?

    func isValid(_ instance: JSONValue, _ verdict: inout Verdict) -> Bool {
        if then == nil && otherwise == nil { return true }
        if condition.isValid(instance, &verdict) {
            return then?.isValid(instance, &verdict) ?? true
        }
        return otherwise?.isValid(instance, &verdict) ?? true
    }

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: Annotations?) -> Bool {
        if then == nil && otherwise == nil && annotations == nil { return true }
        let conditionAnnotations = annotations == nil ? nil : Annotations()
        let holds = evaluation.probing { condition.validate(instance, &$0, conditionAnnotations) }
        if holds {
            if let conditionAnnotations { annotations!.merge(conditionAnnotations) }
            return then?.validate(instance, &evaluation, annotations) ?? true
        }
        return otherwise?.validate(instance, &evaluation, annotations) ?? true
    }
}

/// `$ref`.
struct ReferenceKeyword: Keyword {
    let target: NodeReference

    func isValid(_ instance: JSONValue, _ verdict: inout Verdict) -> Bool {
        target.isValid(instance, &verdict)
    }

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: Annotations?) -> Bool {
        target.validate(instance, &evaluation, annotations)
    }
}

/// `$dynamicRef`: when its static target declares the matching `$dynamicAnchor`, the outermost schema
/// resource in the dynamic scope that declares it wins.
struct DynamicReferenceKeyword: Keyword {
    let initial: NodeReference
    /// Nil when the reference behaves like `$ref`.
    let candidates: DynamicAnchorTable?

    /// Nodes holding a dynamic reference with candidates are evaluated by `validate` (`readsDynamicScope`).
    func isValid(_ instance: JSONValue, _ verdict: inout Verdict) -> Bool {
        guard candidates == nil else { return bridgedVerdict(instance, &verdict) }
        return initial.isValid(instance, &verdict)
    }

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: Annotations?) -> Bool {
        if let candidates {
            for resource in evaluation.dynamicScope {
                if let target = candidates.nodes[resource] {
                    return target.validate(instance, &evaluation, annotations)
                }
            }
        }
        return initial.validate(instance, &evaluation, annotations)
    }
}

/// The nodes of every `$dynamicAnchor` with one name, by schema resource; filled in when compilation ends.
final class DynamicAnchorTable: @unchecked Sendable {
    let name: String
    var nodes: [Int: NodeReference] = [:]

    init(name: String) {
        self.name = name
    }
}
