import SpecwrightModel
import SpecwrightReader

/// A schema's enum values in canonical JSON, with the node of each (for its position), `null` left out
/// (nullability is its own check).
struct EnumValues {
    let values: [(text: String, node: Node)]

    init?(_ schema: Schema) {
        guard let nodes = schema.enumValues else { return nil }
        values = nodes.filter { !$0.isNull }.map { (CanonicalJSON.text($0), $0) }
    }

    func contains(_ text: String) -> Bool { values.contains { $0.text == text } }

    /// `"EUR"`, `3`: how messages show a value.
    static func spell(_ text: String) -> String { "`\(text)`" }
}
