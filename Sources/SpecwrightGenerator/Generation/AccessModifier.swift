/// The access level of every declaration the generator writes (`accessModifier` in the configuration).
public enum AccessModifier: String, CaseIterable, Codable, Sendable {
    /// For a library that other packages import (the default).
    case `public`
    /// For a module used by other modules of the same package only.
    case package
    /// For types used inside the module that generates them.
    case `internal`
}
