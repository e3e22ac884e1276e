extension OperationPair {
    /// Where an operation's member is written (`requestBody`, `responses/200`), or the operation itself.
    func oldLocation(_ relativePointer: String) -> ChangeLocation {
        Self.location(relativePointer, of: oldLocation, in: oldSide)
    }

    func newLocation(_ relativePointer: String) -> ChangeLocation {
        Self.location(relativePointer, of: newLocation, in: newSide)
    }

    private static func location(_ relativePointer: String, of operation: ChangeLocation, in side: DiffSide) -> ChangeLocation {
        side.location(identity: operation.file + "#" + operation.pointer + relativePointer) ?? operation
    }

    /// `/responses/200`, `/requestBody/content/application~1json`.
    static func pointer(_ tokens: String...) -> String {
        tokens.map { "/" + escaped($0) }.joined()
    }
}
