import SpecwrightReader

/// Every server object of a spec: the document's, each path item's and each operation's.
enum ServerSites {
    static func every(in context: LintContext) -> [Node] {
        var lists = [context.spec.root["servers"]]
        var seenItems: Set<String> = []
        for site in context.operationSites {
            if seenItems.insert(site.pathItem.identity).inserted { lists.append(site.pathItem["servers"]) }
            lists.append(site.operation["servers"])
        }
        return lists.compactMap { $0?.array }.flatMap { $0 }.filter { $0.object != nil }
    }

    /// The `{name}`s of a server URL template.
    static func variableNames(_ url: String) -> [String] {
        PathTemplate.parameterNames(url)
    }
}
