/// What generated types conform to besides `Codable` and `Sendable` (`hashable` in the configuration).
///
/// `Equatable` by default: synthesised `Hashable` adds `hash(into:)`, `hashValue` and their witnesses to every
/// type, which a spec of a thousand types pays for in every debug build (Docs/performance.md). Opt into
/// `Hashable` to put generated values in sets or use them as dictionary keys.
public enum ValueConformance: String, CaseIterable, Codable, Sendable {
    case equatable = "Equatable"
    case hashable = "Hashable"
}
