/// One entry of an operation's `security`: the schemes (by name in `components.securitySchemes`) that
/// must all be sent, each with the scopes the operation needs. An empty requirement means no credential.
public struct SecurityRequirement: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    /// Scheme name → scopes.
    public var schemes: [String: [String]]

    public init(_ schemes: [String: [String]]) {
        self.schemes = schemes
    }

    public init(dictionaryLiteral elements: (String, [String])...) {
        self.init(Dictionary(elements, uniquingKeysWith: { first, second in first + second }))
    }
}
