import SpecwrightModel
import SpecwrightReader

/// An operation removed from a path that still has others: clients calling it get 405 or 404.
struct OperationRemoved: DocumentCheck {
    let description = CheckDescription(
        id: "operation-removed", level: .breaking, summary: "An operation was removed from a path that remains",
        oasdiffIDs: ["APIRemovedWithoutDeprecationId"]
    )

    func compare(_ documents: DocumentPair, into log: inout ChangeLog) {
        let newOperations = documents.new.model.operations
        for (operation, isWebhook) in documents.removedOperations where !isWebhook {
            let path = DocumentPair.normalizedPath(operation.path)
            guard let sibling = newOperations.first(where: { DocumentPair.normalizedPath($0.path) == path }) else { continue }
            let newPathItem = documents.new.location(identity: documents.new.spec.rootFile + "#/paths/" + escaped(sibling.path))
            log.report(self, "operation `\(operation.method) \(operation.path)`\(named(operation)) was removed",
                       old: documents.old.location(of: operation), new: newPathItem ?? documents.new.location(of: sibling))
        }
    }
}

/// ` (operationId `createCustomer`)`, or nothing when the operation has none.
func named(_ operation: SpecwrightModel.Operation) -> String {
    operation.operationID.map { " (operationId `\($0)`)" } ?? ""
}

func escaped(_ token: String) -> String {
    SpecwrightReader.JSONPointer.escape(token)
}
