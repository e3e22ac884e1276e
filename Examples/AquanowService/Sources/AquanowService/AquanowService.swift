import Foundation
import Hummingbird
import SpecwrightHummingbird
import SpecwrightServerValidation

/// `AquanowService [--spec PATH] [--host HOST] [--port PORT]`: serves `POST /api/v1/customers` on
/// 127.0.0.1 (port 8080 by default; 0 picks a free one), and prints `listening on http://HOST:PORT` once
/// it accepts connections.
@main
struct AquanowService {
    static func main() async {
        do {
            let options = try ServiceOptions(arguments: Array(CommandLine.arguments.dropFirst()))
            try await run(options)
        } catch {
            FileHandle.standardError.write(Data("AquanowService: error: \(error)\n".utf8))
            exit(2)
        }
    }

    static func run(_ options: ServiceOptions) async throws {
        let validator = try CustomerRoutes.requestValidator(specAt: options.specPath)
        let router = Router()
        router.add(middleware: RequestValidationMiddleware(validator: validator))
        CustomerRoutes().add(to: router)
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: "AquanowService"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? options.port
                // Unbuffered, so that a script reading the log sees the line at once.
                FileHandle.standardOutput.write(Data("listening on http://\(options.host):\(port)\n".utf8))
            })
        try await app.runService()
    }
}
