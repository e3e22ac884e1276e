import SpecwrightDiff
import Testing

/// One check, one small old/new pair, the exact changes expected.
struct CheckCase: Sendable, CustomTestStringConvertible {
    var check: String
    var old: String
    var new: String
    var expected: [String]

    var testDescription: String { check }
}

private typealias F = DiffFixtures

private let body = "body (`application/json`) of `POST /items`"
private let answer = "body (`application/json`) of the `200` response of `GET /items`"

/// Request checks are written against `POST /items`, response checks against `GET /items`.
let checkCases: [CheckCase] = [
    // Paths and operations
    CheckCase(
        check: "path-removed",
        old: F.document(paths: "  /items:\n    get:\n      responses: {'200': {description: ok}}\n  /users:\n    get:\n      responses: {'200': {description: ok}}"),
        new: F.document(paths: "  /users:\n    get:\n      responses: {'200': {description: ok}}"),
        expected: ["path-removed breaking: path `/items` was removed",
                   "swift-method-removed breaking: `GetItems` (`GET /items`) is no longer generated"]
    ),
    CheckCase(
        check: "operation-removed",
        old: F.document(paths: "  /items:\n    get:\n      operationId: listItems\n      responses: {'200': {description: ok}}\n    delete:\n      operationId: deleteItems\n      responses: {'204': {description: ok}}"),
        new: F.document(paths: "  /items:\n    get:\n      operationId: listItems\n      responses: {'200': {description: ok}}"),
        expected: ["operation-removed breaking: operation `DELETE /items` (operationId `deleteItems`) was removed",
                   "swift-method-removed breaking: `DeleteItems` (`DELETE /items`) is no longer generated"]
    ),
    CheckCase(
        check: "operation-added",
        old: F.document(paths: "  /items:\n    get:\n      responses: {'200': {description: ok}}"),
        new: F.document(paths: "  /items:\n    get:\n      responses: {'200': {description: ok}}\n    post:\n      operationId: createItem\n      responses: {'201': {description: ok}}"),
        expected: ["operation-added info: operation `POST /items` (operationId `createItem`) was added"]
    ),
    CheckCase(
        check: "webhook-removed",
        old: F.document(extra: "webhooks:\n  itemCreated:\n    post:\n      responses: {'200': {description: ok}}"),
        new: F.document(extra: "webhooks: {}"),
        expected: ["webhook-removed breaking: webhook `itemCreated` (POST) was removed"]
    ),
    CheckCase(
        check: "renamed path parameter is no change",
        old: F.document(paths: "  /items/{id}:\n    get:\n      parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n      responses: {'200': {description: ok}}"),
        new: F.document(paths: "  /items/{itemId}:\n    get:\n      parameters: [{name: itemId, in: path, required: true, schema: {type: string}}]\n      responses: {'200': {description: ok}}"),
        expected: ["swift-method-renamed breaking: `GET /items/{itemId}` is now named `GetItemsItemId` instead of `GetItemsId`"]
    ),
    // Parameters
    CheckCase(
        check: "parameter-removed",
        old: F.document(paths: "  /items:\n    get:\n      parameters: [{name: limit, in: query, schema: {type: integer}}]\n      responses: {'200': {description: ok}}"),
        new: F.document(paths: "  /items:\n    get:\n      responses: {'200': {description: ok}}"),
        expected: ["parameter-removed warning: query parameter `limit` of `GET /items` was removed"]
    ),
    CheckCase(
        check: "new-required-parameter",
        old: F.document(paths: "  /items:\n    get:\n      responses: {'200': {description: ok}}"),
        new: F.document(paths: "  /items:\n    get:\n      parameters: [{name: tenant, in: header, required: true, schema: {type: string}}]\n      responses: {'200': {description: ok}}"),
        expected: ["new-required-parameter breaking: required header parameter `tenant` was added to `GET /items`"]
    ),
    CheckCase(
        check: "parameter-became-required",
        old: F.document(paths: "  /items:\n    get:\n      parameters: [{name: limit, in: query, schema: {type: integer}}]\n      responses: {'200': {description: ok}}"),
        new: F.document(paths: "  /items:\n    get:\n      parameters: [{name: limit, in: query, required: true, schema: {type: integer}}]\n      responses: {'200': {description: ok}}"),
        expected: ["parameter-became-required breaking: query parameter `limit` of `GET /items` became required"]
    ),
    CheckCase(
        check: "parameter-serialization-changed",
        old: F.document(paths: "  /items:\n    get:\n      parameters: [{name: ids, in: query, schema: {type: array, items: {type: string}}}]\n      responses: {'200': {description: ok}}"),
        new: F.document(paths: "  /items:\n    get:\n      parameters: [{name: ids, in: query, explode: false, schema: {type: array, items: {type: string}}}]\n      responses: {'200': {description: ok}}"),
        expected: ["parameter-serialization-changed breaking: query parameter `ids` of `GET /items` is serialized as form (explode false) instead of form (explode true)"]
    ),
    CheckCase(
        check: "parameter schema (maximum-changed)",
        old: F.document(paths: "  /items:\n    get:\n      parameters: [{name: limit, in: query, schema: {type: integer, maximum: 100}}]\n      responses: {'200': {description: ok}}"),
        new: F.document(paths: "  /items:\n    get:\n      parameters: [{name: limit, in: query, schema: {type: integer, maximum: 50}}]\n      responses: {'200': {description: ok}}"),
        expected: ["maximum-changed breaking: request query parameter `limit` of `GET /items`: `maximum` decreased from 100 to 50"]
    ),
    // Request bodies
    CheckCase(
        check: "request-body-became-required",
        old: F.document(paths: "  /items:\n    post:\n      requestBody: {content: {application/json: {schema: {type: object}}}}\n      responses: {'204': {description: ok}}"),
        new: F.document(paths: "  /items:\n    post:\n      requestBody: {required: true, content: {application/json: {schema: {type: object}}}}\n      responses: {'204': {description: ok}}"),
        expected: ["request-body-became-required breaking: the request body of `POST /items` became required"]
    ),
    CheckCase(
        check: "required-request-body-added",
        old: F.document(paths: "  /items:\n    post:\n      responses: {'204': {description: ok}}"),
        new: F.document(paths: "  /items:\n    post:\n      requestBody: {required: true, content: {application/json: {schema: {type: string}}}}\n      responses: {'204': {description: ok}}"),
        expected: ["required-request-body-added breaking: `POST /items` now requires a request body"]
    ),
    CheckCase(
        check: "request-body-removed",
        old: F.document(paths: "  /items:\n    post:\n      requestBody: {content: {application/json: {schema: {type: string}}}}\n      responses: {'204': {description: ok}}"),
        new: F.document(paths: "  /items:\n    post:\n      responses: {'204': {description: ok}}"),
        expected: ["request-body-removed breaking: `POST /items` no longer takes a request body"]
    ),
    CheckCase(
        check: "request-media-type-removed",
        old: F.document(paths: "  /items:\n    post:\n      requestBody: {content: {application/json: {schema: {type: string}}, application/xml: {schema: {type: string}}}}\n      responses: {'204': {description: ok}}"),
        new: F.document(paths: "  /items:\n    post:\n      requestBody: {content: {application/json: {schema: {type: string}}}}\n      responses: {'204': {description: ok}}"),
        expected: ["request-media-type-removed breaking: `POST /items` no longer accepts `application/xml` request bodies"]
    ),
    // Responses
    CheckCase(
        check: "response-status-removed",
        old: F.document(paths: "  /items:\n    get:\n      responses: {'200': {description: ok}, '404': {description: none}}"),
        new: F.document(paths: "  /items:\n    get:\n      responses: {'202': {description: later}}"),
        expected: ["response-status-removed breaking: `GET /items` no longer documents the `200` response",
                   "response-status-removed warning: `GET /items` no longer documents the `404` response"]
    ),
    CheckCase(
        check: "response-media-type-removed",
        old: F.document(paths: "  /items:\n    get:\n      responses: {'200': {description: ok, content: {application/json: {schema: {type: string}}, text/csv: {schema: {type: string}}}}}"),
        new: F.document(paths: "  /items:\n    get:\n      responses: {'200': {description: ok, content: {application/json: {schema: {type: string}}}}}"),
        expected: ["response-media-type-removed breaking: the `200` response of `GET /items` is no longer sent as `text/csv`"]
    ),
    CheckCase(
        check: "response-header-removed",
        old: F.document(paths: "  /items:\n    get:\n      responses:\n        '200':\n          description: ok\n          headers: {X-Rate-Limit: {required: true, schema: {type: integer}}, X-Trace: {schema: {type: string}}}"),
        new: F.document(paths: "  /items:\n    get:\n      responses:\n        '200': {description: ok}"),
        expected: ["response-header-removed breaking: the `200` response of `GET /items` no longer has the required header `X-Rate-Limit`",
                   "response-header-removed warning: the `200` response of `GET /items` no longer has the header `X-Trace`"]
    ),
    CheckCase(
        check: "response-header-became-optional",
        old: F.document(paths: "  /items:\n    get:\n      responses:\n        '200':\n          description: ok\n          headers: {X-Rate-Limit: {required: true, schema: {type: integer}}}"),
        new: F.document(paths: "  /items:\n    get:\n      responses:\n        '200':\n          description: ok\n          headers: {X-Rate-Limit: {schema: {type: integer}}}"),
        expected: ["response-header-became-optional breaking: header `X-Rate-Limit` of the `200` response of `GET /items` became optional"]
    ),
    // Security
    CheckCase(
        check: "security-required",
        old: F.document(paths: "  /items:\n    get:\n      responses: {'200': {description: ok}}", components: "  securitySchemes: {key: {type: apiKey, in: header, name: X-Key}}"),
        new: F.document(paths: "  /items:\n    get:\n      security: [{key: []}]\n      responses: {'200': {description: ok}}", components: "  securitySchemes: {key: {type: apiKey, in: header, name: X-Key}}"),
        expected: ["security-required breaking: `GET /items` now requires key"]
    ),
    CheckCase(
        check: "security-alternative-removed",
        old: F.document(paths: "  /items:\n    get:\n      security: [{key: []}, {oauth: [read]}]\n      responses: {'200': {description: ok}}"),
        new: F.document(paths: "  /items:\n    get:\n      security: [{oauth: [read]}]\n      responses: {'200': {description: ok}}"),
        expected: ["security-alternative-removed breaking: `GET /items` no longer accepts key"]
    ),
    CheckCase(
        check: "security-scope-added",
        old: F.document(paths: "  /items:\n    get:\n      security: [{oauth: [read]}]\n      responses: {'200': {description: ok}}"),
        new: F.document(paths: "  /items:\n    get:\n      security: [{oauth: [read, admin]}]\n      responses: {'200': {description: ok}}"),
        expected: ["security-scope-added breaking: `GET /items` needs the `oauth` scopes `admin` too"]
    ),
    CheckCase(
        check: "security-scheme-changed",
        old: F.document(components: "  securitySchemes: {key: {type: apiKey, in: header, name: X-Key}}"),
        new: F.document(components: "  securitySchemes: {key: {type: apiKey, in: query, name: key}}"),
        expected: ["security-scheme-changed breaking: security scheme `key`: `in` changed from `header` to `query`",
                   "security-scheme-changed breaking: security scheme `key`: `name` changed from `X-Key` to `key`"]
    ),
    // Schemas: type and value
    CheckCase(
        check: "type-changed", old: F.request("{type: integer}"), new: F.request("{type: string}"),
        expected: ["type-changed breaking: request \(body): type changed from `integer` to `string`"]
    ),
    CheckCase(
        check: "type-changed (widened request)", old: F.request("{type: integer}"), new: F.request("{type: number}"),
        expected: ["type-changed info: request \(body): type changed from `integer` to `number`"]
    ),
    CheckCase(
        check: "type-changed (widened response)", old: F.response("{type: integer}"), new: F.response("{type: number}"),
        expected: ["type-changed breaking: response \(answer): type changed from `integer` to `number`"]
    ),
    CheckCase(
        check: "nullability-changed", old: F.response("{type: string}"), new: F.response("{type: [string, 'null']}"),
        expected: ["nullability-changed breaking: response \(answer): became nullable"]
    ),
    CheckCase(
        check: "nullability-changed (request)", old: F.request("{type: [string, 'null']}"), new: F.request("{type: string}"),
        expected: ["nullability-changed breaking: request \(body): is no longer nullable"]
    ),
    CheckCase(
        check: "format-changed", old: F.request("{type: string}"), new: F.request("{type: string, format: iban}"),
        expected: ["format-changed breaking: request \(body): format changed from none to `iban`"]
    ),
    CheckCase(
        check: "format-changed (widened)", old: F.request("{type: integer, format: int32}"), new: F.request("{type: integer, format: int64}"),
        expected: ["format-changed info: request \(body): format changed from `int32` to `int64`"]
    ),
    CheckCase(
        check: "pattern-changed", old: F.request("{type: string}"), new: F.request("{type: string, pattern: '^[A-Z]{2}$'}"),
        expected: ["pattern-changed breaking: request \(body): pattern `^[A-Z]{2}$` was added"]
    ),
    CheckCase(
        check: "pattern-changed (replaced)", old: F.request("{type: string, pattern: '^[a-z]+$'}"), new: F.request("{type: string, pattern: '^[a-z0-9]+$'}"),
        expected: ["pattern-changed warning: request \(body): pattern changed from `^[a-z]+$` to `^[a-z0-9]+$`"]
    ),
    CheckCase(
        check: "minimum-changed", old: F.request("{type: number, minimum: 0}"), new: F.request("{type: number, exclusiveMinimum: 0}"),
        expected: ["minimum-changed breaking: request \(body): `minimum` increased from 0 to 0 (exclusive)"]
    ),
    CheckCase(
        check: "maximum-changed", old: F.response("{type: number, maximum: 10}"), new: F.response("{type: number}"),
        expected: ["maximum-changed breaking: response \(answer): `maximum` 10 was removed"]
    ),
    CheckCase(
        check: "min-length-changed", old: F.request("{type: string, minLength: 1}"), new: F.request("{type: string, minLength: 3}"),
        expected: ["min-length-changed breaking: request \(body): `minLength` increased from 1 to 3"]
    ),
    CheckCase(
        check: "max-length-changed", old: F.response("{type: string, maxLength: 10}"), new: F.response("{type: string, maxLength: 20}"),
        expected: ["max-length-changed breaking: response \(answer): `maxLength` increased from 10 to 20"]
    ),
    CheckCase(
        check: "min-items-changed", old: F.request("{type: array, items: {type: string}}"), new: F.request("{type: array, minItems: 1, items: {type: string}}"),
        expected: ["min-items-changed breaking: request \(body): `minItems` 1 was added"]
    ),
    CheckCase(
        check: "max-items-changed", old: F.request("{type: array, maxItems: 10, items: {type: string}}"), new: F.request("{type: array, maxItems: 5, items: {type: string}}"),
        expected: ["max-items-changed breaking: request \(body): `maxItems` decreased from 10 to 5"]
    ),
    CheckCase(
        check: "contains-changed", old: F.request("{type: array, items: {type: string}}"), new: F.request("{type: array, items: {type: string}, contains: {const: x}}"),
        expected: ["contains-changed breaking: request \(body): `contains` was added"]
    ),
    CheckCase(
        check: "min-contains-changed", old: F.request("{type: array, contains: {const: x}, minContains: 1}"), new: F.request("{type: array, contains: {const: x}, minContains: 2}"),
        expected: ["min-contains-changed breaking: request \(body): `minContains` increased from 1 to 2"]
    ),
    CheckCase(
        check: "max-contains-changed", old: F.response("{type: array, contains: {const: x}, maxContains: 2}"), new: F.response("{type: array, contains: {const: x}, maxContains: 3}"),
        expected: ["max-contains-changed breaking: response \(answer): `maxContains` increased from 2 to 3"]
    ),
    CheckCase(
        check: "enum-value-removed", old: F.request("{type: string, enum: [EUR, USD]}"), new: F.request("{type: string, enum: [EUR]}"),
        expected: ["enum-value-removed breaking: request \(body): enum value `\"USD\"` was removed",
                   "swift-case-removed breaking: case `CreateItemRequest.usd` was removed"]
    ),
    CheckCase(
        check: "enum-value-added", old: F.response("{type: string, enum: [EUR]}"), new: F.response("{type: string, enum: [EUR, USD]}"),
        expected: ["enum-value-added warning: response \(answer): enum value `\"USD\"` was added",
                   "swift-case-added warning: case `ListItemsResponse.usd` was added"]
    ),
    CheckCase(
        check: "enum-added", old: F.request("{type: string}"), new: F.request("{type: string, enum: [EUR, USD]}"),
        expected: ["enum-added breaking: request \(body): became an enum of `\"EUR\"`, `\"USD\"`"]
    ),
    CheckCase(
        check: "enum-removed", old: F.response("{type: string, enum: [EUR]}"), new: F.response("{type: string}"),
        expected: ["enum-removed warning: response \(answer): is no longer limited to its enum values",
                   "swift-type-removed breaking: type `ListItemsResponse` is no longer generated"]
    ),
    CheckCase(
        check: "const-changed", old: F.request("{const: v1}"), new: F.request("{const: v2}"),
        expected: ["const-changed breaking: request \(body): `const` changed from \"v1\" to \"v2\""]
    ),
    // Schemas: objects
    CheckCase(
        check: "property-removed",
        old: F.response("{type: object, required: [id], properties: {id: {type: string}, note: {type: string}}}"),
        new: F.response("{type: object, properties: {name: {type: string}}}"),
        expected: ["property-removed breaking: response \(answer): required property `id` was removed",
                   "property-removed warning: response \(answer): property `note` was removed",
                   "swift-property-removed breaking: property `ListItemsResponse.id` was removed",
                   "swift-property-removed breaking: property `ListItemsResponse.note` was removed",
                   "swift-property-added info: optional property `ListItemsResponse.name` was added"]
    ),
    CheckCase(
        check: "property-became-required",
        old: F.request("{type: object, properties: {iban: {type: string}}}"),
        new: F.request("{type: object, required: [iban], properties: {iban: {type: string}}}"),
        expected: ["property-became-required breaking: request \(body): property `iban` became required",
                   "swift-property-optionality-changed breaking: property `CreateItemRequest.iban` became non-optional"]
    ),
    CheckCase(
        check: "property-became-optional",
        old: F.response("{type: object, required: [id], properties: {id: {type: string}}}"),
        new: F.response("{type: object, properties: {id: {type: string}}}"),
        expected: ["property-became-optional breaking: response \(answer): property `id` became optional",
                   "swift-property-optionality-changed breaking: property `ListItemsResponse.id` became optional"]
    ),
    CheckCase(
        check: "new-required-property",
        old: F.request("{type: object, properties: {name: {type: string}}}"),
        new: F.request("{type: object, required: [country], properties: {name: {type: string}, country: {type: string}}}"),
        expected: ["new-required-property breaking: request \(body): required property `country` was added",
                   "swift-property-added breaking: non-optional property `CreateItemRequest.country` was added"]
    ),
    CheckCase(
        check: "new-required-property (readOnly is not sent)",
        old: F.request("{type: object, properties: {name: {type: string}}}"),
        new: F.request("{type: object, required: [id], properties: {name: {type: string}, id: {type: string, readOnly: true}}}"),
        expected: ["swift-property-added breaking: non-optional property `CreateItemRequest.id` was added"]
    ),
    CheckCase(
        check: "property moved into allOf is no change",
        old: F.request("{type: object, required: [a], properties: {a: {type: string}}}"),
        new: F.request("{allOf: [{type: object, required: [a], properties: {a: {type: string}}}], type: object}"),
        expected: []
    ),
    CheckCase(
        check: "nested property",
        old: F.request("{type: object, properties: {address: {type: object, properties: {zip: {type: string, maxLength: 10}}}}}"),
        new: F.request("{type: object, properties: {address: {type: object, properties: {zip: {type: string, maxLength: 5}}}}}"),
        expected: ["max-length-changed breaking: request `address.zip` of \(body): `maxLength` decreased from 10 to 5"]
    ),
    // Schemas: composition and conditionals
    CheckCase(
        check: "discriminator-property-changed",
        old: F.response("{oneOf: [{$ref: '#/components/schemas/Card'}], discriminator: {propertyName: kind}}", components: F.schemas("Card: {type: object, properties: {kind: {type: string}}}")),
        new: F.response("{oneOf: [{$ref: '#/components/schemas/Card'}], discriminator: {propertyName: type}}", components: F.schemas("Card: {type: object, properties: {kind: {type: string}}}")),
        expected: ["discriminator-property-changed breaking: response \(answer): discriminator property changed from `kind` to `type`"]
    ),
    CheckCase(
        check: "discriminator-mapping-changed",
        old: F.request("{oneOf: [{$ref: '#/components/schemas/Card'}, {$ref: '#/components/schemas/Bank'}], discriminator: {propertyName: kind, mapping: {card: Card, bank: Bank}}}",
                       components: F.schemas("Card: {type: object}", "Bank: {type: object}")),
        new: F.request("{oneOf: [{$ref: '#/components/schemas/Card'}, {$ref: '#/components/schemas/Bank'}], discriminator: {propertyName: kind, mapping: {card: Bank, sepa: Bank}}}",
                       components: F.schemas("Card: {type: object}", "Bank: {type: object}")),
        expected: ["discriminator-mapping-changed breaking: request \(body): discriminator value `card` selects `#/components/schemas/Bank` instead of `#/components/schemas/Card`",
                   "discriminator-mapping-changed breaking: request \(body): discriminator value `bank` was removed",
                   "discriminator-mapping-changed info: request \(body): discriminator value `sepa` was added"]
    ),
    CheckCase(
        check: "variant-removed",
        old: F.request("{oneOf: [{$ref: '#/components/schemas/Card'}, {$ref: '#/components/schemas/Bank'}]}", components: F.schemas("Card: {type: object}", "Bank: {type: object}")),
        new: F.request("{oneOf: [{$ref: '#/components/schemas/Card'}]}", components: F.schemas("Card: {type: object}", "Bank: {type: object}")),
        expected: ["variant-removed breaking: request \(body): `oneOf` variant `Bank` was removed",
                   "swift-type-removed breaking: type `CreateItemRequest` is no longer generated"]
    ),
    CheckCase(
        check: "variant-added",
        old: F.response("{oneOf: [{$ref: '#/components/schemas/Card'}, {type: string}]}", components: F.schemas("Card: {type: object}", "Bank: {type: object}")),
        new: F.response("{oneOf: [{$ref: '#/components/schemas/Card'}, {type: string}, {$ref: '#/components/schemas/Bank'}]}", components: F.schemas("Card: {type: object}", "Bank: {type: object}")),
        expected: ["variant-added breaking: response \(answer): `oneOf` variant `Bank` was added",
                   "swift-case-added warning: case `ListItemsResponse.bank` was added"]
    ),
    CheckCase(
        check: "conditional-rule-added",
        old: F.request("{type: object, properties: {country: {type: string}, iban: {type: string}}}"),
        new: F.request("{type: object, properties: {country: {type: string}, iban: {type: string}}, if: {properties: {country: {const: DE}}}, then: {required: [iban]}}"),
        expected: ["conditional-rule-added breaking: request \(body): `if` was added",
                   "conditional-rule-added breaking: request \(body): `then` was added"]
    ),
    CheckCase(
        check: "conditional-rule-removed",
        old: F.response("{type: object, if: {required: [a]}, then: {required: [b]}}"),
        new: F.response("{type: object}"),
        expected: ["conditional-rule-removed breaking: response \(answer): `if` was removed",
                   "conditional-rule-removed breaking: response \(answer): `then` was removed"]
    ),
    CheckCase(
        check: "condition-changed and then compared",
        old: F.request("{type: object, if: {properties: {country: {const: DE}}}, then: {required: [iban]}}"),
        new: F.request("{type: object, if: {properties: {country: {enum: [DE, AT]}}}, then: {required: [iban, bic]}}"),
        expected: ["condition-changed warning: request \(body): the `if` condition changed from {\"properties\":{\"country\":{\"const\":\"DE\"}}} to {\"properties\":{\"country\":{\"enum\":[\"DE\",\"AT\"]}}}",
                   "property-became-required breaking: request \(body) (`then`): property `bic` became required"]
    ),
    CheckCase(
        check: "dependent-required-changed",
        old: F.request("{type: object, dependentRequired: {iban: [bic]}}"),
        new: F.request("{type: object, dependentRequired: {iban: [bic, bankName]}}"),
        expected: ["dependent-required-changed breaking: request \(body): when `iban` is present, it now also requires `bankName`"]
    ),
    CheckCase(
        check: "dependent-required-changed (response)",
        old: F.response("{type: object, dependentRequired: {iban: [bic]}}"),
        new: F.response("{type: object}"),
        expected: ["dependent-required-changed breaking: response \(answer): when `iban` is present, it no longer requires `bic`"]
    ),
    CheckCase(
        check: "webhook request travels like a response",
        old: F.document(extra: "webhooks:\n  paid:\n    post:\n      requestBody: {content: {application/json: {schema: {type: string, maxLength: 5}}}}\n      responses: {'200': {description: ok}}"),
        new: F.document(extra: "webhooks:\n  paid:\n    post:\n      requestBody: {content: {application/json: {schema: {type: string, maxLength: 9}}}}\n      responses: {'200': {description: ok}}"),
        expected: ["max-length-changed breaking: response body (`application/json`) of `webhook `paid` POST`: `maxLength` increased from 5 to 9"]
    ),
    // Swift declarations, matched by wire name
    CheckCase(
        check: "swift-type-removed",
        old: F.document(components: F.schemas("Card: {type: object, properties: {id: {type: string}}}", "Bank: {type: object, properties: {id: {type: string}}}")),
        new: F.document(components: F.schemas("Card: {type: object, properties: {id: {type: string}}}")),
        expected: ["swift-type-removed breaking: type `Bank` is no longer generated"]
    ),
    CheckCase(
        check: "swift-type-renamed",
        old: F.document(components: F.schemas("Card: {type: object, properties: {id: {type: string}}}", "card: {type: string}")),
        new: F.document(components: F.schemas("card: {type: string}", "Card: {type: object, properties: {id: {type: string}}}")),
        expected: ["swift-type-renamed breaking: type `Card` is now `Card2`",
                   "swift-type-renamed breaking: type `Card2` is now `Card`"]
    ),
    CheckCase(
        check: "swift-type-kind-changed",
        old: F.document(components: F.schemas("Status: {type: string, enum: [open]}")),
        new: F.document(components: F.schemas("Status: {type: object, properties: {code: {type: string}}}")),
        expected: ["swift-type-kind-changed breaking: `Status` changed from a String enum to a struct"]
    ),
    CheckCase(
        check: "swift-property-removed",
        old: F.document(components: F.schemas("Card: {type: object, properties: {id: {type: string}, last4: {type: string}}}")),
        new: F.document(components: F.schemas("Card: {type: object, properties: {id: {type: string}}}")),
        expected: ["swift-property-removed breaking: property `Card.last4` was removed"]
    ),
    CheckCase(
        check: "swift-property-renamed",
        old: F.document(components: F.schemas("Card: {type: object, properties: {card_id: {type: string}}}")),
        new: F.document(components: F.schemas("Card: {type: object, properties: {cardId: {type: string}, card_id: {type: string}}}")),
        expected: ["swift-property-renamed breaking: property `Card.cardId` (JSON `card_id`) is now `cardId2`",
                   "swift-property-added info: optional property `Card.cardId` was added"]
    ),
    CheckCase(
        check: "swift-property-type-changed",
        old: F.document(components: F.schemas("Card: {type: object, properties: {expires: {type: string, format: date}}}")),
        new: F.document(components: F.schemas("Card: {type: object, properties: {expires: {type: string, format: date-time}}}")),
        expected: ["swift-property-type-changed breaking: property `Card.expires` changed type from `CalendarDate` to `Date`"]
    ),
    CheckCase(
        check: "swift-property-optionality-changed",
        old: F.document(components: F.schemas("Card: {type: object, properties: {id: {type: string}}}")),
        new: F.document(components: F.schemas("Card: {type: object, required: [id], properties: {id: {type: string}}}")),
        expected: ["swift-property-optionality-changed breaking: property `Card.id` became non-optional"]
    ),
    CheckCase(
        check: "swift-property-added",
        old: F.document(components: F.schemas("Card: {type: object, properties: {id: {type: string}}}")),
        new: F.document(components: F.schemas("Card: {type: object, required: [brand], properties: {id: {type: string}, brand: {type: string}}}")),
        expected: ["swift-property-added breaking: non-optional property `Card.brand` was added"]
    ),
    CheckCase(
        check: "swift-case-removed",
        old: F.document(components: F.schemas("Status: {type: string, enum: [open, closed]}")),
        new: F.document(components: F.schemas("Status: {type: string, enum: [open]}")),
        expected: ["swift-case-removed breaking: case `Status.closed` was removed"]
    ),
    CheckCase(
        check: "swift-case-renamed",
        old: F.document(components: F.schemas("Status: {type: string, enum: [in_review]}")),
        new: F.document(components: F.schemas("Status: {type: string, enum: [inReview, in_review]}")),
        expected: ["swift-case-renamed breaking: case `Status.inReview` is now `inReview2`",
                   "swift-case-added warning: case `Status.inReview` was added"]
    ),
    CheckCase(
        check: "swift-case-added",
        old: F.document(components: F.schemas("Status: {type: integer, enum: [1]}")),
        new: F.document(components: F.schemas("Status: {type: integer, enum: [1, 2]}")),
        expected: ["swift-case-added warning: case `Status.value2` was added"]
    ),
    CheckCase(
        check: "swift-case-payload-changed",
        old: F.document(components: F.schemas(
            "Method: {oneOf: [{$ref: '#/components/schemas/Card'}, {$ref: '#/components/schemas/Bank'}], discriminator: {propertyName: kind, mapping: {card: Card, bank: Bank}}}",
            "Card: {type: object}", "Bank: {type: object}", "Token: {type: object}")),
        new: F.document(components: F.schemas(
            "Method: {oneOf: [{$ref: '#/components/schemas/Token'}, {$ref: '#/components/schemas/Bank'}], discriminator: {propertyName: kind, mapping: {card: Token, bank: Bank}}}",
            "Card: {type: object}", "Bank: {type: object}", "Token: {type: object}")),
        expected: ["swift-case-payload-changed breaking: case `Method.token` carries `Token` instead of `Card`",
                   "swift-case-renamed breaking: case `Method.card` is now `token`"]
    ),
    CheckCase(
        check: "swift-typealias-changed",
        old: F.document(components: F.schemas("Ids: {type: array, items: {type: string}}")),
        new: F.document(components: F.schemas("Ids: {type: array, items: {type: integer}}")),
        expected: ["swift-typealias-changed breaking: typealias `Ids` is now `[Int]` instead of `[String]`"]
    ),
    CheckCase(
        check: "swift-method-renamed",
        old: F.document(paths: "  /items:\n    get:\n      operationId: listItems\n      responses: {'200': {description: ok}}"),
        new: F.document(paths: "  /items:\n    get:\n      operationId: getItems\n      responses: {'200': {description: ok}}"),
        expected: ["swift-method-renamed breaking: `GET /items` is now named `GetItems` instead of `ListItems`"]
    ),
]

@Suite struct CheckTableTests {
    @Test(arguments: checkCases)
    func reportsExactlyTheExpectedChanges(_ testCase: CheckCase) throws {
        let changes = try DiffFixtures.changes(old: testCase.old, new: testCase.new)
        #expect(changes.map(\.summary).sorted() == testCase.expected.sorted())
        for change in changes {
            #expect(change.old.file == DiffFixtures.oldPath && change.old.line > 0 && change.old.column > 0, "\(change.summary)")
            #expect(change.new.file == DiffFixtures.newPath && change.new.line > 0 && change.new.column > 0, "\(change.summary)")
        }
    }

    @Test func everyCheckHasACase() {
        let covered = Set(checkCases.flatMap { $0.expected.map { String($0.prefix { $0 != " " }) } })
        let missing = CheckCatalog.all.map(\.id).filter { !covered.contains($0) }
        #expect(missing.isEmpty, "checks without a case in the table: \(missing)")
    }
}
