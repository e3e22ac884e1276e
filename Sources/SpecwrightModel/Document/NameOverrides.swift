/// Swift names chosen by the user instead of the ones derived from the spec (`nameOverrides` in the
/// configuration). Each name must be a valid Swift identifier; the builder still makes it unique.
public struct NameOverrides: Hashable, Sendable {
    /// Component schema key → Swift type name.
    public var schemas: [String: String]
    /// `operationId` → the UpperCamelCase name of the operation (its method is the lowerCamelCase form).
    public var operations: [String: String]

    public init(schemas: [String: String] = [:], operations: [String: String] = [:]) {
        self.schemas = schemas
        self.operations = operations
    }
}
