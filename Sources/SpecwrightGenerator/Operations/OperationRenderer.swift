import SpecwrightModel

/// Renders what a module needs to call its API: an `Input` and an `Output` per operation, the
/// `<Module>Client` with one method per operation (and page sequences and command methods where the
/// operation has them), and a parser per webhook.
struct OperationRenderer {
    let templates: ConfiguredTemplates
    let model: APIModel
    let header: [String: Any]
    let moduleName: String

    /// Names generated code uses besides the model's types; a type of the same name would shadow them.
    private static let runtimeNames: Set<String> = [
        "Data", "Date", "URL", "UUID", "Int", "String", "Bool", "Double", "Result", "HTTPFields", "HTTPRequest",
        "ReceivedResponse", "RequestBuilder", "BuiltRequest", "APIClient", "ClientConfiguration", "PageSequence",
        "ItemSequence", "ValidationError", "WebhookParser", "InputValidation", "SecurityRequirement", "SecurityCredential",
        "ClientAuthentication", "RequestAuthorizer", "OAuth2ClientCredentials", "OAuth2TokenProvider", "ClientMiddleware",
        "ClientTransport", "AuthenticationError",
    ]

    /// The client's files, their names claimed and contexts built in order, still to be rendered (on any core).
    func jobs() throws -> [RenderJob] {
        guard !model.operations.isEmpty || !model.webhooks.isEmpty else { return [] }
        let types = TypeIndex(model.types)
        let typeNames = Set(model.types.map(\.name)).union(["ComponentSchemas"])
        let reservedTypeNames = typeNames.union(Self.runtimeNames)
        var topLevel = SwiftNaming.Scope(reserved: reservedTypeNames)
        var jobs: [RenderJob] = []

        let clientName = topLevel.claim(SwiftNaming.typeName(moduleName) + "Client")
        let authentication = model.securitySchemes.isEmpty
            ? nil
            : AuthenticationContext(typeName: topLevel.claim(SwiftNaming.typeName(moduleName) + "Authentication"), schemes: model.securitySchemes)
        let middlewareParameters = MiddlewareParameterRule(securitySchemes: model.securitySchemes)
        var methodNames = SwiftNaming.Scope(reserved: ["core", "send", "init", "serverURL"])
        var methods: [[String: Any]] = []
        var pageMethods: [[String: Any]] = []
        var commandMethods: [[String: Any]] = []

        for operation in model.operations {
            let inputName = topLevel.claim(operation.swiftName + "Input")
            let outputName = topLevel.claim(operation.swiftName + "Output")
            let input = try InputContext(operation, types: types, middlewareParameters: middlewareParameters)
            let output = OutputContext(
                operation, inputName: inputName, outputName: outputName, reservedTypeNames: reservedTypeNames,
                accessModifier: templates.accessModifier, valueConformance: templates.valueConformance)
            let methodName = methodNames.claim(SwiftNaming.memberName(operation.swiftName))
            let mentioned = input.members.map(\.typeName) + output.mentionedTypeNames
            jobs.append(RenderJob(
                path: "Operations/\(operation.swiftName).swift", category: .client, template: "operation",
                context: header.merging(
                    operationContext(operation, inputName: inputName, outputName: outputName, methodName: methodName, input: input, output: output, mentioned: mentioned)
                ) { $1 }, templates: templates
            ))
            methods.append(methodContext(operation, methodName: methodName, inputName: inputName, outputName: outputName, input: input))

            let queryMembers = Dictionary(
                operation.parameters.filter { $0.location == .query }.compactMap { parameter in
                    input.members.first { SwiftNaming.unescaped($0.swiftName) == SwiftNaming.unescaped(parameter.swiftName) }
                        .map { (parameter.name, (swiftName: $0.swiftName, type: parameter.type ?? .string, isOptional: $0.isOptional)) }
                },
                uniquingKeysWith: { first, _ in first }
            )
            if let shape = try PaginationShape.find(
                operation, members: queryMembers, success: output.success?.case, successType: output.success?.bodyType, types: types
            ) {
                pageMethods.append(pageMethodContext(shape, methodName: methodName, inputName: inputName, outputName: outputName, names: &methodNames))
            }
            if let bodyLabel = input.bodyMemberName,
               let envelope = CommandEnvelope(operation, requiresOnlyBody: input.requiresOnlyBody, types: types, methodNames: &methodNames) {
                commandMethods += envelope.commands.map { command in
                    [
                        "docLines": command.docLines,
                        "methodName": command.methodName,
                        "payloadLabel": command.payloadLabel,
                        "payloadTypeName": command.payloadTypeName,
                        "operationMethodName": methodName,
                        "bodyLabel": bodyLabel,
                        "bodyExpression": command.bodyExpression,
                        "outputName": outputName,
                    ] as [String: Any]
                }
            }
        }

        if !model.operations.isEmpty {
            jobs.append(RenderJob(
                path: "Client/\(clientName).swift", category: .client, template: "client",
                context: header.merging(
                    clientContext(clientName: clientName, authenticationTypeName: authentication?.typeName, methods: methods, typeNames: typeNames)
                ) { $1 }, templates: templates
            ))
        }
        if let authentication, !model.operations.isEmpty {
            var values = authentication.templateValues
            values["clientName"] = clientName
            values["firstFactoryName"] = authentication.factories.first.map { SwiftNaming.unescaped($0.name) } ?? "init"
            jobs.append(RenderJob(
                path: "Client/\(authentication.typeName).swift", category: .client, template: "client-authentication",
                context: header.merging(values) { $1 }, templates: templates
            ))
        }
        if !pageMethods.isEmpty {
            jobs.append(RenderJob(
                path: "Client/\(clientName)+Pagination.swift", category: .client, template: "client-pagination",
                context: header.merging(["clientName": clientName, "pageMethods": pageMethods]) { $1 }, templates: templates
            ))
        }
        if !commandMethods.isEmpty {
            jobs.append(RenderJob(
                path: "Client/\(clientName)+Commands.swift", category: .client, template: "client-commands",
                context: header.merging(["clientName": clientName, "commands": commandMethods]) { $1 }, templates: templates
            ))
        }
        for webhook in model.webhooks {
            guard let body = RequestBodyChoice(webhook.requestBody) else { continue }
            let name = topLevel.claim(webhook.swiftName + "Webhook")
            let requiredHeaders = webhook.parameters.filter { $0.location == .header && $0.isRequired }.map(\.name)
            jobs.append(RenderJob(
                path: "Webhooks/\(name).swift", category: .client, template: "webhook",
                context: header.merging([
                    "name": name,
                    "docLines": DocComment.lines(webhook.documentation),
                    "webhookName": SwiftEscaping.stringLiteralContent(webhook.path),
                    "eventTypeName": body.typeName,
                    "requiredHeaders": requiredHeaders.map { "\"\(SwiftEscaping.stringLiteralContent($0))\"" }.joined(separator: ", "),
                ]) { $1 }, templates: templates
            ))
        }
        return jobs
    }

