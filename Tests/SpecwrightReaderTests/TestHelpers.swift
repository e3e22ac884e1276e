import Foundation
@testable import SpecwrightReader

/// Files under `Tests/SpecwrightReaderTests/Fixtures`.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func path(_ relativePath: String) -> String {
        directory.appendingPathComponent(relativePath).standardizedFileURL.path
    }
}

/// The virtual file that in-memory test documents pretend to come from.
let testFile = "/specs/test.yaml"

/// Parses one YAML or JSON document held in memory.
func parseDocument(_ text: String, file: String = testFile) throws -> Node {
    try DocumentParser.parse(Data(text.utf8), file: file).root
}

/// A compact, comparable rendering of a scalar: `null`, `true`, `number 31 (integer 31)`, `string "YES"`.
func describeScalar(_ node: Node?) -> String {
    guard let node else { return "missing" }
    switch node.value {
    case .null: return "null"
    case .bool(let bool): return String(bool)
    case .number(let number):
        return "number \(number.literal)" + (number.integerValue.map { " (integer \($0))" } ?? "")
    case .string(let string): return "string \"\(string)\""
    case .array, .object: return node.typeName
    }
}

/// A minimal OpenAPI document around the given YAML lines for `components`.
func specText(components: String) -> String {
    """
    openapi: 3.1.0
    info: {title: Test, version: "1"}
    paths: {}
    components:
    \(components)
    """
}
