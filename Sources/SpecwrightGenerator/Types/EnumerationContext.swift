import SpecwrightModel

/// The template values of an enum of string or integer values.
extension DeclarationContext {
    static func enumerationContext<Raw>(
        _ enumeration: Enumeration<Raw>, rawType: String, literal: (Raw) -> String
    ) -> [String: Any] {
        [
            "rawType": rawType,
            "cases": enumeration.cases.map { ["swiftName": SwiftEscaping.identifier($0.swiftName), "rawLiteral": literal($0.rawValue)] },
            "allCasesList": enumeration.cases.map { "." + SwiftEscaping.identifier($0.swiftName) }.joined(separator: ", "),
            "undocumentedCaseName": SwiftEscaping.identifier(enumeration.undocumentedCaseName),
        ]
    }
}
