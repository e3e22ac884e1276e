/// How much a change matters to the clients and services built on the old spec. The order matters:
/// `breaking` > `warning` > `info` (the exit status and report levels compare).
public enum ChangeLevel: String, Sendable, Hashable, Comparable, CaseIterable, Codable {
    /// Worth knowing, breaks nothing (an added endpoint, a looser request).
    case info
    /// May break some consumers (a new enum value in a response, a changed pattern).
    case warning
    /// Breaks clients or services written against the old spec, or the source of code generated from it.
    case breaking

    public static func < (lhs: ChangeLevel, rhs: ChangeLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
