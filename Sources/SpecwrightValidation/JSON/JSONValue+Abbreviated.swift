extension JSONValue {
    /// A short, single-line rendering for issue messages: long strings, arrays and objects are cut.
    public var abbreviatedDescription: String {
        switch self {
        case .string(let string) where string.utf8.count > 64:
            let scalars = string.unicodeScalars
            let head = JSONValue.string(String(String.UnicodeScalarView(scalars.prefix(40)))).description.dropLast()
            return head + "...\" (\(scalars.count) characters)"
        case .array(let elements) where elements.count > 8:
            return "an array of \(elements.count) items"
        case .object(let members) where members.count > 8:
            return "an object with \(members.count) properties"
        default:
            let text = description
            return text.count > 80 ? String(text.prefix(77)) + "..." : text
        }
    }
}
