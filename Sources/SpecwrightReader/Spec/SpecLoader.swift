import Foundation

/// Reads the root document, then every file its `$ref`s name (each once), and indexes `$id` and `$anchor`.
struct SpecLoader {
    private var documents: [String: Node] = [:]
    private var diagnostics: [Diagnostic] = []
    private var identifiedNodes: [String: Node] = [:]
    private var anchoredNodes: [String: [String: Node]] = [:]
    private var unreadableFiles: [String: String] = [:]
    /// Documents read but not yet scanned for `$ref`s.
    private var unscanned: [Node] = []
    /// Every `$ref` found, with the object holding it; checked once every file is read.
    private var references: [(owner: Node, text: Node)] = []

    static func absolutePath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    mutating func readDocument(at path: String) throws -> Node {
        try parseDocument(try Self.contents(of: path), file: path)
    }

    mutating func parseDocument(_ data: Data, file: String) throws -> Node {
        let (root, warnings) = try DocumentParser.parse(data, file: file)
        diagnostics += warnings
        documents[file] = root
        unscanned.append(root)
        return root
    }

    /// Reads every referenced file, checks the `$ref`s, and returns the immutable spec.
    ///
    /// Every `$ref` in the parts of the spec that the root document reaches must resolve. One elsewhere in a
    /// referenced file (a schema nobody uses) or inside an `x-` extension only warns when it is broken.
    mutating func finish(root: Node, rootFile: String) throws -> Spec {
        let version = try Spec.openAPIVersion(of: root, diagnostics: &diagnostics)
        while let document = unscanned.popLast() {
            var walker = KeywordObjectWalker(document)
            while let (object, isInExtension) = walker.next() {
                try record(object, isInExtension: isInExtension)
            }
        }
        let spec = makeSpec(root: root, rootFile: rootFile, version: version)

        var walker = KeywordObjectWalker(root)
        var warnings: [Diagnostic] = []
        while let (object, isInExtension) = walker.next() {
            guard let text = object["$ref"], let reference = text.string else { continue }
            do {
                let target = try spec.resolve(reference, from: text)
                _ = try spec.dereference(target)
                walker.add(target, isInExtension: isInExtension)
            } catch let error as SpecError where isInExtension {
                warnings.append(.warning("ignored a broken $ref in a vendor extension: \(error.message)", rule: .extensionReferenceBroken,
                                         at: error.location))
            }
        }
        for reference in references where !walker.hasVisited(reference.owner) {
            do {
                _ = try spec.resolve(reference.text.string ?? "", from: reference.text)
            } catch let error as SpecError {
                warnings.append(.warning("\(error.message) (ignored: nothing in the spec uses this part)", rule: .unusedReferenceBroken,
                                         at: error.location))
            }
        }
        diagnostics += warnings
        return makeSpec(root: root, rootFile: rootFile, version: version)
    }

    private func makeSpec(root: Node, rootFile: String, version: String) -> Spec {
        Spec(root: root, rootFile: rootFile, openAPIVersion: version, diagnostics: diagnostics, documents: documents,
             identifiedNodes: identifiedNodes, anchoredNodes: anchoredNodes, unreadableFiles: unreadableFiles)
    }

    /// Records the `$ref`, `$id` and `$anchor` of a keyword object, reading the file a `$ref` names.
    private mutating func record(_ object: Node, isInExtension: Bool) throws {
        if let id = object["$id"]?.string {
            identifiedNodes[id] = identifiedNodes[id] ?? object
        }
        for keyword in ["$anchor", "$dynamicAnchor"] {
            if let anchor = object[keyword]?.string {
                anchoredNodes[object.location.file, default: [:]][anchor] = object
            }
        }
        guard let text = object["$ref"] else { return }
        guard let reference = text.string else {
            if isInExtension { return }
            throw text.error("expected the $ref to be a string, found \(text.typeName)")
        }
        references.append((owner: object, text: text))
        let target = try ReferenceTarget(reference, at: text)
        guard case .file(let path) = target.document, documents[path] == nil, unreadableFiles[path] == nil else {
            return
        }
        do {
            _ = try readDocument(at: path)
        } catch let error as SpecError where error.location == nil || isInExtension {
            // Reported when the $ref is checked, naming the $ref (unless the path turns out to be an `$id`).
            unreadableFiles[path] = error.location == nil ? error.message : error.description
        }
    }

    // MARK: - Files

    static func contents(of path: String) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw SpecError("no such file: \(path)", at: nil)
        }
        guard !isDirectory.boolValue else {
            throw SpecError("\(path) is a directory, not a spec file", at: nil)
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw SpecError("cannot read \(path): \(error.localizedDescription)", at: nil)
        }
    }
}
