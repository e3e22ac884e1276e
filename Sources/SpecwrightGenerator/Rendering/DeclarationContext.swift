import SpecwrightModel

/// Turns a type declaration into the values the Mustache templates read.
///
/// Templates decide layout; this type decides names and the Swift expressions that are too intricate for a
/// logic-less template (wire conversions in `Codable` code). Template authors find the keys documented in
/// `Templates/README.md`.
enum DeclarationContext {
    /// - Parameter nestedSources: the nested types, already rendered and indented one level.
    static func make(_ declaration: TypeDeclaration, nestedSources: [String]) -> [String: Any] {
        var documentation = declaration.documentation
        // A title the type is named after (`discounts_data_param` → `DiscountsDataParam`) says nothing more.
        if let title = documentation.title, SwiftNaming.typeName(title) == declaration.name { documentation.title = nil }
        var context: [String: Any] = [
            "name": declaration.name,
            "qualifiedName": declaration.qualifiedName,
            "docLines": typeDocLines(documentation),
            "deprecated": documentation.isDeprecated,
            "nestedTypes": nestedSources.map { ["source": $0] },
            // Every kind key is set, `false` when it does not apply: Mustache looks a missing key up in the
            // enclosing contexts, so a nested declaration would otherwise take its parent's kind.
            "structure": false, "enumeration": false, "union": false, "alias": false,
        ]
        switch declaration.kind {
        case .structure(let structure):
            context["structure"] = structureContext(structure)
        case .stringEnumeration(let enumeration):
            context["enumeration"] = enumerationContext(enumeration, rawType: "String") { "\"\(escaped($0))\"" }
        case .integerEnumeration(let enumeration):
            context["enumeration"] = enumerationContext(enumeration, rawType: "Int64") { String($0) }
        case .union(let union):
            context["union"] = unionContext(union, name: declaration.name)
        case .alias(let type):
            context["alias"] = ["typeName": type.swiftName]
        }
        return context
    }

    /// Types carry their deprecation in the doc comment: an `@available(*, deprecated)` on the type would
    /// make every generated type that stores it warn.
    private static func typeDocLines(_ documentation: Documentation) -> [String] {
        let lines = DocComment.lines(documentation)
        guard documentation.isDeprecated else { return lines }
        return lines + (lines.isEmpty ? [] : ["///"]) + ["/// - Warning: Deprecated in the spec."]
    }

    // MARK: Structures

    private static func structureContext(_ structure: Structure) -> [String: Any] {
        let properties = structure.properties
        // Synthesised Codable is enough unless a member needs a wire conversion, `null` written out for a
        // required nullable member, extra keys kept, or is stored under another name (boxed or deprecated).
        let needsCustomCoding = structure.additionalProperties != nil || properties.contains {
            $0.storageName != nil || WireCoding.needsConversion($0.type) || ($0.isRequired && $0.isNullable)
        }
        var members: [[String: Any]] = properties.enumerated().map { index, property in
            let typeName = property.type.swiftName + (property.isOptional ? "?" : "")
            var storage: Any = false
            if let storageName = property.storageName {
                storage = [
                    "storageName": storageName,
                    "storageType": property.isBoxed ? "Boxed<\(typeName)>" : typeName,
                    "readExpression": property.storedValue,
                    "writeExpression": property.isBoxed ? "Boxed(newValue)" : "newValue",
                ]
            }
            return [
                "swiftName": property.swiftName,
                "typeName": typeName,
                "docLines": DocComment.lines(property.documentation),
                "deprecated": property.documentation.isDeprecated,
                "storage": storage,
                "initAssignment": "self.\(property.storageName ?? property.swiftName) = "
                    + (property.isBoxed ? "Boxed(\(property.swiftName))" : property.swiftName),
                "defaultsToNil": property.isOptional,
                "defaultValue": false,
                "last": index == properties.count - 1 && structure.additionalProperties == nil,
            ]
        }
        if let additional = structure.additionalProperties {
            members.append([
                "swiftName": "additionalProperties",
                "typeName": "[String: \(additional.swiftName)]",
                "docLines": ["/// Members not listed in the schema, by name (`additionalProperties`)."],
                "deprecated": false,
                "storage": false,
                "initAssignment": "self.additionalProperties = additionalProperties",
                "defaultsToNil": false,
                "defaultValue": "[:]",
                "last": true,
            ])
        }
        return [
            "properties": members,
            "hasMembers": !members.isEmpty,
            // Synthesised coding keys are the property names; spell them out only when they differ from the wire.
            "needsCodingKeys": !properties.isEmpty && (needsCustomCoding || properties.contains(where: \.hasCustomWireName)),
            "codingKeys": properties.map { property in
                [
                    "swiftName": property.swiftName,
                    "wireName": escaped(property.wireName),
                    "hasCustomWireName": property.hasCustomWireName,
                ] as [String: Any]
            },
            "customCoding": needsCustomCoding,
            "decodeLines": needsCustomCoding ? decodeLines(structure) : [],
            "encodeLines": needsCustomCoding ? encodeLines(structure) : [],
        ]
    }

