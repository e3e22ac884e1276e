import Testing

/// Unions without a discriminator choose their case from the payload's top level, never drop a member, and
/// decode in one pass: the shapes of the issue's real payloads (Adyen checkout, Adyen management, PayPal
/// errors, Stripe's overlapping `anyOf`), compiled with `swiftc` and run.
struct UnionDecodingTests {
    static let spec = """
    openapi: 3.1.0
    info: {title: Unions, version: "1"}
    paths: {}
    components:
      schemas:
        # Adyen checkout: `type` is optional in both, so only the declared members tell a card without `type`.
        PaymentMethod:
          oneOf:
            - $ref: '#/components/schemas/AchDetails'
            - $ref: '#/components/schemas/CardDetails'
        AchDetails:
          type: object
          properties:
            type: {type: string, enum: [ach], default: ach}
            bankAccountNumber: {type: string}
            ownerName: {type: string}
        CardDetails:
          type: object
          properties:
            type: {type: string, enum: [scheme, networkToken, card], default: scheme}
            encryptedCardNumber: {type: string}
            holderName: {type: string}
        # Adyen management: closed objects with a required one-value `type`.
        Action:
          oneOf:
            - $ref: '#/components/schemas/RebootAction'
            - $ref: '#/components/schemas/InstallAndroidAppAction'
        RebootAction:
          type: object
          additionalProperties: false
          required: [type]
          properties:
            type: {type: string, enum: [Reboot]}
        InstallAndroidAppAction:
          type: object
          additionalProperties: false
          required: [type]
          properties:
            appId: {type: string}
            type: {type: string, enum: [InstallAndroidApp]}
        # PayPal: error details told apart by a one-value `issue` enum.
        ErrorDetail:
          anyOf:
            - title: INVALID_PARAMETER_VALUE
              properties:
                issue: {type: string, enum: [INVALID_PARAMETER_VALUE]}
                description: {type: string, enum: [The value of a field is invalid.]}
            - title: MISSING_REQUIRED_PARAMETER
              properties:
                issue: {type: string, enum: [MISSING_REQUIRED_PARAMETER]}
                description: {type: string, enum: [A required field is missing.]}
        # Stripe: both alternatives of an `anyOf` can hold at once.
        CardOptions:
          anyOf:
            - {type: object, properties: {captureMethod: {type: string}}}
            - {type: object, properties: {installments: {type: integer}}}
        Stamp:
          oneOf:
            - {type: string}
            - {type: string, format: date-time}
            - {type: integer}
        Expression:
          oneOf:
            - {type: number}
            - $ref: '#/components/schemas/Sum'
            - $ref: '#/components/schemas/Negation'
        Sum:
          type: object
          required: [op, terms]
          properties:
            op: {const: sum}
            terms: {type: array, items: {$ref: '#/components/schemas/Expression'}}
        Negation:
          type: object
          required: [op, operand]
          properties:
            op: {const: negate}
            operand: {$ref: '#/components/schemas/Expression'}
    """

    static let program = #"""
    import Foundation

    /// `case <- payload -> re-encoded`, so that the test reads which case each payload became.
    func show<T: Codable>(_ type: T.Type, _ json: String) {
        do {
            let value = try JSONDecoder().decode(type, from: Data(json.utf8))
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            let again = String(decoding: try encoder.encode(value), as: UTF8.self)
            print("\(String(describing: value).prefix { $0 != "(" }) \(again)")
        } catch DecodingError.dataCorrupted(let context) {
            print("error: \(context.debugDescription)")
        } catch {
            print("error: \(error)")
        }
    }

    show(PaymentMethod.self, #"{"type":"scheme","encryptedCardNumber":"test_4111","holderName":"J. Smith"}"#)
    show(PaymentMethod.self, #"{"type":"ach","bankAccountNumber":"123","ownerName":"J. Smith"}"#)
    show(PaymentMethod.self, #"{"encryptedCardNumber":"test_4111"}"#)
    show(PaymentMethod.self, #"{"ownerName":"A","holderName":"B"}"#)
    show(Action.self, #"{"type":"InstallAndroidApp","appId":"com.example.pos"}"#)
    show(Action.self, #"{"type":"Reboot"}"#)
    show(Action.self, #"{"type":"Reboot","appId":"com.example.pos"}"#)
    show(ErrorDetail.self, #"{"issue":"MISSING_REQUIRED_PARAMETER","description":"A required field is missing."}"#)
    show(ErrorDetail.self, #"{"issue":"INVALID_PARAMETER_VALUE"}"#)
    show(CardOptions.self, #"{"captureMethod":"manual","installments":3}"#)
    show(CardOptions.self, #"{"installments":3}"#)
    show(Stamp.self, #""2024-09-10T22:26:49Z""#)
    show(Stamp.self, #""tomorrow""#)
    show(Stamp.self, #"7"#)
    show(Expression.self, #"{"op":"sum","terms":[1,{"op":"negate","operand":2.5}]}"#)
    show(Expression.self, #"true"#)
    show(Expression.self, #"{"op":"divide","terms":[]}"#)
    """#

    @Test func payloadsDecodeToTheAlternativeTheSchemaSaysAndRoundTripWhole() throws {
        guard let output = try GeneratedProgram.run(spec: Self.spec, path: "/unions/spec.yaml", program: Self.program, module: "Unions")
        else { return }
        #expect(output.split(separator: "\n") == [
            #"cardDetails {"encryptedCardNumber":"test_4111","holderName":"J. Smith","type":"scheme"}"#,
            #"achDetails {"bankAccountNumber":"123","ownerName":"J. Smith","type":"ach"}"#,
            // Without `type`, only the card declares every member.
            #"cardDetails {"encryptedCardNumber":"test_4111"}"#,
            // Both fit and neither declares both members: kept whole rather than halved.
            #"ambiguous {"holderName":"B","ownerName":"A"}"#,
            #"installAndroidAppAction {"appId":"com.example.pos","type":"InstallAndroidApp"}"#,
            #"rebootAction {"type":"Reboot"}"#,
            "error: the value matches none of the alternatives of Action (an object with members appId, type)",
            #"missingRequiredParameter {"description":"A required field is missing.","issue":"MISSING_REQUIRED_PARAMETER"}"#,
            #"invalidParameterValue {"issue":"INVALID_PARAMETER_VALUE"}"#,
            #"combined {"captureMethod":"manual","installments":3}"#,
            #"variant2 {"installments":3}"#,
            #"date "2024-09-10T22:26:49Z""#,
            #"string "tomorrow""#,
            #"integer 7"#,
            #"sum {"op":"sum","terms":[1,{"op":"negate","operand":2.5}]}"#,
            "error: the value matches none of the alternatives of Expression (a boolean)",
            "error: the value matches none of the alternatives of Expression (an object with members op, terms)",
        ])
    }
}
