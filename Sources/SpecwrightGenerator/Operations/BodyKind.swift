import Foundation
import SpecwrightModel

/// How a body of one media type is written or read, and its Swift type.
enum BodyKind: Equatable {
    /// Through the generated `Codable` type (`application/json`, `application/problem+json`, `+json`).
    case json
    case formURLEncoded
    case multipart
    /// `text/*`: a `String`.
    case text
    /// Anything else: the bytes as they are.
    case binary

    init(mediaType: String) {
        let essence = mediaType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        if essence == "application/json" || essence == "text/json" || essence.hasSuffix("+json") || essence == "*/*" {
            self = .json
        } else if essence == "application/x-www-form-urlencoded" {
            self = .formURLEncoded
        } else if essence.hasPrefix("multipart/") {
            self = .multipart
        } else if essence.hasPrefix("text/") {
            self = .text
        } else {
            self = .binary
        }
    }

    /// The Swift type of a body of this kind with `content`'s schema.
    func typeName(for content: MediaContent) -> String {
        switch self {
        case .json, .formURLEncoded, .multipart: content.type?.swiftName ?? "JSONValue"
        case .text: "String"
        case .binary: "Data"
        }
    }

    /// Request bodies: the media type a client sends when the spec offers several (JSON first).
    var preference: Int {
        switch self {
        case .json: 0
        case .formURLEncoded: 1
        case .multipart: 2
        case .text: 3
        case .binary: 4
        }
    }
}
