import SpecwrightModel

/// The client's `Server` enum: a case per absolute server URL of the spec, its variables as associated
/// values with the spec's defaults. Relative server URLs have no host to send to and are left to
/// `init(serverURL:)`.
struct ServerContext {
    struct Case {
        let name: String
        let docLines: [String]
        /// `(host: String = "api.example.com")`, or empty.
        let parameters: String
        /// `case .tenant(let host):`
        let pattern: String
        /// The case with every variable at its default: `.production`, `.tenant()`.
        let defaultExpression: String
        let urlExpression: String
    }

    let cases: [Case]

    init(_ servers: [Server]) {
        var names = SwiftNaming.Scope(reserved: ["url"])
        cases = servers.enumerated().compactMap { index, server in
            guard server.url.contains("://") else { return nil }
            // A long description makes a poor name; a lone server is the primary one.
            let label = server.description.flatMap { $0.count <= 40 ? $0 : nil } ?? (servers.count == 1 ? "primary" : "server \(index + 1)")
            let name = names.claim(SwiftNaming.memberName(label))
            var variableNames = SwiftNaming.Scope()
            let variables = server.variables.map { ($0, variableNames.claim(SwiftNaming.memberName($0.name))) }
            var description = (server.description ?? server.url) + "\n\n`\(server.url)`"
            if !variables.isEmpty {
                description += "\n\nVariables:\n\n" + variables.map { variable, swiftName in
                    var text = "- `\(SwiftNaming.unescaped(swiftName))`: " + (variable.description ?? "the `\(variable.name)` variable.")
                    if !variable.allowedValues.isEmpty { text += " One of " + variable.allowedValues.map { "`\($0)`" }.joined(separator: ", ") + "." }
                    return text
                }.joined(separator: "\n")
            }
            let values = variables.map { variable, swiftName in
                "(\"\(SwiftEscaping.stringLiteralContent(variable.name))\", \(swiftName), [\(variable.allowedValues.map { "\"\(SwiftEscaping.stringLiteralContent($0))\"" }.joined(separator: ", "))])"
            }
            return Case(
                name: name,
                docLines: DocComment.lines(Documentation(description: description)),
                parameters: variables.isEmpty ? "" : "(" + variables.map { variable, swiftName in
                    "\(swiftName): String = \"\(SwiftEscaping.stringLiteralContent(variable.defaultValue))\""
                }.joined(separator: ", ") + ")",
                pattern: variables.isEmpty ? "case .\(name):" : "case .\(name)(\(variables.map { "let \($0.1)" }.joined(separator: ", "))):",
                defaultExpression: variables.isEmpty ? ".\(name)" : ".\(name)()",
                urlExpression: "try ServerURLTemplate.url(\"\(SwiftEscaping.stringLiteralContent(server.url))\", values: [\(values.joined(separator: ", "))])"
            )
        }
    }
}
