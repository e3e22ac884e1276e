/// A problem that stops a spec from being read, located like a compiler error so that editors can jump to it.
public struct SpecError: Error, Sendable, CustomStringConvertible {
    /// Where the problem is; `nil` only when no position exists (e.g. a file that cannot be opened at all).
    public let location: SourceLocation?
    public let message: String

    public init(_ message: String, at location: SourceLocation?) {
        self.message = message
        self.location = location
    }

    /// `file:line:column: error: message`, or `error: message` when there is no location.
    public var description: String {
        Diagnostic(severity: .error, message: message, location: location).description
    }
}
