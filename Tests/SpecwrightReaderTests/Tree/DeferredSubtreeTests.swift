import Foundation
import Testing
@testable import SpecwrightReader

/// `x-` extensions are checked when read but built only when something reads them: they must build to exactly
/// what an eager read gives, and fail reading exactly as an eager read does.
struct DeferredSubtreeTests {
    private let jsonFile = "/specs/test.json"

    /// A document holding `value` under `key`, on several lines so that positions are not all on line 1.
    private func document(_ key: String, _ value: String) -> String {
        """
        {
          "openapi": "3.1.0",
          "info": {"title": "T", "version": "1"},
          "\(key)": \(value),
          "paths": {}
        }
        """
    }

    private static let sample = """
        {"list": [1, 2.5e3, -0, true, null, "é\\u00e9 \\ud83d\\udc4d", {"ä": {"deep": [[], {}]}}],
           "x-inner": {"a": 1},
           "$ref": "#/nowhere", "empty": {}}
        """

    /// Every node of the tree with its position, pointer and scalar, in document order.
    private func describeTree(_ root: Node) -> [String] {
        var lines: [String] = []
        var pending: [(String, Node)] = [("", root)]
        while let (label, node) = pending.popLast() {
            lines.append("\(label) \(node.pointer) \(node.location) \(describeScalar(node))")
            switch node.value {
            case .array(let elements):
                for (index, element) in elements.enumerated().reversed() { pending.append(("[\(index)]", element)) }
            case .object(let members):
                for (index, (key, member)) in members.enumerated().reversed() {
                    pending.append(("\(key)@\(node.keyLocation(at: index))", member))
                }
            default:
                continue
            }
        }
        return lines
    }

