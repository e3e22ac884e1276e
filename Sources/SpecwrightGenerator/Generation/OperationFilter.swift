/// Which operations to generate (`filter` in the configuration): an operation is kept when it matches any
/// of the lists, and every schema a kept operation reaches is kept with it. An empty filter keeps everything.
public struct OperationFilter: Hashable, Codable, Sendable {
    /// Operations with at least one of these tags.
    public var tags: [String]
    /// Operations on these path templates, exactly as the spec writes them (`/customers/{customerId}`).
    public var paths: [String]
    /// Operations with one of these `operationId`s.
    public var operationIDs: [String]

    public init(tags: [String] = [], paths: [String] = [], operationIDs: [String] = []) {
        self.tags = tags
        self.paths = paths
        self.operationIDs = operationIDs
    }

    public var isEmpty: Bool { tags.isEmpty && paths.isEmpty && operationIDs.isEmpty }

    func keeps(tags operationTags: [String], path: String, operationID: String?) -> Bool {
        isEmpty || paths.contains(path) || operationID.map(operationIDs.contains) == true
            || operationTags.contains(where: tags.contains)
    }
}
