import SpecwrightModel

/// The template values of a `oneOf` / `anyOf` enum.
extension DeclarationContext {
    static func unionContext(_ union: Union, name: String) -> [String: Any] {
        let cases: [[String: Any]] = union.cases.enumerated().map { index, unionCase in
            let wire = WireCoding.wireType(unionCase.type)
            return [
                "swiftName": SwiftEscaping.identifier(unionCase.swiftName),
                "typeName": unionCase.type.swiftName,
                "decodeExpression": WireCoding.fromWire("try \(wire)(from: decoder)", unionCase.type),
                "tryDecodeExpression": WireCoding.fromWire("(try? \(wire)(from: decoder))", unionCase.type, optional: true),
                "first": index == 0,
                "encodeExpression": WireCoding.toWire("value", unionCase.type),
                "discriminatorLabels": unionCase.discriminatorValues.map { "\"\(SwiftEscaping.stringLiteralContent($0))\"" }.joined(separator: ", "),
                "hasDiscriminatorValues": !unionCase.discriminatorValues.isEmpty,
            ]
        }
        var context: [String: Any] = [
            "cases": cases,
            "indirect": union.isIndirect,
            "exclusive": union.isExclusive,
        ]
        context["discriminator"] = false
        if let property = union.discriminatorProperty {
            context["discriminator"] = [
                "propertyName": SwiftEscaping.stringLiteralContent(property),
                "expectedValues": SwiftEscaping.stringLiteralContent(union.cases.flatMap(\.discriminatorValues).joined(separator: ", ")),
            ]
        }
        return context
    }
}
