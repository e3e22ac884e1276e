import SpecwrightReader

/// A path whose every operation is gone: each client calling it gets 404 from now on.
struct PathRemoved: DocumentCheck {
    let description = CheckDescription(
        id: "path-removed", level: .breaking, summary: "A path and all its operations were removed",
        oasdiffIDs: ["APIPathRemovedWithoutDeprecationId"]
    )

    func compare(_ documents: DocumentPair, into log: inout ChangeLog) {
        let newPaths = Set(documents.new.model.operations.map { DocumentPair.normalizedPath($0.path) })
        var reported: Set<String> = []
        for (operation, isWebhook) in documents.removedOperations where !isWebhook {
            let path = DocumentPair.normalizedPath(operation.path)
            guard !newPaths.contains(path), reported.insert(path).inserted else { continue }
            let oldPaths = documents.old.spec.root["paths"]
            let old = oldPaths?.keyLocation(of: operation.path).map {
                ChangeLocation($0, pointer: "/paths/" + JSONPointer.escape(operation.path))
            } ?? documents.old.location(of: operation)
            log.report(self, "path `\(operation.path)` was removed", old: old,
                       new: documents.new.spec.root["paths"].map(ChangeLocation.init) ?? ChangeLocation(documents.new.spec.root))
        }
    }
}
