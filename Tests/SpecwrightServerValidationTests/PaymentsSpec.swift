import SpecwrightReader

/// A small OpenAPI 3.1 spec exercising every parameter location and style the validator reads.
enum PaymentsSpec {
    static let text = """
        openapi: 3.1.0
        info: {title: Payments, version: '1'}
        servers:
          - url: https://api.example.com/{version}
            variables:
              version: {default: v2}
        paths:
          /payments:
            get:
              operationId: listPayments
              parameters:
                - {name: limit, in: query, schema: {type: integer, minimum: 1, maximum: 100}}
                - {name: status, in: query, schema: {type: array, items: {type: string, enum: [open, settled]}}}
                - {name: ids, in: query, explode: false, schema: {type: array, items: {type: integer}}}
                - {name: filter, in: query, style: deepObject, schema: {type: object, properties: {minAmount: {type: number}, currency: {type: string, pattern: '^[A-Z]{3}$'}}}}
                - {name: X-Request-Id, in: header, required: true, schema: {type: string, format: uuid}}
                - {name: session, in: cookie, schema: {type: string, minLength: 8}}
                - {name: Accept, in: header, required: true, schema: {type: string}}
            post:
              operationId: createPayment
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/NewPayment'}
                  application/x-www-form-urlencoded:
                    schema: {$ref: '#/components/schemas/NewPayment'}
          /payments/latest:
            get:
              operationId: latestPayment
          /payments/{paymentId}:
            parameters:
              - {name: paymentId, in: path, required: true, schema: {type: integer, minimum: 1}}
            get:
              operationId: getPayment
            delete:
              operationId: cancelPayment
              parameters:
                - {name: reasons, in: query, style: pipeDelimited, schema: {type: array, items: {type: string}, maxItems: 2}}
          /payments/{paymentId}/files/{name}.{extension}:
            get:
              operationId: getPaymentFile
              parameters:
                - {name: paymentId, in: path, required: true, schema: {type: integer}}
                - {name: name, in: path, required: true, schema: {type: string}}
                - {name: extension, in: path, required: true, schema: {type: string, enum: [pdf, csv]}}
          /payments/{paymentId}/matrix{coordinates}:
            get:
              operationId: getMatrix
              parameters:
                - {name: paymentId, in: path, required: true, schema: {type: integer}}
                - {name: coordinates, in: path, required: true, style: matrix, schema: {type: array, items: {type: integer, maximum: 9}}}
        components:
          schemas:
            NewPayment:
              type: object
              required: [amount, creditor]
              properties:
                amount: {type: number, exclusiveMinimum: 0}
                reference: {type: string, maxLength: 10}
                creditor:
                  type: object
                  required: [iban, email]
                  properties:
                    iban: {type: string, format: iban}
                    email: {type: string, format: email}
        """

    static func spec() throws -> Spec {
        try Spec.load(text: text, path: "payments.yaml")
    }
}
