/// A new parameter that must be sent: every existing call lacks it.
struct NewRequiredParameter: OperationCheck {
    let description = CheckDescription(
        id: "new-required-parameter", level: .breaking, summary: "A required request parameter was added",
        oasdiffIDs: [
            "NewRequiredRequestParameterId", "NewRequestPathParameterId",
            "NewRequiredRequestDefaultParameterToExistingPathId",
        ]
    )

    func compare(_ operations: OperationPair, into log: inout ChangeLog) {
        for parameter in operations.new.parameters where parameter.isRequired && operations.isNew(parameter) {
            log.report(self, "required \(parameter.location.rawValue) parameter `\(parameter.name)` was added to `\(operations.label)`",
                       old: operations.oldLocation, new: operations.newLocation(of: parameter))
        }
    }
}
