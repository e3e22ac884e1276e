/// An operation is gone, and with it the generated method named after it.
struct SwiftMethodRemoved: DocumentCheck {
    let description = CheckDescription(id: "swift-method-removed", level: .breaking, summary: "An operation's generated method was removed")

    func compare(_ documents: DocumentPair, into log: inout ChangeLog) {
        for (operation, isWebhook) in documents.removedOperations where !isWebhook {
            let newPaths = documents.new.spec.root["paths"] ?? documents.new.spec.root
            log.report(self, "`\(operation.swiftName)` (`\(operation.method) \(operation.path)`) is no longer generated",
                       old: documents.old.location(of: operation), new: ChangeLocation(newPaths))
        }
    }
}
