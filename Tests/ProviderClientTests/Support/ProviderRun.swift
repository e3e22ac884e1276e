import Foundation
import SpecwrightClient
import Testing

import SpecwrightTestSupport

/// Runs `calls` against a spec server for `provider` and checks that every request matched the spec (and
/// carried an accepted credential and a valid signature, when those are given) and every response decoded
/// into a documented success case. `expectedRequests` counts token requests too.
func runAgainstSpecServer(
    provider: String, expectedRequests: Int,
    credentials: AcceptedCredentials? = nil, tokenIssuer: TokenIssuer? = nil, signatureVerifier: MessageSignatureVerifier? = nil,
    _ calls: @Sendable (URL, SpecRequestChecker) async throws -> [String]
) async throws {
    let server = try SpecServer(
        specFile: ProviderFixtures.specURL(provider: provider), credentials: credentials, tokenIssuer: tokenIssuer,
        signatureVerifier: signatureVerifier)
    let cases = try await server.run { url in try await calls(url, server.checker) }
    for received in server.received {
        #expect(received.issues.isEmpty, "\(provider) \(received.operationID ?? "?"): \(received.issues.joined(separator: "; "))")
    }
    #expect(server.received.count == expectedRequests)
    for name in cases {
        #expect(!["undocumented", "badRequest", "unauthorized", "notFound", "clientError", "serverError", "default"].contains(name), "\(provider): \(name)")
    }
}

/// `path` on the server of `url` (the token endpoint beside the API).
func serverURL(_ url: URL, path: String) -> URL {
    URL(string: path, relativeTo: url)!.absoluteURL
}
