/// The typed input of one operation: its parameters and body, and how they become a request.
/// Generated for every operation; `APIClient.send(_:)` takes any of them.
public protocol OperationInput: Sendable {
    associatedtype Output: OperationOutput

    /// `operationId` (or method and path when the spec gives none), passed to transports and middlewares.
    static var operationID: String { get }

    /// The operation's `security` (its own, else the document's): alternatives, any one of which is
    /// enough. Empty when the operation needs no credential.
    static var security: [SecurityRequirement] { get }

    /// Checks the parameters and body against their schemas' rules.
    ///
    /// - Throws: `ValidationError` with every issue, located by `/path/<name>`, `/query/<name>`,
    ///   `/header/<name>`, `/cookie/<name>` or `/body/...`.
    func validate() throws

    /// The request, serialized as the spec's parameter styles and media types say.
    func makeRequest() throws -> BuiltRequest
}

/// The typed response of one operation: a case per documented status.
public protocol OperationOutput: Sendable {
    init(_ response: ReceivedResponse) throws
}
