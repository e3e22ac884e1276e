/// Joins rendered files into one file per category (`Types.swift`, `Validators.swift`, `Client.swift`) for the
/// bundled layout: one header, each module imported once, then every file's code in the order given.
enum FileBundler {
    /// Every category gets its file, empty ones too, so that the set of files never depends on the spec.
    static func bundle(_ files: [GeneratedFile], header: String) -> [GeneratedFile] {
        OutputCategory.allCases.map { category in
            var imports: [String] = []
            var bodies: [Substring] = []
            for file in files where file.category == category {
                let (fileImports, body) = split(file.contents)
                for line in fileImports where !imports.contains(line) { imports.append(line) }
                if !body.isEmpty { bodies.append(body) }
            }
            var contents = header.hasSuffix("\n") ? header : header + "\n"
            if !imports.isEmpty { contents += "\n" + imports.joined(separator: "\n") + "\n" }
            for body in bodies { contents += "\n" + body + (body.hasSuffix("\n") ? "" : "\n") }
            return GeneratedFile(path: category.bundledFileName, contents: SwiftRenderer.tidy(contents), category: category)
        }
    }

    /// A rendered file's `import` lines, and what follows them, without the `//` header before them.
    private static func split(_ source: String) -> (imports: [String], body: Substring) {
        var imports: [String] = []
        var rest = source[...]
        while !rest.isEmpty {
            let end = rest.firstIndex(of: "\n") ?? rest.endIndex
            let line = rest[..<end]
            let isHeader = line.hasPrefix("//") && !line.hasPrefix("///")
            let isImport = line.hasPrefix("import ") || line.hasPrefix("@preconcurrency import ")
            guard line.allSatisfy(\.isWhitespace) || isHeader || isImport else { break }
            if isImport { imports.append(String(line)) }
            rest = end == rest.endIndex ? rest[end...] : rest[rest.index(after: end)...]
        }
        return (imports, rest)
    }
}
