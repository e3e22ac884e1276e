import Foundation

/// `application/x-www-form-urlencoded` text (a query string or a form body) as ordered name–value pairs,
/// `+` read as a space and percent-escapes decoded.
enum FormEncoding {
    static func pairs(_ text: String) -> [(name: String, value: String)] {
        text.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (decoded(parts[0]), parts.count > 1 ? decoded(parts[1]) : "")
        }
    }

    /// Decodes one component; malformed escapes (`%zz`) are kept as written rather than dropping the value.
    static func decoded(_ component: Substring) -> String {
        let spaced = component.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}

/// The `Cookie` request header (RFC 6265): `name=value; other=value`.
enum CookieHeader {
    static func pairs(_ headerValues: [String]) -> [(name: String, value: String)] {
        headerValues.flatMap { $0.split(separator: ";") }.compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { return nil }
            var value = parts[1].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            return (parts[0].trimmingCharacters(in: .whitespaces), value.removingPercentEncoding ?? value)
        }
    }
}
