import SpecwrightModel
import SpecwrightReader

/// The template values of an operation's `Input`: one member per parameter and the body, the checks of
/// `validate()` and the builder statements of `makeRequest()`.
struct InputContext {
    struct Member {
        let swiftName: String
        let typeName: String
        let isOptional: Bool
        /// The initialiser's default (`nil`, `20`, `.createdAt`), if any.
        let defaultValue: String?
        let docLines: [String]
        /// Where `validate()` reports the member's issues (`/query/limit`), when its type has rules.
        let validationLocation: String?
        /// `ParameterRules` calls for the schema's rules on a plain Swift value (bounds, lengths, patterns).
        var ruleCalls: [String] = []
    }

    let members: [Member]
    let requestLines: [String]
    /// The member holding the request body, if the operation has one.
    let bodyMemberName: String?

    /// Whether every member but the body may be left out.
    var requiresOnlyBody: Bool {
        members.allSatisfy { $0.isOptional || $0.swiftName == bodyMemberName }
    }

    /// Header parameters OpenAPI says to ignore: the client sets these itself.
    static let ignoredHeaders: Set<String> = ["accept", "content-type", "authorization"]

    init(_ operation: Operation, types: TypeIndex, middlewareParameters: MiddlewareParameterRule) throws {
        var members: [Member] = []
        var lines = ["var builder = RequestBuilder(method: \(Self.methodExpression(operation.method)), pathTemplate: \"\(SwiftEscaping.stringLiteralContent(operation.path))\")"]
        var names = SwiftNaming.Scope(reserved: ["builder"])
        var bodyMemberName: String?
        for parameter in operation.parameters {
            if parameter.location == .header, Self.ignoredHeaders.contains(parameter.name.lowercased()) { continue }
            if middlewareParameters.isSetByMiddleware(parameter) { continue }
            let name = names.claim(parameter.swiftName)
            let type = parameter.type ?? .string
            let isOptional = !parameter.isRequired
            let defaultLiteral = parameter.schema?.defaultValue.flatMap { types.literal(for: $0, type: type) }
            let location = "/\(parameter.location.rawValue)/\(parameter.name)"
            members.append(Member(
                swiftName: name, typeName: type.swiftName, isOptional: isOptional,
                defaultValue: isOptional ? "nil" : defaultLiteral,
                docLines: DocComment.lines(parameter.documentation),
                validationLocation: Self.hasRules(type, types: types) ? location : nil,
                ruleCalls: parameter.schema.map { Self.ruleCalls($0, type: type, value: name, location: location) } ?? []
            ))
            lines.append(try Self.parameterStatement(parameter, valueName: name, operation: operation))
        }
        let accepted = Self.acceptedMediaTypes(operation)
        if !accepted.isEmpty {
            lines.append("builder.accept([\(accepted.map { "\"\(SwiftEscaping.stringLiteralContent($0))\"" }.joined(separator: ", "))])")
        }
        if let body = RequestBodyChoice(operation.requestBody) {
            let name = names.claim("body")
            bodyMemberName = name
            members.append(Member(
                swiftName: name, typeName: body.typeName, isOptional: !body.isRequired,
                defaultValue: body.isRequired ? nil : "nil",
                docLines: DocComment.lines(Documentation(description: body.description ?? "The request body (`\(body.content.mediaType)`).")),
                validationLocation: body.content.type.map { Self.hasRules($0, types: types) } == true ? "/body" : nil
            ))
            if body.isRequired {
                lines.append(body.builderStatement(name))
            } else {
                lines.append("if let \(name) { \(body.builderStatement(name)) }")
            }
        }
        if lines.count == 1 {
            // Nothing to add (Moov's `GET /ping`): the builder is built as it was made.
            lines = ["try " + lines[0].replacingOccurrences(of: "var builder = ", with: "") + ".build()"]
        } else {
            lines.append("return try builder.build()")
        }
        self.members = members
        self.bodyMemberName = bodyMemberName
        requestLines = lines
    }

    /// The statements of `validate()`: every issue of the generated types and of the parameters' own rules.
    var validateLines: [String] {
        let entries = members.compactMap { member in
            member.validationLocation.map { "(\(member.swiftName) as Any, \"\(SwiftEscaping.stringLiteralContent($0))\")" }
        }
        let rules = members.flatMap(\.ruleCalls)
        guard !entries.isEmpty || !rules.isEmpty else { return [] }
        func list(_ items: [String]) -> [String] {
            items.enumerated().map { "    " + $0.element + ($0.offset == items.count - 1 ? "" : ",") }
        }
        var lines = ["try InputValidation.validate(" + (entries.isEmpty ? "[], rules: [" : "[")]
        lines += list(entries)
        if !entries.isEmpty, !rules.isEmpty { lines.append("], rules: [") }
        lines += list(rules)
        lines.append("])")
        return lines
    }

    /// Bounds for numbers, lengths and a pattern for strings, item counts for arrays.
    private static func ruleCalls(_ schema: Schema, type: SwiftType, value: String, location: String) -> [String] {
        let at = "at: \"\(SwiftEscaping.stringLiteralContent(location))\""
        switch type {
        case .integer, .double, .float:
            var arguments: [String] = []
            if let minimum = schema.minimum {
                arguments.append("minimum: \(minimum.value.doubleValue)")
                if minimum.isExclusive { arguments.append("exclusiveMinimum: true") }
            }
            if let maximum = schema.maximum {
                arguments.append("maximum: \(maximum.value.doubleValue)")
                if maximum.isExclusive { arguments.append("exclusiveMaximum: true") }
            }
            return arguments.isEmpty ? [] : ["ParameterRules.range(\(([value] + arguments + [at]).joined(separator: ", ")))"]
        case .string:
            var calls: [String] = []
            let lengths = [schema.minLength.map { "minimum: \($0)" }, schema.maxLength.map { "maximum: \($0)" }].compactMap { $0 }
            if !lengths.isEmpty { calls.append("ParameterRules.length(\(([value] + lengths + [at]).joined(separator: ", ")))") }
            if let pattern = schema.pattern {
                calls.append("ParameterRules.pattern(\(value), \"\(SwiftEscaping.stringLiteralContent(pattern))\", \(at))")
            }
            return calls
        case .array:
            let counts = [schema.minItems.map { "minimum: \($0)" }, schema.maxItems.map { "maximum: \($0)" }].compactMap { $0 }
            return counts.isEmpty ? [] : ["ParameterRules.count(\(([value] + counts + [at]).joined(separator: ", ")))"]
        default:
            return []
        }
    }

    private static func parameterStatement(_ parameter: Parameter, valueName: String, operation: Operation) throws -> String {
        guard let style = ParameterStyleName(rawValue: parameter.style) else {
            throw SpecError(
                "parameter `\(parameter.name)` of \(operation.method) \(operation.path) has style `\(parameter.style)`; OpenAPI defines matrix, label, simple, form, spaceDelimited, pipeDelimited and deepObject",
                at: operation.location
            )
        }
        let name = "\"\(SwiftEscaping.stringLiteralContent(parameter.name))\""
        var arguments = [name, valueName]
        switch parameter.location {
        case .path:
            if style != .simple { arguments.append("style: .\(style.rawValue)") }
            if parameter.explode { arguments.append("explode: true") }
            return "try builder.path(\(arguments.joined(separator: ", ")))"
        case .query:
            if style != .form { arguments.append("style: .\(style.rawValue)") }
            if !parameter.explode { arguments.append("explode: false") }
            if parameter.allowReserved { arguments.append("allowReserved: true") }
            return "try builder.query(\(arguments.joined(separator: ", ")))"
        case .header:
            if parameter.explode { arguments.append("explode: true") }
            return "try builder.header(\(arguments.joined(separator: ", ")))"
        case .cookie:
            if !parameter.explode { arguments.append("explode: false") }
            return "try builder.cookie(\(arguments.joined(separator: ", ")))"
        }
    }

    /// `.get`, `.post`, ...; a method HTTPTypes has no constant for is spelled out.
    static func methodExpression(_ method: String) -> String {
        let known = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE", "CONNECT"]
        return known.contains(method) ? "." + method.lowercased() : "HTTPRequest.Method(\"\(SwiftEscaping.stringLiteralContent(method))\")!"
    }

    /// The documented response media types, in order, each once.
    private static func acceptedMediaTypes(_ operation: Operation) -> [String] {
        var seen: Set<String> = []
        return operation.responses.flatMap(\.contents).map(\.mediaType).filter { seen.insert($0.lowercased()).inserted }
    }

    /// Whether a value of `type` may break rules its generated code checks: generated types (which
    /// conform to `Validatable` once they have validators) and arrays of them.
    static func hasRules(_ type: SwiftType, types: TypeIndex) -> Bool {
        switch type {
        case .named: true
        case .array(let element), .dictionary(let element): hasRules(element, types: types)
        default: false
        }
    }
}

/// OpenAPI's `style` values, as `ParameterStyle` in SpecwrightClient spells them.
enum ParameterStyleName: String {
    case matrix, label, simple, form, spaceDelimited, pipeDelimited, deepObject
}
