import SpecwrightModel

/// Whether a changed bound lets fewer or more values through.
enum BoundComparison {
    enum Side { case lower, upper }

    /// A count bound (`minLength`, `maxItems`): `nil` when unchanged.
    static func narrowing(_ old: Int?, _ new: Int?, _ side: Side) -> Narrowing? {
        switch (old, new) {
        case (nil, nil): return nil
        case (nil, _): return .stricter
        case (_, nil): return .looser
        case (let old?, let new?):
            if old == new { return nil }
            return (new > old) == (side == .lower) ? .stricter : .looser
        }
    }

    /// A numeric bound with its exclusivity (`minimum`, `exclusiveMaximum`): `nil` when unchanged.
    static func narrowing(_ old: Schema.Bound?, _ new: Schema.Bound?, _ side: Side) -> Narrowing? {
        switch (old, new) {
        case (nil, nil): return nil
        case (nil, _): return .stricter
        case (_, nil): return .looser
        case (let old?, let new?):
            let (oldValue, newValue) = (old.value.doubleValue, new.value.doubleValue)
            if oldValue == newValue {
                guard old.isExclusive != new.isExclusive else { return nil }
                return new.isExclusive ? .stricter : .looser
            }
            return (newValue > oldValue) == (side == .lower) ? .stricter : .looser
        }
    }

    static func spell(_ count: Int?) -> String { count.map(String.init) ?? "none" }

    static func spell(_ bound: Schema.Bound?) -> String {
        guard let bound else { return "none" }
        return bound.isExclusive ? "\(bound.value.literal) (exclusive)" : bound.value.literal
    }

    static func verb(_ narrowing: Narrowing, _ side: Side) -> String {
        (narrowing == .stricter) == (side == .lower) ? "increased" : "decreased"
    }
}
