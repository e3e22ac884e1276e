import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Signs the outgoing requests of its operations with HTTP message signatures (RFC 9421), adding `Content-Digest`
/// (RFC 9530) for the body first so that a signature covering it covers the body.
///
/// Install it last among the client's middlewares (nearest the transport), after any middleware that sets
/// a covered header such as `Authorization`, so that what is signed is what is sent.
public struct MessageSigningMiddleware: OperationScopedMiddleware {
    public let signer: MessageSigner
    /// The digest algorithm for `Content-Digest`; `nil` adds none.
    public let contentDigestAlgorithm: ContentDigest.Algorithm?
    /// The largest body the middleware reads into memory to digest it; a larger one fails the request.
    public let maximumBodySize: Int
    /// The operations this middleware acts on; others pass through untouched.
    public let operations: OperationSelection

    public init(
        signer: MessageSigner,
        contentDigestAlgorithm: ContentDigest.Algorithm? = .sha512,
        maximumBodySize: Int = 16 << 20,
        operations: OperationSelection = .all
    ) {
        self.operations = operations
        self.signer = signer
        self.contentDigestAlgorithm = contentDigestAlgorithm
        self.maximumBodySize = maximumBodySize
    }

    public func interceptSelected(
        _ request: HTTPRequest,
        body: HTTPBody?,
        baseURL: URL,
        operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var request = request
        var body = body
        if let original = body {
            let bytes: [UInt8]
            do {
                bytes = try await [UInt8](collecting: original, upTo: maximumBodySize)
            } catch {
                throw MessageSignatureError.signingFailed("the request body could not be read for its digest: \(error)")
            }
            if let contentDigestAlgorithm {
                request.headerFields[.contentDigest] = ContentDigest.fieldValue(for: bytes, algorithm: contentDigestAlgorithm)
            }
            if request.headerFields[.contentLength] == nil {
                request.headerFields[.contentLength] = String(bytes.count)
            }
            body = HTTPBody(bytes)
        }
        return try await next(try signer.signing(request, baseURL: baseURL), body, baseURL)
    }
}
