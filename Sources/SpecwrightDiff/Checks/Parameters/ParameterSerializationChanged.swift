/// The same parameter written another way on the wire (`style`, `explode`): old clients' values no longer parse.
struct ParameterSerializationChanged: OperationCheck {
    let description = CheckDescription(
        id: "parameter-serialization-changed", level: .breaking, summary: "A parameter's `style` or `explode` changed"
    )

    func compare(_ operations: OperationPair, into log: inout ChangeLog) {
        for (old, new) in operations.matchedParameters where old.style != new.style || old.explode != new.explode {
            log.report(self, "\(new.location.rawValue) parameter `\(new.name)` of `\(operations.label)` is serialized as "
                       + "\(new.style) (explode \(new.explode)) instead of \(old.style) (explode \(old.explode))",
                       old: operations.oldLocation(of: old), new: operations.newLocation(of: new))
        }
    }
}
