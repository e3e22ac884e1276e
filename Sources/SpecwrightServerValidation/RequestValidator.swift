import Foundation
import SpecwrightModel
import SpecwrightReader
import SpecwrightValidation

/// Checks incoming HTTP requests against the operations of an OpenAPI spec: routes each request to its
/// operation, reads its path, query, header and cookie parameters by their `style`, reads the body by its
/// `Content-Type`, and validates each against its schema, reporting every issue with a JSON pointer into
/// the request (`/query/limit`, `/body/address/country`).
///
/// Build it once at startup (reading and compiling the spec takes milliseconds to a second for the
/// largest specs), then share it: validating is thread-safe.
///
/// ```swift
/// let validator = try RequestValidator(specAt: "specs/aquanow.yaml")
/// switch validator.validate(IncomingRequest(method: "POST", target: "/api/v1/customers", headers: headers, body: body)) {
/// case .invalid(_, let issues): return ProblemDetails.badRequest(issues)  // 400 application/problem+json
/// case .valid, .unknownPath, .methodNotAllowed: ...                        // let the server handle it
/// }
/// ```
public struct RequestValidator: Sendable {
    public struct Options: Sendable {
        /// Prefixes the spec's paths are served under. `nil` takes the path part of each `servers` URL
        /// (`https://cams.aquanow.com/api` gives `/api`); `[""]` serves them at the root.
        public var basePaths: [String]?
        /// Assert `format` (`date-time`, `email`, `iban`, `country`, ...), as a service should.
        public var assertFormats: Bool

        public init(basePaths: [String]? = nil, assertFormats: Bool = true) {
            self.basePaths = basePaths
            self.assertFormats = assertFormats
        }
    }

    private var operations: [CompiledOperation]
    private let router: OperationRouter

    /// Compiles every operation of `spec`.
    /// - Throws: `SpecError` naming the file, line and column of a schema that cannot be compiled.
    public init(spec: Spec, options: Options = Options()) throws {
        let model = try ModelBuilder.build(spec)
        let schemas = OperationSchemas(spec: spec, assertFormats: options.assertFormats)
        operations = try model.operations.map { try CompiledOperation($0, spec: spec, schemas: schemas) }
        let basePaths = options.basePaths.map { $0.map(BasePaths.normalized) } ?? BasePaths.of(servers: spec.root["servers"])
        router = OperationRouter(operations: operations, basePaths: basePaths)
    }

    /// Reads the spec at `path` (YAML or JSON, with the files its `$ref`s name) and compiles its operations.
    /// - Throws: `SpecError` with the file, line and column of what cannot be read.
    public init(specAt path: String, options: Options = Options()) throws {
        try self.init(spec: try Spec.load(fileAt: path), options: options)
    }

    /// Checks the bodies of `operationID` with a generated type's validator (`CreateCustomerRequest`) instead
    /// of the dynamic one: the same rules, compiled into Swift.
    /// - Throws: `RequestValidatorError` when the spec has no such operation or media type.
    public mutating func useGeneratedValidator<Body: Validatable>(
        _ type: Body.Type, forRequestBodyOf operationID: String, mediaType: String = "application/json"
    ) throws {
        guard let index = operations.firstIndex(where: { $0.operationID == operationID }) else {
            throw RequestValidatorError("the spec has no operation `\(operationID)`")
        }
        guard let range = MediaType(mediaType), let content = operations[index].contents.firstIndex(where: { $0.range == range }) else {
            let declared = operations[index].contents.map(\.range.description).joined(separator: ", ")
            throw RequestValidatorError("`\(operationID)` has no request body of type `\(mediaType)` (it has: \(declared.isEmpty ? "none" : declared))")
        }
        operations[index].contents[content].check = { Body.validationIssues(of: $0) }
    }

    /// Routes `request` to its operation and checks it.
    public func validate(_ request: IncomingRequest) -> RequestValidationResult {
        switch router.route(method: request.method, path: request.path) {
        case .unknownPath: return .unknownPath
        case .methodNotAllowed(let methods): return .methodNotAllowed(allowedMethods: methods)
        case .matched(let index, let pathParameters): return check(request, against: operations[index], pathParameters: pathParameters)
        }
    }

