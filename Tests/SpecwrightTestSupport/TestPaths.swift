import Foundation

/// Locations the tests read from, found relative to this source file so that tests run from any directory.
public enum TestPaths {
    /// The repository root (the folder holding `Package.swift`).
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // SpecwrightTestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// `../shared` beside the repository: the JSON Schema test suite, the corpus of public specs, the seeds.
    /// Absent on a newcomer's clone; present in CI.
    public static let sharedDirectory: URL = {
        if let override = ProcessInfo.processInfo.environment["SPECWRIGHT_SHARED_DIR"] {
            return URL(fileURLWithPath: override)
        }
        return repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }()

    /// Returns `../shared/<relativePath>` when it exists, or `nil` after printing why the caller skips.
    ///
    /// With `SPECWRIGHT_REQUIRE_SHARED=1` (set by `.ci/run`) a missing folder is a failure instead of a skip,
    /// so CI cannot pass by silently skipping the suite and the corpus.
    public static func shared(_ relativePath: String) throws -> URL? {
        let url = sharedDirectory.appendingPathComponent(relativePath)
        if FileManager.default.fileExists(atPath: url.path) { return url }
        if ProcessInfo.processInfo.environment["SPECWRIGHT_REQUIRE_SHARED"] == "1" {
            throw MissingSharedData(path: url.path)
        }
        print("SKIPPED: \(url.path) is absent (it is only present beside a CI checkout); skipping tests that need it.")
        return nil
    }
}

public struct MissingSharedData: Error, CustomStringConvertible {
    public let path: String
    public var description: String { "SPECWRIGHT_REQUIRE_SHARED=1 but \(path) does not exist" }
}
