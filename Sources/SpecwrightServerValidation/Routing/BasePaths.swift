import SpecwrightReader

/// The path prefixes under which a spec's paths are served: the path part of each `servers` URL
/// (`https://cams.aquanow.com/api` serves `/v1/customers` at `/api/v1/customers`), variables set to their
/// defaults.
enum BasePaths {
    static func of(servers: Node?) -> [String] {
        let paths = (servers?.array ?? []).compactMap { server -> String? in
            guard var url = server["url"]?.string else { return nil }
            for (name, variable) in server["variables"]?.object ?? [:] {
                if let value = variable["default"]?.scalarText { url = url.replacingOccurrences(of: "{\(name)}", with: value) }
            }
            return normalized(pathPart(of: url))
        }
        let unique = Array(Set(paths.isEmpty ? [""] : paths))
        // The longest first, so that `/api/v2` wins over `/api` when both are servers.
        return unique.sorted { ($0.count, $0) > ($1.count, $1) }
    }

    /// The path of an absolute (`https://host/api`) or relative (`/api`, `api`) server URL.
    static func pathPart(of url: String) -> String {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") {
            rest = rest[scheme.upperBound...]
            rest = rest.firstIndex(of: "/").map { rest[$0...] } ?? ""
        }
        if let query = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<query] }
        return String(rest)
    }

    /// `""` for the root, else `/segment/...` without a trailing slash.
    static func normalized(_ path: String) -> String {
        var path = Substring(path)
        while path.hasSuffix("/") { path = path.dropLast() }
        if path.isEmpty { return "" }
        return path.hasPrefix("/") ? String(path) : "/" + path
    }
}
