import Testing

@testable import SpecwrightClient

/// RFC 9530's examples for the content `{"hello": "world"}`.
@Suite struct ContentDigestTests {
    private let content = Array(#"{"hello": "world"}"#.utf8)

    @Test func computesTheRFCDigests() {
        #expect(ContentDigest.fieldValue(for: content, algorithm: .sha256) == "sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:")
        #expect(ContentDigest.fieldValue(for: content)
            == "sha-512=:WZDPaVn/7XgHaAy8pmojAkGWoRx2UFChF41A2svX+TaPm+AbwAgBWnrIiYllu7BNNyealdVLvRwEmTHWXvJwew==:")
    }

    @Test func verifiesEveryKnownDigestAndIgnoresUnknownOnes() throws {
        try ContentDigest.verify(
            fieldValue: "sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:, unixsum=:AAAA:", content: content)
        #expect(throws: MessageSignatureError.contentDigestMismatch("the sha-256 digest does not match the body")) {
            try ContentDigest.verify(fieldValue: "sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:", content: Array("{}".utf8))
        }
        #expect(throws: MessageSignatureError.contentDigestMismatch("no sha-256 or sha-512 digest in \"md5=:AAAA:\"")) {
            try ContentDigest.verify(fieldValue: "md5=:AAAA:", content: content)
        }
        #expect(throws: MessageSignatureError.contentDigestMismatch("Content-Digest is not a structured dictionary")) {
            try ContentDigest.verify(fieldValue: "sha-256=", content: content)
        }
    }
}
