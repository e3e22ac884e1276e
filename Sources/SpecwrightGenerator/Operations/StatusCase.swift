/// The `Output` case of a documented response status: `200` → `ok`, `4XX` → `clientError`, `default`.
struct StatusCase {
    enum Match {
        case exact(Int)
        case range(Int)
        case any
    }

    let status: String
    let match: Match
    let name: String

    /// `nil` for a key that is not a status (the model keeps keys as written).
    init?(status: String) {
        self.status = status
        let upper = status.uppercased()
        if upper == "DEFAULT" {
            match = .any
            name = "`default`"
        } else if upper.count == 3, upper.hasSuffix("XX"), let hundreds = Int(upper.prefix(1)), (1...5).contains(hundreds) {
            match = .range(hundreds)
            name = Self.rangeNames[hundreds - 1]
        } else if let code = Int(status), (100...599).contains(code) {
            match = .exact(code)
            name = Self.names[code] ?? "status\(code)"
        } else {
            return nil
        }
    }

    /// Whether the case carries the status code (ranges and `default` cover many).
    var carriesStatus: Bool {
        if case .exact = match { return false }
        return true
    }

    /// The `case` label of the switch over `response.status`.
    var switchPattern: String {
        switch match {
        case .exact(let code): "case \(code):"
        case .range(let hundreds): "case \(hundreds)00...\(hundreds)99:"
        case .any: "default:"
        }
    }

    /// Exact statuses first, then ranges, then `default`: the first matching `case` wins.
    var order: Int {
        switch match {
        case .exact: 0
        case .range: 1
        case .any: 2
        }
    }

    var humanStatus: String {
        switch match {
        case .exact(let code): "\(code)"
        case .range(let hundreds): "\(hundreds)XX"
        case .any: "Any other status"
        }
    }

    private static let rangeNames = ["informational", "success", "redirection", "clientError", "serverError"]

    private static let names: [Int: String] = [
        100: "continue", 101: "switchingProtocols", 200: "ok", 201: "created", 202: "accepted",
        203: "nonAuthoritativeInformation", 204: "noContent", 205: "resetContent", 206: "partialContent",
        207: "multiStatus", 300: "multipleChoices", 301: "movedPermanently", 302: "found", 303: "seeOther",
        304: "notModified", 307: "temporaryRedirect", 308: "permanentRedirect", 400: "badRequest",
        401: "unauthorized", 402: "paymentRequired", 403: "forbidden", 404: "notFound", 405: "methodNotAllowed",
        406: "notAcceptable", 407: "proxyAuthenticationRequired", 408: "requestTimeout", 409: "conflict", 410: "gone",
        411: "lengthRequired", 412: "preconditionFailed", 413: "contentTooLarge", 414: "uriTooLong",
        415: "unsupportedMediaType", 416: "rangeNotSatisfiable", 417: "expectationFailed", 421: "misdirectedRequest",
        422: "unprocessableContent", 423: "locked", 424: "failedDependency", 425: "tooEarly", 426: "upgradeRequired",
        428: "preconditionRequired", 429: "tooManyRequests", 431: "requestHeaderFieldsTooLarge",
        451: "unavailableForLegalReasons", 500: "internalServerError", 501: "notImplemented", 502: "badGateway",
        503: "serviceUnavailable", 504: "gatewayTimeout", 505: "httpVersionNotSupported", 507: "insufficientStorage",
        511: "networkAuthenticationRequired",
    ]
}
