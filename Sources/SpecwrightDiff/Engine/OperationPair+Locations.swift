import SpecwrightModel

extension OperationPair {
    /// Where a parameter is written: parameters keep no position of their own, so it is the schema's, or the
    /// operation's for parameters without a schema.
    func location(of parameter: Parameter, in side: DiffSide, operation: Operation) -> ChangeLocation {
        parameter.schema.map { side.location(identity: $0.identity).map(Self.parent) ?? side.location(of: $0) }
            ?? side.location(of: operation)
    }

    /// A parameter object is its `schema`'s parent.
    private static func parent(_ schemaLocation: ChangeLocation) -> ChangeLocation {
        var location = schemaLocation
        if location.pointer.hasSuffix("/schema") { location.pointer.removeLast("/schema".count) }
        return location
    }

    func oldLocation(of parameter: Parameter) -> ChangeLocation { location(of: parameter, in: oldSide, operation: old) }
    func newLocation(of parameter: Parameter) -> ChangeLocation { location(of: parameter, in: newSide, operation: new) }
}
