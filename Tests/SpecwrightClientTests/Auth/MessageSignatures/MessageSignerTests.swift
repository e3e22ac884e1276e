import Foundation
import HTTPTypes
import Testing

@testable import SpecwrightClient

/// Signing the RFC 9421 appendix B.2 examples with the appendix B.1 keys.
@Suite struct MessageSignerTests {
    private func signer(
        _ key: MessageSigningKey, keyID: String, label: String, _ components: [SignatureComponent], tag: String? = nil,
        nonce: String? = nil
    ) -> MessageSigner {
        let makeNonce: (@Sendable () -> String)? = if let nonce { { nonce } } else { nil }
        return MessageSigner(
            key: key, keyID: keyID, components: components, label: label, tag: tag, nonce: makeNonce,
            now: { RFC9421.created })
    }

    private var rsaPSSKey: MessageSigningKey {
        get throws { try MessageSigningKey(pemRepresentation: RFC9421.rsaPSSPrivateKey, algorithm: .rsaPSSSHA512) }
    }

    /// B.2.5: HMAC-SHA256 is deterministic, so the signature is the RFC's to the byte.
    @Test func hmacSHA256MatchesB25() throws {
        let signed = try signer(
            .hmacSHA256(secret: RFC9421.sharedSecret), keyID: "test-shared-secret", label: "sig-b25",
            [.field("date"), .authority, .field("content-type")]
        ).signing(RFC9421.request)
        #expect(signed.headerFields[.signatureInput] == #"sig-b25=("date" "@authority" "content-type");created=1618884473;keyid="test-shared-secret""#)
        #expect(signed.headerFields[.signature] == "sig-b25=:pxcQw6G3AjtMBQjwo8XzkZf/bws5LelbaMk5rGIGtE8=:")
    }

