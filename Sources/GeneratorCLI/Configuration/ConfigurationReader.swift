import ArgumentParser
import Yams

/// Reads a YAML configuration node by node, so that every mistake names its file, line and column.
struct ConfigurationReader {
    var file: String

    func error(at node: Yams.Node, _ message: String) -> ValidationError {
        let place = node.mark.map { "\(file):\($0.line):\($0.column)" } ?? file
        return ValidationError("\(place): error: \(message)")
    }

    /// The members of a mapping; a key outside `known` is an error naming it and the keys allowed.
    func mapping(_ node: Yams.Node, _ what: String, known: [String]) throws -> [(key: String, value: Yams.Node)] {
        guard let mapping = node.mapping else { throw error(at: node, "\(what) must be a mapping") }
        return try mapping.map { key, value in
            let name = try string(key, "a key")
            guard known.contains(name) else {
                throw error(at: key, "unknown key `\(name)` in \(what); expected one of \(known.joined(separator: ", "))")
            }
            return (name, value)
        }
    }

    /// A mapping whose keys are free (names of schemas, operations) and whose values are strings.
    func stringMapping(_ node: Yams.Node, _ what: String) throws -> [(key: String, value: String)] {
        guard let mapping = node.mapping else { throw error(at: node, "\(what) must be a mapping") }
        return try mapping.map { key, value in (try string(key, "a key"), try string(value, "a name")) }
    }

    func sequence(_ node: Yams.Node, _ what: String) throws -> [Yams.Node] {
        guard let sequence = node.sequence else { throw error(at: node, "\(what) must be a list") }
        return Array(sequence)
    }

    func strings(_ node: Yams.Node, _ what: String) throws -> [String] {
        try sequence(node, what).map { try string($0, "an item of \(what)") }
    }

    func string(_ node: Yams.Node, _ what: String) throws -> String {
        guard let scalar = node.scalar else { throw error(at: node, "expected \(what), found a \(node.mapping != nil ? "mapping" : "list")") }
        return scalar.string
    }

    /// `true` or `false` (YAML 1.2's core spellings only, so that `yes` or `1` is an error, not a guess).
    func bool(_ node: Yams.Node, _ what: String) throws -> Bool {
        switch try string(node, what) {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        case let text: throw error(at: node, "expected \(what) to be true or false, found `\(text)`")
        }
    }
}
