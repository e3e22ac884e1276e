import SpecwrightValidation

/// The state of one `isValid` run: only what bounds its work. No issues, no instance path, no dynamic scope,
/// no annotations: keywords stop at the first failure and nodes that need more (`unevaluated*`) are
/// evaluated by `SchemaNode.validate` through `bridged(_:)`.
///
/// Depth and budget are counted as `Evaluation` counts them, so both modes stop at the same limits.
struct Verdict {
    var depth = 0
    let maximumDepth: Int
    var remainingEvaluations: Int
    var isOutOfBudget = false

    init(maximumDepth: Int, maximumEvaluations: Int) {
        self.maximumDepth = maximumDepth
        self.remainingEvaluations = maximumEvaluations
    }

    /// Runs `body` with a probing `Evaluation` that continues this run's depth and budget.
    @inline(never)
    mutating func bridged(_ body: (inout Evaluation) -> Bool) -> Bool {
        var evaluation = Evaluation(
            collectsIssues: false, tracksDynamicScope: false, maximumDepth: maximumDepth, maximumEvaluations: remainingEvaluations)
        evaluation.depth = depth
        let valid = body(&evaluation)
        remainingEvaluations = evaluation.remainingEvaluations
        if evaluation.isOutOfBudget { isOutOfBudget = true }
        return valid
    }
}

extension Keyword {
    /// The verdict of `validate` without annotations, for keywords too rare to deserve their own `isValid`.
    func bridgedVerdict(_ instance: JSONValue, _ verdict: inout Verdict) -> Bool {
        verdict.bridged { validate(instance, &$0, nil) }
    }
}
