import Foundation
import HTTPTypes

/// The signature base of RFC 9421 section 2.5: one line per covered component, then `@signature-params`.
struct SignatureBase: Sendable, Equatable {
    /// The bytes that are signed, as text (lines joined by LF, no trailing LF).
    let text: String
    /// The serialized inner list that becomes the `Signature-Input` member's value.
    let signatureParameters: String

    init(
        covering components: [SignatureComponent], parameters: StructuredField.Parameters, of message: SignatureMessage
    ) throws(MessageSignatureError) {
        var lines: [String] = []
        var seen: Set<String> = []
        for component in components {
            let identifier = StructuredField.serialize(component.identifier)
            guard seen.insert(identifier).inserted else {
                throw .unsupportedComponent("\(identifier) is covered twice")
            }
            lines.append("\(identifier): \(try Self.value(of: component, in: message))")
        }
        let innerList = StructuredField.InnerList(items: components.map(\.identifier), parameters: parameters)
        signatureParameters = StructuredField.serialize(innerList)
        lines.append("\"@signature-params\": \(signatureParameters)")
        text = lines.joined(separator: "\n")
    }

    static func value(of component: SignatureComponent, in message: SignatureMessage) throws(MessageSignatureError) -> String {
        let source: SignatureMessage
        if component.isFromRequest {
            guard message.response != nil else {
                throw .unsupportedComponent("\(component): ;req is only for signing a response")
            }
            guard let request = message.request else {
                throw .missingComponent("\(component): the request the response answers is not known")
            }
            source = SignatureMessage(request: request, response: nil)
        } else {
            source = message
        }
        if component.isDerived {
            return try derivedValue(of: component, in: source)
        }
        return try fieldValue(of: component, in: source.headerFields)
    }

    private static func derivedValue(
        of component: SignatureComponent, in message: SignatureMessage
    ) throws(MessageSignatureError) -> String {
        if component.name == "@status" {
            guard let response = message.response else {
                throw .unsupportedComponent("@status is only for responses")
            }
            return String(response.status)
        }
        guard message.response == nil, let request = message.request else {
            throw .unsupportedComponent("\(component) is a request component; a response covers it with ;req")
        }
        switch component.name {
        case "@method":
            return request.method
        case "@target-uri":
            return "\(request.scheme)://\(request.authority)\(request.path)" + (request.query.map { "?\($0)" } ?? "")
        case "@authority":
            return request.authority
        case "@scheme":
            return request.scheme
        case "@request-target":
            return request.path + (request.query.map { "?\($0)" } ?? "")
        case "@path":
            return request.path
        case "@query":
            return "?" + (request.query ?? "")
        case "@query-param":
            guard let wanted = component.queryParameterName else {
                throw .unsupportedComponent("@query-param needs a name parameter")
            }
            let values = queryParameters(request.query ?? "").filter { $0.name == wanted }.map(\.value)
            guard values.count == 1 else {
                throw values.isEmpty
                    ? .missingComponent("query parameter \(wanted)")
                    : .unsupportedComponent("query parameter \(wanted) occurs \(values.count) times")
            }
            return values[0]
        default:
            throw .unsupportedComponent("\(component.name) is not a derived component of RFC 9421")
        }
    }

    /// The query's parameters, decoded as `application/x-www-form-urlencoded` and re-encoded as RFC 9421
    /// section 2.2.8 says (a space as `%20`), so that equivalent spellings sign the same.
    static func queryParameters(_ query: String) -> [(name: String, value: String)] {
        query.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = CredentialEncoding.percentDecoded(parts[0], plusAsSpace: true)
            let value = parts.count > 1 ? CredentialEncoding.percentDecoded(parts[1], plusAsSpace: true) : ""
            return (CredentialEncoding.queryParameterEncoded(name), CredentialEncoding.queryParameterEncoded(value))
        }
    }

    private static func fieldValue(of component: SignatureComponent, in fields: HTTPFields) throws(MessageSignatureError) -> String {
        guard let name = HTTPField.Name(component.name) else {
            throw .unsupportedComponent("\(component.name) is not a field name")
        }
        let lines = fields[values: name].map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \t")) }
        guard !lines.isEmpty else {
            throw .missingComponent("field \(component.name)")
        }
        if component.isByteSequence {
            guard !component.isStructured, component.dictionaryKey == nil else {
                throw .unsupportedComponent("\(component): bs cannot be combined with sf or key")
            }
            return lines.map { StructuredField.serialize(.byteSequence(Array($0.utf8))) }.joined(separator: ", ")
        }
        let combined = lines.joined(separator: ", ")
        if let key = component.dictionaryKey {
            guard let dictionary = try? StructuredField.parseDictionary(combined) else {
                throw .unsupportedComponent("\(component): field \(component.name) is not a structured dictionary")
            }
            guard let member = dictionary.last(where: { $0.key == key })?.member else {
                throw .missingComponent("\(component): no member \(key)")
            }
            return StructuredField.serialize(member)
        }
        if component.isStructured {
            if let dictionary = try? StructuredField.parseDictionary(combined) {
                return StructuredField.serialize(dictionary)
            }
            if let list = try? StructuredField.parseList(combined) {
                return StructuredField.serialize(list)
            }
            guard let item = try? StructuredField.parseItem(combined) else {
                throw .unsupportedComponent("\(component): field \(component.name) is not a structured field")
            }
            return StructuredField.serialize(item)
        }
        return combined
    }
}
