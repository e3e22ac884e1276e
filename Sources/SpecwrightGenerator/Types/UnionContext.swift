import SpecwrightModel

/// The template values of a `oneOf` / `anyOf` enum.
extension DeclarationContext {
    static func unionContext(_ union: Union, name: String, qualifiedName: String) -> [String: Any] {
        // With a single alternative that is an object, its members decide nothing: its own decoding reports
        // what is missing better than "matches none".
        let describesMembers = union.cases.filter { $0.payloadShape.kinds.contains(.object) }.count > 1
        let cases: [[String: Any]] = union.cases.enumerated().map { index, unionCase in
            let wire = WireCoding.wireType(unionCase.type)
            let swiftName = SwiftEscaping.identifier(unionCase.swiftName)
            return [
                "swiftName": swiftName,
                "typeName": unionCase.type.swiftName,
                "index": index,
                "last": index == union.cases.count - 1,
                "decodeExpression": WireCoding.fromWire("try \(wire)(from: decoder)", unionCase.type),
                "decodeCaseExpression": "try .\(swiftName)(\(WireCoding.fromWire("\(wire)(from: decoder)", unionCase.type)))",
                "alternative": alternativeLiteral(unionCase.payloadShape, describingMembers: describesMembers),
                "encodeExpression": WireCoding.toWire("value", unionCase.type),
                "discriminatorLabels": unionCase.discriminatorValues.map { "\"\(SwiftEscaping.stringLiteralContent($0))\"" }.joined(separator: ", "),
                "hasDiscriminatorValues": !unionCase.discriminatorValues.isEmpty,
            ]
        }
        var context: [String: Any] = [
            "cases": cases,
            "indirect": union.isIndirect,
            "exclusive": union.isExclusive,
            "fallback": false,
            "discriminator": false,
        ]
        let probed = Set(union.cases.flatMap(\.payloadShape.constants.keys)).sorted()
        context["probedMembers"] = probed.isEmpty ? false : probed.map(stringLiteral).joined(separator: ", ")
        switch union.fallback {
        case .keepsPayload(let caseName)?:
            context["fallback"] = ["swiftName": SwiftEscaping.identifier(caseName), "keepsPayload": true, "combinesAlternatives": false]
        case .combinesAlternatives(let caseName)?:
            context["fallback"] = [
                "swiftName": SwiftEscaping.identifier(caseName), "keepsPayload": false, "combinesAlternatives": true,
                "unionTypeName": qualifiedName,
            ]
        case nil:
            break
        }
        if let property = union.discriminatorProperty {
            context["discriminator"] = [
                "propertyName": SwiftEscaping.stringLiteralContent(property),
                "expectedValues": SwiftEscaping.stringLiteralContent(union.cases.flatMap(\.discriminatorValues).joined(separator: ", ")),
            ]
        }
        return context
    }

    /// `UnionAlternative(.object, required: ["type"], members: ["type", "appId"], ...)`, defaults left out.
    private static func alternativeLiteral(_ shape: UnionAlternativeShape, describingMembers: Bool) -> String {
        var arguments = [kindsLiteral(shape.kinds)]
        let isObject = describingMembers && shape.kinds.contains(.object)
        if isObject, !shape.required.isEmpty {
            arguments.append("required: [\(shape.required.map(stringLiteral).joined(separator: ", "))]")
        }
        if isObject, !shape.members.isEmpty {
            arguments.append("members: [\(shape.members.map(stringLiteral).joined(separator: ", "))]")
        }
        switch shape.otherMembers {
        case .forbidden where isObject: arguments.append("otherMembers: .forbidden")
        case .kept where isObject: arguments.append("otherMembers: .kept")
        default: break
        }
        if isObject, !shape.constants.isEmpty {
            let entries = shape.constants.map { name, values in "\(stringLiteral(name)): [\(values.map(constantLiteral).joined(separator: ", "))]" }
            arguments.append("constants: [\(entries.joined(separator: ", "))]")
        }
        if let values = shape.values {
            arguments.append("values: [\(values.map(constantLiteral).joined(separator: ", "))]")
        }
        if let format = shape.format {
            arguments.append("format: \(stringLiteral(format))")
        }
        return "UnionAlternative(\(arguments.joined(separator: ", ")))"
    }

    private static func kindsLiteral(_ kinds: Set<UnionAlternativeShape.Kind>) -> String {
        if kinds == Set(UnionAlternativeShape.Kind.allCases) { return ".any" }
        let names = UnionAlternativeShape.Kind.allCases
            .filter { kinds.contains($0) && !($0 == .integer && kinds.contains(.number)) }
            .map { ".\($0.rawValue)" }
        return names.count == 1 ? names[0] : "[\(names.joined(separator: ", "))]"
    }

    private static func constantLiteral(_ constant: UnionAlternativeShape.Constant) -> String {
        switch constant {
        case .string(let text): stringLiteral(text)
        case .integer(let value): String(value)
        case .bool(let value): value ? "true" : "false"
        case .null: "nil"
        }
    }

    private static func stringLiteral(_ text: String) -> String {
        "\"\(SwiftEscaping.stringLiteralContent(text))\""
    }
}
