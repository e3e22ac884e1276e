import Foundation
import Testing

import SpecwrightTestSupport

/// Runs `calls` against a spec server for `provider` and checks that every request matched the spec and
/// every response decoded into a documented success case.
func runAgainstSpecServer(
    provider: String, expectedRequests: Int,
    _ calls: @Sendable (URL, SpecRequestChecker) async throws -> [String]
) async throws {
    let server = try SpecServer(specFile: ProviderFixtures.specURL(provider: provider))
    let cases = try await server.run { url in try await calls(url, server.checker) }
    for received in server.received {
        #expect(received.issues.isEmpty, "\(provider) \(received.operationID ?? "?"): \(received.issues.joined(separator: "; "))")
    }
    #expect(server.received.count == expectedRequests)
    for name in cases {
        #expect(!["undocumented", "badRequest", "unauthorized", "notFound", "clientError", "serverError", "default"].contains(name), "\(provider): \(name)")
    }
}
