import Testing

import SpecwrightGenerator
import SpecwrightModel
import SpecwrightReader

/// Renders a small spec with paths and returns the generated files by path.
func renderOperations(_ yaml: String, module: String = "Shop") throws -> [String: String] {
    let spec = try Spec.load(text: yaml, path: "/snippets/spec.yaml")
    let files = try SwiftRenderer(templates: try TemplateSet()).render(try ModelBuilder.build(spec), specLabel: "spec.yaml", moduleName: module)
    return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
}

@Suite struct OperationRenderingTests {
    static let spec = """
    openapi: 3.1.0
    info: {title: Shop, version: "2"}
    servers:
      - url: https://{region}.shop.example/v2
        description: Regional
        variables:
          region: {default: eu, enum: [eu, us]}
      - url: /relative
    paths:
      /orders/{orderId}:
        parameters:
          - {name: orderId, in: path, required: true, schema: {type: string}}
        get:
          operationId: getOrder
          summary: Get an order
          parameters:
            - {name: fields, in: query, style: form, explode: false, schema: {type: array, items: {type: string}}}
            - {name: filter, in: query, style: deepObject, schema: {$ref: '#/components/schemas/Filter'}}
            - {name: redirect, in: query, allowReserved: true, schema: {type: string}}
            - {name: page_size, in: query, required: true, schema: {type: integer, default: 20, minimum: 1, maximum: 100}}
            - {name: X-Trace, in: header, schema: {type: string}}
            - {name: Accept, in: header, schema: {type: string}}
            - {name: session, in: cookie, schema: {type: string}}
          responses:
            "200":
              description: The order.
              headers:
                X-Rate-Limit: {required: true, schema: {type: integer}}
              content:
                application/json: {schema: {$ref: '#/components/schemas/Order'}}
                text/csv: {schema: {type: string}}
            4XX:
              description: A client error.
              content:
                application/problem+json: {schema: {$ref: '#/components/schemas/Problem'}}
            default:
              description: Anything else.
      /orders:
        get:
          operationId: listOrders
          parameters:
            - {name: after, in: query, schema: {type: string}}
            - {name: limit, in: query, schema: {type: integer}}
          responses:
            "200":
              description: A page.
              content:
                application/json:
                  schema:
                    type: object
                    required: [data]
                    properties:
                      data: {type: array, items: {$ref: '#/components/schemas/Order'}}
                      meta: {type: object, properties: {next_cursor: {type: string}}}
        post:
          operationId: createOrder
          requestBody:
            required: true
            content:
              application/x-www-form-urlencoded: {schema: {$ref: '#/components/schemas/Order'}}
          responses:
            "201": {description: Created.}
    components:
      schemas:
        Order: {type: object, properties: {id: {type: string}}}
        Filter: {type: object, properties: {status: {type: string}}}
        Problem: {type: object, properties: {title: {type: string}}}
        ShopClient: {type: object}
    """

