/// The pieces of a path template such as `/customers/{customerId}/accounts`.
enum PathTemplate {
    /// `customerId` for `/customers/{customerId}`, in order, repeats included.
    static func parameterNames(_ path: String) -> [String] {
        var names: [String] = []
        var current: String?
        for character in path {
            switch character {
            case "{": current = ""
            case "}":
                if let name = current { names.append(name) }
                current = nil
            default: current?.append(character)
            }
        }
        return names
    }

    /// The path with every `{name}` replaced by `{}`: two paths with the same shape match the same requests.
    static func shape(_ path: String) -> String {
        var shape = ""
        var isInside = false
        for character in path {
            switch character {
            case "{": isInside = true; shape += "{}"
            case "}": isInside = false
            default: if !isInside { shape.append(character) }
            }
        }
        return shape
    }

    /// The segments between `/`.
    static func segments(_ path: String) -> [Substring] {
        path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map { $0 }
    }
}