    private func operationContext(
        _ operation: Operation, inputName: String, outputName: String, methodName: String, input: InputContext, output: OutputContext, mentioned: [String]
    ) -> [String: Any] {
        let signature = "`\(operation.method) \(operation.path)`"
        let members: [[String: Any]] = input.members.enumerated().map { index, member in
            [
                "swiftName": member.swiftName,
                "parameterName": SwiftNaming.parameterName(member.swiftName),
                "typeName": member.typeName + (member.isOptional ? "?" : ""),
                "docLines": member.docLines,
                "defaultValue": member.defaultValue ?? false,
                "last": index == input.members.count - 1,
            ]
        }
        return [
            "importsValidation": Self.needsValidationImport(mentioned),
            "inputName": inputName,
            "outputName": outputName,
            "operationID": SwiftEscaping.stringLiteralContent(operation.operationID ?? "\(operation.method) \(operation.path)"),
            "securityLines": AuthenticationContext.requirementsDeclaration(operation, documentSecurity: model.security, accessModifier: templates.accessModifier),
            "inputDocLines": DocComment.lines(Documentation(
                summary: "The input of `\(methodName)` (\(signature)): its parameters and body.",
                description: operation.documentation.summary
            )),
            "outputDocLines": DocComment.lines(Documentation(summary: "The responses of `\(methodName)` (\(signature)), one case per documented status.")),
            "members": members,
            "hasMembers": !members.isEmpty,
            "validateLines": input.validateLines,
            "requestLines": input.requestLines,
            "cases": output.cases.map { ["name": $0.name, "docLines": $0.docLines, "associatedValues": $0.associatedValues] as [String: Any] },
            "nestedTypes": output.nestedTypes.map { ["lines": $0.source.map { $0.isEmpty ? "" : "    " + $0 }] as [String: Any] },
            "decodeLines": output.decodeLines,
        ]
    }

