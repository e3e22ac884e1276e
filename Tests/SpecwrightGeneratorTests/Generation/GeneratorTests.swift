import Foundation
@testable import SpecwrightGenerator
import SpecwrightModel
import SpecwrightReader
import Testing

struct GeneratorTests {
    static let spec = """
    openapi: 3.1.0
    info: {title: Shop, version: "1"}
    paths:
      /customers:
        post:
          operationId: createCustomer
          tags: [Customers]
          requestBody:
            content:
              application/json:
                schema: {$ref: '#/components/schemas/CustomerRequest'}
          responses:
            '201':
              description: Created
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Customer'}
      /reports/{id}:
        get:
          operationId: getReport
          tags: [Reports]
          parameters:
            - {name: id, in: path, required: true, schema: {type: string}}
          responses:
            '200':
              description: A report
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Report'}
    components:
      schemas:
        Address:
          type: object
          properties:
            country: {type: string, pattern: '^[A-Z]{2}$'}
        CustomerRequest:
          type: object
          required: [name]
          properties:
            name: {type: string, minLength: 1}
            address: {$ref: '#/components/schemas/Address'}
        Customer:
          allOf:
            - $ref: '#/components/schemas/Base'
            - type: object
              properties:
                name: {type: string}
        Base:
          type: object
          properties:
            id: {type: string, format: uuid}
        Report:
          type: object
          properties:
            title: {type: string}
        Unused:
          type: string
    """

