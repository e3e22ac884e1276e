import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Sends operation inputs through an OpenAPIRuntime `ClientTransport` and its middlewares, and decodes
/// the responses. Each generated `<Module>Client` wraps one.
public struct APIClient: Sendable {
    public var serverURL: URL
    public var transport: any ClientTransport
    /// Run in order: the first sees the request first and the response last.
    public var middlewares: [any ClientMiddleware]
    public var configuration: ClientConfiguration
    /// Credentials applied to each operation as its `security` requirements say, before the middlewares
    /// see the request (so that a signing middleware signs the `Authorization` sent). `nil` leaves
    /// authentication to the middlewares.
    public var authentication: ClientAuthentication?

    public init(
        serverURL: URL, transport: any ClientTransport, middlewares: [any ClientMiddleware] = [],
        authentication: ClientAuthentication? = nil, configuration: ClientConfiguration = ClientConfiguration()
    ) {
        self.serverURL = serverURL
        self.transport = transport
        self.middlewares = middlewares
        self.authentication = authentication
        self.configuration = configuration
    }

    public func send<Input: OperationInput>(_ input: Input) async throws -> Input.Output {
        if configuration.validatesRequests { try input.validate() }
        let built = try input.makeRequest()
        let operationID = Input.operationID
        let authorizers = try authentication?.authorizers(for: Input.security, operationID: operationID) ?? []
        let transport = self.transport
        var next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?) = { request, body, baseURL in
            try await transport.send(request, body: body, baseURL: baseURL, operationID: operationID)
        }
        for middleware in middlewares.reversed() {
            let rest = next
            next = { request, body, baseURL in
                try await middleware.intercept(request, body: body, baseURL: baseURL, operationID: operationID, next: rest)
            }
        }
        if !authorizers.isEmpty {
            let rest = next
            next = { request, body, baseURL in
                try await AuthorizedExchange.send(request, body: body, baseURL: baseURL, authorizers: authorizers, next: rest)
            }
        }
        let response: HTTPResponse
        let data: Data
        do {
            let (received, body) = try await next(built.request, built.body.map { HTTPBody($0) }, serverURL)
            response = received
            if let body {
                data = try await Data(collecting: body, upTo: configuration.maximumResponseBytes)
            } else {
                data = Data()
            }
        } catch {
            throw TransportError(operationID: operationID, request: built.request, underlying: error)
        }
        return try Input.Output(ReceivedResponse(
            operationID: operationID, response: response, body: data, validatesBodies: configuration.validatesResponses
        ))
    }
}
