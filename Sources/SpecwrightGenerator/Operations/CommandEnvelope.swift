import SpecwrightModel

/// An operation whose body selects a command by a discriminator and carries its data beside it — BankLingo's
/// `{"commandName": "ApproveCustomerCommand", "data": {...}}` — gets one method per command.
struct CommandEnvelope {
    struct Command {
        let methodName: String
        let docLines: [String]
        let payloadLabel: String
        let payloadTypeName: String
        /// `.approveCustomerCommand(ApproveCustomerCommand(commandName: "ApproveCustomerCommand", data: data))`
        let bodyExpression: String
    }

    let commands: [Command]

    /// - Parameter requiresOnlyBody: whether the operation needs nothing but its body (so a command
    ///   method can take the payload alone).
    init?(_ operation: Operation, requiresOnlyBody: Bool, types: TypeIndex, methodNames: inout SwiftNaming.Scope) {
        guard requiresOnlyBody, let body = RequestBodyChoice(operation.requestBody), body.kind == .json, body.isRequired,
              let union = types.union(of: body.content.type), let discriminator = union.discriminatorProperty
        else { return nil }
        var commands: [Command] = []
        for unionCase in union.cases {
            guard let value = unionCase.discriminatorValues.first,
                  let declaration = types.declaration(of: unionCase.type),
                  case .structure(let structure) = declaration.kind, structure.properties.count == 2,
                  structure.properties.allSatisfy({ $0.isRequired && !$0.isNullable }),
                  let selector = structure.properties.first(where: { $0.wireName == discriminator }),
                  let payload = structure.properties.first(where: { $0.wireName != discriminator }),
                  let selectorLiteral = types.literal(forString: value, type: selector.type)
            else { return nil }
            let stem = value.hasSuffix("Command") && value.count > "Command".count ? String(value.dropLast("Command".count)) : value
            let arguments = structure.properties.map { property in
                "\(property.swiftName): " + (property.wireName == discriminator ? selectorLiteral : payload.swiftName)
            }
            commands.append(Command(
                methodName: methodNames.claim(SwiftNaming.memberName(stem)),
                docLines: DocComment.lines(declaration.documentation.summary == nil && declaration.documentation.description == nil
                    ? Documentation(description: "The `\(value)` command.") : declaration.documentation),
                payloadLabel: payload.swiftName, payloadTypeName: payload.type.swiftName,
                bodyExpression: ".\(unionCase.swiftName)(\(unionCase.type.swiftName)(\(arguments.joined(separator: ", "))))"
            ))
        }
        guard !commands.isEmpty else { return nil }
        self.commands = commands
    }
}
