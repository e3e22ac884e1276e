/// Which way a schema's values travel. A client must keep sending what a request accepted, and must be able to
/// read whatever a response may now contain: a request may only get looser, a response only stricter.
enum Direction: Sendable, Hashable {
    case request
    case response

    var label: String { self == .request ? "request" : "response" }

    /// How much a change in the set of allowed values matters in this direction.
    func level(for change: Narrowing) -> ChangeLevel {
        switch (self, change) {
        case (_, .incompatible): .breaking
        case (.request, .stricter), (.response, .looser): .breaking
        case (_, .unclear): .warning
        case (.request, .looser), (.response, .stricter): .info
        }
    }
}

/// How the set of values a schema allows changed.
enum Narrowing: Sendable, Hashable {
    /// Fewer values allowed (a bound added or tightened, an enum value removed).
    case stricter
    /// More values allowed.
    case looser
    /// Some values gained and some lost (a type replaced by another).
    case incompatible
    /// Changed in a way that cannot be ordered without evaluating it (a different pattern).
    case unclear
}
