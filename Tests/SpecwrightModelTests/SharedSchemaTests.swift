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
}
