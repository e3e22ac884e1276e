import OpenAPIAsyncHTTPClient
import OpenAPIRuntime
import OpenAPIURLSession

/// The two standard transports of the Swift OpenAPI ecosystem, which every provider test runs over.
enum Transport: String, CaseIterable, Sendable, CustomStringConvertible {
    case urlSession
    case asyncHTTPClient

    var transport: any ClientTransport {
        switch self {
        case .urlSession: URLSessionTransport()
        case .asyncHTTPClient: AsyncHTTPClientTransport()
        }
    }

    var description: String { rawValue }
}
