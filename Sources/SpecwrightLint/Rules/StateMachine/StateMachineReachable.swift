import SpecwrightReports

/// Every state of an `x-state-machine` can be reached from the initial state.
struct StateMachineReachable: LintRule {
    static let description = RuleDescription.rule(
        "state-machine-reachable", .warning, "Every state is reachable from the initial state",
        why: "A state no transition leads to is either dead documentation or a transition the spec forgot; clients cannot tell which.",
        fix: "Add the transition that leads to the state, or remove the state."
    )

    func check(_ context: LintContext, _ findings: inout RuleFindings) {
        for machine in context.stateMachines {
            var reached: Set<String> = []
            var pending: [String] = []
            if let initial = machine.initial?.string { pending.append(initial) }
            // A transition with no `from` creates the resource in its `to` state.
            pending += machine.transitions.filter(\.from.isEmpty).compactMap { $0.to?.string }
            while let state = pending.popLast() {
                guard reached.insert(state).inserted else { continue }
                for transition in machine.transitions where transition.from.contains(where: { $0.string == state }) {
                    if let next = transition.to?.string { pending.append(next) }
                }
            }
            guard !reached.isEmpty else { continue }
            for state in machine.states {
                guard let name = state.string, !reached.contains(name) else { continue }
                findings.report("state `\(name)` cannot be reached from the initial state", at: context.location(of: state))
            }
        }
    }
}
