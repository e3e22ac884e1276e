extension ValidationIssue {
    /// Issues sorted by instance location (array indices numerically), keeping their order within one
    /// location: object members are visited in no fixed order, so this makes reports stable.
    public static func ordered(_ issues: [ValidationIssue]) -> [ValidationIssue] {
        guard issues.count > 1 else { return issues }
        let keyed = issues.enumerated().map { (offset: $0.offset, tokens: JSONPointerText.tokens(of: $0.element.instanceLocation), issue: $0.element) }
        return keyed.sorted { lhs, rhs in
            for (left, right) in zip(lhs.tokens, rhs.tokens) where left != right {
                if let leftIndex = Int(left), let rightIndex = Int(right) { return leftIndex < rightIndex }
                return left < right
            }
            if lhs.tokens.count != rhs.tokens.count { return lhs.tokens.count < rhs.tokens.count }
            return lhs.offset < rhs.offset
        }.map(\.issue)
    }
}

/// RFC 6901 pointer text, as issue locations spell it.
enum JSONPointerText {
    /// Appends `/` and `token` with `~` and `/` escaped as `~0` and `~1`.
    static func append(_ token: String, to pointer: inout String) {
        pointer += "/"
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else {
            pointer += token
            return
        }
        for character in token.unicodeScalars {
            switch character {
            case "~": pointer += "~0"
            case "/": pointer += "~1"
            default: pointer.unicodeScalars.append(character)
            }
        }
    }

    /// The unescaped tokens of pointer text (`""` has none).
    static func tokens(of pointer: String) -> [String] {
        guard !pointer.isEmpty else { return [] }
        return pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
    }
}
