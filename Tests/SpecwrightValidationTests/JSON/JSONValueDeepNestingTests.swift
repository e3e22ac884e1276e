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

    /// Frees a deep value one level at a time: Swift would release the nested payloads recursively. The
    /// variable is emptied first, so that no other reference keeps the whole chain for a recursive release later.
    private static func dismantle(_ value: inout JSONValue) {
        var pending = [value]
        value = .null
        while let next = pending.popLast() {
            switch next {
            case .array(let elements): pending.append(contentsOf: elements)
            case .object(let members): pending.append(contentsOf: members.values)
            default: continue
            }
        }
    }

    @Test func equalityAndHashingWorkAMillionLevelsDown() {
        var first = Self.nested(around: 1)
        var second = Self.nested(around: 1.0)
        var different = Self.nested(around: "1")
        #expect(first == second)
        #expect(first != different)
        #expect(first.hashValue == second.hashValue)
        var set: Set = [first, second, different]
        #expect(set.count == 2)
        set.removeAll()
        Self.dismantle(&first)
        Self.dismantle(&second)
        Self.dismantle(&different)
    }

    @Test func printingWorksAMillionLevelsDown() throws {
        var value = Self.nested(around: true)
        let text = value.description
        // Each object level is `{"k":` and `}` (6 bytes), each array level `[` and `]`; the outermost is an object.
        #expect(text.utf8.count == 6 * (Self.depth / 2) + 2 * (Self.depth / 2) + "true".utf8.count)
        #expect(text.hasPrefix("{\"k\":[{\"k\":["))
        #expect(text.contains("{\"k\":[true]}]}"))
        #expect(text.hasSuffix("]}]}]}"))
        Self.dismantle(&value)
    }

    @Test func encodingTooDeepAValueIsAnErrorNotACrash() throws {
        var value = Self.nested(around: nil)
        do {
            _ = try JSONEncoder().encode(value)
            Issue.record("a value a million levels deep was encoded")
        } catch EncodingError.invalidValue(_, let context) {
            #expect(context.debugDescription
                        == "JSON values nested deeper than \(JSONValue.maximumEncodingDepth) levels cannot be encoded")
        }
        Self.dismantle(&value)
    }

    @Test func encodingAtTheLimitRoundTrips() throws {
        let value = Self.nested(around: "x", depth: JSONValue.maximumEncodingDepth)
        #expect(try JSONValue(parsing: JSONEncoder().encode(value)) == value)
        // Inside a wrapper, the wrapper's level counts too.
        let wrapped = ["payload": Self.nested(around: "x", depth: JSONValue.maximumEncodingDepth - 1)]
        #expect(try JSONValue(parsing: JSONEncoder().encode(wrapped)) == .object(wrapped))
        let tooDeep = ["payload": value]
        #expect {
            try JSONEncoder().encode(tooDeep)
        } throws: { error in
            guard case EncodingError.invalidValue(_, let context) = error else { return false }
            return context.debugDescription.hasPrefix("JSON values nested deeper than")
        }
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
