/// A message about a spec, e.g. a warning about an assumption the reader made to carry on.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable {
        case error
        case warning
    }

    public let severity: Severity
    public let message: String
    public let location: SourceLocation?

    public init(severity: Severity, message: String, location: SourceLocation?) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    public static func warning(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(severity: .warning, message: message, location: location)
    }

    /// `file:line:column: warning: message`, the format compilers use.
    public var description: String {
        guard let location else { return "\(severity.rawValue): \(message)" }
        return "\(location): \(severity.rawValue): \(message)"
    }
}
