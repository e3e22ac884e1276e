import ArgumentParser
import SpecwrightDiff
import Yams

/// The `diff:` section of generator.yaml, read with positions so that every mistake names its line.
///
/// ```yaml
/// diff:
///   ignore:
///     - check: enum-value-added                                  # a check ID (`generator diff --list-checks`)
///       pointer: /components/schemas/PaymentStatus/**           # optional glob: * one token, ** any
///     - check: swift-case-added
/// ```
enum DiffConfiguration {
    static let keys = ["ignore"]
    static let ignoreKeys = ["check", "pointer"]

    /// The settings in `text` (the whole generator.yaml); no `diff:` section means no ignores.
    static func settings(fromConfiguration text: String, file: String) throws -> DiffSettings {
        let root: Yams.Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw ValidationError("\(file): \(error)")
        }
        guard let section = root?.mapping?["diff"] else { return DiffSettings() }
        func fail(_ node: Yams.Node, _ message: String) -> ValidationError {
            ValidationError("\(node.mark.map { "\(file):\($0.line):\($0.column)" } ?? file): error: \(message)")
        }
        guard let members = section.mapping else { throw fail(section, "`diff` must be a mapping") }
        var settings = DiffSettings()
        for (key, value) in members {
            guard key.scalar?.string == "ignore" else {
                throw fail(key, "unknown key `\(key.scalar?.string ?? "?")` in `diff`; expected \(keys.joined(separator: ", "))")
            }
            guard let entries = value.sequence else { throw fail(value, "`diff.ignore` must be a list") }
            for entry in entries {
                guard let fields = entry.mapping else { throw fail(entry, "an entry of `diff.ignore` must be a mapping") }
                var check: String?
                var pointer: String?
                for (field, fieldValue) in fields {
                    guard let text = fieldValue.scalar?.string else { throw fail(fieldValue, "expected a string, found a collection") }
                    switch field.scalar?.string {
                    case "check":
                        guard CheckCatalog.check(withID: text) != nil else {
                            throw fail(fieldValue, "unknown check `\(text)` (`generator diff --list-checks` lists them)")
                        }
                        check = text
                    case "pointer": pointer = text
                    default:
                        throw fail(field, "unknown key `\(field.scalar?.string ?? "?")` in an ignore; expected \(ignoreKeys.joined(separator: ", "))")
                    }
                }
                guard let check else { throw fail(entry, "an ignore needs a `check`") }
                settings.ignores.append(DiffSettings.Ignore(check: check, pointer: pointer))
            }
        }
        return settings
    }
}