    @Test func inputMembersAndRequestStatements() throws {
        let source = try #require(try renderOperations(Self.spec)["Operations/GetOrder.swift"])
        #expect(source.contains("public struct GetOrderInput: OperationInput, Equatable {"))
        #expect(source.contains("public static let operationID = \"getOrder\""))
        #expect(source.contains("        orderId: String,\n"))
        #expect(source.contains("        pageSize: Int = 20,\n"))
        #expect(source.contains("        fields: [String]? = nil,\n"))
        #expect(source.contains("var builder = RequestBuilder(method: .get, pathTemplate: \"/orders/{orderId}\")"))
        #expect(source.contains("try builder.path(\"orderId\", orderId)"))
        #expect(source.contains("try builder.query(\"fields\", fields, explode: false)"))
        #expect(source.contains("try builder.query(\"filter\", filter, style: .deepObject, explode: false)"))
        #expect(source.contains("try builder.query(\"redirect\", redirect, allowReserved: true)"))
        #expect(source.contains("try builder.header(\"X-Trace\", xTrace)"))
        #expect(source.contains("try builder.cookie(\"session\", session)"))
        // OpenAPI: an `Accept` header parameter is ignored; the client sets it from the responses.
        #expect(!source.contains("builder.header(\"Accept\""))
        #expect(source.contains("builder.accept([\"application/json\", \"text/csv\", \"application/problem+json\"])"))
        #expect(source.contains("""
                try InputValidation.validate([
                    (filter as Any, "/query/filter")
                ], rules: [
                    ParameterRules.range(pageSize, minimum: 1.0, maximum: 100.0, at: "/query/page_size")
                ])
        """))
    }

    @Test func outputCasesByStatusRangeAndDefault() throws {
        let source = try #require(try renderOperations(Self.spec)["Operations/GetOrder.swift"])
        #expect(source.contains("case ok(OkBody, headers: OkHeaders)"))
        #expect(source.contains("case clientError(status: Int, Problem)"))
        #expect(source.contains("case `default`(status: Int)"))
        #expect(source.contains("case undocumented(status: Int, headers: HTTPFields, body: Data)"))
        #expect(source.contains("        case 400...499:\n"))
        #expect(source.contains("        default:\n            return .default(status: response.status)"))
        #expect(source.contains("public enum OkBody: Equatable, Sendable {"))
        #expect(source.contains("case json(Order)"))
        #expect(source.contains("case csv(String)"))
        #expect(source.contains("xRateLimit = try response.requiredHeader(\"X-Rate-Limit\", as: Int.self)"))
    }

    @Test func clientNameAvoidsSchemasAndServersKeepTheirVariables() throws {
        let files = try renderOperations(Self.spec)
        // `ShopClient` is a schema: the client takes the next free name.
        let client = try #require(files["Client/ShopClient2.swift"])
        #expect(client.contains("public struct ShopClient2: Sendable {"))
        #expect(client.contains("case regional(region: String = \"eu\")"))
        #expect(client.contains("try ServerURLTemplate.url(\"https://{region}.shop.example/v2\", values: [(\"region\", region, [\"eu\", \"us\"])])"))
        #expect(!client.contains("relative"))
        #expect(client.contains("public func getOrder("))
        #expect(client.contains("try await core.send(CreateOrderInput(body: body))"))
    }

    @Test func keywordParametersAreWrittenWithoutNeedlessBackticks() throws {
        // Xero's `where` query parameter: Swift warns about backticks on a keyword in a parameter list.
        let files = try renderOperations("""
        openapi: 3.1.0
        info: {title: Ledger, version: "1"}
        paths:
          /invoices:
            get:
              operationId: listInvoices
              parameters:
                - {name: where, in: query, schema: {type: string}}
              responses:
                "204": {description: Listed}
        """, module: "Ledger")
        let operation = try #require(files["Operations/ListInvoices.swift"])
        #expect(operation.contains("public var `where`: String?"))
        #expect(operation.contains("        where: String? = nil\n"))
        #expect(operation.contains("self.`where` = `where`"))
        let client = try #require(files["Client/LedgerClient.swift"])
        #expect(client.contains("        where: String? = nil\n"))
        #expect(client.contains("try await core.send(ListInvoicesInput(where: `where`))"))
    }

    @Test func anOperationWithoutInputsBuildsItsRequestInOneExpression() throws {
        // A `var builder` nothing mutates is a compiler warning (Moov's `GET /ping`).
        let files = try renderOperations("""
        openapi: 3.1.0
        info: {title: Health, version: "1"}
        paths:
          /ping:
            get:
              operationId: ping
              responses:
                "204": {description: Alive}
        """, module: "Health")
        let operation = try #require(files["Operations/Ping.swift"])
        #expect(operation.contains("""
                public func makeRequest() throws -> BuiltRequest {
                    try RequestBuilder(method: .get, pathTemplate: "/ping").build()
                }
            """))
    }

    @Test func anOperationNamedLikeASchemaGetsAFileNameOfItsOwn() throws {
        // SwiftPM names object files after the file name alone: `Operations/CreateCustomer.swift` beside the
        // type's `CreateCustomer.swift` would not link (Moov's and Unit's specs have such pairs).
        let files = try renderOperations("""
        openapi: 3.1.0
        info: {title: Bank, version: "1"}
        paths:
          /customers:
            post:
              operationId: createCustomer
              requestBody:
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/CreateCustomer'}
              responses:
                "204": {description: Created}
        components:
          schemas:
            CreateCustomer:
              type: object
              properties:
                name: {type: string}
        """, module: "Bank")
        #expect(files["CreateCustomer.swift"] != nil)
        #expect(files["Operations/CreateCustomer.swift"] == nil)
        let operation = try #require(files["Operations/CreateCustomer+Operation.swift"])
        #expect(operation.contains("struct CreateCustomerInput"))
    }

    @Test func formBodiesAndPagination() throws {
        let files = try renderOperations(Self.spec)
        #expect(try #require(files["Operations/CreateOrder.swift"]).contains("try builder.formBody(body)"))
        let pages = try #require(files["Client/ShopClient2+Pagination.swift"])
        #expect(pages.contains("public func listOrdersPages(_ input: ListOrdersInput) -> PageSequence<ListOrdersInput, ListOrdersResponse>"))
        #expect(pages.contains("PageContinuation.nextCursor(page.meta?.nextCursor, after: input.after, itemCount: page.data.count)"))
        #expect(pages.contains("listOrdersPages(input).items { page in page.data }"))
    }

    @Test func declaredPagination() throws {
        let yaml = Self.spec.replacingOccurrences(of: "operationId: listOrders\n", with: """
        operationId: listOrders
              x-pagination: {offset: limit, items: /data}

        """)
        let pages = try #require(try renderOperations(yaml)["Client/ShopClient2+Pagination.swift"])
        #expect(pages.contains("PageContinuation.nextOffset("))
        #expect(pages.contains("next.limit = Int(offset)"))
    }

    @Test func aBadPaginationDeclarationNamesItsLocation() throws {
        let yaml = Self.spec.replacingOccurrences(of: "operationId: listOrders\n", with: """
        operationId: listOrders
              x-pagination: {cursor: nope, nextCursor: /meta/next_cursor, items: /data}

        """)
        #expect {
            try renderOperations(yaml)
        } throws: { error in
            "\(error)".contains("spec.yaml:") && "\(error)".contains("`nope`")
        }
    }

    @Test func anUnknownStyleIsASpecError() throws {
        let yaml = Self.spec.replacingOccurrences(of: "style: deepObject", with: "style: weird")
        #expect {
            try renderOperations(yaml)
        } throws: { error in
            "\(error)".contains("style `weird`")
        }
    }

    @Test func commandEnvelopesGetOneMethodEach() throws {
        let files = try renderOperations("""
        openapi: 3.1.0
        info: {title: Bank, version: "1"}
        paths:
          /cmd:
            post:
              operationId: run
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      oneOf: [{$ref: '#/components/schemas/FreezeCommand'}, {$ref: '#/components/schemas/ThawCommand'}]
                      discriminator: {propertyName: name}
              responses:
                "200": {description: Done.}
        components:
          schemas:
            FreezeCommand:
              type: object
              required: [name, data]
              properties: {name: {const: FreezeCommand, type: string}, data: {type: object, properties: {id: {type: string}}}}
            ThawCommand:
              type: object
              required: [name, data]
              properties: {name: {const: ThawCommand, type: string}, data: {type: object, properties: {id: {type: string}, reason: {type: string}}}}
        """, module: "Bank")
        let commands = try #require(files["Client/BankClient+Commands.swift"])
        #expect(commands.contains("""
                /// The `FreezeCommand` command.
                ///
                /// Sends the command's envelope through `run`.
                public func freeze(_ data: FreezeCommand.FreezeCommandData) async throws -> RunOutput {
            """))
        #expect(commands.contains("try await run(body: .freezeCommand(FreezeCommand(name: \"FreezeCommand\", data: data)))"))
        #expect(commands.contains("public func thaw(_ data: ThawCommand.ThawCommandData)"))
    }
}
