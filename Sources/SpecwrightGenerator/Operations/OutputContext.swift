import SpecwrightModel

/// The template values of an operation's `Output`: a case per documented status, the nested body and
/// header types some cases need, and the statements that pick the case from a response.
struct OutputContext {
    struct Case {
        let name: String
        let docLines: [String]
        /// `(Customer, headers: OkHeaders)`, or empty for a case without values.
        let associatedValues: String
        /// The pattern that binds the body in a `switch` (`.ok(let body, _)`), when the case has a body.
        let bodyPattern: String?
        let bodyTypeName: String?
    }

    struct NestedType {
        let source: [String]
    }

    let cases: [Case]
    let nestedTypes: [NestedType]
    let decodeLines: [String]
    /// Every Swift type the cases and their nested types mention (for the file's imports).
    let mentionedTypeNames: [String]
    /// The first `2XX` case with a JSON body, and that body's schema type: what a page sequence continues with.
    let success: (case: Case, bodyType: SwiftType)?

    /// - Parameters:
    ///   - accessModifier: the access level of the nested body and header types.
    ///   - valueConformance: what those types conform to besides `Sendable`.
    init(
        _ operation: Operation, inputName: String, outputName: String, reservedTypeNames: Set<String>,
        accessModifier: AccessModifier, valueConformance: ValueConformance
    ) {
        let access = accessModifier.rawValue
        let conformance = valueConformance.rawValue
        var caseNames = SwiftNaming.Scope(reserved: ["undocumented"])
        var nestedNames = SwiftNaming.Scope(reserved: reservedTypeNames)
        // The operation's own two types are names the nested ones may not take either.
        _ = nestedNames.claim(inputName)
        _ = nestedNames.claim(outputName)
        var cases: [Case] = []
        var nestedTypes: [NestedType] = []
        // The header structs written so far, by their members.
        var headerStructNames: [[String]: String] = [:]
        var decodeLines = ["switch response.status {"]
        var coversEveryStatus = false
        var success: (case: Case, bodyType: SwiftType)?
        var mentioned: [String] = []

        let responses = operation.responses.compactMap { response in StatusCase(status: response.status).map { ($0, response) } }
            .enumerated().sorted { ($0.element.0.order, $0.offset) < ($1.element.0.order, $1.offset) }.map(\.element)
        for (status, response) in responses {
            let caseName = caseNames.claim(status.name)
            let typePrefix = SwiftNaming.typeName(SwiftNaming.unescaped(caseName))
            var values: [String] = []
            var arguments: [String] = []
            if status.carriesStatus {
                values.append("status: Int")
                arguments.append("status: response.status")
            }

            // Distinct bodies: media types read into the same Swift type share one.
            var bodies: [(kind: BodyKind, typeName: String, mediaTypes: [String])] = []
            for content in response.contents {
                let kind = BodyKind(mediaType: content.mediaType)
                let typeName = kind.typeName(for: content)
                if let index = bodies.firstIndex(where: { $0.kind == kind && $0.typeName == typeName }) {
                    bodies[index].mediaTypes.append(content.mediaType)
                } else {
                    bodies.append((kind, typeName, [content.mediaType]))
                }
            }
            var bodyTypeName: String?
            var bodyReads: [(condition: String, expression: String)] = []
            let onlyDocumented = response.contents.count == 1
            func condition(_ mediaTypes: [String]) -> String {
                mediaTypes.map { "response.hasContent(\"\(SwiftEscaping.stringLiteralContent($0))\", onlyDocumented: \(onlyDocumented))" }
                    .joined(separator: " || ")
            }
            if bodies.count == 1 {
                bodyTypeName = bodies[0].typeName
                bodyReads = [(condition(bodies[0].mediaTypes), Self.readExpression(bodies[0].kind, typeName: bodies[0].typeName))]
            } else if bodies.count > 1 {
                let enumName = nestedNames.claim(typePrefix + "Body")
                bodyTypeName = enumName
                var bodyCases = SwiftNaming.Scope()
                var source = ["/// The body of `\(status.humanStatus)`, by content type.", "\(access) enum \(enumName): \(conformance), Sendable {"]
                for body in bodies {
                    let subtype = body.mediaTypes[0].split(separator: "/").last.map(String.init) ?? "body"
                    let name = bodyCases.claim(SwiftNaming.memberName(subtype.split(separator: ";").first.map(String.init) ?? subtype))
                    source += DocComment.lines(Documentation(description: body.mediaTypes.map { "`\($0)`" }.joined(separator: ", "))).map { "    " + $0 }
                    source.append("    case \(name)(\(body.typeName))")
                    bodyReads.append((condition(body.mediaTypes), ".\(name)(\(Self.readExpression(body.kind, typeName: body.typeName)))"))
                }
                source.append("}")
                nestedTypes.append(NestedType(source: source))
            }
            if let bodyTypeName { values.append(bodyTypeName) }
            mentioned += bodies.map(\.typeName)

            let headers = response.headers.filter { $0.name.lowercased() != "content-type" }
            mentioned += headers.map { ($0.type ?? .string).swiftName }
            var headersArgument: String?
            if !headers.isEmpty {
                let structName = nestedNames.claim(typePrefix + "Headers")
                values.append("headers: \(structName)")
                headersArgument = "headers: try \(structName)(response)"
                let source = Self.headersStruct(structName, headers: headers, status: status, access: access, conformance: conformance)
                // Statuses documenting the same headers (Upvest sends `upvest-request-id` on every one) share
                // one struct; the others keep their name as an alias of it.
                let members = Array(source.dropFirst(2))
                if let shared = headerStructNames[members] {
                    nestedTypes.append(NestedType(source: [
                        "/// The documented headers of `\(status.humanStatus)`: the same as ``\(shared)``.",
                        "\(access) typealias \(structName) = \(shared)",
                    ]))
                } else {
                    headerStructNames[members] = structName
                    nestedTypes.append(NestedType(source: source))
                }
            }

            decodeLines.append(status.switchPattern)
            if case .any = status.match { coversEveryStatus = true }
            func construct(_ body: String?) -> String {
                let all = arguments + (body.map { [$0] } ?? []) + (headersArgument.map { [$0] } ?? [])
                // After a dot, a keyword needs no backticks: `.default(status:)`.
                let member = SwiftNaming.unescaped(caseName)
                return all.isEmpty ? ".\(member)" : ".\(member)(\(all.joined(separator: ", ")))"
            }
            if bodyReads.isEmpty {
                decodeLines.append("    return \(construct(nil))")
            } else {
                for read in bodyReads {
                    decodeLines.append("    if \(read.condition) {")
                    decodeLines.append("        return \(construct(read.expression))")
                    decodeLines.append("    }")
                }
                decodeLines.append("    return nil")
            }

            let description = response.description.map { " " + $0 } ?? ""
            var bodyPattern: String?
            if bodyTypeName != nil {
                let bindings = values.map { $0 == bodyTypeName ? "let body" : "_" }
                bodyPattern = ".\(SwiftNaming.unescaped(caseName))(\(bindings.joined(separator: ", ")))"
            }
            let outputCase = Case(
                name: caseName,
                docLines: DocComment.lines(Documentation(description: "`\(status.humanStatus)`:" + description)),
                associatedValues: values.isEmpty ? "" : "(\(values.joined(separator: ", ")))",
                bodyPattern: bodyPattern, bodyTypeName: bodyTypeName
            )
            cases.append(outputCase)
            if success == nil, status.status.hasPrefix("2"), bodies.count == 1, bodies[0].kind == .json,
               let type = response.contents.first?.type {
                success = (outputCase, type)
            }
        }
        if !coversEveryStatus {
            decodeLines.append("default:")
            decodeLines.append("    return nil")
        }
        decodeLines.append("}")
        self.cases = cases
        self.nestedTypes = nestedTypes
        self.decodeLines = decodeLines
        self.success = success
        mentionedTypeNames = mentioned
    }

    private static func readExpression(_ kind: BodyKind, typeName: String) -> String {
        switch kind {
        case .json, .formURLEncoded, .multipart: "try response.json(\(typeName).self)"
        case .text: "try response.text()"
        case .binary: "response.body"
        }
    }

    private static func headersStruct(
        _ name: String, headers: [Parameter], status: StatusCase, access: String, conformance: String
    ) -> [String] {
        var lines = ["/// The documented headers of `\(status.humanStatus)`.", "\(access) struct \(name): \(conformance), Sendable {"]
        var initLines: [String] = []
        for header in headers {
            let type = (header.type ?? .string).swiftName
            lines += DocComment.lines(header.documentation).map { "    " + $0 }
            lines.append("    \(access) var \(header.swiftName): \(type)\(header.isRequired ? "" : "?")")
            lines.append("")
            let read = header.isRequired ? "requiredHeader" : "header"
            initLines.append("        \(header.swiftName) = try response.\(read)(\"\(SwiftEscaping.stringLiteralContent(header.name))\", as: \(type).self)")
        }
        lines.append("    init(_ response: ReceivedResponse) throws {")
        lines += initLines
        lines.append("    }")
        lines.append("}")
        return lines
    }
}
