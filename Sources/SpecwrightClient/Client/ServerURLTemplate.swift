import Foundation

/// A server URL of the spec with its `{variables}` substituted (OpenAPI Server Variable Object).
public enum ServerURLTemplate {
    /// - Parameters:
    ///   - template: the server's `url`, with `{name}` for each variable.
    ///   - values: each variable's value, and the values its `enum` allows (empty: any).
    public static func url(_ template: String, values: [(name: String, value: String, allowed: [String])]) throws -> URL {
        var text = template
        for variable in values {
            if !variable.allowed.isEmpty, !variable.allowed.contains(variable.value) {
                throw RequestBuildError.serverVariable(name: variable.name, value: variable.value, allowed: variable.allowed)
            }
            text = text.replacingOccurrences(of: "{\(variable.name)}", with: variable.value)
        }
        guard let url = URL(string: text), url.scheme != nil, url.host != nil else { throw RequestBuildError.invalidURL(text) }
        return url
    }
}
