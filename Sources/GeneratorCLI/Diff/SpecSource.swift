import ArgumentParser
import Foundation

/// Where one side of a diff comes from: a file, or `git:REV:path` (a file at a revision of the repository the
/// command runs in).
enum SpecSource: Equatable, Sendable {
    case file(String)
    case revision(rev: String, path: String)

    init(argument: String) throws {
        guard argument.hasPrefix("git:") else {
            self = .file(argument)
            return
        }
        let rest = argument.dropFirst("git:".count)
        guard let colon = rest.firstIndex(of: ":"), colon != rest.startIndex, rest.index(after: colon) != rest.endIndex else {
            throw ValidationError("`\(argument)`: expected git:REV:path, e.g. git:origin/main:specs/upvest.yaml")
        }
        self = .revision(rev: String(rest[..<colon]), path: String(rest[rest.index(after: colon)...]))
    }

    /// The revision, when the side is one (reports say `old version (origin/main)`).
    var revision: String? {
        if case .revision(let rev, _) = self { return rev }
        return nil
    }
}
