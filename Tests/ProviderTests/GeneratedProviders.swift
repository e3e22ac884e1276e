import Tradevest

/// The generated provider modules under test, with their component schema → Swift type index.
enum GeneratedProviders {
    static let componentTypes: [String: [String: any (Codable & Sendable).Type]] = [
        "Tradevest": Tradevest.ComponentSchemas.types,
    ]

    static let names = componentTypes.keys.sorted()
}
