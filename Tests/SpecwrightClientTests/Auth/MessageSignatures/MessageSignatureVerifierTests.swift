import Foundation
import HTTPTypes
import Testing

@testable import SpecwrightClient

/// Verifying the signatures RFC 9421 publishes, and rejecting what must not verify.
@Suite struct MessageSignatureVerifierTests {
    private func request(_ label: String, _ parameters: String, _ signature: String) -> HTTPRequest {
        RFC9421.request.withFields(RFC9421.signed(RFC9421.request.headerFields, label: label, parameters: parameters, signature: signature))
    }

    /// Sections 2.5, 3.1 and 3.2: the signature base spelled out in the RFC, and its RSA-PSS signature.
    @Test func section25SignatureBaseAndSignature() throws {
        let verified = try RFC9421.verifier.verify(request(
            "sig1", #"("@method" "@authority" "@path" "content-digest" "content-length" "content-type");created=1618884473;keyid="test-key-rsa-pss""#,
            "HIbjHC5rS0BYaa9v4QfD4193TORw7u9edguPh0AW3dMq9WImrlFrCGUDih47vAxi4L2YRZ3XMJc1uOKk/J0ZmZ+wcta4nKIgBkKq0rM9hs3CQyxXGxHLMCy8uqK488o+9jrptQ+xFPHK7a9sRL1IXNaagCNN3ZxJsYapFj+JXbmaI5rtAdSfSvzPuBCh+ARHBmWuNo1UzVVdHXrl8ePL4cccqlazIJdC4QEjrF+Sn4IxBQzTZsL9y9TP5FsZYzHvDqbInkTNigBcE9cKOYNFCn4D/WM7F6TNuZO9EgtzepLWcjTymlHzK7aXq6Am6sfOrpIC49yXjj3ae6HRalVc/g=="
        ), body: RFC9421.requestBody)
        #expect(verified.signatureBase == """
            "@method": POST
            "@authority": example.com
            "@path": /foo
            "content-digest": sha-512=:WZDPaVn/7XgHaAy8pmojAkGWoRx2UFChF41A2svX+TaPm+AbwAgBWnrIiYllu7BNNyealdVLvRwEmTHWXvJwew==:
            "content-length": 18
            "content-type": application/json
            "@signature-params": ("@method" "@authority" "@path" "content-digest" "content-length" "content-type");created=1618884473;keyid="test-key-rsa-pss"
            """)
        #expect(verified.label == "sig1")
        #expect(verified.parameters.keyID == "test-key-rsa-pss")
        #expect(verified.parameters.created == RFC9421.created)
    }

    @Test func publishedB21B22B23Signatures() throws {
        try RFC9421.verifier.verify(request(
            "sig-b21", #"();created=1618884473;keyid="test-key-rsa-pss";nonce="b3k2pp5k7z-50gnwp.yemd""#,
            "d2pmTvmbncD3xQm8E9ZV2828BjQWGgiwAaw5bAkgibUopemLJcWDy/lkbbHAve4cRAtx31Iq786U7it++wgGxbtRxf8Udx7zFZsckzXaJMkA7ChG52eSkFxykJeNqsrWH5S+oxNFlD4dzVuwe8DhTSja8xxbR/Z2cOGdCbzR72rgFWhzx2VjBqJzsPLMIQKhO4DGezXehhWwE56YCE+O6c0mKZsfxVrogUvA4HELjVKWmAvtl6UnCh8jYzuVG5WSb/QEVPnP5TmcAnLH1g+s++v6d4s8m0gCw1fV5/SITLq9mhho8K3+7EPYTU8IU1bLhdxO5Nyt8C8ssinQ98Xw9Q=="))
        try RFC9421.verifier.verify(request(
            "sig-b22", #"("@authority" "content-digest" "@query-param";name="Pet");created=1618884473;keyid="test-key-rsa-pss";tag="header-example""#,
            "LjbtqUbfmvjj5C5kr1Ugj4PmLYvx9wVjZvD9GsTT4F7GrcQEdJzgI9qHxICagShLRiLMlAJjtq6N4CDfKtjvuJyE5qH7KT8UCMkSowOB4+ECxCmT8rtAmj/0PIXxi0A0nxKyB09RNrCQibbUjsLS/2YyFYXEu4TRJQzRw1rLEuEfY17SARYhpTlaqwZVtR8NV7+4UKkjqpcAoFqWFQh62s7Cl+H2fjBSpqfZUJcsIk4N6wiKYd4je2U/lankenQ99PZfB4jY3I5rSV2DSBVkSFsURIjYErOs0tFTQosMTAoxk//0RoKUqiYY8Bh0aaUEb0rQl3/XaVe4bXTugEjHSw=="))
        try RFC9421.verifier.verify(request(
            "sig-b23", #"("date" "@method" "@path" "@query" "@authority" "content-type" "content-digest" "content-length");created=1618884473;keyid="test-key-rsa-pss""#,
            "bbN8oArOxYoyylQQUU6QYwrTuaxLwjAC9fbY2F6SVWvh0yBiMIRGOnMYwZ/5MR6fb0Kh1rIRASVxFkeGt683+qRpRRU5p2voTp768ZrCUb38K0fUxN0O0iC59DzYx8DFll5GmydPxSmme9v6ULbMFkl+V5B1TP/yPViV7KsLNmvKiLJH1pFkh/aYA2HXXZzNBXmIkoQoLd7YfW91kE9o/CCoC1xMy7JA1ipwvKvfrs65ldmlu9bpG6A9BmzhuzF8Eim5f8ui9eH8LZH896+QIF61ka39VBrohr9iyMUJpvRX2Zbhl5ZJzSRxpJyoEZAFL2FUo5fTIztsDZKEgM4cUA=="),
            body: RFC9421.requestBody)
    }

    @Test func publishedB24ResponseSignature() throws {
        var response = RFC9421.response
        response.headerFields = RFC9421.signed(
            response.headerFields, label: "sig-b24",
            parameters: #"("@status" "content-type" "content-digest" "content-length");created=1618884473;keyid="test-key-ecc-p256""#,
            signature: "wNmSUAhwb5LxtOtOpNa6W5xj067m5hFrj0XQ4fvpaCLx0NKocgPquLgyahnzDnDAUy5eCdlYUEkLIj+32oiasw==")
        try RFC9421.verifier.verify(response, body: RFC9421.responseBody)
    }

    /// Section 2.4: a response signature that covers parts of the request with `;req`.
    @Test func responseCoveringTheRequestWithReq() throws {
        var response = HTTPResponse(status: .serviceUnavailable, headerFields: [
            .date: "Tue, 20 Apr 2021 02:07:56 GMT",
            .contentType: "application/json",
            .contentLength: "62",
            .contentDigest: "sha-512=:0Y6iCBzGg5rZtoXS95Ijz03mslf6KAMCloESHObfwnHJDbkkWWQz6PhhU9kxsTbARtY2PTBOzq24uJFpHsMuAg==:",
        ])
        response.headerFields = RFC9421.signed(
            response.headerFields, label: "reqres",
            parameters: #"("@status" "content-digest" "content-type" "@authority";req "@method";req "@path";req "content-digest";req);created=1618884479;keyid="test-key-ecc-p256""#,
            signature: "dMT/A/76ehrdBTD/2Xx8QuKV6FoyzEP/I9hdzKN8LQJLNgzU4W767HK05rx1i8meNQQgQPgQp8wq2ive3tV5Ag==")
        let body = Array(#"{"busy": true, "message": "Your call is very important to us"}"#.utf8)
        let verified = try RFC9421.verifier.verify(response, body: body, answering: RFC9421.request)
        #expect(verified.signatureBase.contains("\n\"@authority\";req: example.com\n\"@method\";req: POST\n"))
        #expect(throws: MessageSignatureError.missingComponent("\"@authority\";req: the request the response answers is not known")) {
            try RFC9421.verifier.verify(response, body: body)
        }
    }

    /// Appendix B.3: a TLS-terminating proxy signs the client certificate it saw.
    @Test func tlsTerminatingProxyB3() throws {
        let request = HTTPRequest(
            method: .post, scheme: "https", authority: "service.internal.example", path: "/foo?param=Value&Pet=dog",
            headerFields: RFC9421.signed([
                .date: "Tue, 20 Apr 2021 02:07:55 GMT",
                .contentType: "application/json",
                .contentLength: "18",
                HTTPField.Name("client-cert")!: ":MIIBqDCCAU6gAwIBAgIBBzAKBggqhkjOPQQDAjA6MRswGQYDVQQKDBJMZXQncyBBdXRoZW50aWNhdGUxGzAZBgNVBAMMEkxBIEludGVybWVkaWF0ZSBDQTAeFw0yMDAxMTQyMjU1MzNaFw0yMTAxMjMyMjU1MzNaMA0xCzAJBgNVBAMMAkJDMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE8YnXXfaUgmnMtOXU/IncWalRhebrXmckC8vdgJ1p5Be5F/3YC8OthxM4+k1M6aEAEFcGzkJiNy6J84y7uzo9M6NyMHAwCQYDVR0TBAIwADAfBgNVHSMEGDAWgBRm3WjLa38lbEYCuiCPct0ZaSED2DAOBgNVHQ8BAf8EBAMCBsAwEwYDVR0lBAwwCgYIKwYBBQUHAwIwHQYDVR0RAQH/BBMwEYEPYmRjQGV4YW1wbGUuY29tMAoGCCqGSM49BAMCA0gAMEUCIBHda/r1vaL6G3VliL4/Di6YK0Q6bMjeSkC3dFCOOB8TAiEAx/kHSB4urmiZ0NX5r5XarmPk0wmuydBVoU4hBVZ1yhk=:",
            ], label: "ttrp",
            parameters: #"("@path" "@query" "@method" "@authority" "client-cert");created=1618884473;keyid="test-key-ecc-p256""#,
            signature: "xVMHVpawaAC/0SbHrKRs9i8I3eOs5RtTMGCWXm/9nvZzoHsIg6Mce9315T6xoklyy0yzhD9ah4JHRwMLOgmizw=="))
        try RFC9421.verifier.verify(request)
    }

    /// Appendix B.4: what an intermediary may change without breaking the signature, and what it may not.
    @Test(arguments: [
        ("GET", "example.org", "name1=Value1&Name2=value2", ["application/json", "*/*"], true),
        ("GET", "example.org", "name1=Value1&Name2=value2&param=added", ["application/json", "*/*"], true),
        ("GET", "example.org", "name1=Value1&Name2=value2", ["application/json, */*"], true),
        ("POST", "example.com", "name1=Value1&Name2=value2", ["application/json", "*/*"], false),
        ("GET", "example.org", "name1=Value1&Name2=value2", ["*/*", "application/json"], false),
    ])
    func transformationsB4(method: String, authority: String, query: String, accept: [String], verifies: Bool) throws {
        var fields: HTTPFields = [.date: "Fri, 15 Jul 2022 14:24:55 GMT"]
        for value in accept { fields.append(HTTPField(name: .accept, value: value)) }
        fields.append(HTTPField(name: .acceptLanguage, value: "en-US,en;q=0.5"))
        let request = HTTPRequest(
            method: HTTPRequest.Method(method)!, scheme: "https", authority: authority, path: "/demo?\(query)",
            headerFields: RFC9421.signed(
                fields, label: "transform",
                parameters: #"("@method" "@path" "@authority" "accept");created=1618884473;keyid="test-key-ed25519""#,
                signature: "ZT1kooQsEHpZ0I1IjCqtQppOmIqlJPeo7DHR3SoMn0s5JZ1eRGS0A+vyYP9t/LXlh5QMFFQ6cpLt2m0pmj3NDA=="))
        if verifies {
            try RFC9421.verifier.verify(request)
        } else {
            #expect(throws: MessageSignatureError.invalidSignature(label: "transform")) { try RFC9421.verifier.verify(request) }
        }
    }

    // MARK: Rejections

    private var signedEd25519Request: HTTPRequest {
        get throws {
            try MessageSigner(
                key: try MessageSigningKey(pemRepresentation: RFC9421.ed25519PrivateKey, algorithm: .ed25519),
                keyID: "test-key-ed25519", components: [.method, .path, .authority, .field("content-digest")],
                validity: 300, now: { RFC9421.created }
            ).signing(RFC9421.request)
        }
    }

    @Test func aBodyThatDoesNotMatchItsDigestIsRejected() throws {
        #expect(throws: MessageSignatureError.contentDigestMismatch("the sha-512 digest does not match the body")) {
            try RFC9421.verifier.verify(try signedEd25519Request, body: Array(#"{"hello": "world!"}"#.utf8))
        }
    }

    @Test func aChangedCoveredValueIsRejected() throws {
        var request = try signedEd25519Request
        request.path = "/foo/other"
        #expect(throws: MessageSignatureError.invalidSignature(label: "sig1")) { try RFC9421.verifier.verify(request) }
    }

    @Test func anUnknownKeyOrAMismatchedAlgorithmIsRejected() throws {
        var verifier = RFC9421.verifier
        verifier.key = { _ in nil }
        #expect(throws: MessageSignatureError.unknownKey("no key for keyid \"test-key-ed25519\"")) { try verifier.verify(try signedEd25519Request) }
        let hmacSigned = try MessageSigner(
            key: .hmacSHA256(secret: RFC9421.sharedSecret), keyID: "test-key-ed25519", components: [.method],
            includesAlgorithm: true, now: { RFC9421.created }
        ).signing(RFC9421.request)
        #expect(throws: MessageSignatureError.unknownKey("the signature names alg hmac-sha256, the key is ed25519")) {
            try RFC9421.verifier.verify(hmacSigned)
        }
    }

    @Test func timeLimitsAreEnforced() throws {
        let request = try signedEd25519Request
        var verifier = RFC9421.verifier
        verifier.now = { RFC9421.created.addingTimeInterval(400) }
        #expect(throws: MessageSignatureError.expired("signature sig1 expired")) { try verifier.verify(request) }
        verifier.now = { RFC9421.created.addingTimeInterval(-120) }
        #expect(throws: MessageSignatureError.expired("signature sig1 was created in the future")) { try verifier.verify(request) }
        verifier.now = { RFC9421.created.addingTimeInterval(100) }
        verifier.maximumAge = 60
        #expect(throws: MessageSignatureError.expired("signature sig1 is older than 60 seconds")) { try verifier.verify(request) }
    }

    @Test func requiredComponentsMustBeCovered() throws {
        var verifier = RFC9421.verifier
        verifier.requiredComponents = [.method, .query]
        #expect(throws: MessageSignatureError.requiredComponentNotCovered("\"@query\" (signature sig1)")) {
            try verifier.verify(try signedEd25519Request)
        }
    }

    @Test func labelsAndTagsSelectTheSignature() throws {
        let hmac = MessageSigningKey.hmacSHA256(secret: RFC9421.sharedSecret)
        let first = try MessageSigner(key: hmac, keyID: "test-shared-secret", components: [.method], label: "a", tag: "app", now: { RFC9421.created })
            .signing(RFC9421.request)
        let both = try MessageSigner(key: hmac, keyID: "test-shared-secret", components: [.path], label: "b", now: { RFC9421.created })
            .signing(first)
        #expect(throws: MessageSignatureError.signatureNotFound("2 signatures match; choose one by label or tag")) {
            try RFC9421.verifier.verify(both)
        }
        var verifier = RFC9421.verifier
        verifier.tag = "app"
        #expect(try verifier.verify(both).label == "a")
        verifier.tag = nil
        verifier.label = "b"
        #expect(try verifier.verify(both).label == "b")
        verifier.label = "c"
        #expect(throws: MessageSignatureError.signatureNotFound("no signature labelled c")) { try verifier.verify(both) }
    }

    @Test(arguments: [
        (nil, nil, "no signature: no signature-input field"),
        ("sig1=(\"@method\";created=1", "sig1=:AAAA:", "malformed signature header: signature-input: expected a space or ) in the inner list at offset 25"),
        ("sig1=(\"@method\");created=1", "sig1=AAAA", "no signature: Signature has no byte sequence labelled sig1"),
        ("sig1=\"@method\"", "sig1=:AAAA:", "malformed signature header: Signature-Input member sig1 is not an inner list"),
        ("sig1=(\"@unknown\");created=1618884473;keyid=\"test-shared-secret\"", "sig1=:AAAA:",
         "unsupported signature component: @unknown is not a derived component of RFC 9421"),
        ("sig1=(\"@method\" \"@method\");created=1618884473;keyid=\"test-shared-secret\"", "sig1=:AAAA:",
         "unsupported signature component: \"@method\" is covered twice"),
        ("sig1=(\"@method\";tr);created=1618884473", "sig1=:AAAA:", "unsupported signature component: \"@method\";tr: parameter tr is not supported"),
    ] as [(String?, String?, String)])
    func malformedHeadersAreErrorsNotCrashes(input: String?, signature: String?, message: String) {
        var request = RFC9421.request
        request.headerFields[.signatureInput] = input
        request.headerFields[.signature] = signature
        do {
            try RFC9421.verifier.verify(request)
            Issue.record("verified a malformed signature")
        } catch {
            #expect(error.description == message)
        }
    }

    /// Upvest publishes its webhook keys as P-521 JWKs (`GET /auth/verify_keys`, the corpus spec's example).
    @Test func upvestWebhookKeyFromItsJWK() throws {
        let key = try MessageVerificationKey(
            jwkCurve: "P-521",
            x: "AcYAf5Ou0UvtehpeRvyhnvvrUQvjI4B3VCxfSmxK4gqKJGxO_jTB-nTdrHbBfmZpwmwYR86DppMg43E579K5MQ54",
            y: "ALkrId77iD0Ye2vBS5bTkLqPH-bo8urTpTXiNc6Ub-VOFbXfJrR0tQ8COvVXXu58BTu8jWV-1mtbjfJpDl3ISbcK")
        #expect(key.algorithm == .ecdsaP521SHA512)
        #expect(throws: (any Error).self) { try MessageVerificationKey(jwkCurve: "P-521", x: "AAAA", y: "AAAA") }
        #expect(throws: (any Error).self) { try MessageVerificationKey(jwkCurve: "secp256k1", x: "AAAA", y: "AAAA") }
    }
}