    static func generate(_ options: GenerationOptions) throws -> [String: GeneratedFile] {
        let spec = try Spec.load(text: Self.spec, path: "/shop/openapi.yaml")
        let result = try Generator.generate(spec, specLabel: "openapi.yaml", options: options, templates: try TemplateSet())
        return Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, $0) })
    }

    @Test func defaultsWriteOnePublicFilePerType() throws {
        let files = try Self.generate(GenerationOptions())
        #expect(Set(files.keys).isSuperset(of: ["Address.swift", "Customer.swift", "Report.swift", "Unused.swift", "ComponentSchemas.swift"]))
        #expect(files["Address.swift"]!.contents.contains("public struct Address: Codable, Equatable, Sendable"))
    }

    @Test(arguments: AccessModifier.allCases)
    func accessModifierReachesEveryDeclaration(_ modifier: AccessModifier) throws {
        let files = try Self.generate(GenerationOptions(accessModifier: modifier))
        let all = files.values.map(\.contents).joined(separator: "\n")
        #expect(all.contains("\(modifier.rawValue) struct Address"))
        #expect(all.contains("\(modifier.rawValue) enum ComponentSchemas"))
        #expect(all.contains("\(modifier.rawValue) init("))
        if modifier != .public { #expect(!all.contains("public ")) }
        #expect(!all.contains("{{"), "a template key was left unrendered")
    }

    @Test func additionalImportsFollowTheDefaultOnesInEveryFile() throws {
        let files = try Self.generate(GenerationOptions(additionalImports: ["MyModels", "Foundation.NSData"]))
        for file in files.values {
            #expect(file.contents.contains("\nimport MyModels\nimport Foundation.NSData\n"), "\(file.path)")
        }
    }

    @Test func invalidImportOrOverrideNamesTheKey() throws {
        #expect(throws: GeneratorError.self) { try Self.generate(GenerationOptions(additionalImports: ["My Models"])) }
        let badName = #expect(throws: GeneratorError.self) {
            try Self.generate(GenerationOptions(nameOverrides: NameOverrides(schemas: ["Address": "class"])))
        }
        #expect(badName?.description.contains("nameOverrides.schemas.Address") == true)
        let missing = #expect(throws: GeneratorError.self) {
            try Self.generate(GenerationOptions(nameOverrides: NameOverrides(schemas: ["Adress": "PostalAddress"])))
        }
        #expect(missing?.description.contains("no component schema 'Adress'") == true)
    }

    @Test func schemaOverrideRenamesTheTypeAndEveryUse() throws {
        let files = try Self.generate(GenerationOptions(nameOverrides: NameOverrides(schemas: ["Address": "PostalAddress"])))
        #expect(files["Address.swift"] == nil)
        #expect(files["PostalAddress.swift"]!.contents.contains("public struct PostalAddress"))
        #expect(files["CustomerRequest.swift"]!.contents.contains("public var address: PostalAddress?"))
        #expect(files["ComponentSchemas.swift"]!.contents.contains(#""Address": PostalAddress.self"#))
    }

    @Test func operationOverrideRenamesTheOperation() throws {
        let spec = try Spec.load(text: Self.spec, path: "/shop/openapi.yaml")
        let model = try ModelBuilder.build(spec, names: NameOverrides(operations: ["createCustomer": "OpenAccount"]))
        #expect(model.operations.map(\.swiftName) == ["OpenAccount", "GetReport"])
        #expect(throws: GeneratorError.self) {
            try Self.generate(GenerationOptions(nameOverrides: NameOverrides(operations: ["createCustomers": "OpenAccount"])))
        }
    }

    @Test func filterKeepsWhatTheOperationsReachThroughPropertiesAndAllOf() throws {
        let byTag = try Self.generate(GenerationOptions(filter: OperationFilter(tags: ["Customers"])))
        #expect(Set(byTag.keys.filter { $0 != "ComponentSchemas.swift" && $0 != "SchemaValidators.swift" })
                == ["Address.swift", "Base.swift", "Customer.swift", "CustomerRequest.swift",
                    "Operations/CreateCustomer.swift", "Client/ShopClient.swift"])
        #expect(!byTag["ComponentSchemas.swift"]!.contents.contains("Report"))
        #expect(!byTag["Client/ShopClient.swift"]!.contents.contains("getReport"))

        let byPath = try Self.generate(GenerationOptions(filter: OperationFilter(paths: ["/reports/{id}"])))
        #expect(byPath["Report.swift"] != nil && byPath["Customer.swift"] == nil && byPath["Unused.swift"] == nil)
        let byID = try Self.generate(GenerationOptions(filter: OperationFilter(operationIDs: ["getReport"])))
        #expect(Set(byID.keys) == Set(byPath.keys))
    }

    @Test func filterEntriesThatMatchNothingAreErrors() throws {
        for filter in [OperationFilter(tags: ["Customer"]), OperationFilter(paths: ["/reports/{reportId}"]), OperationFilter(operationIDs: ["get"])] {
            #expect(throws: GeneratorError.self) { try Self.generate(GenerationOptions(filter: filter)) }
        }
    }

    @Test func emitTypesOnlyLeavesValidatorsOut() throws {
        let files = try Self.generate(GenerationOptions(emit: [.types]))
        let all = files.values.map(\.contents).joined()
        #expect(!all.contains("Validatable") && !all.contains("JSONValidationContext"))
        #expect(files.values.allSatisfy { $0.category == .types })
        #expect(files.keys.allSatisfy { !$0.contains("/") }, "operation or client files were written")
        #expect(throws: GeneratorError.self) { try Self.generate(GenerationOptions(emit: [.validators])) }
        #expect(throws: GeneratorError.self) { try Self.generate(GenerationOptions(emit: [.client])) }
    }

    @Test func emitWithoutClientLeavesOperationsOut() throws {
        let files = try Self.generate(GenerationOptions(emit: [.types, .validators]))
        #expect(files["SchemaValidators.swift"] != nil)
        #expect(files.keys.allSatisfy { !$0.hasPrefix("Operations/") && !$0.hasPrefix("Client/") })
    }

    @Test func emitClientWithoutValidatorsKeepsTheClientAndNoConformances() throws {
        let files = try Self.generate(GenerationOptions(emit: [.types, .client]))
        #expect(files["Client/ShopClient.swift"]!.category == .client)
        #expect(files["Operations/CreateCustomer.swift"]!.contents.contains("public struct CreateCustomerInput"))
        #expect(files["SchemaValidators.swift"] == nil)
        #expect(!files.values.map(\.contents).joined().contains(": Validatable"))
    }

    @Test func bundledLayoutWritesTheSameCodeInThreeFixedFiles() throws {
        let perType = try Self.generate(GenerationOptions())
        let bundled = try Self.generate(GenerationOptions(layout: .bundled))
        #expect(Set(bundled.keys) == ["Types.swift", "Validators.swift", "Client.swift"])
        let types = bundled["Types.swift"]!.contents
        #expect(types.hasPrefix("// Generated by Specwright from openapi.yaml (Shop 1)."))
        // One import of each module, at the top.
        #expect(types.components(separatedBy: "import Foundation\n").count == 2)
        #expect(types.contains("public struct Address") && !types.contains("extension Address: Validatable"))
        let validators = bundled["Validators.swift"]!.contents
        #expect(validators.contains("extension Address: Validatable") && !validators.contains("struct Address"))
        let client = bundled["Client.swift"]!.contents
        #expect(client.contains("public struct ShopClient") && client.contains("public struct CreateCustomerInput"))
        #expect(client.components(separatedBy: "import SpecwrightClient\n").count == 2)
        #expect(!types.contains("ShopClient") && !validators.contains("ShopClient"))
        // Every declaration of the per-type files is in the bundle.
        let bundledText = types + validators + client
        for file in perType.values {
            for line in file.contents.split(separator: "\n") where line.contains("struct ") || line.contains("enum ") {
                #expect(bundledText.contains(line), "\(file.path): \(line)")
            }
        }
        #expect(try Self.generate(GenerationOptions(layout: .bundled)) == bundled, "bundles differ between runs")
    }
}
