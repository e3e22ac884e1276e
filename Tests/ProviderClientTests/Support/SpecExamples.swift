import Foundation
import SpecwrightClient
import SpecwrightModel
import SpecwrightSpecValidation
import SpecwrightValidation

extension SpecRequestChecker {
    /// The first example of the request body of `operationID`, decoded into the generated type.
    func requestExample<Body: Decodable>(_ type: Body.Type, operationID: String, named name: String? = nil) throws -> Body {
        guard let operation = model.operations.first(where: { $0.operationID == operationID }),
              let examples = operation.requestBody?.contents.first?.examples,
              let example = name.map({ wanted in examples.first { $0.name == wanted } }) ?? examples.first
        else { throw MissingExample(operationID: operationID) }
        return try JSONBody.decode(type, from: JSONBody.encode(JSONValue(example.value)))
    }

    struct MissingExample: Error, CustomStringConvertible {
        let operationID: String
        var description: String { "the spec has no request example for `\(operationID)`" }
    }
}

/// The case of a generated `Output`, by name: `ok`, `created`, `undocumented`.
func caseName(_ output: some Sendable) -> String {
    Mirror(reflecting: output).children.first?.label ?? String(describing: output)
}
