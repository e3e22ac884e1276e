import SpecwrightModel

/// Compares two versions of a spec: the wire (every operation present on both sides, each schema in the
/// direction its values travel) and the generated Swift module.
public enum SpecDiffer {
    /// Every change found, in no particular order (reports sort them).
    public static func compare(_ old: DiffSide, _ new: DiffSide) -> [Change] {
        var log = ChangeLog()
        let documents = DocumentPair(old: old, new: new)
        for check in CheckCatalog.documentChecks {
            check.compare(documents, into: &log)
        }
        var walker = SchemaWalker(oldSide: old, newSide: new, checks: CheckCatalog.schemaChecks)
        for operation in documents.matchedOperations {
            for check in CheckCatalog.operationChecks {
                check.compare(operation, into: &log)
            }
            compareSchemas(of: operation, with: &walker, into: &log)
        }
        for types in documents.types.pairs {
            for check in CheckCatalog.typeChecks {
                check.compare(types, into: &log)
            }
        }
        return log.changes
    }

    private static func compareSchemas(of operation: OperationPair, with walker: inout SchemaWalker, into log: inout ChangeLog) {
        // A webhook's request is what the consumer receives: it travels the way a response does.
        let requestDirection: Direction = operation.isWebhook ? .response : .request
        let responseDirection: Direction = operation.isWebhook ? .request : .response
        let label = "`\(operation.label)`"
        for (old, new) in operation.matchedParameters {
            guard let oldSchema = old.schema, let newSchema = new.schema else { continue }
            walker.compare(oldSchema, newSchema, direction: requestDirection,
                           subject: .place("\(new.location.rawValue) parameter `\(new.name)` of \(label)"), into: &log)
        }
        if let oldBody = operation.old.requestBody, let newBody = operation.new.requestBody {
            for (old, new) in matchedContents(oldBody.contents, newBody.contents) {
                guard let oldSchema = old.schema, let newSchema = new.schema else { continue }
                walker.compare(oldSchema, newSchema, direction: requestDirection,
                               subject: .place("body (`\(new.mediaType)`) of \(label)"), into: &log)
            }
        }
        for (oldResponse, newResponse) in operation.matchedResponses {
            let response = "`\(newResponse.status)` response of \(label)"
            for old in oldResponse.headers {
                guard let new = newResponse.headers.first(where: { $0.name.lowercased() == old.name.lowercased() }),
                      let oldSchema = old.schema, let newSchema = new.schema else { continue }
                walker.compare(oldSchema, newSchema, direction: responseDirection,
                               subject: .place("header `\(new.name)` of the \(response)"), into: &log)
            }
            for (old, new) in matchedContents(oldResponse.contents, newResponse.contents) {
                guard let oldSchema = old.schema, let newSchema = new.schema else { continue }
                walker.compare(oldSchema, newSchema, direction: responseDirection,
                               subject: .place("body (`\(new.mediaType)`) of the \(response)"), into: &log)
            }
        }
    }
}
