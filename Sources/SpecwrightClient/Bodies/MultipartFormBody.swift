import Foundation
import SpecwrightValidation

/// A `multipart/form-data` body (RFC 7578): one part per member of the object, in order.
///
/// Built from an object, each member gets OpenAPI's default content type: `text/plain` for a string,
/// `application/json` for any other value. Files (`application/octet-stream` parts with a file name) are
/// given as `Part`s.
public struct MultipartFormBody: Sendable, Hashable {
    public struct Part: Sendable, Hashable {
        public var name: String
        public var filename: String?
        public var contentType: String
        public var content: Data

        public init(name: String, filename: String? = nil, contentType: String, content: Data) {
            self.name = name
            self.filename = filename
            self.contentType = contentType
            self.content = content
        }
    }

    public var parts: [Part]
    public var boundary: String

    public init(parts: [Part], boundary: String = "specwright-" + UUID().uuidString.lowercased()) {
        self.parts = parts
        self.boundary = boundary
    }

    /// The parts of an object's members, `nil` members left out.
    public init(encoding value: some Encodable, boundary: String = "specwright-" + UUID().uuidString.lowercased()) throws {
        guard case .object(let members) = try ParameterEncoder.encode(value),
              case .object(let json) = try JSONValue(parsing: JSONBody.encode(value))
        else {
            throw ParameterSerializationError(parameter: "body", reason: .unsupportedShape(style: .form, shape: "a body that is not an object"))
        }
        var parts: [Part] = []
        for member in members {
            if case .string(let text) = json[member.name] {
                parts.append(Part(name: member.name, contentType: "text/plain", content: Data(text.utf8)))
            } else if let memberValue = json[member.name] {
                parts.append(Part(name: member.name, contentType: "application/json", content: try JSONBody.encode(memberValue)))
            }
        }
        self.init(parts: parts, boundary: boundary)
    }

    public var contentType: String { "multipart/form-data; boundary=\(boundary)" }

    /// The body bytes. Names and file names are quoted, with `"`, CR and LF percent-encoded as HTML does.
    public func encoded() -> Data {
        var body = Data()
        for part in parts {
            var disposition = "form-data; name=\"\(Self.quoted(part.name))\""
            if let filename = part.filename { disposition += "; filename=\"\(Self.quoted(filename))\"" }
            body += Data("--\(boundary)\r\nContent-Disposition: \(disposition)\r\nContent-Type: \(part.contentType)\r\n\r\n".utf8)
            body += part.content
            body += Data("\r\n".utf8)
        }
        body += Data("--\(boundary)--\r\n".utf8)
        return body
    }

    private static func quoted(_ text: String) -> String {
        text.replacingOccurrences(of: "\"", with: "%22")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }
}
