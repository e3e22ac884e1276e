import SpecwrightReader

/// Where OpenAPI allows `example` and `examples` (media types, parameters, headers), and its Example Objects.
enum ExampleObjects {
    /// Every media type, parameter and header object of the spec, each once, `$ref`s followed.
    static func holders(in context: LintContext) -> [Node] {
        var holders: [Node] = []
        var seen: Set<String> = []
        func add(_ node: Node) {
            guard seen.insert(node.identity).inserted else { return }
            holders.append(node)
            for media in node["content"]?.memberValues ?? [] { add(media) }
        }
        for site in context.operationSites {
            site.parameters.forEach(add)
            if let body = site.operation["requestBody"].flatMap({ try? context.spec.dereference($0) }) { add(body) }
            for response in site.operation["responses"]?.memberValues ?? [] {
                guard let resolved = try? context.spec.dereference(response) else { continue }
                add(resolved)
                for header in resolved["headers"]?.memberValues ?? [] {
                    if let header = try? context.spec.dereference(header) { add(header) }
                }
            }
        }
        for section in ["parameters", "headers"] {
            for node in context.spec.root["components"]?[section]?.memberValues ?? [] {
                if let resolved = try? context.spec.dereference(node) { add(resolved) }
            }
        }
        return holders
    }

    /// Every Example Object: the entries of each holder's `examples` and of `components.examples`.
    static func every(in context: LintContext) -> [Node] {
        var examples: [Node] = []
        var seen: Set<String> = []
        let entries = context.exampleHolders.flatMap { $0["examples"]?.memberValues ?? [] }
            + (context.spec.root["components"]?["examples"]?.memberValues ?? [])
        for entry in entries {
            guard let resolved = try? context.spec.dereference(entry), resolved.object != nil,
                  seen.insert(resolved.identity).inserted else { continue }
            examples.append(resolved)
        }
        return examples
    }
}