    private func methodContext(_ operation: Operation, methodName: String, inputName: String, outputName: String, input: InputContext) -> [String: Any] {
        var documentation = operation.documentation
        documentation.description = [documentation.description, "`\(operation.method) \(operation.path)`"].compactMap { $0 }.joined(separator: "\n\n")
        return [
            "docLines": DocComment.lines(documentation),
            "deprecated": operation.documentation.isDeprecated,
            "methodName": methodName,
            "inputName": inputName,
            "outputName": outputName,
            "parameters": input.members.enumerated().map { index, member in
                [
                    "label": SwiftNaming.parameterName(member.swiftName),
                    "typeName": member.typeName + (member.isOptional ? "?" : ""),
                    "defaultValue": member.defaultValue ?? false,
                    "last": index == input.members.count - 1,
                ] as [String: Any]
            },
            "hasParameters": !input.members.isEmpty,
            "arguments": input.members.map { "\(SwiftNaming.parameterName($0.swiftName)): \($0.swiftName)" }.joined(separator: ", "),
        ]
    }

    private func pageMethodContext(_ shape: PaginationShape, methodName: String, inputName: String, outputName: String, names: inout SwiftNaming.Scope) -> [String: Any] {
        let stem = SwiftNaming.unescaped(methodName)
        var advanceLines: [String]
        var summary: String
        switch shape.advance {
        case .cursor(let parameter, let next):
            summary = "each request takes its `\(SwiftNaming.unescaped(parameter))` from the page before"
            advanceLines = [
                "guard let cursor = PageContinuation.nextCursor(\(next), after: input.\(parameter), itemCount: \(shape.items).count) else {",
                "    return (page, nil)",
                "}",
                "var next = input",
                "next.\(parameter) = cursor",
            ]
        case .offset(let parameter, let parameterType, let isOptional, let limit, let total):
            summary = "each request moves `\(SwiftNaming.unescaped(parameter))` past the items of the page before"
            let current = isOptional ? "Int(input.\(parameter) ?? 0)" : "Int(input.\(parameter))"
            advanceLines = [
                "guard let offset = PageContinuation.nextOffset(",
                "    current: \(current), itemCount: \(shape.items).count, limit: \(limit ?? "nil"), total: \(total ?? "nil")",
                ") else {",
                "    return (page, nil)",
                "}",
                "var next = input",
                "next.\(parameter) = \(parameterType)(offset)",
            ]
        }
        advanceLines.append("return (page, next)")
        return [
            "pagesMethodName": names.claim(stem + "Pages"),
            "itemsMethodName": names.claim(stem + "Items"),
            "methodName": methodName,
            "inputName": inputName,
            "outputName": outputName,
            "pageTypeName": shape.pageTypeName,
            "itemTypeName": shape.itemTypeName,
            "pagePattern": shape.pagePattern,
            "items": shape.items,
            "summary": summary,
            "advanceLines": advanceLines,
        ]
    }

    private func clientContext(clientName: String, authenticationTypeName: String?, methods: [[String: Any]], typeNames: Set<String>) -> [String: Any] {
        let servers = ServerContext(model.servers)
        let serverTypeName = ["Server", "APIServer", "ServerChoice"].first { !typeNames.contains($0) } ?? clientName + "Server"
        let title = model.title.isEmpty ? moduleName : model.title
        let mentioned = methods.flatMap { ($0["parameters"] as? [[String: Any]] ?? []).compactMap { $0["typeName"] as? String } }
        return [
            "importsValidation": Self.needsValidationImport(mentioned),
            "clientName": clientName,
            "authenticationTypeName": authenticationTypeName ?? false,
            "docLines": DocComment.lines(Documentation(
                summary: "A client of \(title) \(model.version): one method per operation, sent through an OpenAPIRuntime `ClientTransport` and its middlewares."
            )),
            "hasServers": !servers.cases.isEmpty,
            "serverTypeName": serverTypeName,
            "defaultServer": servers.cases.first.map { $0.defaultExpression } ?? false,
            "servers": servers.cases.map {
                ["name": $0.name, "docLines": $0.docLines, "parameters": $0.parameters, "pattern": $0.pattern, "urlExpression": $0.urlExpression] as [String: Any]
            },
            "methods": methods,
        ]
    }

    /// `CalendarDate` and `JSONValue` come from SpecwrightValidation; everything else from the module itself,
    /// Foundation or SpecwrightClient.
    private static func needsValidationImport(_ typeNames: [String]) -> Bool {
        typeNames.contains { $0.contains("CalendarDate") || $0.contains("JSONValue") }
    }
}
