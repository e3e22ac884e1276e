import SpecwrightModel
import SpecwrightReader
import Testing

/// Issue 9: a boolean schema restricted to one value (Stripe's `deleted: {type: boolean, enum: [true]}`) is a
/// `Bool`, not `JSONValue`; the validator enforces the value.
struct BooleanConstantTests {
    @Test(arguments: [
        "{type: boolean, enum: [true]}",
        "{type: boolean, enum: [false]}",
        "{enum: [true, false]}",
        "{type: boolean, const: false}",
        "{const: true}",
        "{type: [boolean, 'null'], enum: [true, null]}",
    ])
    func isBool(_ schema: String) throws {
        let property = try #require(try deletedProperty(schema))
        #expect(property.type == .bool)
    }

    @Test(arguments: ["{enum: [true, 1]}", "{enum: [true, yes]}", "{const: {a: 1}}"])
    func mixedValuesStayJSON(_ schema: String) throws {
        let property = try #require(try deletedProperty(schema))
        #expect(property.type == .json)
    }

    private func deletedProperty(_ schema: String) throws -> Property? {
        let model = try ModelBuilder.build(try Spec.load(text: """
            openapi: 3.1.0
            info: {title: Booleans, version: "1"}
            paths: {}
            components:
              schemas:
                DeletedCustomer:
                  type: object
                  required: [deleted]
                  properties:
                    deleted: \(schema)
            """, path: "/booleans/spec.yaml"))
        guard case .structure(let structure) = model.types.first?.kind else { return nil }
        return structure.properties.first
    }
}
