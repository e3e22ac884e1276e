/// Why a request could not be built or sent; nothing was sent.
public enum RequestBuildError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The server URL with the path does not form a URL.
    case invalidURL(String)
    /// A server variable given a value its `enum` does not list.
    case serverVariable(name: String, value: String, allowed: [String])

    public var description: String {
        switch self {
        case .invalidURL(let text):
            "`\(text)` is not a valid URL"
        case .serverVariable(let name, let value, let allowed):
            "server variable `\(name)` is `\(value)`; the spec allows \(allowed.map { "`\($0)`" }.joined(separator: ", "))"
        }
    }
}
