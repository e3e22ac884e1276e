import Foundation
import SpecwrightValidation
import Testing

/// Values nested a million levels deep, built in code: comparing, hashing and printing them must not
/// overflow the stack, and encoding them is a clear error rather than a crash inside the encoder.
struct JSONValueDeepNestingTests {
    private static let depth = 1_000_000

    /// Arrays and objects alternating, `depth` levels around `innermost`.
    private static func nested(around innermost: JSONValue, depth: Int = depth) -> JSONValue {
        var value = innermost
        for level in 0..<depth {
            value = level.isMultiple(of: 2) ? .array([value]) : .object(["k": value])
        }
        return value
    }

    /// Frees a deep value one level at a time: Swift would release the nested payloads recursively.
    private static func dismantle(_ value: consuming JSONValue) {
        var pending = [value]
        while let next = pending.popLast() {
            switch consume next {
            case .array(let elements): pending.append(contentsOf: elements)
            case .object(let members): pending.append(contentsOf: members.values)
            default: continue
            }
        }
    }

    @Test func equalityAndHashingWorkAMillionLevelsDown() {
        let first = Self.nested(around: 1)
        let second = Self.nested(around: 1.0)
        let different = Self.nested(around: "1")
        #expect(first == second)
        #expect(first != different)
        #expect(first.hashValue == second.hashValue)
        #expect(Set([first, second, different]).count == 2)
        Self.dismantle(first)
        Self.dismantle(second)
        Self.dismantle(different)
    }

    @Test func printingWorksAMillionLevelsDown() throws {
        let value = Self.nested(around: true)
        let text = value.description
        #expect(text.utf8.count == 5 * (Self.depth / 2) + 2 * (Self.depth / 2) + 4)
        #expect(text.hasPrefix("{\"k\":[{\"k\":["))
        #expect(text.hasSuffix("[true]}]}]"))
        Self.dismantle(value)
    }

    @Test func encodingTooDeepAValueIsAnErrorNotACrash() throws {
        let value = Self.nested(around: nil)
        do {
            _ = try JSONEncoder().encode(value)
            Issue.record("a value a million levels deep was encoded")
        } catch EncodingError.invalidValue(_, let context) {
            #expect(context.debugDescription
                        == "JSON values nested deeper than \(JSONValue.maximumEncodingDepth) levels cannot be encoded")
        }
        Self.dismantle(value)
    }

    @Test func encodingAtTheLimitRoundTrips() throws {
        let value = Self.nested(around: "x", depth: JSONValue.maximumEncodingDepth)
        let wrapped = ["payload": value] as [String: JSONValue]
        let data = try JSONEncoder().encode(wrapped)
        #expect(try JSONValue(parsing: data) == .object(wrapped))
        let tooDeep = ["payload": Self.nested(around: "x", depth: JSONValue.maximumEncodingDepth + 1)]
        #expect(throws: EncodingError.self) { try JSONEncoder().encode(tooDeep) }
    }

    @Test func parsingAMillionLevelsIsALocatedErrorWhateverDepthIsAllowed() throws {
        let text = String(repeating: "[", count: Self.depth) + String(repeating: "]", count: Self.depth)
        do {
            _ = try JSONValue(parsing: text, maximumDepth: Self.depth)
            Issue.record("a million levels parsed")
        } catch let error as JSONParseError {
            #expect(error.message == "nesting is deeper than \(JSONValue.maximumSupportedParsingDepth) levels")
            #expect(error.offset == JSONValue.maximumSupportedParsingDepth)
        }
    }
}
