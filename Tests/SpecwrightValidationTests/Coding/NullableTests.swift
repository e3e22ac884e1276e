import Foundation
import SpecwrightValidation
import Testing

/// A `Nullable` member of a struct with synthesised `Codable` keeps absent, `null` and a value apart both ways.
struct NullableTests {
    private struct Patch: Codable, Hashable {
        var nickname: Nullable<String>
        var limit: Nullable<Int>
        var tags: [Nullable<String>]?
    }

    private func encoded(_ patch: Patch) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(patch), as: UTF8.self)
    }

    @Test func decodesTheThreeStates() throws {
        let patch = try JSONDecoder().decode(Patch.self, from: Data(#"{"nickname": null, "limit": 5}"#.utf8))
        #expect(patch.nickname == .null && patch.nickname.isNull && patch.nickname.wrapped == nil)
        #expect(patch.limit == .value(5) && patch.limit.wrapped == 5)
        let empty = try JSONDecoder().decode(Patch.self, from: Data("{}".utf8))
        #expect(empty.nickname.isAbsent && empty.limit.isAbsent && empty.tags == nil)
    }

    @Test func encodesBackExactly() throws {
        for json in [#"{}"#, #"{"nickname":null}"#, #"{"limit":5,"nickname":"Ada"}"#, #"{"limit":null,"tags":["a",null]}"#] {
            let patch = try JSONDecoder().decode(Patch.self, from: Data(json.utf8))
            #expect(try encoded(patch) == json)
        }
        #expect(try encoded(Patch(nickname: Nullable(nil), limit: .absent)) == #"{"nickname":null}"#)
        #expect(try encoded(Patch(nickname: Nullable("Ada"), limit: .absent)) == #"{"nickname":"Ada"}"#)
    }

    @Test func aWrongTypeIsStillAnError() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Patch.self, from: Data(#"{"limit": "five"}"#.utf8))
        }
    }

    /// `validate()` and `validated(from:)` go through these coders: the validators see `null` where it was sent.
    @Test func jsonValueCodersKeepTheDistinction() throws {
        let value = try JSONValue(parsing: Data(#"{"nickname": null, "limit": 5}"#.utf8))
        let patch = try JSONValueDecoder().decode(Patch.self, from: value)
        #expect(patch.nickname == .null && patch.limit == .value(5))
        #expect(try JSONValueEncoder().encode(patch) == value)
        #expect(try JSONValueEncoder().encode(Patch(nickname: .absent, limit: .absent)) == .object([:]))
    }

    @Test func mapKeepsTheState() {
        #expect(Nullable<Int>.absent.map { $0 + 1 } == .absent)
        #expect(Nullable<Int>.null.map { $0 + 1 } == .null)
        #expect(Nullable.value(1).map { $0 + 1 } == .value(2))
    }
}
