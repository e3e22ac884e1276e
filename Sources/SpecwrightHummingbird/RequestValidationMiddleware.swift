import Foundation
import Hummingbird
import SpecwrightServerValidation

/// A Hummingbird 2 middleware that checks every request against the spec before the route handles it, and
/// answers one that breaks the spec with `400 application/problem+json` listing every issue with its JSON
/// pointer (`/query/limit`, `/body/address/country`).
///
/// ```swift
/// let router = Router()
/// router.add(middleware: RequestValidationMiddleware(validator: try RequestValidator(specAt: "openapi.yaml")))
/// ```
///
/// The body is read into memory (up to the context's `maxUploadSize`; beyond it Hummingbird answers 413)
/// and handed on to the route unchanged. Requests whose path the spec does not have, or not with that
/// method, go on to the router, which answers them as it would without the middleware.
public struct RequestValidationMiddleware<Context: RequestContext>: RouterMiddleware {
    public let validator: RequestValidator
    /// The `type` URI of the problem documents; `about:blank` by default.
    public let problemType: String

    public init(validator: RequestValidator, problemType: String = "about:blank") {
        self.validator = validator
        self.problemType = problemType
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var request = request
        let body = try await request.collectBody(upTo: context.maxUploadSize)
        let incoming = IncomingRequest(
            method: request.method.rawValue, path: request.uri.path, query: request.uri.query,
            headers: request.headers.map { ($0.name.rawName, $0.value) },
            body: body.readableBytes > 0 ? Data(body.readableBytesView) : nil)
        guard case .invalid(_, let issues) = validator.validate(incoming) else {
            return try await next(request, context)
        }
        let problem = ProblemDetails.badRequest(issues, type: problemType, instance: request.uri.path)
        return Response(
            status: .badRequest, headers: [.contentType: ProblemDetails.mediaType],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: problem.jsonData())))
    }
}
