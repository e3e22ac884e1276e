import Foundation
import HTTPTypes

/// Verifies HTTP message signatures (RFC 9421) on received requests (webhooks) and responses.
///
/// A message verifies when one of its signatures, chosen by label or tag, has a known key, covers every
/// required component, is within its time limits and matches its signature base; when the signature
/// covers `content-digest` and the body is given, the digest must match the body too.
public struct MessageSignatureVerifier: Sendable {
    /// The key for a signature's `keyid` (`nil` when the signature has none); `nil` rejects the signature.
    public var key: @Sendable (_ keyID: String?) -> MessageVerificationKey?
    /// Components every accepted signature must cover, e.g. `@method`, `@path` and `content-digest`.
    public var requiredComponents: [SignatureComponent]
    /// The signature's label to check; `nil` accepts any label (with `tag`, or when there is one signature).
    public var label: String?
    /// The `tag` the signature must carry, when set.
    public var tag: String?
    /// How old (by `created`) a signature may be; `nil` for no limit. A signature without `created` is
    /// rejected when a limit is set.
    public var maximumAge: TimeInterval?
    /// Tolerated clock difference for `created` in the future and `expires` in the past.
    public var clockSkew: TimeInterval
    public var now: @Sendable () -> Date

    public init(
        key: @escaping @Sendable (_ keyID: String?) -> MessageVerificationKey?,
        requiredComponents: [SignatureComponent] = [],
        label: String? = nil,
        tag: String? = nil,
        maximumAge: TimeInterval? = 300,
        clockSkew: TimeInterval = 30,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.key = key
        self.requiredComponents = requiredComponents
        self.label = label
        self.tag = tag
        self.maximumAge = maximumAge
        self.clockSkew = clockSkew
        self.now = now
    }

    /// A signature that verified.
    public struct VerifiedSignature: Sendable {
        public let label: String
        public let parameters: SignatureParameters
        public let coveredComponents: [SignatureComponent]
        /// The signature base that was verified.
        public let signatureBase: String
    }

    /// Verifies a request as a server received it (its `scheme` and `authority` set); `body`, when given,
    /// is checked against a covered `Content-Digest`.
    @discardableResult
    public func verify(_ request: HTTPRequest, body: [UInt8]? = nil) throws(MessageSignatureError) -> VerifiedSignature {
        try verify(SignatureMessage(request: try .init(request), response: nil), body: body)
    }

    /// Verifies a response; `request` (with `scheme` and `authority`) is the request it answers, needed when
    /// the signature covers `;req` components.
    @discardableResult
    public func verify(
        _ response: HTTPResponse, body: [UInt8]? = nil, answering request: HTTPRequest? = nil
    ) throws(MessageSignatureError) -> VerifiedSignature {
        let message = SignatureMessage(
            request: try request.map { request throws(MessageSignatureError) in try SignatureMessage.Request(request) },
            response: .init(status: response.status.code, headerFields: response.headerFields))
        return try verify(message, body: body)
    }

    func verify(_ message: SignatureMessage, body: [UInt8]?) throws(MessageSignatureError) -> VerifiedSignature {
        let inputs = try Self.dictionary(.signatureInput, in: message.headerFields)
        let signatures = try Self.dictionary(.signature, in: message.headerFields)
        let (label, input) = try select(from: inputs)
        guard case .innerList(let list) = input else {
            throw .malformedSignatureInput("Signature-Input member \(label) is not an inner list")
        }
        guard case .item(let signatureItem)? = signatures.last(where: { $0.key == label })?.member,
            case .byteSequence(let signature) = signatureItem.value
        else {
            throw .signatureNotFound("Signature has no byte sequence labelled \(label)")
        }
        let parameters = try SignatureParameters(structuredParameters: list.parameters)
        let components = try list.items.map { item throws(MessageSignatureError) in try SignatureComponent(identifier: item) }
        for required in requiredComponents where !components.contains(required) {
            throw .requiredComponentNotCovered("\(required) (signature \(label))")
        }
        try checkTimes(parameters, label: label)
        guard let key = key(parameters.keyID) else {
            throw .unknownKey("no key for keyid \(parameters.keyID.map { "\"\($0)\"" } ?? "(none)")")
        }
        if let algorithm = parameters.algorithm, algorithm != key.algorithm {
            throw .unknownKey("the signature names alg \(algorithm.rawValue), the key is \(key.algorithm.rawValue)")
        }
        let base = try SignatureBase(covering: components, parameters: list.parameters, of: message)
        guard key.isValidSignature(signature, for: Data(base.text.utf8)) else {
            throw .invalidSignature(label: label)
        }
        if let body, components.contains(where: { $0.name == "content-digest" && !$0.isFromRequest }) {
            let digest = message.headerFields[values: .contentDigest].joined(separator: ", ")
            try ContentDigest.verify(fieldValue: digest, content: body)
        }
        return VerifiedSignature(label: label, parameters: parameters, coveredComponents: components, signatureBase: base.text)
    }

    private func select(from inputs: StructuredField.Dictionary) throws(MessageSignatureError) -> (String, StructuredField.Member) {
        let candidates = inputs.filter { key, member in
            if let label, key != label { return false }
            if let tag {
                guard case .innerList(let list) = member, list.parameters["tag"] == .string(tag) else { return false }
            }
            return true
        }
        guard let first = candidates.first else {
            throw .signatureNotFound(
                "no signature" + (label.map { " labelled \($0)" } ?? "") + (tag.map { " tagged \($0)" } ?? ""))
        }
        guard candidates.count == 1 else {
            throw .signatureNotFound("\(candidates.count) signatures match; choose one by label or tag")
        }
        return first
    }

    private func checkTimes(_ parameters: SignatureParameters, label: String) throws(MessageSignatureError) {
        let now = now()
        if let created = parameters.created, created > now.addingTimeInterval(clockSkew) {
            throw .expired("signature \(label) was created in the future")
        }
        if let expires = parameters.expires, expires < now.addingTimeInterval(-clockSkew) {
            throw .expired("signature \(label) expired")
        }
        if let maximumAge {
            guard let created = parameters.created else {
                throw .expired("signature \(label) has no created parameter")
            }
            if now.timeIntervalSince(created) > maximumAge + clockSkew {
                throw .expired("signature \(label) is older than \(Int(maximumAge)) seconds")
            }
        }
    }

    private static func dictionary(_ name: HTTPField.Name, in fields: HTTPFields) throws(MessageSignatureError) -> StructuredField.Dictionary {
        let value = fields[values: name].joined(separator: ", ")
        guard !value.isEmpty else {
            throw .signatureNotFound("no \(name.canonicalName) field")
        }
        do {
            return try StructuredField.parseDictionary(value)
        } catch {
            throw .malformedSignatureInput("\(name.canonicalName): \(error)")
        }
    }
}
