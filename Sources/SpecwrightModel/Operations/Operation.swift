import SpecwrightReader

/// One HTTP operation (or webhook), with everything a request builder needs.
public struct Operation: Sendable {
    /// `operationId` as written, if any.
    public var operationID: String?
    /// The UpperCamelCase name generated code uses (from `operationId`, else method and path).
    public var swiftName: String
    /// Uppercase HTTP method: `GET`, `POST`, ...
    public var method: String
    /// The path template (`/customers/{customerId}`), or the webhook's name.
    public var path: String
    public var documentation: Documentation
    public var tags: [String]
    public var parameters: [Parameter]
    public var requestBody: RequestBody?
    /// In document order; `status` is `200`, `4XX` or `default`.
    public var responses: [Response]
    /// Alternatives (OR) of requirement sets (AND): scheme name → scopes. `nil` inherits the document's.
    public var security: [[String: [String]]]?
    public var extensions: [String: Node]
    public var location: SourceLocation
}

public struct Parameter: Sendable {
    public enum Location: String, Sendable {
        case path, query, header, cookie
    }

    public var name: String
    public var swiftName: String
    public var location: Location
    public var isRequired: Bool
    public var documentation: Documentation
    /// OpenAPI `style`, defaulted by location when absent (`simple` for path and header, `form` for query and cookie).
    public var style: String
    public var explode: Bool
    /// Query parameters: reserved characters (`:/?[]@!$'()*,;`) are sent without percent-encoding.
    public var allowReserved: Bool = false
    /// `x-specwright-set-by-middleware`: `true` when a client middleware (auth, signing) sets this parameter,
    /// so generated inputs leave it out; `false` keeps it an input; `nil` when the spec does not say.
    public var isSetByMiddleware: Bool? = nil
    public var schema: Schema?
    /// `nil` only for parameters described by `content` with no schema.
    public var type: SwiftType?
    public var isNullable: Bool
}

public struct MediaContent: Sendable {
    public var mediaType: String
    public var schema: Schema?
    public var type: SwiftType?
    /// Named examples (`examples`) and the single `example`, keyed `example` — as the spec gives them.
    public var examples: [(name: String, value: Node)]
}

public struct RequestBody: Sendable {
    public var isRequired: Bool
    public var description: String?
    public var contents: [MediaContent]
}

public struct Response: Sendable {
    public var status: String
    public var description: String?
    public var headers: [Parameter]
    public var contents: [MediaContent]
}

public struct Server: Sendable, Hashable {
    public var url: String
    public var description: String?
    /// The `{name}`s of `url`, in document order.
    public var variables: [ServerVariable] = []
}

public struct ServerVariable: Sendable, Hashable {
    public var name: String
    public var defaultValue: String
    /// The values allowed, when the spec restricts them (`enum`).
    public var allowedValues: [String]
    public var description: String?
}

/// A `components.securitySchemes` entry.
public struct SecurityScheme: Sendable {
    public var name: String
    /// `http`, `apiKey`, `oauth2`, `openIdConnect`, `mutualTLS`.
    public var type: String
    public var description: String?
    /// For `http`: `bearer`, `basic`, ...
    public var scheme: String?
    public var bearerFormat: String?
    /// For `apiKey`: where the key goes and under which name.
    public var keyLocation: String?
    public var keyName: String?
    /// For `oauth2`: the flows object as written.
    public var flows: Node?
    public var openIDConnectURL: String?
}
