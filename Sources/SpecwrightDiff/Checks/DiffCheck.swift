/// One comparison between the old and the new spec, with a stable ID. Each check is a small type in
/// `Checks/<SpecObject>/`; `CheckCatalog` lists them all.
public protocol DiffCheck: Sendable {
    var description: CheckDescription { get }
}

/// Compares the documents as a whole: paths, operations present on one side only, security schemes.
protocol DocumentCheck: DiffCheck {
    func compare(_ documents: DocumentPair, into log: inout ChangeLog)
}

/// Compares an operation present on both sides (matched by method and path).
protocol OperationCheck: DiffCheck {
    func compare(_ operations: OperationPair, into log: inout ChangeLog)
}

/// Compares two schemas at the same place, in the direction their values travel.
protocol SchemaCheck: DiffCheck {
    func compare(_ schemas: SchemaPair, into log: inout ChangeLog)
}

/// Compares the public Swift declarations generated for the same schema on both sides.
protocol TypeCheck: DiffCheck {
    func compare(_ types: TypePair, into log: inout ChangeLog)
}
