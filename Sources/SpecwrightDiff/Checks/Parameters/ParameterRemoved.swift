/// A parameter the operation no longer declares: clients still send it, and a strict server refuses it.
struct ParameterRemoved: OperationCheck {
    let description = CheckDescription(id: "parameter-removed", level: .warning, summary: "A request parameter was removed")

    func compare(_ operations: OperationPair, into log: inout ChangeLog) {
        for parameter in operations.old.parameters where operations.counterpart(of: parameter) == nil {
            log.report(self, "\(parameter.location.rawValue) parameter `\(parameter.name)` of `\(operations.label)` was removed",
                       old: operations.oldLocation(of: parameter), new: operations.newLocation)
        }
    }
}
