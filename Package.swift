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
        // Server-side request validation: the core (no server framework) and one adapter per framework, each
        // its own product so that `SpecwrightValidation` keeps no server dependency.
        .library(name: "SpecwrightServerValidation", targets: ["SpecwrightServerValidation"]),
        .library(name: "SpecwrightHummingbird", targets: ["SpecwrightHummingbird"]),
        .library(name: "SpecwrightOpenAPIServer", targets: ["SpecwrightOpenAPIServer"]),
    ] + providers.map { .library(name: $0, targets: [$0]) },
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(path: "Vendor/swift-mustache"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // Server validation adapters; tests: a real server on loopback and the two standard transports.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-openapi-urlsession", from: "1.4.0"),
        .package(url: "https://github.com/swift-server/swift-openapi-async-http-client", from: "1.5.0"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
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
            "SpecwrightReader",
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
        // Breaking changes between two versions of a spec, for the wire and for the generated Swift.
        .target(name: "SpecwrightDiff", dependencies: [
            "SpecwrightModel",
            "SpecwrightReports",
            .product(name: "OrderedCollections", package: "swift-collections"),
        ]),
        // Validation of payloads against a spec's schemas (the CLI's `validate --spec`, provider tests).
        .target(name: "SpecwrightSpecValidation", dependencies: ["SpecwrightReader", "SpecwrightJSONSchema"]),
        .executableTarget(name: "GeneratorCLI", dependencies: [
            "SpecwrightGenerator",
            "SpecwrightSpecValidation",
            "SpecwrightLint",
            "SpecwrightDiff",
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
        // Server-side request validation: match a request to its operation, validate it, render problem+json.
        .target(name: "SpecwrightServerValidation", dependencies: [
            "SpecwrightReader",
            "SpecwrightModel",
            "SpecwrightSpecValidation",
            "SpecwrightJSONSchema",
            "SpecwrightValidation",
        ]),
        .target(name: "SpecwrightHummingbird", dependencies: [
            "SpecwrightServerValidation",
            .product(name: "Hummingbird", package: "hummingbird"),
        ]),
        .target(name: "SpecwrightOpenAPIServer", dependencies: [
            "SpecwrightServerValidation",
            .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ]),

        .executableTarget(
            name: "ValidationBenchmark",
            dependencies: ["SpecwrightJSONSchema"],
            path: "Benchmarks/ValidationBenchmark"
        ),

        // Fuzz targets (scripts/fuzz.sh builds them with libFuzzer; a plain build replays saved inputs).
        .target(name: "FuzzSupport", path: "Fuzz/FuzzSupport"),
        .executableTarget(name: "FuzzSpecReader", dependencies: ["FuzzSupport", "SpecwrightModel"], path: "Fuzz/FuzzSpecReader"),
        .executableTarget(name: "FuzzJSONParser", dependencies: ["FuzzSupport", "SpecwrightValidation"], path: "Fuzz/FuzzJSONParser"),
        .executableTarget(name: "FuzzRegex", dependencies: ["FuzzSupport", "SpecwrightValidation"], path: "Fuzz/FuzzRegex"),
        .executableTarget(name: "FuzzValidator", dependencies: ["FuzzSupport", "SpecwrightJSONSchema"], path: "Fuzz/FuzzValidator"),
        .executableTarget(name: "FuzzDomain", dependencies: ["FuzzSupport", "SpecwrightValidation"], path: "Fuzz/FuzzDomain"),
        .executableTarget(
            name: "GeneratedValidationBenchmark",
            dependencies: ["Aquanow", "SpecwrightValidation"],
            path: "Benchmarks/GeneratedValidationBenchmark"
        ),

        .target(name: "SpecwrightTestSupport", path: "Tests/SpecwrightTestSupport"),
        .testTarget(name: "SpecwrightValidationTests", dependencies: ["SpecwrightValidation", "SpecwrightTestSupport"]),
        .testTarget(name: "SpecwrightClientTests", dependencies: [
            "SpecwrightClient", "SpecwrightTestSupport",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
        ]),
        .testTarget(name: "SpecwrightJSONSchemaTests", dependencies: ["SpecwrightJSONSchema", "SpecwrightTestSupport"]),
        .testTarget(name: "SpecwrightReaderTests", dependencies: ["SpecwrightReader", "SpecwrightTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "SpecwrightModelTests", dependencies: ["SpecwrightModel", "SpecwrightTestSupport"]),
        .testTarget(name: "SpecwrightGeneratorTests", dependencies: ["SpecwrightGenerator", "SpecwrightTestSupport"]),
        .testTarget(name: "SpecwrightReportsTests", dependencies: ["SpecwrightReports", "SpecwrightJSONSchema", "SpecwrightTestSupport"]),
        .testTarget(name: "SpecwrightLintTests", dependencies: ["SpecwrightLint", "SpecwrightTestSupport"]),
        .testTarget(name: "SpecwrightDiffTests", dependencies: ["SpecwrightDiff", "SpecwrightModel", "SpecwrightReader", "SpecwrightReports", "SpecwrightTestSupport"]),
        .testTarget(name: "GeneratorCLITests", dependencies: ["GeneratorCLI", "SpecwrightTestSupport"]),
        .testTarget(name: "SpecwrightServerValidationTests", dependencies: ["SpecwrightServerValidation", "Aquanow", "SpecwrightTestSupport"]),
        .testTarget(name: "SpecwrightHummingbirdTests", dependencies: [
            "SpecwrightHummingbird",
            "Aquanow",
            "SpecwrightTestSupport",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
        ]),
        .testTarget(name: "SpecwrightOpenAPIServerTests", dependencies: [
            "SpecwrightOpenAPIServer",
            "SpecwrightTestSupport",
            .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ]),
        .testTarget(
            name: "ProviderTests",
            dependencies: providers.map { .byName(name: $0) } + ["SpecwrightGenerator", "SpecwrightModel", "SpecwrightSpecValidation", "SpecwrightTestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "ProviderClientTests",
            dependencies: providers.map { .byName(name: $0) } + [
                "SpecwrightClient", "SpecwrightModel", "SpecwrightReader", "SpecwrightServerValidation", "SpecwrightSpecValidation",
                "SpecwrightTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
                .product(name: "OpenAPIAsyncHTTPClient", package: "swift-openapi-async-http-client"),
            ]
        ),
    ] + providers.map {
        .target(
            name: $0,
            dependencies: [
                "SpecwrightValidation", "SpecwrightClient",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            path: "Generated/\($0)"
        )
    }
)
