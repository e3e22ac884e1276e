import HTTPTypes

/// The transport or a middleware failed: no response was received (or its body could not be read).
public struct TransportError: Error, Sendable, CustomStringConvertible {
    public var operationID: String
    public var request: HTTPRequest
    public var underlying: any Error

    public init(operationID: String, request: HTTPRequest, underlying: any Error) {
        self.operationID = operationID
        self.request = request
        self.underlying = underlying
    }

    public var description: String {
        "\(operationID): \(request.method.rawValue) \(request.path ?? "") failed: \(underlying)"
    }
}