    /// Checks `request` against the operation the server already routed it to (an OpenAPIRuntime server
    /// passes the `operationId`); routes by path when the spec has no such operation.
    public func validate(_ request: IncomingRequest, operationID: String) -> RequestValidationResult {
        guard let operation = operations.first(where: { $0.operationID == operationID && $0.method == request.method }),
              let pathParameters = router.pathParameters(of: request.path, template: operation.template)
        else { return validate(request) }
        return check(request, against: operation, pathParameters: pathParameters)
    }

    private func check(_ request: IncomingRequest, against operation: CompiledOperation, pathParameters: [String: String]) -> RequestValidationResult {
        let sources = ParameterReader.Sources(
            pathParameters: pathParameters, query: request.query.map(FormEncoding.pairs) ?? [], request: request,
            cookies: CookieHeader.pairs(request.headerValues("Cookie")))
        var issues: [ValidationIssue] = []
        for parameter in operation.parameters {
            let pointer = "/\(parameter.reader.location.rawValue)/" + JSONPointer.escape(parameter.reader.name)
            switch parameter.reader.read(from: sources) {
            case nil where parameter.isRequired:
                issues.append(ValidationIssue(
                    instanceLocation: pointer, schemaLocation: "", code: "required",
                    message: "the \(parameter.reader.location.rawValue) parameter `\(parameter.reader.name)` is required"))
            case nil:
                break
            case .failure(let failure)?:
                issues.append(ValidationIssue(instanceLocation: pointer, schemaLocation: "", code: "syntax", message: failure.message))
            case .success(let value)?:
                issues += (parameter.validator?.validate(value) ?? []).map { $0.prefixed(by: pointer) }
            }
        }
        issues += bodyIssues(request, operation)
        let matched = MatchedOperation(
            operationID: operation.operationID, method: operation.method, pathTemplate: operation.template.template,
            pathParameters: pathParameters)
        return issues.isEmpty ? .valid(matched) : .invalid(matched, issues: issues)
    }

    private func bodyIssues(_ request: IncomingRequest, _ operation: CompiledOperation) -> [ValidationIssue] {
        guard let body = request.body, !body.isEmpty else {
            return operation.isBodyRequired
                ? [ValidationIssue(instanceLocation: "/body", schemaLocation: "", code: "required", message: "the request body is required")]
                : []
        }
        guard !operation.contents.isEmpty else { return [] }
        let declared = operation.contents.map(\.range.description).joined(separator: ", ")
        guard let header = request.headerValues("Content-Type").first, let mediaType = MediaType(header) else {
            return [ValidationIssue(
                instanceLocation: "/header/Content-Type", schemaLocation: "", code: "contentType",
                message: "the request has a body but no Content-Type; expected one of: \(declared)")]
        }
        guard let content = operation.content(for: mediaType) else {
            return [ValidationIssue(
                instanceLocation: "/header/Content-Type", schemaLocation: "", code: "contentType",
                message: "`\(mediaType)` is not a request body type of this operation; expected one of: \(declared)")]
        }
        guard let check = content.check else { return [] }
        switch BodyReader.value(of: body, mediaType: mediaType, shape: content.shape) {
        case nil: return []
        case .failure(let failure)?:
            return [ValidationIssue(instanceLocation: "/body", schemaLocation: "", code: "syntax", message: failure.message)]
        case .success(let value)?:
            return check(value).map { $0.prefixed(by: "/body") }
        }
    }
}

/// A request validator that cannot be set up as asked.
public struct RequestValidatorError: Error, Sendable, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}

extension ValidationIssue {
    /// The issue with its instance location placed under `pointer` (`/address` under `/body`).
    func prefixed(by pointer: String) -> ValidationIssue {
        var issue = self
        issue.instanceLocation = pointer + instanceLocation
        return issue
    }
}
