/// How generated code is split into files.
public enum OutputLayout: String, Codable, Sendable {
    /// One file per top-level type, for code committed to a repository (readable diffs).
    case filePerType
    /// One file per category (`Types.swift`, `Validators.swift`, `Client.swift`), always all of them, for the
    /// build-tool plugin: SwiftPM needs a plugin's output files named before it runs.
    case bundled
}
