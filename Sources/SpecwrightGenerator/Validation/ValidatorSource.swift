/// The validator code of one generated file: functions and the constants they share, compiled once.
struct ValidatorSource: Sendable {
    struct Function: Sendable {
        var name: String
        /// Helpers of one file's validators are private to it; validators of schemas are not.
        var isPrivate: Bool
        var summary: String
        /// Statements, indented relative to the function body.
        var lines: [String]
    }

    /// A `static let`: a regex, an enum's value set, a list of alternatives, ...
    struct Constant: Sendable {
        var name: String
        var type: String
        var value: String
    }

    var functions: [Function] = []
    var constants: [Constant] = []

    var isEmpty: Bool { functions.isEmpty && constants.isEmpty }
}
