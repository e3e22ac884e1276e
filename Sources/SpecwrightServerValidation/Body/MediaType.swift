/// A media type without its parameters, lowercased: `application/json; charset=utf-8` is `application/json`.
struct MediaType: Sendable, Hashable, CustomStringConvertible {
    let type: String
    let subtype: String

    init?(_ text: String) {
        let essence = text.split(separator: ";", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        let parts = essence.split(separator: "/", maxSplits: 1)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        type = String(parts[0])
        subtype = String(parts[1])
    }

    var description: String { "\(type)/\(subtype)" }

    /// `application/json` and every `+json` structured syntax (`application/merge-patch+json`).
    var isJSON: Bool { (type == "application" && subtype == "json") || subtype.hasSuffix("+json") }

    var isFormURLEncoded: Bool { type == "application" && subtype == "x-www-form-urlencoded" }

    /// How closely a spec's media range matches this type: exact beats `type/*`, which beats `*/*`.
    func specificity(ofRange range: MediaType) -> Int? {
        if range == self { return 3 }
        if range.type == type && range.subtype == "*" { return 2 }
        if range.type == "*" && range.subtype == "*" { return 1 }
        return nil
    }
}
