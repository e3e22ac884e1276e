/// The command line of the service.
struct ServiceOptions: Sendable {
    var specPath = "../../specs/aquanow.yaml"
    var host = "127.0.0.1"
    var port = 8080

    struct UsageError: Error, CustomStringConvertible {
        var description: String
    }

    init(arguments: [String]) throws {
        var remaining = arguments[...]
        while let option = remaining.popFirst() {
            guard let value = remaining.popFirst() else { throw UsageError(description: "\(option) needs a value") }
            switch option {
            case "--spec": specPath = value
            case "--host": host = value
            case "--port":
                guard let port = Int(value), (0...65_535).contains(port) else {
                    throw UsageError(description: "--port needs a number from 0 to 65535, not `\(value)`")
                }
                self.port = port
            default:
                throw UsageError(description: "unknown option `\(option)` (usage: AquanowService [--spec PATH] [--host HOST] [--port PORT])")
            }
        }
    }
}
