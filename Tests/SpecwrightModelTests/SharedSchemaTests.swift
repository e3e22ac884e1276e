import SpecwrightModel
import SpecwrightReader
import Testing

/// A schema reached from several places is one Swift type.
struct SharedSchemaTests {
    @Test func responseSharedByOperationsIsOneTypeNamedAfterItsComponent() throws {
        let model = try ModelBuilder.build(try Spec.load(text: """
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths:
          /accounts:
            get:
              operationId: listAccounts
              responses:
                "404": {$ref: '#/components/responses/NotFound'}
          /users:
            get:
              operationId: listUsers
              responses:
                "404": {$ref: '#/components/responses/NotFound'}
        components:
          responses:
            NotFound:
              description: No such resource.
              content:
                application/json:
                  schema:
                    type: object
                    properties:
                      detail: {type: string}
        """, path: "/shared/spec.yaml"))
        #expect(model.types.map(\.name) == ["NotFound"])
        let types = model.operations.map { $0.responses.first?.contents.first?.type }
        #expect(types == [.named("NotFound"), .named("NotFound")])
    }

    /// Box writes `allOf: [{$ref: UserMini}, {description: ...}]` 140 times to document a property.
    @Test func allOfOfAReferenceAndAnnotationsIsTheReferencedType() throws {
        let model = try ModelBuilder.build(try Spec.load(text: """
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            File:
              type: object
              properties:
                created_by:
                  allOf:
                    - $ref: '#/components/schemas/UserMini'
                    - description: The user who created this file.
                modified_by:
                  allOf:
                    - $ref: '#/components/schemas/UserMini'
                    - {title: Modifier, description: The user who last modified this file., nullable: true, deprecated: true, readOnly: true, example: {id: "1"}}
                owned_by:
                  allOf:
                    - $ref: '#/components/schemas/UserMini'
                    - {description: Not only annotations., required: [name]}
            UserMini:
              type: object
              properties:
                id: {type: string}
                name: {type: string}
        """, path: "/shared/spec.yaml"))
        #expect(model.types.map(\.name) == ["File", "UserMini"])
        let file = try #require(model.types.first)
        guard case .structure(let structure) = file.kind else { Issue.record("File is not a struct"); return }
        let createdBy = structure.properties[0], modifiedBy = structure.properties[1], ownedBy = structure.properties[2]
        #expect(createdBy.type == .named("UserMini") && !createdBy.isNullable)
        #expect(createdBy.documentation.description == "The user who created this file.")
        #expect(modifiedBy.type == .named("UserMini") && modifiedBy.isNullable && modifiedBy.isTriState)
        #expect(modifiedBy.documentation.title == "Modifier" && modifiedBy.documentation.isDeprecated)
        // A member that constrains is not an annotation: the structure is merged as before.
        #expect(ownedBy.type == .named("File.OwnedBy"))
    }

    /// PayPal's error schemas are written out again in every operation's 422 response.
    @Test func identicalInlineSchemasAreOneTopLevelType() throws {
        // One line, so that it can be interpolated at any indentation.
        let error = "{type: object, description: An error., properties: {issue: {type: string}, details: {type: array, "
            + "items: {type: object, properties: {field: {type: string}, location: {type: string, enum: [body, path, query]}}}}}}"
        let model = try ModelBuilder.build(try Spec.load(text: """
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            OrdersCreateResponse422:
              type: object
              properties:
                name: {type: string}
                error:
                  \(error)
            OrdersCaptureResponse422:
              type: object
              properties:
                error:
                  \(error)
                other:
                  type: object
                  description: Not the same text.
                  properties:
                    issue: {type: string}
            Capture:
              type: object
              properties:
                location: {type: string, enum: [body, path, query]}
        """, path: "/shared/spec.yaml"))
        #expect(model.types.map(\.qualifiedName) == ["OrdersCreateResponse422", "OrdersCaptureResponse422", "Capture", "Error", "Location"])
        let capture = try #require(model.types.first { $0.name == "OrdersCaptureResponse422" })
        guard case .structure(let captureStructure) = capture.kind else { Issue.record("not a struct"); return }
        #expect(captureStructure.properties.map(\.type) == [.named("Error"), .named("OrdersCaptureResponse422.Other")])
        let create = try #require(model.types.first)
        guard case .structure(let createStructure) = create.kind else { Issue.record("not a struct"); return }
        #expect(createStructure.properties.map(\.type) == [.string, .named("Error")])
        #expect(create.nestedTypes.isEmpty)
        let shared = try #require(model.types.first { $0.name == "Error" })
        #expect(shared.documentation.description == "An error.")
        #expect(shared.nestedTypes.map(\.qualifiedName) == ["Error.Detail"])
        guard case .structure(let detail) = shared.nestedTypes[0].kind else { Issue.record("not a struct"); return }
        // The same enum, inline in `Error.Detail` and in `Capture`, is one type too, moved out of the first.
        #expect(detail.properties.map(\.type) == [.string, .named("Location")])
        let captureType = try #require(model.types.first { $0.name == "Capture" })
        guard case .structure(let location) = captureType.kind else { Issue.record("not a struct"); return }
        #expect(location.properties.map(\.type) == [.named("Location")] && captureType.nestedTypes.isEmpty)
    }

    /// Stripe writes `invoice: {anyOf: [string, $ref: invoice]}` out again in each type, with a description
    /// of its own each time.
    @Test func membersOfTheSameNameDifferingOnlyInTheirDescriptionShareOneType() throws {
        let model = try ModelBuilder.build(try Spec.load(text: """
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            Charge:
              type: object
              properties:
                invoice:
                  anyOf: [{type: string}, {$ref: '#/components/schemas/Invoice'}]
                  description: The invoice this charge is for.
                  x-expansionResources: {oneOf: [{$ref: '#/components/schemas/Invoice'}]}
                status: {type: string, enum: [active, inactive], description: The charge's status.}
            Refund:
              type: object
              properties:
                invoice:
                  anyOf: [{type: string}, {$ref: '#/components/schemas/Invoice'}]
                  description: The invoice of the refunded charge.
                  example: in_123
                state: {type: string, enum: [active, inactive], description: The refund's status.}
            Invoice:
              type: object
              properties:
                id: {type: string}
        """, path: "/shared/spec.yaml"))
        #expect(model.types.map(\.qualifiedName) == ["Charge", "Refund", "Invoice", "InvoiceValue"])
        let shared = try #require(model.types.last)
        // Its description was only the first member's: each member keeps its own instead.
        #expect(shared.documentation.description == nil)
        let properties = model.types.prefix(2).map { type -> [Property] in
            guard case .structure(let structure) = type.kind else { return [] }
            return structure.properties
        }
        #expect(properties.map { $0[0].type } == [.named("InvoiceValue"), .named("InvoiceValue")])
        #expect(properties.map { $0[0].documentation.description }
                == ["The invoice this charge is for.", "The invoice of the refunded charge."])
        // Members of other names keep types of their own: a shared name would not fit both.
        #expect(properties.map { $0[1].type } == [.named("Charge.Status"), .named("Refund.State")])
    }
}

