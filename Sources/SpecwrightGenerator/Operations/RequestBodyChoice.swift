import SpecwrightModel

/// The media type a generated input sends its body in, when the spec offers several: JSON first, then
/// form, multipart, text and bytes.
struct RequestBodyChoice {
    let content: MediaContent
    let kind: BodyKind
    let isRequired: Bool
    let description: String?

    init?(_ body: RequestBody?) {
        guard let body, let content = body.contents.min(by: { BodyKind(mediaType: $0.mediaType).preference < BodyKind(mediaType: $1.mediaType).preference })
        else { return nil }
        self.content = content
        kind = BodyKind(mediaType: content.mediaType)
        isRequired = body.isRequired
        description = body.description
    }

    var typeName: String { kind.typeName(for: content) }

    /// The builder statement that writes `name` (a non-optional value) as the body.
    func builderStatement(_ name: String) -> String {
        let mediaType = "\"\(SwiftEscaping.stringLiteralContent(content.mediaType))\""
        return switch kind {
        case .json: "try builder.jsonBody(\(name), contentType: \(mediaType))"
        case .formURLEncoded: "try builder.formBody(\(name))"
        case .multipart: "builder.multipartBody(try MultipartFormBody(encoding: \(name)))"
        case .text: "builder.textBody(\(name), contentType: \(mediaType))"
        case .binary: "builder.rawBody(\(name), contentType: \(mediaType))"
        }
    }
}
