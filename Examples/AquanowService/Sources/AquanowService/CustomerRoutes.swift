import Aquanow
import Foundation
import Hummingbird
import SpecwrightServerValidation
import SpecwrightValidation

/// The create-customer route. By the time it runs, the middleware has checked the request against the
/// spec, so decoding cannot fail on a rule of the schema.
struct CustomerRoutes: Sendable {
    /// The spec's validator, with the generated `CreateCustomerRequest` rules for the create-customer body.
    static func requestValidator(specAt path: String) throws -> RequestValidator {
        var validator = try RequestValidator(specAt: path)
        try validator.useGeneratedValidator(CreateCustomerRequest.self, forRequestBodyOf: "createCustomer")
        return validator
    }

    func add(to router: Router<BasicRequestContext>) {
        router.post("/api/v1/customers") { request, context in
            let body = try await request.body.collect(upTo: context.maxUploadSize)
            do {
                let customer = try CreateCustomerRequest.validated(from: Data(body.readableBytesView))
                return try Self.created(Self.onboard(customer))
            } catch let error as ValidationError {
                // Valid by the schema but beyond what the type holds (a number past Int64): still the client's.
                return Self.problem(ProblemDetails.badRequest(error.issues, instance: request.uri.path))
            }
        }
    }

    /// What CAMS answers for a new customer: onboarding, with the documents it still needs.
    static func onboard(_ customer: CreateCustomerRequest) -> CreateCustomerResponse {
        CreateCustomerResponse(
            customerId: UUID(), referenceId: customer.referenceId, customerStatus: .onboarding, customerType: "RETAIL",
            onboardingStatus: .pendingDocumentationReceipt, createdAt: Date(),
            documents: [Document(documentType: "PASSPORT", documentStatus: "PENDING_RECEIPT")])
    }

    static func problem(_ problem: ProblemDetails) -> Response {
        Response(
            status: .init(code: problem.status), headers: [.contentType: ProblemDetails.mediaType],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: problem.jsonData())))
    }

    /// `200 OK` with the customer as JSON (the status the spec gives for a created customer).
    static func created(_ response: CreateCustomerResponse) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Response(
            status: .ok, headers: [.contentType: "application/json"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: try encoder.encode(response))))
    }
}
