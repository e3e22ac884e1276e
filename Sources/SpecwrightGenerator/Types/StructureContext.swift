import SpecwrightModel

/// The template values of a struct: members, initialiser and its `Codable` code.
///
/// The `Codable` code is always written out, one runtime call per member by its wire name
/// (`decodeMember(_:_:)` and its siblings, keyed by `AnyCodingKey`): a synthesised conformance would add a
/// `CodingKeys` enum per type, about 17 functions each (raw values, `Hashable`, descriptions), which is a large
/// share of what a big spec's types cost to compile.
extension DeclarationContext {
    static func structureContext(_ structure: Structure) -> [String: Any] {
        let properties = structure.properties
        var members: [[String: Any]] = properties.enumerated().map { index, property in
            let typeName = property.declaredTypeName
            var storage: Any = false
            if let storageName = property.storageName {
                storage = [
                    "storageName": storageName,
                    "storageType": property.isBoxed ? "Boxed<\(typeName)>" : typeName,
                    "readExpression": property.storedValue,
                    // `consume`: a debug build would otherwise copy the value into the box, and emit that copy's
                    // code (every member of the struct) in this file.
                    "writeExpression": property.isBoxed ? "Boxed(consume newValue)" : "newValue",
                    // Mutating in place, through the box's own accessor: a synthesised `modify` would get,
                    // copy and set the whole value.
                    "modifyTarget": property.isBoxed ? storageName + ".value" : false,
                ]
            }
            return [
                "swiftName": SwiftEscaping.identifier(property.swiftName),
                "typeName": typeName,
                "docLines": DocComment.lines(property.documentation),
                "deprecated": property.documentation.isDeprecated,
                "storage": storage,
                "initAssignment": "self.\(property.storageName ?? property.swiftName) = "
                    + (property.isBoxed ? "Boxed(consume \(property.swiftName))" : property.swiftName),
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
            "decodeLines": decodeLines(structure),
            "encodeLines": encodeLines(structure),
        ]
    }

    private static func decodeLines(_ structure: Structure) -> [String] {
        // A struct without declared members still insists on an object, as a synthesised conformance would.
        var lines = [structure.properties.isEmpty && structure.additionalProperties == nil
            ? "_ = try decoder.container(keyedBy: AnyCodingKey.self)"
            : "let container = try decoder.container(keyedBy: AnyCodingKey.self)"]
        for property in structure.properties {
            let wire = WireCoding.wireType(property.type)
            let name = property.wireNameLiteral
            let call: String
            if property.isTriState {
                // A `Nullable` tells a missing member from `null`.
                call = "try container.decodeNullableMember(\(wire).self, \(name))"
            } else if !property.isRequired {
                call = "try container.decodeMemberIfPresent(\(wire).self, \(name))"
            } else if property.isNullable {
                // Required but nullable: the member must be there, its value may be null.
                call = "try container.decodeMember(\(wire)?.self, \(name))"
            } else {
                call = "try container.decodeMember(\(wire).self, \(name))"
            }
            let value = property.isTriState
                ? WireCoding.fromWire(call, property.type, tristate: true)
                : WireCoding.fromWire(call, property.type, optional: property.isOptional)
            let target = "self.\(property.storageName ?? property.swiftName)"
            lines.append(property.isBoxed ? "\(target) = Boxed(\(value))" : "\(target) = \(value)")
        }
        if let additional = structure.additionalProperties {
            let wire = WireCoding.wireType(additional)
            var filter = ""
            if !structure.properties.isEmpty {
                let names = structure.properties.map(\.wireNameLiteral)
                lines.append("let declaredMembers: Set<String> = [\(names.joined(separator: ", "))]")
                filter = " where !declaredMembers.contains(key.stringValue)"
            }
            lines += [
                "var additionalProperties: [String: \(additional.swiftName)] = [:]",
                "for key in container.allKeys\(filter) {",
                "    additionalProperties[key.stringValue] = \(WireCoding.fromWire("try container.decode(\(wire).self, forKey: key)", additional))",
                "}",
                "self.additionalProperties = additionalProperties",
            ]
        }
        return lines
    }

    private static func encodeLines(_ structure: Structure) -> [String] {
        var lines = [structure.properties.isEmpty && structure.additionalProperties == nil
            ? "_ = encoder.container(keyedBy: AnyCodingKey.self)"
            : "var container = encoder.container(keyedBy: AnyCodingKey.self)"]
        for property in structure.properties {
            // A `Nullable` is mapped like an `Optional`, and written as nothing when absent.
            var method = property.isTriState ? "NullableMember" : property.isRequired ? "Member" : "MemberIfPresent"
            var value = WireCoding.toWire(property.storedValue, property.type, optional: property.isOptional)
            if property.isBoxed, let storageName = property.storageName, !WireCoding.needsConversion(property.type) {
                // The box itself, not its value: reading the value here would emit code destroying a copy of
                // it (every member of the boxed struct) in this file.
                method = "Boxed" + method
                value = storageName
            }
            lines.append("try container.encode\(method)(\(value), \(property.wireNameLiteral))")
        }
        if let additional = structure.additionalProperties {
            lines += [
                "for (name, value) in additionalProperties {",
                "    try container.encode(\(WireCoding.toWire("value", additional)), forKey: AnyCodingKey(name))",
                "}",
            ]
        }
        return lines
    }
}
