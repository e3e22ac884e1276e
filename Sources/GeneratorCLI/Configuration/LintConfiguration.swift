import ArgumentParser
import Foundation
import SpecwrightLint
import SpecwrightReports
import Yams

/// The `lint:` section of generator.yaml, read with positions so that every mistake names its line.
///
/// ```yaml
/// lint:
///   formats: [stellar-asset-code]       # custom formats that count as known
///   rules:
///     operation-tag-defined: error      # error | warning | note | off
///     server-not-example.com: off       # say why in a comment
///   ignore:
///     - spec: specs/banklingo.yaml      # optional: every spec when absent
///       rule: state-machine-reachable
///       pointer: /components/schemas/Client/x-state-machine/states/*   # optional glob: * one token, ** any
/// ```
enum LintConfiguration {
    static let keys = ["formats", "rules", "ignore"]
    static let ignoreKeys = ["spec", "rule", "pointer"]
    static let levels = ["error", "warning", "note", "off"]

    /// The settings in `text` (the whole generator.yaml); paths in ignores are relative to `directory`.
    static func settings(fromConfiguration text: String, file: String, directory: URL) throws -> LintSettings {
        let root: Yams.Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw ValidationError("\(file): \(error)")
        }
        guard let section = root?.mapping?["lint"] else { return LintSettings() }
        let reader = Reader(file: file)
        var settings = LintSettings()
        let members = try reader.mapping(section, "`lint`")
        for (key, value) in members {
            switch try reader.string(key, "a key") {
            case "formats":
                for name in try reader.sequence(value, "`lint.formats`") {
                    settings.extraFormats.insert(try reader.string(name, "a format name"))
                }
            case "rules":
                for (ruleKey, levelNode) in try reader.mapping(value, "`lint.rules`") {
                    let id = try reader.ruleID(ruleKey)
                    let level = try reader.string(levelNode, "a level")
                    guard levels.contains(level) else {
                        throw reader.error(at: levelNode, "unknown level `\(level)` for `\(id)`; expected \(levels.joined(separator: ", "))")
                    }
                    if let level = FindingLevel(rawValue: level) { settings.levels[id] = level } else { settings.disabledRules.insert(id) }
                }
            case "ignore":
                for entry in try reader.sequence(value, "`lint.ignore`") {
                    settings.ignores.append(try reader.ignore(entry, directory: directory))
                }
            case let other:
                throw reader.error(at: key, "unknown key `\(other)` in `lint`; expected \(keys.joined(separator: ", "))")
            }
        }
        return settings
    }

    private struct Reader {
        var file: String

        func error(at node: Yams.Node, _ message: String) -> ValidationError {
            let place = node.mark.map { "\(file):\($0.line):\($0.column)" } ?? file
            return ValidationError("\(place): error: \(message)")
        }

        func mapping(_ node: Yams.Node, _ what: String) throws -> [(Yams.Node, Yams.Node)] {
            guard let mapping = node.mapping else { throw error(at: node, "\(what) must be a mapping") }
            return mapping.map { ($0.key, $0.value) }
        }

        func sequence(_ node: Yams.Node, _ what: String) throws -> [Yams.Node] {
            guard let sequence = node.sequence else { throw error(at: node, "\(what) must be a list") }
            return Array(sequence)
        }

        func string(_ node: Yams.Node, _ what: String) throws -> String {
            guard let scalar = node.scalar else { throw error(at: node, "expected \(what), found a collection") }
            return scalar.string
        }

        func ruleID(_ node: Yams.Node) throws -> String {
            let id = try string(node, "a rule ID")
            guard RuleCatalog.rule(withID: id) != nil else {
                let distances = RuleCatalog.descriptions.map { ($0.id, editDistance($0.id, id)) }
                let hint = if let (closest, distance) = distances.min(by: { $0.1 < $1.1 }), distance <= max(2, id.count / 3) {
                    "; did you mean `\(closest)`?"
                } else {
                    " (`generator lint --list-rules` lists them)"
                }
                throw error(at: node, "unknown rule `\(id)`\(hint)")
            }
            return id
        }

        /// Levenshtein distance, for suggesting the rule a typo meant.
        private func editDistance(_ lhs: String, _ rhs: String) -> Int {
            let left = Array(lhs), right = Array(rhs)
            var previous = Array(0...right.count)
            for (i, a) in left.enumerated() {
                var current = [i + 1]
                for (j, b) in right.enumerated() {
                    current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (a == b ? 0 : 1)))
                }
                previous = current
            }
            return previous[right.count]
        }

        func ignore(_ node: Yams.Node, directory: URL) throws -> LintSettings.Ignore {
            var rule: String?
            var pointer: String?
            var spec: String?
            for (key, value) in try mapping(node, "an entry of `lint.ignore`") {
                switch try string(key, "a key") {
                case "rule": rule = try ruleID(value)
                case "pointer": pointer = try string(value, "a JSON pointer glob")
                case "spec": spec = directory.appendingPathComponent(try string(value, "a spec path")).standardizedFileURL.path
                case let other:
                    throw error(at: key, "unknown key `\(other)` in an ignore; expected \(ignoreKeys.joined(separator: ", "))")
                }
            }
            guard let rule else { throw error(at: node, "an ignore needs a `rule`") }
            return LintSettings.Ignore(rule: rule, pointer: pointer, spec: spec)
        }
    }
}
