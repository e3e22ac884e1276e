/// A new operation or webhook: nothing breaks, worth knowing.
struct OperationAdded: DocumentCheck {
    let description = CheckDescription(id: "operation-added", level: .info, summary: "An operation or webhook was added")

    func compare(_ documents: DocumentPair, into log: inout ChangeLog) {
        for (operation, isWebhook) in documents.addedOperations {
            let what = isWebhook ? "webhook `\(operation.path)` (\(operation.method))" : "operation `\(operation.method) \(operation.path)`"
            let root = documents.old.spec.root
            let container = (isWebhook ? root["webhooks"] ?? root["x-webhooks"] : root["paths"]) ?? root
            log.report(self, "\(what)\(named(operation)) was added",
                       old: ChangeLocation(container), new: documents.new.location(of: operation))
        }
    }
}
