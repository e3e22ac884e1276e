// swift-tools-version:6.1
import PackageDescription

/// Providers whose generated sources live in `Generated/<Provider>/` and compile as library targets.
let providers = ["Tradevest", "Aquanow", "Upvest", "Prozora", "BankLingo"]

let package = Package(
    name: "Specwright",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "generator", targets: ["GeneratorCLI"]),
        // The runtime that services import on its own: Foundation only.
        .library(name: "SpecwrightValidation", targets: ["SpecwrightValidation", "SpecwrightJSONSchema"]),
        // The runtime generated clients import: request serialization and sending over OpenAPIRuntime transports.
        .library(name: "SpecwrightClient", targets: ["SpecwrightClient"]),
        // Generation as a library: spec and options in, files out (what the CLI and the plugins run).
        .library(name: "SpecwrightGenerator", targets: ["SpecwrightGenerator"]),
        // Build-tool plugin: a target holding openapi.yaml (+ specwright.yaml) gets its Swift at build time.
        .plugin(name: "SpecwrightBuildPlugin", targets: ["SpecwrightBuildPlugin"]),
        // Command plugin: `swift package --allow-writing-to-package-directory generate-code` regenerates Generated/.
        .plugin(name: "SpecwrightCommandPlugin", targets: ["SpecwrightCommandPlugin"]),
    ] + providers.map { .library(name: $0, targets: [$0]) },
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // Runtime: primitives the generated code calls (formats, IBAN, BIC, ISO 3166, rules, JSON value).
        .target(name: "SpecwrightValidation"),
        // Runtime: dynamic JSON Schema validator (compile once, validate many).
        .target(name: "SpecwrightJSONSchema", dependencies: ["SpecwrightValidation"]),
        // Runtime: OpenAPI parameter and body serialization, response matching, sending through `ClientTransport`.
        .target(name: "SpecwrightClient", dependencies: [
            "SpecwrightValidation",
            .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "Crypto", package: "swift-crypto"),
            // RSA (rsa-pss-sha512, rsa-v1_5-sha256) for HTTP message signatures.
            .product(name: "_CryptoExtras", package: "swift-crypto"),
        ]),

        // Generator pipeline: read -> model -> render.
        .target(name: "SpecwrightReader", dependencies: [
            "Yams",
            .product(name: "OrderedCollections", package: "swift-collections"),
        ]),
        .target(name: "SpecwrightModel", dependencies: [
            "SpecwrightReader",
            .product(name: "OrderedCollections", package: "swift-collections"),
        ]),
        .target(name: "SpecwrightGenerator", dependencies: [
            "SpecwrightModel",
            // Format names and regex syntax, checked while generating validators.
            "SpecwrightValidation",
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "OrderedCollections", package: "swift-collections"),
        ]),
        // Reports of findings (lint, diff, validate) as text, JSON, SARIF 2.1.0 or GitHub annotations.
        .target(name: "SpecwrightReports"),
        // The spec linter: rules over the model and the node tree.
        .target(name: "SpecwrightLint", dependencies: [
            "SpecwrightModel",
            "SpecwrightReports",
            "SpecwrightSpecValidation",
            .product(name: "OrderedCollections", package: "swift-collections"),
        ]),
        // Validation of payloads against a spec's schemas (the CLI's `validate --spec`, provider tests).
        .target(name: "SpecwrightSpecValidation", dependencies: ["SpecwrightReader", "SpecwrightJSONSchema"]),
        .executableTarget(name: "GeneratorCLI", dependencies: [
            "SpecwrightGenerator",
            "SpecwrightSpecValidation",
            "SpecwrightLint",
            "SpecwrightReports",
            "Yams",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .plugin(name: "SpecwrightBuildPlugin", capability: .buildTool(), dependencies: ["GeneratorCLI"]),
        .plugin(
            name: "SpecwrightCommandPlugin",
            capability: .command(
                intent: .custom(verb: "generate-code", description: "Regenerates every provider's output folder named in generator.yaml"),
                permissions: [.writeToPackageDirectory(reason: "Replaces the generated folders named in generator.yaml (Generated/<Provider>/)")]
            ),
            dependencies: ["GeneratorCLI"]
        ),

        .executableTarget(
            name: "ValidationBenchmark",
            dependencies: ["SpecwrightJSONSchema"],
            path: "Benchmarks/ValidationBenchmark"
        ),

        .target(name: "SpecwrightTestSupport", path: "Tests/SpecwrightTestSupport"),
        .testTarget(name: "SpecwrightValidationTests", dependencies: ["SpecwrightValidation", "SpecwrightTestSupport"]),
        .testTarget(name: "SpecwrightClientTests", dependencies: ["SpecwrightClient", "SpecwrightTestSupport"]),
        .testTarget(name: "SpecwrightJSONSchemaTests", dependencies: ["SpecwrightJSONSchema", "SpecwrightTestSupport"]),
        .testTarget(name: "SpecwrightReaderTests", dependencies: ["SpecwrightReader", "SpecwrightTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "SpecwrightModelTests", dependencies: ["SpecwrightModel", "SpecwrightTestSupport"]),
        .testTarget(name: "SpecwrightGeneratorTests", dependencies: ["SpecwrightGenerator", "SpecwrightTestSupport"]),
        .testTarget(name: "SpecwrightReportsTests", dependencies: ["SpecwrightReports", "SpecwrightJSONSchema", "SpecwrightTestSupport"]),
        .testTarget(name: "SpecwrightLintTests", dependencies: ["SpecwrightLint", "SpecwrightTestSupport"]),
        .testTarget(name: "GeneratorCLITests", dependencies: ["GeneratorCLI", "SpecwrightTestSupport"]),
        .testTarget(
            name: "ProviderTests",
            dependencies: providers.map { .byName(name: $0) } + ["SpecwrightModel", "SpecwrightSpecValidation", "SpecwrightTestSupport"],
            exclude: ["Fixtures"]
        ),
    ] + providers.map { .target(name: $0, dependencies: ["SpecwrightValidation"], path: "Generated/\($0)") }
)
