import Foundation

/// `application/x-www-form-urlencoded` bodies: each member of the object is written as a `form`-style,
/// exploded query pair (OpenAPI's default `encoding` for this media type), so an array member repeats its
/// name and an object member contributes its own members.
public enum FormURLEncodedBody {
    public static func encode(_ value: some Encodable) throws -> Data {
        guard case .object(let members) = try ParameterEncoder.encode(value) else {
            throw ParameterSerializationError(parameter: "body", reason: .unsupportedShape(style: .form, shape: "a body that is not an object"))
        }
        let pairs = try members.flatMap { try ParameterSerializer.query($0.name, $0.value, style: .form, explode: true) }
        return Data(pairs.joined(separator: "&").utf8)
    }
}
