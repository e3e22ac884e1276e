import Foundation

/// A documented response whose body or headers do not decode into their types. The raw response is kept.
public struct ResponseDecodingError: Error, Sendable, CustomStringConvertible {
    public var response: ReceivedResponse
    public var reason: String

    public init(response: ReceivedResponse, reason: String) {
        self.response = response
        self.reason = reason
    }

    public var description: String {
        "\(response.operationID): response \(response.status): \(reason)"
    }
}