    private static func decodeLines(_ structure: Structure) -> [String] {
        var lines: [String] = []
        if !structure.properties.isEmpty {
            lines.append("let container = try decoder.container(keyedBy: CodingKeys.self)")
        }
        for property in structure.properties {
            let wire = WireCoding.wireType(property.type)
            let key = property.codingKey
            let call: String
            if !property.isRequired {
                call = "try container.decodeIfPresent(\(wire).self, forKey: \(key))"
            } else if property.isNullable {
                // Required but nullable: the key must be there, its value may be null.
                call = "try container.decode(\(wire)?.self, forKey: \(key))"
            } else {
                call = "try container.decode(\(wire).self, forKey: \(key))"
            }
            let value = WireCoding.fromWire(call, property.type, optional: property.isOptional)
            let target = "self.\(property.storageName ?? property.swiftName)"
            lines.append(property.isBoxed ? "\(target) = Boxed(\(value))" : "\(target) = \(value)")
        }
        if let additional = structure.additionalProperties {
            let wire = WireCoding.wireType(additional)
            let filter = structure.properties.isEmpty ? "" : " where CodingKeys(rawValue: key.stringValue) == nil"
            lines += [
                "let extraMembers = try decoder.container(keyedBy: AnyCodingKey.self)",
                "var additionalProperties: [String: \(additional.swiftName)] = [:]",
                "for key in extraMembers.allKeys\(filter) {",
                "    additionalProperties[key.stringValue] = \(WireCoding.fromWire("try extraMembers.decode(\(wire).self, forKey: key)", additional))",
                "}",
                "self.additionalProperties = additionalProperties",
            ]
        }
        return lines
    }

    private static func encodeLines(_ structure: Structure) -> [String] {
        var lines: [String] = []
        if !structure.properties.isEmpty {
            lines.append("var container = encoder.container(keyedBy: CodingKeys.self)")
        }
        for property in structure.properties {
            let key = property.codingKey
            let value = WireCoding.toWire(property.storedValue, property.type, optional: property.isOptional)
            let method = property.isOptional && !property.isRequired ? "encodeIfPresent" : "encode"
            lines.append("try container.\(method)(\(value), forKey: \(key))")
        }
        if let additional = structure.additionalProperties {
            lines += [
                "var extraMembers = encoder.container(keyedBy: AnyCodingKey.self)",
                "for (name, value) in additionalProperties {",
                "    try extraMembers.encode(\(WireCoding.toWire("value", additional)), forKey: AnyCodingKey(name))",
                "}",
            ]
        }
        return lines
    }

    // MARK: Enumerations

    private static func enumerationContext<Raw>(
        _ enumeration: Enumeration<Raw>, rawType: String, literal: (Raw) -> String
    ) -> [String: Any] {
        [
            "rawType": rawType,
            "cases": enumeration.cases.map { ["swiftName": $0.swiftName, "rawLiteral": literal($0.rawValue)] },
            "allCasesList": enumeration.cases.map { ".\($0.swiftName)" }.joined(separator: ", "),
            "undocumentedCaseName": enumeration.undocumentedCaseName,
        ]
    }

    // MARK: Unions

    private static func unionContext(_ union: Union, name: String) -> [String: Any] {
        let cases: [[String: Any]] = union.cases.enumerated().map { index, unionCase in
            let wire = WireCoding.wireType(unionCase.type)
            return [
                "swiftName": unionCase.swiftName,
                "typeName": unionCase.type.swiftName,
                "decodeExpression": WireCoding.fromWire("try \(wire)(from: decoder)", unionCase.type),
                "tryDecodeExpression": WireCoding.fromWire("(try? \(wire)(from: decoder))", unionCase.type, optional: true),
                "first": index == 0,
                "encodeExpression": WireCoding.toWire("value", unionCase.type),
                "discriminatorLabels": unionCase.discriminatorValues.map { "\"\(escaped($0))\"" }.joined(separator: ", "),
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
                "propertyName": escaped(property),
                "expectedValues": union.cases.flatMap(\.discriminatorValues).joined(separator: ", "),
            ]
        }
        return context
    }

    /// Escapes text for a Swift string literal.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20: result += "\\u{\(String(scalar.value, radix: 16))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension Property {
    /// The private stored property behind the public one: a box breaks a recursive type, and a deprecated
    /// member keeps its value in a property that is not deprecated, so the generated initialiser and
    /// `Codable` code can set and read it without deprecation warnings (callers still get them).
    var storageName: String? {
        isBoxed || documentation.isDeprecated ? "_" + SwiftNaming.unescaped(swiftName) : nil
    }

    /// An expression reading the value without going through a deprecated accessor.
    var storedValue: String {
        guard let storageName else { return swiftName }
        return isBoxed ? storageName + ".value" : storageName
    }

    /// The `CodingKeys` case, as an implicit member expression (`.accountId`).
    var codingKey: String { "." + SwiftNaming.unescaped(swiftName) }

    /// Whether the coding key needs a raw value because the JSON name is not the Swift name.
    var hasCustomWireName: Bool { wireName != SwiftNaming.unescaped(swiftName) }
}
