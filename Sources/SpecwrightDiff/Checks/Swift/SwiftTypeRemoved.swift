/// A generated type is gone: every use of it stops compiling.
struct SwiftTypeRemoved: DocumentCheck {
    let description = CheckDescription(id: "swift-type-removed", level: .breaking, summary: "A generated type was removed")

    func compare(_ documents: DocumentPair, into log: inout ChangeLog) {
        for declaration in documents.types.removed {
            let parent = documents.new.spec.root["components"]?["schemas"] ?? documents.new.spec.root
            log.report(self, "type `\(declaration.qualifiedName)` is no longer generated",
                       old: documents.old.location(of: declaration.schema), new: ChangeLocation(parent))
        }
    }
}
