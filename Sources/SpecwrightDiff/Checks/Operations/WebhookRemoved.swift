/// A webhook the provider no longer sends: consumers waiting for it wait forever.
struct WebhookRemoved: DocumentCheck {
    let description = CheckDescription(
        id: "webhook-removed", level: .breaking, summary: "A webhook was removed", oasdiffIDs: ["WebhookRemovedId"]
    )

    func compare(_ documents: DocumentPair, into log: inout ChangeLog) {
        for (operation, isWebhook) in documents.removedOperations where isWebhook {
            let root = documents.new.spec.root
            let container = root["webhooks"] ?? root["x-webhooks"] ?? root
            log.report(self, "webhook `\(operation.path)` (\(operation.method)) was removed",
                       old: documents.old.location(of: operation), new: ChangeLocation(container))
        }
    }
}
