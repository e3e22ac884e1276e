import Foundation
import SpecwrightReports

/// Writes `Docs/lint-rules.md` from the rule types, so that the catalogue never drifts from the code.
public enum RuleCatalogDocument {
    /// A rule of Spectral's `oas` ruleset or Redocly's `recommended` set that lint deliberately does not have.
    public struct LeftOut: Sendable {
        public var names: [String]
        public var linter: String
        public var reason: String
    }

    public static let leftOut: [LeftOut] = [
        LeftOut(names: ["ResponseObject", "LinkObject", "ArrayProperties"], linter: "Spectral",
                reason: "Shared definitions inside the ruleset, not rules."),
        LeftOut(names: ["oas2-operation-formData-consume-check", "oas2-api-host", "oas2-api-schemes", "oas2-host-not-example",
                        "oas2-host-trailing-slash", "oas2-parameter-description", "oas2-operation-security-defined",
                        "oas2-valid-schema-example", "oas2-valid-media-example", "oas2-anyOf", "oas2-oneOf", "oas2-schema",
                        "oas2-unused-definition"], linter: "Spectral",
                reason: "Swagger 2.0 only; Specwright reads OpenAPI 3.0–3.2 (a Swagger document is refused with a located error)."),
        LeftOut(names: ["contact-properties", "info-contact", "info-description", "info-license", "license-url"], linter: "Spectral",
                reason: "Metadata completeness: useful as house style, says nothing about whether the API is correct."),
        LeftOut(names: ["info-contact", "info-license", "info-license-strict"], linter: "Redocly", reason: "Metadata completeness, as above."),
        LeftOut(names: ["operation-description", "tag-description", "oas3-parameter-description", "openapi-tags",
                        "openapi-tags-alphabetical", "operation-tags", "operation-singular-tag"], linter: "Spectral",
                reason: "Documentation style and organisation (descriptions present, tags sorted or singular)."),
        LeftOut(names: ["operation-description", "operation-summary", "parameter-description", "tag-description",
                        "tags-alphabetical", "operation-singular-tag", "path-http-verbs-order", "path-segment-plural",
                        "paths-kebab-case", "no-http-verbs-in-paths", "boolean-parameter-prefixes", "scalar-property-missing-example"],
                linter: "Redocly", reason: "Documentation and naming style; most are off in `recommended` too."),
        LeftOut(names: ["no-eval-in-markdown", "no-script-tags-in-markdown"], linter: "Spectral",
                reason: "About HTML documentation renderers; descriptions become Swift doc comments here, where nothing runs."),
        LeftOut(names: ["no-unsafe-markdown"], linter: "Redocly", reason: "As Spectral's markdown rules."),
        LeftOut(names: ["oas3-schema"], linter: "Spectral",
                reason: "The reader checks the structure it reads and stops at the first malformed object with file:line:column (exit 2); a full meta-schema pass adds no finding a user could act on differently."),
        LeftOut(names: ["oas3-callbacks-in-callbacks", "oas3_1-servers-in-webhook", "oas3_1-callbacks-in-webhook"], linter: "Spectral",
                reason: "Callbacks are not read by the model yet; these rules come with callback support."),
        LeftOut(names: ["operation-4xx-response", "operation-4xx-problem-details-rfc7807", "request-mime-type", "response-mime-type",
                        "response-contains-header", "response-contains-property", "required-string-property-missing-min-length",
                        "array-parameter-serialization"], linter: "Redocly",
                reason: "API design policies of one organisation (which errors, media types, headers to use); off in `recommended` but `operation-4xx-response`."),
        LeftOut(names: ["component-name-unique", "spec-strict-refs"], linter: "Redocly",
                reason: "About bundling files into one; Specwright reads `$ref`s across files as they are. `schema-swift-name-unique` catches the names that would collide in code."),
        LeftOut(names: ["no-mixed-number-range-constraints"], linter: "Redocly",
                reason: "`minimum` beside `exclusiveMinimum` is legal and unambiguous in 3.1; the model keeps the tighter bound, and `schema-bounds-satisfiable` reports a pair that allows nothing."),
        LeftOut(names: ["spec-example-values"], linter: "Redocly",
                reason: "Off in `recommended`; `schema-example-valid`, `schema-default-valid` and `media-example-valid` check every example value."),
    ]

    public static func markdown() -> String {
        var text = """
        # Lint rules

        Generated from the rule types in `Sources/SpecwrightLint/Rules/` by `swift run generator lint --catalogue`;
        a test fails when this page is stale. Levels are the defaults; generator.yaml's `lint:` section changes
        them (or turns a rule `off`). IDs of rules that Spectral or Redocly also have keep their name.

        | Rule | Level | Checks | Spectral | Redocly |
        | --- | --- | --- | --- | --- |

        """
        for rule in RuleCatalog.all {
            let description = rule.description
            let counterparts = rule.counterparts
            text += "| [`\(description.id)`](#\(anchor(description.id))) | \(description.defaultLevel.rawValue) | \(cell(description.shortDescription)) "
                + "| \(names(counterparts.spectral)) | \(names(counterparts.redocly)) |\n"
        }
        text += "\n"
        for rule in RuleCatalog.all {
            let description = rule.description
            text += "## \(description.id)\n\n"
            text += "*\(description.defaultLevel.rawValue)* · \(description.shortDescription).\n\n"
            text += description.fullDescription + "\n\n"
            text += "**Fix:** " + description.help + "\n\n"
        }
        text += """
        ## Left out

        The rules of Spectral's `oas` ruleset and Redocly's `recommended` set (lists in
        `../shared/reference/lint-rules/`) that lint does not have, and why.

        | Linter | Rules | Why |
        | --- | --- | --- |

        """
        for entry in leftOut {
            text += "| \(entry.linter) | \(names(entry.names)) | \(cell(entry.reason)) |\n"
        }
        return text
    }

    private static func names(_ names: [String]) -> String {
        names.isEmpty ? "" : names.map { "`\($0)`" }.joined(separator: ", ")
    }

    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }

    /// GitHub's heading anchors: lowercase, spaces to `-`, punctuation but `-` and `_` dropped.
    private static func anchor(_ id: String) -> String {
        String(id.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
    }
}
