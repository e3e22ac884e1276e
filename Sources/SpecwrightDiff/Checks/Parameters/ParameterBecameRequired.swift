/// An optional parameter became required: calls that leave it out are refused.
struct ParameterBecameRequired: OperationCheck {
    let description = CheckDescription(
        id: "parameter-became-required", level: .breaking, summary: "An optional request parameter became required",
        oasdiffIDs: ["RequestParameterBecomeRequiredId"]
    )

    func compare(_ operations: OperationPair, into log: inout ChangeLog) {
        for (old, new) in operations.matchedParameters where !old.isRequired && new.isRequired {
            log.report(self, "\(new.location.rawValue) parameter `\(new.name)` of `\(operations.label)` became required",
                       old: operations.oldLocation(of: old), new: operations.newLocation(of: new))
        }
    }
}
