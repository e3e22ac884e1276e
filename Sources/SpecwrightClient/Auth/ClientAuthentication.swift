import OpenAPIRuntime

/// The authorizers of a client, by security scheme name, applied to each operation as its `security`
/// requirements say: the first requirement (in the spec's order) whose schemes all have a credential,
/// every scheme of it; none for an operation with `security: []` or an empty requirement among its
/// alternatives when no other can be met.
public struct ClientAuthentication: Sendable {
    public let authorizers: [String: any RequestAuthorizer]

    public init(authorizers: [String: any RequestAuthorizer]) {
        self.authorizers = authorizers
    }

    /// The authorizers of `credentials` (by scheme name), made with the client's transport.
    public init(credentials: [String: SecurityCredential], transport: any ClientTransport) {
        self.init(authorizers: credentials.mapValues { $0.authorizer(transport: transport) })
    }

    /// What to apply to a request of `operationID` whose alternatives are `requirements`, in scheme-name order.
    ///
    /// - Throws: `AuthenticationError.missingCredential` when no requirement can be met.
    public func authorizers(
        for requirements: [SecurityRequirement], operationID: String
    ) throws -> [(authorizer: any RequestAuthorizer, scopes: [String])] {
        guard !requirements.isEmpty else { return [] }
        let satisfiable = requirements.first { requirement in
            !requirement.schemes.isEmpty && requirement.schemes.keys.allSatisfy { authorizers[$0] != nil }
        }
        guard let requirement = satisfiable else {
            if requirements.contains(where: { $0.schemes.isEmpty }) { return [] }
            throw AuthenticationError.missingCredential(
                operationID: operationID, alternatives: requirements.map { $0.schemes.keys.sorted() })
        }
        return requirement.schemes.sorted { $0.key < $1.key }.compactMap { name, scopes in
            authorizers[name].map { ($0, scopes) }
        }
    }
}
