/// Switches of a generated client.
public struct ClientConfiguration: Sendable, Hashable {
    /// Check every input against its schemas before building the request (an invalid input throws
    /// `ValidationError` and nothing is sent). On by default.
    public var validatesRequests: Bool
    /// Check every decoded response body against its schema (a body that breaks a rule throws
    /// `ResponseDecodingError`). Off by default: providers add fields and values before they document them.
    public var validatesResponses: Bool
    /// A response body larger than this is an error rather than memory spent.
    public var maximumResponseBytes: Int

    public init(validatesRequests: Bool = true, validatesResponses: Bool = false, maximumResponseBytes: Int = 32 * 1024 * 1024) {
        self.validatesRequests = validatesRequests
        self.validatesResponses = validatesResponses
        self.maximumResponseBytes = maximumResponseBytes
    }
}
