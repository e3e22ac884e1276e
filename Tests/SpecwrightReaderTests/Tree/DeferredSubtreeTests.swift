import Foundation
import Testing
@testable import SpecwrightReader

/// `x-` extensions of JSON documents are checked when read but built only when something reads them: they
/// must build to exactly what an eager read gives, and fail reading exactly as an eager read does.
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
}
