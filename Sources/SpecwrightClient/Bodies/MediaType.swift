import Foundation

/// Media type matching, as a response's `Content-Type` is matched against the spec's `content` keys.
public enum MediaType {
    /// `type/subtype` in lowercase, without parameters: `application/json; charset=utf-8` → `application/json`.
    public static func essence(of mediaType: String) -> String {
        let end = mediaType.firstIndex(of: ";") ?? mediaType.endIndex
        return mediaType[..<end].trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// Whether `contentType` is covered by the documented `range` (`application/json`, `text/*`, `*/*`).
    public static func matches(_ contentType: String, range: String) -> Bool {
        let actual = essence(of: contentType), documented = essence(of: range)
        if documented == "*/*" || documented == actual { return true }
        guard documented.hasSuffix("/*"), let slash = actual.firstIndex(of: "/") else { return false }
        return actual[..<slash] == documented.dropLast(2)
    }
}
