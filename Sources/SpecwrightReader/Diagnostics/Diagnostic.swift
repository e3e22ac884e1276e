/// A message about a spec, e.g. a warning about an assumption the reader made to carry on.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable {
        case error
        case warning
    }

    public let severity: Severity
    public let message: String
    public let location: SourceLocation?
    /// The lint rule this diagnostic belongs to, so that `lint` reports it as a finding that can be
    /// configured or ignored like any other; `nil` for errors that stop reading.
    public let rule: DiagnosticRule?

    public init(severity: Severity, message: String, location: SourceLocation?, rule: DiagnosticRule? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
        self.rule = rule
    }

    public static func warning(_ message: String, rule: DiagnosticRule, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(severity: .warning, message: message, location: location, rule: rule)
    }

    /// `file:line:column: warning: message`, the format compilers use.
    public var description: String {
        guard let location else { return "\(severity.rawValue): \(message)" }
        return "\(location): \(severity.rawValue): \(message)"
    }
}
