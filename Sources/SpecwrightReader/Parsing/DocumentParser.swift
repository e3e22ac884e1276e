import Foundation

/// Reads one YAML or JSON document into a `Node` tree in which every node, and every key, knows its position.
enum DocumentParser {
    /// Parses `data` from `file` and returns its root with the warnings raised on the way.
    ///
    /// JSON-looking input is read by `JSONReader`; if that fails on a file not named `.json`, the input is
    /// read as YAML (flow style looks like JSON), whose error is reported if it fails too.
    static func parse(_ data: Data, file: String) throws -> (root: Node, diagnostics: [Diagnostic]) {
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard !data.isEmpty else { throw SpecError("the file is empty", at: start) }
        return try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            let input = bytes.bindMemory(to: UInt8.self)
            if JSONReader.looksLikeJSON(input) {
                do {
                    var reader = JSONReader(file: file, input: input)
                    return (try reader.read(), [])
                } catch let syntax as JSONReader.SyntaxError {
                    if file.lowercased().hasSuffix(".json") { throw syntax.error }
                }
            }
            var reader = YAMLReader(file: file)
            guard let root = try reader.read(input) else {
                throw SpecError("the file holds no YAML or JSON document (only blank lines or comments)", at: start)
            }
            return (root, reader.diagnostics)
        }
    }
}
