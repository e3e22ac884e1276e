import SpecwrightReader
import SpecwrightReports

/// Every reusable component is referenced somewhere.
struct ComponentsUnused: LintRule {
    static let description = RuleDescription.rule(
        "no-unused-components", .warning, "Every component is used",
        why: "A component nothing references is dead weight: it is generated, documented and maintained for nothing, and often a sign that a `$ref` points at the wrong one.",
        fix: "Reference the component where it was meant to be used, or delete it."
    )
    static let counterparts = Counterparts(spectral: ["oas3-unused-component"], redocly: ["no-unused-components"])

    static let sections = ["schemas", "responses", "parameters", "examples", "requestBodies", "headers", "links", "callbacks"]

    func check(_ context: LintContext, _ findings: inout RuleFindings) {
        guard let components = context.spec.root["components"] else { return }
        let targets = referencedIdentities(context)
        for section in Self.sections {
            guard let entries = components[section], let members = entries.object else { continue }
            for (name, node) in members {
                let identity = node.identity
                if !targets.contains(identity) {
                    findings.report("components.\(section).\(name) is never referenced", at: context.location(ofKey: name, in: entries))
                }
            }
        }
    }

    /// The identity of every `$ref` target and discriminator mapping target in every file of the spec, and of
    /// the component that holds it (a `$ref` to `#/components/schemas/A/properties/b` uses `A`).
    private func referencedIdentities(_ context: LintContext) -> Set<String> {
        var targets: Set<String> = []
        func insert(_ identity: String) {
            targets.insert(identity)
            // `file#/components/<section>/<name>/...` also uses `file#/components/<section>/<name>`.
            guard let hash = identity.lastIndex(of: "#") else { return }
            let tokens = identity[identity.index(after: hash)...].split(separator: "/", maxSplits: 3, omittingEmptySubsequences: false)
            if tokens.count == 4, tokens[1] == "components", let nameEnd = tokens[3].firstIndex(of: "/") {
                targets.insert(String(identity[...hash]) + "/components/\(tokens[2])/" + tokens[3][..<nameEnd])
            }
        }
        var pending = Array(context.spec.documents.values)
        while let node = pending.popLast() {
            if node.isDeferredWithoutKeywords { continue }  // no `$ref` inside: left unbuilt
            switch node.value {
            case .object(let members):
                if let text = members["$ref"], let reference = text.string, let target = try? context.spec.resolve(reference, from: text) {
                    insert(target.identity)
                }
                pending += members.values
            case .array(let elements):
                pending += elements
            default:
                break
            }
        }
        let schemas = context.schemas
        for index in schemas.indices {
            schemas[index].discriminator?.mapping.values.forEach(insert)
        }
        return targets
    }
}