    @Test func anExtensionBuildsToWhatAnEagerReadGives() throws {
        let deferred = try parseDocument(document("x-data", Self.sample), file: jsonFile)
        let eager = try parseDocument(document("x_data", Self.sample), file: jsonFile)
        let subtree = try #require(deferred["x-data"]?.deferredSubtree)
        #expect(!subtree.isBuilt)
        let built = describeTree(try #require(deferred["x-data"]))
        #expect(subtree.isBuilt)
        let expected = describeTree(try #require(eager["x_data"])).map { $0.replacingOccurrences(of: "/x_data", with: "/x-data") }
        #expect(built == expected)
        #expect(deferred["x-data"]?["list"]?[6]?["ä"]?.location.description == "/specs/test.json:4:79")
        #expect(deferred["x-data"]?["x-inner"]?.pointer == "/x-data/x-inner")
    }

    @Test func loadingASpecLeavesExtensionsWithoutKeywordsUnbuilt() throws {
        let spec = try Spec.load(text: document("x-data", #"{"values": [1, 2, 3]}"#), path: jsonFile)
        #expect(spec.root["x-data"]?.deferredSubtree?.isBuilt == false)
        #expect(spec.root["x-data"]?["values"]?[2]?.number?.integerValue == 3)
    }

    @Test func referencesInsideAnExtensionAreStillChecked() throws {
        let spec = try Spec.load(text: document("x-data", ##"{"schema": {"$ref": "#/components/schemas/Missing"}}"##),
                                 path: jsonFile)
        #expect(spec.diagnostics.contains { $0.message.contains("ignored a broken $ref in a vendor extension") })
    }

    @Test(arguments: [
        #"{"a": 1, "a": 2}"#,
        #"{"é": 1, "e\u0301": 2}"#,
        #"[1e400]"#,
        #"["\ud800"]"#,
        #"[1, 2,]"#,
        #"{"a" 1}"#,
        "[\"tab\there\"]",
        String(repeating: "[", count: 1_000) + String(repeating: "]", count: 1_000),
    ])
    func badInputInAnExtensionFailsAsAnEagerReadDoes(_ extension: String) throws {
        func failure(_ key: String) -> String {
            do {
                _ = try parseDocument(document(key, `extension`), file: jsonFile)
                return "read"
            } catch let error as SpecError {
                return error.description
            } catch let error as JSONReader.SyntaxError {
                return error.error.description
            } catch {
                return "\(error)"
            }
        }
        let eager = failure("x_data")
        #expect(eager != "read")
        #expect(failure("x-data") == eager)
    }
    // MARK: - YAML

    /// YAML documents in which `KEY` becomes `x-data` (deferred) or `x_data` (eager, same length).
    private static let yamlSamples = [
        // A block mapping holding most kinds of scalar, a nested extension and a `$ref`.
        """
        openapi: 3.1.0
        KEY:
          list: [1, 2.5e3, -0, true, null, 0x1F, "é\\u00e9 \\U0001F44D", 'it''s']
          text: |+
            kept

          folded: >-
            a
            b
          "quoted key": plain text
            continued
          ? explicit
          : value
          x-inner: {a: 1}
          $ref: '#/nowhere'
          empty: {}
        after: {a: 1}
        """,
        // An indentless sequence in a nested mapping, after characters of several bytes.
        """
        wrapper:
          äöü: 1
          KEY:
          - a
          - {b: ü, c: [1, 2]}
          -
            - deep
          - >
            folded
          next: 2
        after: 1
        """,
        // Flow collections, inside a flow mapping and over several lines.
        """
        wrapper: {ü: 1, KEY: [ä, {b: "ü"}, [ ]], z: 2}
        KEY2: [1,
          2, {a: b,
              c: d}]
        after: 1
        """,
        // A sequence in a sequence's mapping, followed by trailing comments.
        """
        list:
          - KEY:
              - 1
              - text: |+
                  line

              # a comment
            other: 3
        after: 1
        """,
        // Windows line ends.
        "a: 1\r\nKEY:\r\n  - x\r\n  - {y: 2}\r\nafter: 1\r\n",
        // The end of the file right after the extension, without a line break.
        "a: 1\nKEY:\n  - x\n  - y",
    ]

    private func yamlDocument(_ sample: String, key: String) -> String {
        sample.replacingOccurrences(of: "KEY", with: key)
    }

    @Test(arguments: yamlSamples)
    func aYAMLExtensionBuildsToWhatAnEagerReadGives(_ sample: String) throws {
        let deferred = try parseDocument(yamlDocument(sample, key: "x-data"))
        let eager = try parseDocument(yamlDocument(sample, key: "x_data"))
        let subtrees = collectDeferred(deferred)
        #expect(!subtrees.isEmpty)
        #expect(subtrees.allSatisfy { !$0.isBuilt })
        let built = describeTree(deferred)
        #expect(subtrees.allSatisfy { $0.isBuilt })
        let expected = describeTree(eager).map { $0.replacingOccurrences(of: "x_data", with: "x-data") }
        #expect(built == expected)
    }

    /// The deferred subtrees of a tree, without building them.
    private func collectDeferred(_ root: Node) -> [DeferredSubtree] {
        var subtrees: [DeferredSubtree] = []
        var pending = [root]
        while let node = pending.popLast() {
            if let subtree = node.deferredSubtree {
                subtrees.append(subtree)
                continue
            }
            switch node.value {
            case .array(let elements): pending += elements
            case .object(let members): pending += members.values
            default: continue
            }
        }
        return subtrees
    }

    @Test func aYAMLExtensionKeepsItsPositions() throws {
        let root = try parseDocument(yamlDocument(Self.yamlSamples[1], key: "x-data"))
        let subtree = try #require(root["wrapper"]?["x-data"])
        #expect(subtree.deferredSubtree != nil)
        #expect(subtree.location.description == "/specs/test.yaml:4:3")
        #expect(subtree[1]?["c"]?[1]?.location.description == "/specs/test.yaml:5:19")
        #expect(subtree[1]?.keyLocation(of: "c")?.description == "/specs/test.yaml:5:12")
        #expect(subtree[2]?[0]?.pointer == "/wrapper/x-data/2/0")
        #expect(root["wrapper"]?["next"]?.location.description == "/specs/test.yaml:10:9")
    }

    /// Extensions whose meaning depends on the rest of the document, or that are rare enough to build eagerly.
    @Test(arguments: [
        "KEY:\n  - &item {a: 1}\n  - 2\nafter: *item\n",  // an anchor inside, aliased after
        "KEY: &whole [1, 2]\nafter: *whole\n",  // an anchor on the extension itself
        "base: &b {type: string}\nKEY:\n  - *b\n  - x-inner: [*b]\n",  // aliases of anchors outside
        "KEY:\n  - !!str 12\n  - !custom x\n  - !!map {a: 1}\n",  // tags
        "base: &b {a: 1}\nKEY:\n  m:\n    <<: *b\n    c: 2\n  n: {<<: {d: 4}, e: 5}\n",  // merge keys
        "KEY:\n  '<<': not a merge\n",  // a quoted `<<` is a key like any other, deferred
    ])
    func yamlExtensionsThatCannotBeDeferredReadAsEagerly(_ sample: String) throws {
        let deferred = try DocumentParser.parse(Data(yamlDocument(sample, key: "x-data").utf8), file: testFile)
        let eager = try DocumentParser.parse(Data(yamlDocument(sample, key: "x_data").utf8), file: testFile)
        let expected = describeTree(eager.root).map { $0.replacingOccurrences(of: "x_data", with: "x-data") }
        #expect(describeTree(deferred.root) == expected)
        #expect(deferred.diagnostics.map(\.description) == eager.diagnostics.map(\.description))
        let isDeferred = deferred.root["x-data"]?.deferredSubtree != nil
        #expect(isDeferred == sample.hasPrefix("KEY:\n  '<<'"))
    }

    @Test func anAliasOfAnAnchorInsideAnExtensionSharesItsNode() throws {
        let root = try parseDocument("x-data:\n  - &item {a: 1}\nafter: *item\n")
        #expect(root["after"] === root["x-data"]?[0])
        #expect(root["after"]?.pointer == "/x-data/0")
    }

    @Test func aliasesOfADeferredExtensionCountItsNodes() {
        func failure(_ key: String) -> String {
            let elements = Array(repeating: "1", count: 100_000).joined(separator: ", ")
            let copies = Array(repeating: "*b", count: 60).joined(separator: ", ")
            do {
                _ = try parseDocument("base: &b\n  \(key): [\(elements)]\ncopies: [\(copies)]\n")
                return "read"
            } catch {
                return "\(error)"
            }
        }
        let eager = failure("x_big")
        #expect(eager.contains("aliases expand this document to more than 5000000 nodes"))
        #expect(failure("x-big") == eager)
    }

    @Test(arguments: [
        "KEY:\n  a: 1\n  a: 2\n",
        "KEY: {é: 1, \"e\\u0301\": 2}\n",
        "KEY: [1, 2\nafter: 3\n",
        "KEY:\n  a: 1\n b: 2\n",
        "KEY:\n  - 'unterminated\n",
        "KEY:\n  ? [a, b]\n  : 1\n",
        "KEY:\n  - *nowhere\n",
        "KEY:\n  - !!int twelve\n",
        "KEY:\n  - {<<: 5}\n",
        "KEY: " + String(repeating: "[", count: 1_000) + String(repeating: "]", count: 1_000) + "\n",
    ])
    func badInputInAYAMLExtensionFailsAsAnEagerReadDoes(_ sample: String) {
        let eager = yamlFailure(sample, key: "x_data")
        #expect(eager.hasPrefix("/specs/test.yaml:"))
        #expect(yamlFailure(sample, key: "x-data") == eager)
    }

    @Test func deepBlockNestingInAYAMLExtensionFailsAsAnEagerReadDoes() {
        let sample = "KEY:\n" + (1..<1_100).map { String(repeating: " ", count: $0) + "a:\n" }.joined()
        let eager = yamlFailure(sample, key: "x_data")
        #expect(eager.hasSuffix("error: nesting is deeper than 1000 levels"))
        #expect(yamlFailure(sample, key: "x-data") == eager)
    }

    private func yamlFailure(_ sample: String, key: String) -> String {
        do {
            _ = try parseDocument("openapi: 3.1.0\n" + yamlDocument(sample, key: key))
            return "read"
        } catch {
            return "\(error)"
        }
    }

    @Test func aYAMLExtensionAfterAByteOrderMarkIsBuiltEagerly() throws {
        let (root, _) = try DocumentParser.parse(Data([0xEF, 0xBB, 0xBF] + Array("x-data: [ä, 2]\n".utf8)), file: testFile)
        #expect(root["x-data"]?.deferredSubtree == nil)
        #expect(root["x-data"]?[1]?.location.description == "/specs/test.yaml:1:13")
    }

    @Test func loadingAYAMLSpecLeavesExtensionsWithoutKeywordsUnbuilt() throws {
        let spec = try Spec.load(text: "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\nx-data:\n  values: [1, 2, 3]\n",
                                 path: testFile)
        #expect(spec.root["x-data"]?.deferredSubtree?.isBuilt == false)
        #expect(spec.root["x-data"]?["values"]?[2]?.number?.integerValue == 3)
    }

    @Test func referencesInsideAYAMLExtensionAreNotFollowed() throws {
        let spec = try Spec.load(text: """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths: {}
            x-data:
              schema: {$ref: '#/components/schemas/Missing'}
            """, path: testFile)
        #expect(spec.diagnostics.contains { $0.message.contains("ignored a broken $ref in a vendor extension") })
    }
}
