import SpecwrightModel

/// The template values of a struct: members, initialiser and the `Codable` code when it cannot be synthesised.
extension DeclarationContext {
    static func structureContext(_ structure: Structure) -> [String: Any] {
        let properties = structure.properties
        // Synthesised Codable is enough unless a member needs a wire conversion, `null` written out for a
        // required nullable member, extra keys kept, or is stored under another name (boxed or deprecated).
        let needsCustomCoding = structure.additionalProperties != nil || properties.contains {
            $0.storageName != nil || WireCoding.needsConversion($0.type) || ($0.isRequired && $0.isNullable)
        }
        var members: [[String: Any]] = properties.enumerated().map { index, property in
            let typeName = property.declaredTypeName
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
                "swiftName": SwiftEscaping.identifier(property.swiftName),
                "typeName": typeName,
                "docLines": DocComment.lines(property.documentation),
                "deprecated": property.documentation.isDeprecated,
                "storage": storage,
                "initAssignment": "self.\(property.storageName ?? property.swiftName) = "
                    + (property.isBoxed ? "Boxed(\(property.swiftName))" : property.swiftName),
                "defaultsToNil": property.isOptional && !property.isTriState,
                "defaultValue": property.isTriState ? ".absent" : false,
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
                    "swiftName": SwiftEscaping.identifier(property.swiftName),
                    "wireName": SwiftEscaping.stringLiteralContent(property.wireName),
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
            if property.isTriState {
                // `decode` of a `Nullable` (SpecwrightValidation) tells a missing key from `null`.
                call = "try container.decode(Nullable<\(wire)>.self, forKey: \(key))"
            } else if !property.isRequired {
                call = "try container.decodeIfPresent(\(wire).self, forKey: \(key))"
            } else if property.isNullable {
                // Required but nullable: the key must be there, its value may be null.
                call = "try container.decode(\(wire)?.self, forKey: \(key))"
            } else {
                call = "try container.decode(\(wire).self, forKey: \(key))"
            }
            let value = property.isTriState
                ? WireCoding.fromWire(call, property.type, tristate: true)
                : WireCoding.fromWire(call, property.type, optional: property.isOptional)
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
            // A `Nullable` is mapped like an `Optional`, and its `encode` overload writes nothing when absent.
            let value = WireCoding.toWire(property.storedValue, property.type, optional: property.isOptional)
            let method = !property.isRequired && !property.isNullable ? "encodeIfPresent" : "encode"
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
}
