import SpecwrightModel

/// The template values of an enum of string or integer values.
extension DeclarationContext {
    /// Above this many cases `init(rawValue:)` looks the value up in a dictionary: a `switch` compares the
    /// value with each case in turn, and a debug build compiles each comparison into a call (Stripe's
    /// webhook event and time zone enums have hundreds of cases). The values are distinct (`SchemaShape`).
    static let caseLookupThreshold = 32

    static func enumerationContext<Raw>(
        _ enumeration: Enumeration<Raw>, rawType: String, literal: (Raw) -> String
    ) -> [String: Any] {
        [
            "rawType": rawType,
            "cases": enumeration.cases.map { ["swiftName": SwiftEscaping.identifier($0.swiftName), "rawLiteral": literal($0.rawValue)] },
            "allCasesList": enumeration.cases.map { "." + SwiftEscaping.identifier($0.swiftName) }.joined(separator: ", "),
            "undocumentedCaseName": SwiftEscaping.identifier(enumeration.undocumentedCaseName),
            "looksUpCases": enumeration.cases.count > caseLookupThreshold,
        ]
    }
}
