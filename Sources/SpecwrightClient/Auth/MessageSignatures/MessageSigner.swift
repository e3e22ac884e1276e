import Crypto
import Foundation
import HTTPTypes

/// Signs HTTP messages as RFC 9421 describes: builds the signature base from the covered components and
/// adds a `Signature-Input` and a `Signature` member under `label`, next to any signatures already there.
public struct MessageSigner: Sendable {
    public var key: MessageSigningKey
    /// `keyid`, naming the key to the verifier.
    public var keyID: String
    /// The covered components, in signature-base order.
    public var components: [SignatureComponent]
    /// Components of `components` that are left out when the message does not have them (a body's
    /// `content-digest`, say, on a request without one); every other absent component is an error.
    public var optionalComponents: Set<SignatureComponent>
    /// The dictionary key of the new members of `Signature-Input` and `Signature`.
    public var label: String
    /// Whether `alg` is written; RFC 9421 recommends deriving the algorithm from the key instead.
    public var includesAlgorithm: Bool
    /// When set, `expires` is `created` plus this many seconds.
    public var validity: TimeInterval?
    public var tag: String?
    /// Makes the `nonce` of each signature; `nil` writes none.
    public var nonce: (@Sendable () -> String)?
    /// The clock `created` comes from.
    public var now: @Sendable () -> Date

    public init(
        key: MessageSigningKey,
        keyID: String,
        components: [SignatureComponent],
        optionalComponents: Set<SignatureComponent> = [],
        label: String = "sig1",
        includesAlgorithm: Bool = false,
        validity: TimeInterval? = nil,
        tag: String? = nil,
        nonce: (@Sendable () -> String)? = nil,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.key = key
        self.keyID = keyID
        self.components = components
        self.optionalComponents = optionalComponents
        self.label = label
        self.includesAlgorithm = includesAlgorithm
        self.validity = validity
        self.tag = tag
        self.nonce = nonce
        self.now = now
    }

    /// A random 128-bit nonce, base64url without padding.
    public static let randomNonce: @Sendable () -> String = {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// `request` as a client sends it to `baseURL`, with this signer's signature added.
    public func signing(_ request: HTTPRequest, baseURL: URL) throws -> HTTPRequest {
        var request = request
        let message = SignatureMessage(request: try .init(request, baseURL: baseURL), response: nil)
        request.headerFields = try signing(message, fields: request.headerFields)
        return request
    }

    /// `request` as a server would receive it (its `scheme` and `authority` set), with the signature added.
    public func signing(_ request: HTTPRequest) throws -> HTTPRequest {
        var request = request
        let message = SignatureMessage(request: try .init(request), response: nil)
        request.headerFields = try signing(message, fields: request.headerFields)
        return request
    }

    /// `response` with the signature added; `request` (as the server received it) is what `;req`
    /// components are taken from.
    public func signing(_ response: HTTPResponse, answering request: HTTPRequest? = nil) throws -> HTTPResponse {
        var response = response
        let message = SignatureMessage(
            request: try request.map { try SignatureMessage.Request($0) },
            response: .init(status: response.status.code, headerFields: response.headerFields))
        response.headerFields = try signing(message, fields: response.headerFields)
        return response
    }

    /// The signature base this signer signs for `message`, and the parameters it writes.
    func signatureBase(for message: SignatureMessage) throws(MessageSignatureError) -> SignatureBase {
        let created = Date(timeIntervalSince1970: now().timeIntervalSince1970.rounded(.down))
        let parameters = SignatureParameters(
            created: created, expires: validity.map { created.addingTimeInterval($0) }, nonce: nonce?(),
            algorithm: includesAlgorithm ? key.algorithm : nil, keyID: keyID, tag: tag)
        var covered: [SignatureComponent] = []
        for component in components {
            if optionalComponents.contains(component) {
                do {
                    _ = try SignatureBase.value(of: component, in: message)
                } catch .missingComponent {
                    continue
                }
            }
            covered.append(component)
        }
        return try SignatureBase(covering: covered, parameters: parameters.structuredParameters, of: message)
    }

    private func signing(_ message: SignatureMessage, fields: HTTPFields) throws -> HTTPFields {
        guard StructuredField.isValidKey(label) else {
            throw MessageSignatureError.signingFailed("\"\(label)\" is not a valid signature label")
        }
        let existingInputs = fields[values: .signatureInput].joined(separator: ", ")
        if !existingInputs.isEmpty {
            let existing = try Self.parseExisting(existingInputs)
            guard !existing.contains(where: { $0.key == label }) else {
                throw MessageSignatureError.signingFailed("the message already has a signature labelled \(label)")
            }
        }
        let base = try signatureBase(for: message)
        let signature: Data
        do {
            signature = try key.signature(for: Data(base.text.utf8))
        } catch {
            throw MessageSignatureError.signingFailed("\(key.algorithm.rawValue): \(error)")
        }
        var fields = fields
        fields.append(HTTPField(name: .signatureInput, value: "\(label)=\(base.signatureParameters)"))
        fields.append(HTTPField(
            name: .signature, value: "\(label)=\(StructuredField.serialize(.byteSequence(Array(signature))))"))
        return fields
    }

    private static func parseExisting(_ value: String) throws(MessageSignatureError) -> StructuredField.Dictionary {
        do {
            return try StructuredField.parseDictionary(value)
        } catch {
            throw .malformedSignatureInput("existing Signature-Input: \(error)")
        }
    }
}
