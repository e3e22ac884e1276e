import Foundation

/// A `$ref` taken apart: which document it names and where inside it.
struct ReferenceTarget {
    enum Document: Equatable {
        /// `#/...` or `#name`: the document holding the `$ref`.
        case same
        /// A file, relative to the referring file's folder (`other.yaml`, `../schemas/a.json`) or absolute.
        case file(String)
        /// A URI with a scheme (`https://...`, `urn:...`): only found as an `$id` in the spec, never fetched.
        case uri(String)
    }

    enum Fragment: Equatable {
        /// No fragment, or an empty one: the whole document.
        case root
        /// `#/a/b`, as unescaped tokens.
        case pointer([String])
        /// `#name`: a `$anchor`.
        case anchor(String)
    }

    let document: Document
    /// The document part as written (before the `#`), to look up `$id`s.
    let documentText: String
    let fragment: Fragment

    /// Parses `reference`, written at `node` (whose file relative paths start from).
    init(_ reference: String, at node: Node) throws {
        let parts = reference.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        documentText = String(parts[0])
        if documentText.isEmpty {
            document = .same
        } else if documentText.hasPrefix("file://") {
            document = .file(try Self.path(String(documentText.dropFirst("file://".count)), reference, node))
        } else if Self.hasScheme(documentText) {
            document = .uri(documentText)
        } else {
            document = .file(try Self.path(documentText, reference, node))
        }

        let fragmentText = parts.count > 1 ? String(parts[1]) : ""
        guard let decoded = fragmentText.removingPercentEncoding else {
            throw node.error("cannot resolve $ref '\(reference)': malformed percent-encoding in '#\(fragmentText)'")
        }
        if decoded.isEmpty {
            fragment = .root
        } else if let tokens = JSONPointer.tokens(decoded) {
            fragment = .pointer(tokens)
        } else {
            fragment = .anchor(decoded)
        }
    }

    /// The absolute, standardized path of a file reference written in the file of `node`.
    private static func path(_ text: String, _ reference: String, _ node: Node) throws -> String {
        guard let decoded = text.removingPercentEncoding else {
            throw node.error("cannot resolve $ref '\(reference)': malformed percent-encoding in '\(text)'")
        }
        let folder = URL(fileURLWithPath: node.location.file).deletingLastPathComponent()
        return URL(fileURLWithPath: decoded, relativeTo: folder).standardizedFileURL.path
    }

    /// `scheme:` per RFC 3986 (a letter, then letters, digits, `+`, `-`, `.`), e.g. `https:` or `urn:`.
    private static func hasScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), let first = text.first, first.isLetter, first.isASCII else {
            return false
        }
        return text[..<colon].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
            && text.distance(from: text.startIndex, to: colon) > 1  // `C:` is a Windows drive, not a scheme
    }
}