    /// B.2.6: Ed25519 is deterministic too.
    @Test func ed25519MatchesB26() throws {
        let key = try MessageSigningKey(pemRepresentation: RFC9421.ed25519PrivateKey, algorithm: .ed25519)
        let signer = signer(
            key, keyID: "test-key-ed25519", label: "sig-b26",
            [.field("date"), .method, .path, .authority, .field("content-type"), .field("content-length")])
        let message = SignatureMessage(request: try .init(RFC9421.request), response: nil)
        #expect(try signer.signatureBase(for: message).text == """
            "date": Tue, 20 Apr 2021 02:07:55 GMT
            "@method": POST
            "@path": /foo
            "@authority": example.com
            "content-type": application/json
            "content-length": 18
            "@signature-params": ("date" "@method" "@path" "@authority" "content-type" "content-length");created=1618884473;keyid="test-key-ed25519"
            """)
        let signed = try signer.signing(RFC9421.request)
        #expect(signed.headerFields[.signature]
            == "sig-b26=:wqcAqbmYJ2ji2glfAMaRy4gruYYnx2nEFN2HN6jrnDnQCK1u02Gb04v9EDgwUPiu4A0w6vuQv5lIp5WPpBKRCw==:")
        try RFC9421.verifier.verify(signed)
    }

    /// B.2.1: no covered components, a nonce; RSA-PSS salts randomly, so the signature is verified, not compared.
    @Test func minimalRSAPSSAsB21() throws {
        let signed = try signer(try rsaPSSKey, keyID: "test-key-rsa-pss", label: "sig-b21", [], nonce: "b3k2pp5k7z-50gnwp.yemd")
            .signing(RFC9421.request)
        #expect(signed.headerFields[.signatureInput]
            == #"sig-b21=();created=1618884473;keyid="test-key-rsa-pss";nonce="b3k2pp5k7z-50gnwp.yemd""#)
        let verified = try RFC9421.verifier.verify(signed)
        #expect(verified.signatureBase == #""@signature-params": ();created=1618884473;keyid="test-key-rsa-pss";nonce="b3k2pp5k7z-50gnwp.yemd""#)
    }

    /// B.2.2: `@query-param` and a tag.
    @Test func selectiveRSAPSSAsB22() throws {
        let signed = try signer(
            try rsaPSSKey, keyID: "test-key-rsa-pss", label: "sig-b22",
            [.authority, .field("content-digest"), .queryParameter("Pet")], tag: "header-example"
        ).signing(RFC9421.request)
        #expect(signed.headerFields[.signatureInput]
            == #"sig-b22=("@authority" "content-digest" "@query-param";name="Pet");created=1618884473;keyid="test-key-rsa-pss";tag="header-example""#)
        let verified = try RFC9421.verifier.verify(signed, body: RFC9421.requestBody)
        #expect(verified.signatureBase == """
            "@authority": example.com
            "content-digest": \(RFC9421.requestContentDigest)
            "@query-param";name="Pet": dog
            "@signature-params": ("@authority" "content-digest" "@query-param";name="Pet");created=1618884473;keyid="test-key-rsa-pss";tag="header-example"
            """)
    }

    /// B.2.3: every component of the request.
    @Test func fullCoverageRSAPSSAsB23() throws {
        let signed = try signer(
            try rsaPSSKey, keyID: "test-key-rsa-pss", label: "sig-b23",
            [.field("date"), .method, .path, .query, .authority, .field("content-type"), .field("content-digest"),
             .field("content-length")]
        ).signing(RFC9421.request)
        #expect(signed.headerFields[.signatureInput]
            == #"sig-b23=("date" "@method" "@path" "@query" "@authority" "content-type" "content-digest" "content-length");created=1618884473;keyid="test-key-rsa-pss""#)
        try RFC9421.verifier.verify(signed, body: RFC9421.requestBody)
    }

    /// B.2.4: a response, with ECDSA P-256.
    @Test func responseECDSAAsB24() throws {
        let key = try MessageSigningKey(pemRepresentation: RFC9421.p256PrivateKey, algorithm: .ecdsaP256SHA256)
        let signed = try signer(
            key, keyID: "test-key-ecc-p256", label: "sig-b24",
            [.status, .field("content-type"), .field("content-digest"), .field("content-length")]
        ).signing(RFC9421.response)
        #expect(signed.headerFields[.signatureInput]
            == #"sig-b24=("@status" "content-type" "content-digest" "content-length");created=1618884473;keyid="test-key-ecc-p256""#)
        let verified = try RFC9421.verifier.verify(signed, body: RFC9421.responseBody)
        #expect(verified.signatureBase.hasPrefix("\"@status\": 200\n\"content-type\": application/json\n"))
    }

    /// Section 4.3's proxy signature: RSA PKCS #1 v1.5 with `alg` and `expires`, next to an existing signature.
    @Test func rsaV15WithAlgorithmAndExpiryAppendsToExistingSignatures() throws {
        let key = try MessageSigningKey(pemRepresentation: RFC9421.rsaPrivateKey, algorithm: .rsaV1_5SHA256)
        var request = RFC9421.request
        request.authority = "origin.host.internal.example"
        request.headerFields[.signatureInput] = #"sig1=("@method" "@authority" "@path" "content-digest" "content-type" "content-length");created=1618884475;keyid="test-key-ecc-p256""#
        request.headerFields[.signature] = "sig1=:X5spyd6CFnAG5QnDyHfqoSNICd+BUP4LYMz2Q0JXlb//4Ijpzp+kve2w4NIyqeAuM7jTDX+sNalzA8ESSaHD3A==:"
        request.headerFields[HTTPField.Name("forwarded")!] = "for=192.0.2.123;host=example.com;proto=https"
        let signer = MessageSigner(
            key: key, keyID: "test-key-rsa",
            components: [.method, .authority, .path, .field("content-digest"), .field("content-type"), .field("content-length"), .field("forwarded")],
            label: "proxy_sig", includesAlgorithm: true, validity: 60, now: { Date(timeIntervalSince1970: 1_618_884_480) })
        let signed = try signer.signing(request)
        #expect(signed.headerFields[values: .signatureInput].last
            == #"proxy_sig=("@method" "@authority" "@path" "content-digest" "content-type" "content-length" "forwarded");created=1618884480;keyid="test-key-rsa";alg="rsa-v1_5-sha256";expires=1618884540"#)
        // PKCS #1 v1.5 is deterministic: the RFC's signature.
        #expect(signed.headerFields[values: .signature].last == "proxy_sig=:S6ZzPXSdAMOPjN/6KXfXWNO/f7V6cHm7BXYUh3YD/fRad4BCaRZxP+JH+8XY1I6+8Cy+CM5g92iHgxtRPz+MjniOaYmdkDcnL9cCpXJleXsOckpURl49GwiyUpZ10KHgOEe11sx3G2gxI8S0jnxQB+Pu68U9vVcasqOWAEObtNKKZd8tSFu7LB5YAv0RAGhB8tmpv7sFnIm9y+7X5kXQfi8NMaZaA8i2ZHwpBdg7a6CMfwnnrtflzvZdXAsD3LH2TwevU+/PBPv0B6NMNk93wUs/vfJvye+YuI87HU38lZHowtznbLVdp770I6VHR6WfgS9ddzirrswsE1w5o0LV/g==:")
        var verifier = RFC9421.verifier
        verifier.label = "proxy_sig"
        verifier.now = { Date(timeIntervalSince1970: 1_618_884_500) }
        try verifier.verify(signed)
        verifier.label = "sig1"
        try verifier.verify(RFC9421.request.withFields(signed.headerFields))
    }

    @Test func refusesAMissingComponentUnlessItIsOptional() throws {
        var request = RFC9421.request
        request.headerFields[.contentDigest] = nil
        let hmac = MessageSigningKey.hmacSHA256(secret: RFC9421.sharedSecret)
        var signer = signer(hmac, keyID: "k", label: "sig1", [.method, .field("content-digest")])
        #expect(throws: MessageSignatureError.missingComponent("field content-digest")) { try signer.signing(request) }
        signer.optionalComponents = [.field("content-digest")]
        #expect(try signer.signing(request).headerFields[.signatureInput] == #"sig1=("@method");created=1618884473;keyid="k""#)
    }

    @Test func refusesADuplicateOrInvalidLabel() throws {
        let hmac = MessageSigningKey.hmacSHA256(secret: RFC9421.sharedSecret)
        let once = try signer(hmac, keyID: "k", label: "sig1", [.method]).signing(RFC9421.request)
        #expect(throws: MessageSignatureError.self) { try signer(hmac, keyID: "k", label: "sig1", [.method]).signing(once) }
        #expect(throws: MessageSignatureError.self) { try signer(hmac, keyID: "k", label: "Sig 1", [.method]).signing(once) }
    }

    @Test func keyInTheWrongFormatIsAnError() {
        #expect(throws: (any Error).self) { try MessageSigningKey(pemRepresentation: RFC9421.p256PrivateKey, algorithm: .ed25519) }
        #expect(throws: (any Error).self) { try MessageSigningKey(pemRepresentation: "not a key", algorithm: .ecdsaP256SHA256) }
        #expect(throws: (any Error).self) { try MessageSigningKey(pemRepresentation: RFC9421.ed25519PublicKey, algorithm: .ed25519) }
    }
}

extension HTTPRequest {
    func withFields(_ fields: HTTPFields) -> HTTPRequest {
        var request = self
        request.headerFields = fields
        return request
    }
}
