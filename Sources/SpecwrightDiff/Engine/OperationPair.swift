import SpecwrightModel
import SpecwrightReader

/// An operation present in both documents, with its parameters, bodies and responses matched.
struct OperationPair {
    let old: Operation
    let new: Operation
    let oldSide: DiffSide
    let newSide: DiffSide
    let isWebhook: Bool

    /// `POST /customers`, or `webhook payment.created POST`.
    var label: String {
        isWebhook ? "webhook `\(new.path)` \(new.method)" : "\(new.method) \(new.path)"
    }

    var oldLocation: ChangeLocation { oldSide.location(of: old) }
    var newLocation: ChangeLocation { newSide.location(of: new) }

    /// Parameters on both sides: by location and name, path parameters by their position in the template
    /// (renaming `{id}` to `{customerId}` changes nothing on the wire).
    var matchedParameters: [(old: Parameter, new: Parameter)] {
        old.parameters.compactMap { parameter in
            counterpart(of: parameter).map { (parameter, $0) }
        }
    }

    func counterpart(of oldParameter: Parameter) -> Parameter? {
        if oldParameter.location == .path, let index = Self.templateIndex(of: oldParameter.name, in: old.path) {
            let names = Self.templateNames(in: new.path)
            guard names.indices.contains(index) else { return nil }
            return new.parameters.first { $0.location == .path && $0.name == names[index] }
        }
        return new.parameters.first { $0.location == oldParameter.location && $0.name == oldParameter.name }
    }

    func isNew(_ newParameter: Parameter) -> Bool {
        !old.parameters.contains { counterpart(of: $0).map { $0.location == newParameter.location && $0.name == newParameter.name } ?? false }
    }

    /// Responses on both sides, by status.
    var matchedResponses: [(old: Response, new: Response)] {
        old.responses.compactMap { response in
            new.responses.first { $0.status.uppercased() == response.status.uppercased() }.map { (response, $0) }
        }
    }

    private static func templateIndex(of name: String, in path: String) -> Int? {
        templateNames(in: path).firstIndex(of: name)
    }

    static func templateNames(in path: String) -> [String] {
        var names: [String] = []
        var current: String?
        for character in path {
            if character == "{" {
                current = ""
            } else if character == "}", let name = current {
                names.append(name)
                current = nil
            } else if current != nil {
                current!.append(character)
            }
        }
        return names
    }
}

/// Media types on both sides of a body, matched by name (parameters such as `; charset=utf-8` included).
func matchedContents(_ old: [MediaContent], _ new: [MediaContent]) -> [(old: MediaContent, new: MediaContent)] {
    old.compactMap { content in
        new.first { $0.mediaType.lowercased() == content.mediaType.lowercased() }.map { (content, $0) }
    }
}

extension DiffSide {
    func location(of operation: Operation) -> ChangeLocation {
        ChangeLocation(operation.location, pointer: operationPointer(operation))
    }

    /// `/paths/~1customers/post`, found back from the operation's source position.
    private func operationPointer(_ operation: Operation) -> String {
        let method = operation.method.lowercased()
        for container in ["paths", "webhooks", "x-webhooks"] {
            if let item = spec.root[container]?[operation.path], item[method] != nil {
                return "/\(container)/\(JSONPointer.escape(operation.path))/\(method)"
            }
        }
        return ""
    }
}
