import Foundation
@testable import SpecwrightGenerator
import SpecwrightModel
import SpecwrightReader
import Testing

/// Hostile text in every position of a spec that reaches generated code must stay text: the output parses,
/// and its syntax tree has exactly the declarations, statements and expressions of the same spec with plain text.
struct HostileSpecTests {
    /// Strings that break out of a naive comment, string literal or identifier, each in its own way.
    static let hostileStrings: [String] = [
        "quote \" end",
        #"back\slash \"#,
        #"interpolation \(fatalError())"#,
        #"triple """ quote"#,
        ##"raw #"string"# ## end"##,
        "block */ comment /*",
        "lf\nfunc injectedLF() {}",
        "crlf\r\nfunc injectedCRLF() {}",
        "cr\rfunc injectedCR() {}",
        "ls\u{2028}func injectedLS() {}",
        "ps\u{2029}func injectedPS() {}",
        "nel\u{85}func injectedNEL() {}",
        "nul\u{0}byte",
        "bidi \u{202E}desrever\u{202C} \u{2066}isolate\u{2069} \u{200F}",
        "\"; func injectedQuote() {}; let s = \"",
        #"\"); func injectedEscapedQuote() {} //"#,
        ##"#"; func injectedRaw() {} "#"##,
        "\"\"\"\nfunc injectedTriple() {}\n\"\"\"",
        "*/ func injectedBlock() {} /*",
        "`backtick` func `injectedTick`",
    ]

    /// A spec that puts `text(n)` (a distinct string for every `n`) in every position that reaches code.
    static func spec(_ text: (Int) -> String) throws -> String {
        let count = hostileStrings.count
        var schemas: [String: Any] = [:]
        for index in 0..<count {
            schemas[text(index)] = [
                "type": "object",
                "title": text(index + 1),
                "description": text(index + 2),
                "required": [text(index + 3)],
                "properties": [
                    text(index + 3): [
                        "type": "string",
                        "description": text(index + 4),
                        "pattern": text(index + 5),
                        "format": text(index + 6),
                        "default": text(index + 7),
                        "examples": [text(index + 8)],
                    ],
                    text(index + 9): ["type": "integer", "default": 1, "description": text(index + 10)],
                ],
            ] as [String: Any]
        }
        schemas["Choice"] = ["type": "string", "description": text(11), "enum": (0..<count).map { text($0 + 12) }]
        let discriminator = text(13)
        schemas["Cat"] = ["type": "object", "required": [discriminator], "properties": [discriminator: ["type": "string"]]]
        schemas["Dog"] = ["type": "object", "required": [discriminator], "properties": [discriminator: ["type": "string"]]]
        schemas["Pet"] = [
            "description": text(14),
            "oneOf": [["$ref": "#/components/schemas/Cat"], ["$ref": "#/components/schemas/Dog"]],
            "discriminator": [
                "propertyName": discriminator,
                "mapping": [text(15): "#/components/schemas/Cat", text(16): "#/components/schemas/Dog"],
            ],
        ] as [String: Any]
        let document: [String: Any] = [
            "openapi": "3.1.0",
            "info": ["title": text(17), "version": text(18), "description": text(19)],
            "paths": [:] as [String: Any],
            "components": ["schemas": schemas],
        ]
        let data = try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// The `n`th hostile string, made distinct so that no two positions share a value.
    static func hostile(_ index: Int) -> String {
        "\(hostileStrings[index % hostileStrings.count]) h\(index)"
    }

    static func plain(_ index: Int) -> String {
        "plain text \(index)"
    }

    static func render(_ text: @escaping (Int) -> String, specLabel: String) throws -> [GeneratedFile] {
        let spec = try Spec.load(text: try spec(text), path: "/hostile/spec.json")
        let model = try ModelBuilder.build(spec)
        return try SwiftRenderer(templates: try TemplateSet()).render(model, specLabel: specLabel)
    }

    @Test func noInvisibleOrLineBreakingCharacterReachesTheCode() throws {
        let files = try Self.render(Self.hostile, specLabel: Self.hostile(20))
        for file in files {
            let offending = file.contents.unicodeScalars.filter { SwiftEscaping.needsUnicodeEscape($0) }
            #expect(offending.isEmpty, "\(file.path) holds \(offending.map { String($0.value, radix: 16) })")
        }
    }

    @Test func hostileTextParsesAndDeclaresNothingMore() throws {
        guard let swiftc = SwiftCompiler.find() else {
            print("SKIPPED: swiftc is not on PATH; the parse check of hostile specs needs it.")
            return
        }
        let hostile = try SwiftCompiler.syntaxSummary(of: Self.render(Self.hostile, specLabel: Self.hostile(20)), with: swiftc)
        let plain = try SwiftCompiler.syntaxSummary(of: Self.render(Self.plain, specLabel: Self.plain(20)), with: swiftc)
        #expect(hostile.errors.isEmpty, "\(hostile.errors)")
        #expect(plain.errors.isEmpty, "\(plain.errors)")
        #expect(!hostile.nodeCounts.isEmpty)
        // Declarations only: a hostile `pattern` is no ECMA-262 regex, so its validator rightly compiles no
        // regex (fewer expressions) while the plain one does; what must match is every declaration.
        let declarationKinds = Set(hostile.nodeCounts.keys).union(plain.nodeCounts.keys).filter { $0.hasSuffix("_decl") }
        #expect(declarationKinds.contains("func_decl"))
        for kind in declarationKinds.sorted() {
            #expect(hostile.nodeCounts[kind] == plain.nodeCounts[kind], "\(kind)")
        }
    }
}

/// `swiftc -dump-parse` run on generated files: the syntax tree without type checking, so no module is needed.
enum SwiftCompiler {
    struct Summary {
        /// Diagnostics the parser printed.
        var errors: String
        /// How many nodes of each kind (`func_decl`, `call_expr`, `interpolated_string_literal_expr`, ...).
        var nodeCounts: [String: Int]
    }

    static func find() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("swiftc") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    static func syntaxSummary(of files: [GeneratedFile], with swiftc: URL) throws -> Summary {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("specwright-parse-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in files {
            try Data(file.contents.utf8).write(to: folder.appendingPathComponent(file.path))
        }
        let process = Process()
        process.executableURL = swiftc
        process.arguments = ["-dump-parse"] + files.map { folder.appendingPathComponent($0.path).path }
        // The dump and the diagnostics both go to standard error; a file needs no draining while it runs.
        let dumpFile = folder.appendingPathComponent("dump.txt")
        try Data().write(to: dumpFile)
        let dumpHandle = try FileHandle(forWritingTo: dumpFile)
        process.standardOutput = dumpHandle
        process.standardError = dumpHandle
        try process.run()
        process.waitUntilExit()
        try dumpHandle.close()
        let dump = String(decoding: try Data(contentsOf: dumpFile), as: UTF8.self)
        var counts: [String: Int] = [:]
        for match in dump.matches(of: /\((\w+_(?:decl|expr|stmt|pattern))[ )\n]/) {
            counts[String(match.output.1), default: 0] += 1
        }
        let diagnostics = dump.split(separator: "\n").filter { $0.contains(": error: ") || $0.contains(": warning: ") }
            .joined(separator: "\n")
        return Summary(errors: process.terminationStatus == 0 ? diagnostics : "exit \(process.terminationStatus): \(diagnostics)",
                       nodeCounts: counts)
    }
}
