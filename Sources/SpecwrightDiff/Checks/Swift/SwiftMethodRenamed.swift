/// The same operation gets another Swift name (its `operationId` changed): calls to the generated method and
/// uses of its request and response types stop compiling.
struct SwiftMethodRenamed: OperationCheck {
    let description = CheckDescription(
        id: "swift-method-renamed", level: .breaking, summary: "An operation's Swift name changed (its operationId)"
    )

    func compare(_ operations: OperationPair, into log: inout ChangeLog) {
        guard operations.old.swiftName != operations.new.swiftName else { return }
        log.report(self, "`\(operations.label)` is now named `\(operations.new.swiftName)` instead of `\(operations.old.swiftName)`",
                   old: operations.oldLocation("/operationId"), new: operations.newLocation("/operationId"))
    }
}
