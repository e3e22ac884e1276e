import Foundation

/// An OpenAPI path template (`/customers/{customerId}/files/{name}.{extension}`) that matches request paths
/// segment by segment and captures its parameters.
struct PathTemplate: Sendable, Hashable {
    /// One piece of a segment: literal text or a `{variable}`.
    enum Piece: Sendable, Hashable {
        case literal(String)
        case variable(String)
    }

    let template: String
    let segments: [[Piece]]

    init(_ template: String) {
        self.template = template
        segments = Self.pathSegments(template).map(Self.pieces)
    }

    /// How many segments are fully literal; the OpenAPI rule "concrete paths match before templated ones" is
    /// applied by trying templates with more literal segments first.
    var literalSegmentCount: Int {
        segments.filter { $0.allSatisfy { if case .literal = $0 { true } else { false } } }.count
    }

    /// The captured variables (percent-decoded) when `path` (percent-encoded, without query) matches.
    func match(_ path: String) -> [String: String]? {
        let requestSegments = Self.pathSegments(path)
        guard requestSegments.count == segments.count else { return nil }
        var captures: [String: String] = [:]
        for (pieces, segment) in zip(segments, requestSegments) {
            guard let decoded = segment.removingPercentEncoding, Self.match(pieces[...], decoded[...], into: &captures) else {
                return nil
            }
        }
        return captures
    }

    /// Matches the pieces against one segment; a variable takes the longest text that lets the rest match
    /// (`{name}.{extension}` splits `report.2024.pdf` at the last dot), and never an empty one.
    private static func match(_ pieces: ArraySlice<Piece>, _ text: Substring, into captures: inout [String: String]) -> Bool {
        guard let first = pieces.first else { return text.isEmpty }
        switch first {
        case .literal(let literal):
            guard text.hasPrefix(literal) else { return false }
            return match(pieces.dropFirst(), text.dropFirst(literal.count), into: &captures)
        case .variable(let name):
            if pieces.count == 1 {
                guard !text.isEmpty else { return false }
                captures[name] = String(text)
                return true
            }
            var end = text.endIndex
            while end > text.startIndex {
                var attempt = captures
                attempt[name] = String(text[..<end])
                if match(pieces.dropFirst(), text[end...], into: &attempt) {
                    captures = attempt
                    return true
                }
                end = text.index(before: end)
            }
            return false
        }
    }

    /// The segments of a path; a trailing slash is not a segment of its own.
    private static func pathSegments(_ path: String) -> [Substring] {
        var trimmed = Substring(path)
        if trimmed.hasPrefix("/") { trimmed = trimmed.dropFirst() }
        if trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return trimmed.isEmpty ? [] : trimmed.split(separator: "/", omittingEmptySubsequences: false)
    }

    private static func pieces(_ segment: Substring) -> [Piece] {
        var pieces: [Piece] = []
        var rest = segment
        while !rest.isEmpty {
            if let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                if open > rest.startIndex { pieces.append(.literal(String(rest[..<open]))) }
                pieces.append(.variable(String(rest[rest.index(after: open)..<close])))
                rest = rest[rest.index(after: close)...]
            } else {
                pieces.append(.literal(String(rest)))
                rest = ""
            }
        }
        return pieces
    }
}
