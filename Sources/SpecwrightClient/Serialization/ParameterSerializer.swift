/// OpenAPI 3.0/3.1 parameter serialization (the "Style Values" and "Style Examples" tables), one function
/// per location. Values are percent-encoded so that no value can change the structure of the request.
///
/// Label style without explode follows RFC 6570 (`.blue,black,brown`), as OpenAPI 3.1.1 corrected the
/// table. In a query, the separators `|`, `[` and `]` that RFC 3986 does not allow there are written
/// percent-encoded (`%7C`, `%5B`, `%5D`); servers decode them to the table's characters.
public enum ParameterSerializer {
    /// The text that replaces `{name}` in the path template.
    public static func path(_ name: String, _ node: ParameterNode, style: ParameterStyle, explode: Bool) throws -> String {
        func encoded(_ text: String) -> String { PercentEncoding.encode(text, allowing: .unreserved) }
        switch style {
        case .simple:
            if let text = node.scalarText { return PercentEncoding.encodePathSegment(text) }
            return try elements(of: node, parameter: name, style: style, explode: explode, encode: encoded)
                .joined(separator: ",")
        case .label:
            if let text = node.scalarText { return "." + encoded(text) }
            let parts = try elements(of: node, parameter: name, style: style, explode: explode, encode: encoded)
            return "." + parts.joined(separator: explode ? "." : ",")
        case .matrix:
            let key = ";" + encoded(name)
            if let text = node.scalarText { return text.isEmpty ? key : key + "=" + encoded(text) }
            if explode, case .list(let items) = node {
                return try items.map { key + "=" + encoded(try scalar($0, parameter: name, style: style)) }.joined()
            }
            let parts = try elements(of: node, parameter: name, style: style, explode: explode, encode: encoded)
            if explode { return parts.map { ";" + $0 }.joined() }
            return parts.isEmpty ? key : key + "=" + parts.joined(separator: ",")
        case .form, .spaceDelimited, .pipeDelimited, .deepObject:
            throw ParameterSerializationError(parameter: name, reason: .styleNotAllowed(style, location: "path"))
        }
    }

    /// The `name=value` pairs of the query, already encoded, in order.
    public static func query(
        _ name: String, _ node: ParameterNode, style: ParameterStyle, explode: Bool, allowReserved: Bool = false
    ) throws -> [String] {
        let key = PercentEncoding.encode(name, allowing: .unreserved)
        let allowed: PercentEncoding.AllowedCharacters = allowReserved ? .unreservedAndQuerySafeReserved : .unreserved
        func encoded(_ text: String) -> String { PercentEncoding.encode(text, allowing: allowed) }
        switch style {
        case .form, .spaceDelimited, .pipeDelimited:
            if let text = node.scalarText {
                guard style == .form else {
                    throw ParameterSerializationError(parameter: name, reason: .unsupportedShape(style: style, shape: "a single value"))
                }
                return [key + "=" + encoded(text)]
            }
            if explode {
                switch node {
                case .list(let items):
                    return try items.map { key + "=" + encoded(try scalar($0, parameter: name, style: style)) }
                case .object(let members):
                    return try members.map {
                        PercentEncoding.encode($0.name, allowing: .unreserved) + "=" + encoded(try scalar($0.value, parameter: name, style: style))
                    }
                case .null, .scalar:
                    return []
                }
            }
            let separator = switch style {
            case .spaceDelimited: "%20"
            case .pipeDelimited: "%7C"
            default: ","
            }
            let parts = try elements(of: node, parameter: name, style: style, explode: false, encode: encoded)
            return [key + "=" + parts.joined(separator: separator)]
        case .deepObject:
            guard case .object(let members) = node else {
                throw ParameterSerializationError(parameter: name, reason: .unsupportedShape(style: style, shape: shape(of: node)))
            }
            return try members.map {
                key + "%5B" + PercentEncoding.encode($0.name, allowing: .unreserved) + "%5D="
                    + encoded(try scalar($0.value, parameter: name, style: style))
            }
        case .simple, .label, .matrix:
            throw ParameterSerializationError(parameter: name, reason: .styleNotAllowed(style, location: "query"))
        }
    }

    /// The field value of a header parameter (style `simple`), checked for characters that would end it.
    public static func header(_ name: String, _ node: ParameterNode, explode: Bool) throws -> String {
        let value: String
        if let text = node.scalarText {
            value = text
        } else {
            value = try elements(of: node, parameter: name, style: .simple, explode: explode) { $0 }.joined(separator: ",")
        }
        try checkFieldValue(value, parameter: name)
        return value
    }

    /// The `name=value` pairs of a cookie parameter (style `form`), each value percent-encoded.
    public static func cookie(_ name: String, _ node: ParameterNode, explode: Bool) throws -> [String] {
        try checkFieldValue(name, parameter: name)
        func encoded(_ text: String) -> String { PercentEncoding.encode(text, allowing: .unreserved) }
        if let text = node.scalarText { return [name + "=" + encoded(text)] }
        if explode {
            switch node {
            case .list(let items):
                return try items.map { name + "=" + encoded(try scalar($0, parameter: name, style: .form)) }
            case .object(let members):
                return try members.map { member in
                    try checkFieldValue(member.name, parameter: name)
                    return member.name + "=" + encoded(try scalar(member.value, parameter: name, style: .form))
                }
            case .null, .scalar:
                return []
            }
        }
        return [name + "=" + (try elements(of: node, parameter: name, style: .form, explode: false, encode: encoded)).joined(separator: ",")]
    }

    /// Rejects CR, LF, NUL and the other control characters (HTAB excepted) that RFC 9110 does not allow in
    /// a field value: sent, they would end the field and let the value add headers of its own.
    static func checkFieldValue(_ value: String, parameter: String) throws {
        for scalar in value.unicodeScalars where (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F {
            let name = switch scalar {
            case "\r": "a carriage return (CR)"
            case "\n": "a line feed (LF)"
            case "\0": "a NUL character"
            default: "the control character U+\(String(scalar.value, radix: 16, uppercase: true))"
            }
            throw ParameterSerializationError(parameter: parameter, reason: .controlCharacter(name))
        }
    }

    /// The encoded parts of a list or object: `a, b` for a list; `R, 100` (or `R=100` exploded) per member.
    private static func elements(
        of node: ParameterNode, parameter: String, style: ParameterStyle, explode: Bool, encode: (String) -> String
    ) throws -> [String] {
        switch node {
        case .null, .scalar:
            return [encode(node.scalarText ?? "")]
        case .list(let items):
            return try items.map { encode(try scalar($0, parameter: parameter, style: style)) }
        case .object(let members):
            return try members.flatMap { member -> [String] in
                let value = encode(try scalar(member.value, parameter: parameter, style: style))
                return explode ? [encode(member.name) + "=" + value] : [encode(member.name), value]
            }
        }
    }

    private static func scalar(_ node: ParameterNode, parameter: String, style: ParameterStyle) throws -> String {
        guard let text = node.scalarText else {
            throw ParameterSerializationError(parameter: parameter, reason: .unsupportedShape(style: style, shape: "a nested \(shape(of: node))"))
        }
        return text
    }

    private static func shape(of node: ParameterNode) -> String {
        switch node {
        case .null, .scalar: "a single value"
        case .list: "an array"
        case .object: "an object"
        }
    }
}
