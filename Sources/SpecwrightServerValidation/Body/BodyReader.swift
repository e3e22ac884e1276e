import Foundation
import SpecwrightValidation

/// Reads a request body into the JSON value its schema validates, by media type: JSON (and `+json`) is
/// parsed, `application/x-www-form-urlencoded` becomes an object of its fields typed by the schema's
/// properties. Other media types (binary, multipart) are not read: `nil`, and their schema is not checked.
enum BodyReader {
    static func value(of body: Data, mediaType: MediaType, shape: ParameterShape) -> Result<JSONValue, ParameterReader.ReadFailure>? {
        if mediaType.isJSON {
            do {
                return .success(try JSONValue(parsing: body))
            } catch {
                return .failure(.init(message: "the body is not valid JSON: \(error)"))
            }
        }
        if mediaType.isFormURLEncoded {
            guard let text = String(data: body, encoding: .utf8) else {
                return .failure(.init(message: "the form body is not UTF-8"))
            }
            var fields: [String: [String]] = [:]
            for (name, value) in FormEncoding.pairs(text) { fields[name, default: []].append(value) }
            var object: [String: JSONValue] = [:]
            for (name, values) in fields {
                let types = shape.propertyTypes[name]
                object[name] = types?.contains("array") == true
                    ? .array(values.map { ParameterText.value($0, types: nil) })
                    : ParameterText.value(values.last ?? "", types: types)
            }
            return .success(.object(object))
        }
        return nil
    }
}
