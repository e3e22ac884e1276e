import SpecwrightModel

/// Which parameters a client middleware sets, so that the generated input leaves them out instead of
/// asking the caller for a value the middleware computes:
///
/// - the RFC 9421 / RFC 9530 headers `Signature`, `Signature-Input` and `Content-Digest` (set by
///   `MessageSigningMiddleware`, which signs the request as it is sent);
/// - a parameter with the same location and name as an `apiKey` security scheme (set by the scheme's
///   credential).
///
/// `x-specwright-set-by-middleware: true` on a parameter adds it; `false` keeps it an input.
struct MiddlewareParameterRule {
    static let signingHeaders: Set<String> = ["signature", "signature-input", "content-digest"]

    /// `header/x-auth-token`, `query/api_key`: header names lowercased, since HTTP ignores their case.
    private let apiKeyPlacements: Set<String>

    init(securitySchemes: [SecurityScheme]) {
        apiKeyPlacements = Set(securitySchemes.compactMap { scheme in
            guard scheme.type == "apiKey", let location = scheme.keyLocation, let name = scheme.keyName else { return nil }
            return Self.placement(location: location, name: name)
        })
    }

    func isSetByMiddleware(_ parameter: Parameter) -> Bool {
        if let declared = parameter.isSetByMiddleware { return declared && parameter.location != .path }
        if parameter.location == .header, Self.signingHeaders.contains(parameter.name.lowercased()) { return true }
        return apiKeyPlacements.contains(Self.placement(location: parameter.location.rawValue, name: parameter.name))
    }

    private static func placement(location: String, name: String) -> String {
        location + "/" + (location == "header" ? name.lowercased() : name)
    }
}
