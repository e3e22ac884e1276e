import HTTPTypes

/// The fields RFC 9421 and RFC 9530 define.
extension HTTPField.Name {
    static let signature = HTTPField.Name("signature")!
    static let signatureInput = HTTPField.Name("signature-input")!
    static let contentDigest = HTTPField.Name("content-digest")!
}
