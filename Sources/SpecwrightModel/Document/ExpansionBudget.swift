import SpecwrightReader

/// Bounds the total work of building the model, counted in schemas read and schema uses typed.
///
/// The reader caps how many nodes YAML aliases add, but an alias of a whole schema is cheap in the tree and
/// costly here: every use of it is read, typed and declared again. A spec that needs more than `limit` units
/// of work is refused with the location where the budget ran out, instead of growing without bound.
public final class ExpansionBudget {
    /// About 35 times what the largest spec of the corpus needs (Stripe, 4 MB: 28,835).
    public static let defaultLimit = 1_000_000

    let limit: Int
    private(set) var spent = 0

    init(limit: Int = ExpansionBudget.defaultLimit) {
        self.limit = limit
    }

    func spend(at location: SourceLocation) throws {
        spent += 1
        guard spent <= limit else {
            throw SpecError("building the model takes more than \(limit) schema expansions here "
                            + "(YAML aliases or $refs repeating large schemas?)", at: location)
        }
    }
}
