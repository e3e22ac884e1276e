/// A parameter value that its style cannot write, or that would change the request if it were sent.
public struct ParameterSerializationError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Reason: Hashable, Sendable {
        /// The style does not define this shape (a scalar in `deepObject`, a nested object in `form`).
        case unsupportedShape(style: ParameterStyle, shape: String)
        /// The style is not allowed in this location (`matrix` in a query).
        case styleNotAllowed(ParameterStyle, location: String)
        /// A header or cookie value holding a character that would end the field (CR, LF, NUL or another
        /// control character).
        case controlCharacter(String)
        /// Not a valid HTTP field name.
        case invalidFieldName
        /// The path template names a parameter no value was given for.
        case missingPathParameter
    }

    /// The parameter's name, as the spec writes it.
    public var parameter: String
    public var reason: Reason

    public init(parameter: String, reason: Reason) {
        self.parameter = parameter
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .unsupportedShape(let style, let shape):
            "parameter `\(parameter)`: style `\(style.rawValue)` cannot write \(shape)"
        case .styleNotAllowed(let style, let location):
            "parameter `\(parameter)`: style `\(style.rawValue)` is not allowed in the \(location)"
        case .controlCharacter(let character):
            "parameter `\(parameter)`: the value holds \(character); it is not sent"
        case .invalidFieldName:
            "parameter `\(parameter)`: not a valid HTTP field name"
        case .missingPathParameter:
            "path parameter `\(parameter)` has no value"
        }
    }
}
