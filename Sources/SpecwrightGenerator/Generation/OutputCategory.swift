/// A kind of generated code, chosen with `emit` in the configuration.
public enum OutputCategory: String, CaseIterable, Codable, Hashable, Sendable, Comparable {
    /// The `Codable` types, `ComponentSchemas` and the `x-state-machine` lifecycles.
    case types
    /// The validator of every schema and the types' `Validatable` conformances.
    case validators
    /// The client: one method per operation.
    case client

    /// The file a category is gathered into in the bundled layout (`Types.swift`, ...).
    public var bundledFileName: String {
        switch self {
        case .types: "Types.swift"
        case .validators: "Validators.swift"
        case .client: "Client.swift"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
