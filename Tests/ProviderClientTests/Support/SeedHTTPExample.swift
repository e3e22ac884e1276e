import Foundation
import SpecwrightValidation

/// A literal HTTP request printed in a seed: `METHOD /path HTTP/1.1`, header lines, a blank line, a JSON body.
struct SeedHTTPExample {
    var method: String
    var path: String
    var headers: [(name: String, value: String)]
    var body: JSONValue?

    /// The example whose request line starts with `requestLine` (`GET /api/v1/customers/{customerId}`).
    init?(in text: String, requestLine: String) {
        let lines = text.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix(requestLine + " HTTP/1.1") }) else { return nil }
        let parts = lines[start].split(separator: " ")
        method = String(parts[0])
        path = String(parts[1])
        headers = []
        var index = start + 1
        while index < lines.count, let colon = lines[index].firstIndex(of: ":"), !lines[index].hasPrefix("{") {
            headers.append((String(lines[index][..<colon]), lines[index][lines[index].index(after: colon)...].trimmingCharacters(in: .whitespaces)))
            index += 1
        }
        // A body follows a blank line; without one, the JSON after the headers is the response.
        guard index < lines.count, lines[index].isEmpty else { return }
        var depth = 0
        var bodyLines: [String] = []
        for line in lines[(index + 1)...] {
            bodyLines.append(line)
            depth += line.filter { $0 == "{" }.count - line.filter { $0 == "}" }.count
            if depth == 0 { break }
        }
        body = try? JSONValue(parsing: Data(bodyLines.joined(separator: "\n").utf8))
    }

    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}
