import Foundation

/// A payload under `Tests/ProviderTests/Fixtures/<Provider>/{valid,invalid}/`.
public struct ProviderFixture: Sendable {
    public var file: String
    public var schema: String
    public var isInvalid: Bool
    /// For invalid fixtures: the documented rule broken, the JSON Schema keyword that must fail, and where.
    public var rule: String?
    public var keyword: String?
    public var instanceLocation: String?
    /// Other keywords that reject the same value by design (e.g. a published `pattern` beside `format: bic`).
    public var alsoFails: [String]
    /// The payload as JSON bytes.
    public var payload: Data
}

public enum ProviderFixtures {
    public static let providers = ["Tradevest", "Aquanow", "Upvest", "Prozora", "BankLingo"]

    public static func specURL(provider: String) -> URL {
        let specs = TestPaths.repositoryRoot.appendingPathComponent("specs")
        let json = specs.appendingPathComponent("\(provider.lowercased()).json")
        return FileManager.default.fileExists(atPath: json.path) ? json : specs.appendingPathComponent("\(provider.lowercased()).yaml")
    }

    public static func load(provider: String) throws -> [ProviderFixture] {
        let root = TestPaths.repositoryRoot.appendingPathComponent("Tests/ProviderTests/Fixtures/\(provider)")
        var fixtures: [ProviderFixture] = []
        for kind in ["valid", "invalid"] {
            let folder = root.appendingPathComponent(kind)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".json") {
                let url = folder.appendingPathComponent(name)
                let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url), options: [.fragmentsAllowed])
                guard let fields = object as? [String: Any], let schema = fields["schema"] as? String, let payload = fields["payload"] else {
                    throw FixtureError(file: url.path, message: "expected an object with `schema` and `payload`")
                }
                fixtures.append(ProviderFixture(
                    file: "\(provider)/\(kind)/\(name)", schema: schema, isInvalid: kind == "invalid",
                    rule: fields["rule"] as? String, keyword: fields["keyword"] as? String,
                    instanceLocation: fields["instanceLocation"] as? String,
                    alsoFails: fields["alsoFails"] as? [String] ?? [],
                    payload: try JSONSerialization.data(withJSONObject: payload, options: [.fragmentsAllowed, .sortedKeys])
                ))
            }
        }
        return fixtures
    }
}

public struct FixtureError: Error, CustomStringConvertible {
    public var file: String
    public var message: String
    public var description: String { "\(file): \(message)" }
}
