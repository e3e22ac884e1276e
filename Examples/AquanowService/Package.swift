// swift-tools-version:6.0
import PackageDescription

/// An example service: accepts Aquanow's create-customer call, validates it against `specs/aquanow.yaml`
/// with the Hummingbird middleware and the generated `Aquanow` types, and answers.
let package = Package(
    name: "AquanowService",
    platforms: [.macOS(.v14)],
    dependencies: [
        // Specwright itself, from this repository.
        .package(name: "Specwright", path: "../.."),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        .executableTarget(name: "AquanowService", dependencies: [
            .product(name: "Aquanow", package: "Specwright"),
            .product(name: "SpecwrightValidation", package: "Specwright"),
            .product(name: "SpecwrightServerValidation", package: "Specwright"),
            .product(name: "SpecwrightHummingbird", package: "Specwright"),
            .product(name: "Hummingbird", package: "hummingbird"),
        ]),
    ]
)
