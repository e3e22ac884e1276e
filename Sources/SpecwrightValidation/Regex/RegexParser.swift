/// Parses an ECMA-262 pattern with the `u` flag (the grammar JSON Schema prescribes): no Annex B leniency,
/// so `\a`, a lone `{`, `]` or `}`, octal escapes and references to missing groups are errors.
///
/// Recursive descent with a nesting limit, so a pattern of thousands of nested groups is rejected instead of
/// overflowing the stack here or in the compilers that walk the tree.
struct RegexParser {
    /// Deeper nesting of groups and lookarounds is a syntax error.
    static let maximumNestingDepth = 64

    private let scalars: [Unicode.Scalar]
    /// Only check the syntax: `\p{…}` resolves to an empty set, so no Unicode table is built.
    private let validatingOnly: Bool
    private var position = 0
    private var depth = 0
    private var captureCount = 0
    private var lookaroundCount = 0
    private var disjunctionCount = 0
    /// The (disjunction, alternative) choices that lead to the term being parsed.
    private var alternativePath: [(disjunction: Int, alternative: Int)] = []
    private var namedGroups: [String: [(index: Int, path: [(disjunction: Int, alternative: Int)])]] = [:]
    private var backreferences: [(reference: BackreferenceName, offset: Int)] = []

    private enum BackreferenceName {
        case number(Int)
        case name(String)
    }

    /// The `s` and `m` modifiers in force; JSON Schema patterns start with neither.
    private struct Modifiers {
        var dotAll = false
        var multiline = false
    }

    private enum ClassAtom {
        case codePoint(UInt32)
        case set(CodePointSet)
    }

    static func parse(_ pattern: String, validatingOnly: Bool = false) throws(ECMARegex.SyntaxError) -> ParsedPattern {
        var parser = RegexParser(scalars: Array(pattern.unicodeScalars), validatingOnly: validatingOnly)
        return try parser.parsePattern()
    }

    private init(scalars: [Unicode.Scalar], validatingOnly: Bool) {
        self.scalars = scalars
        self.validatingOnly = validatingOnly
    }

    private mutating func parsePattern() throws(ECMARegex.SyntaxError) -> ParsedPattern {
        let root = try parseDisjunction(Modifiers())
        if position < scalars.count {
            // parseDisjunction stops only at the end or at a ')' it did not open.
            throw error("unmatched ')'")
        }
        var groups: [[Int]] = []
        for (reference, offset) in backreferences {
            switch reference {
            case .number(let number):
                guard number <= captureCount else {
                    throw ECMARegex.SyntaxError(
                        offset: offset, message: "backreference \\\(number) refers to a group that does not exist")
                }
                groups.append([number])
            case .name(let name):
                guard let named = namedGroups[name] else {
                    throw ECMARegex.SyntaxError(
                        offset: offset, message: "backreference \\k<\(name)> refers to a group that does not exist")
                }
                groups.append(named.map(\.index))
            }
        }
        return ParsedPattern(
            root: root, captureCount: captureCount, lookaroundCount: lookaroundCount, backreferenceGroups: groups)
    }

    // MARK: Disjunctions, alternatives, terms

    private mutating func parseDisjunction(_ modifiers: Modifiers) throws(ECMARegex.SyntaxError) -> RegexNode {
        let disjunction = disjunctionCount
        disjunctionCount += 1
        var alternatives: [RegexNode] = []
        repeat {
            alternativePath.append((disjunction, alternatives.count))
            alternatives.append(try parseAlternative(modifiers))
            alternativePath.removeLast()
        } while consume("|")
        return alternatives.count == 1 ? alternatives[0] : .alternation(alternatives)
    }

    private mutating func parseAlternative(_ modifiers: Modifiers) throws(ECMARegex.SyntaxError) -> RegexNode {
        var terms: [RegexNode] = []
        while let scalar = peek(), scalar != "|", scalar != ")" {
            if scalar == "(" {
                terms.append(try parseGroupTerm(modifiers))
            } else {
                terms.append(try parseTerm(modifiers))
            }
        }
        switch terms.count {
        case 0: return .empty
        case 1: return terms[0]
        default: return .sequence(terms)
        }
    }

    /// A term that is not a group: an assertion, or an atom and its quantifier.
    private mutating func parseTerm(_ modifiers: Modifiers) throws(ECMARegex.SyntaxError) -> RegexNode {
        let capturesBefore = captureCount
        switch peek() {
        case "^":
            position += 1
            return try unquantifiable(.assertion(modifiers.multiline ? .lineStart : .inputStart))
        case "$":
            position += 1
            return try unquantifiable(.assertion(modifiers.multiline ? .lineEnd : .inputEnd))
        case "\\" where peek(1) == "b":
            position += 2
            return try unquantifiable(.assertion(.wordBoundary))
        case "\\" where peek(1) == "B":
            position += 2
            return try unquantifiable(.assertion(.notWordBoundary))
        default:
            let atom = try parseAtom(modifiers)
            return try parseQuantifier(applyingTo: atom, capturesBefore: capturesBefore)
        }
    }

    // MARK: Groups

    private struct GroupOpening {
        enum Kind {
            case capture(index: Int)
            case plain
            case lookaround(Lookaround)
        }

        var kind: Kind
        var modifiers: Modifiers
    }

    /// A parenthesised term and its quantifier. This is the parser's only recursion, so it holds little
    /// state: the opening and the closing are parsed in functions of their own.
    private mutating func parseGroupTerm(_ modifiers: Modifiers) throws(ECMARegex.SyntaxError) -> RegexNode {
        let start = position
        let capturesBefore = captureCount
        let opening = try parseGroupOpening(modifiers)
        let body = try parseDisjunction(opening.modifiers)
        return try closeGroup(opening, body, openedAt: start, capturesBefore: capturesBefore)
    }

    /// Reads from `(` to the start of the group's body.
    private mutating func parseGroupOpening(_ modifiers: Modifiers) throws(ECMARegex.SyntaxError) -> GroupOpening {
        let start = position
        depth += 1
        if depth > Self.maximumNestingDepth {
            throw error("groups are nested more than \(Self.maximumNestingDepth) levels deep")
        }
        position += 1
        guard consume("?") else {
            captureCount += 1
            return GroupOpening(kind: .capture(index: captureCount), modifiers: modifiers)
        }
        if consume(":") {
            return GroupOpening(kind: .plain, modifiers: modifiers)
        }
        if peek() == "=" || peek() == "!" || (peek() == "<" && (peek(1) == "=" || peek(1) == "!")) {
            let ahead = !consume("<")
            let negative = advance() == "!"
            let lookaround = Lookaround(id: lookaroundCount, ahead: ahead, negative: negative)
            lookaroundCount += 1
            return GroupOpening(kind: .lookaround(lookaround), modifiers: modifiers)
        }
        if consume("<") {
            let name = try parseGroupName()
            captureCount += 1
            try registerGroupName(name, index: captureCount, at: start)
            return GroupOpening(kind: .capture(index: captureCount), modifiers: modifiers)
        }
        return GroupOpening(kind: .plain, modifiers: try parseModifiers(modifiers, groupStart: start))
    }

    /// Reads the `)` and the quantifier after it.
    private mutating func closeGroup(
        _ opening: GroupOpening, _ body: RegexNode, openedAt start: Int, capturesBefore: Int
    ) throws(ECMARegex.SyntaxError) -> RegexNode {
        guard consume(")") else { throw error("unterminated group", at: start) }
        depth -= 1
        switch opening.kind {
        case .capture(let index):
            return try parseQuantifier(applyingTo: .capture(body, index: index), capturesBefore: capturesBefore)
        case .plain:
            return try parseQuantifier(applyingTo: body, capturesBefore: capturesBefore)
        case .lookaround(let lookaround):
            return try unquantifiable(.lookaround(body, lookaround))
        }
    }

    /// Assertions take no quantifier in Unicode mode (Annex B's quantifiable lookahead does not apply).
    private func unquantifiable(_ node: RegexNode) throws(ECMARegex.SyntaxError) -> RegexNode {
        if let next = peek(), next == "*" || next == "+" || next == "?" || next == "{" {
            throw error("nothing to repeat: an assertion cannot be quantified")
        }
        return node
    }

    private mutating func parseQuantifier(
        applyingTo atom: RegexNode, capturesBefore: Int
    ) throws(ECMARegex.SyntaxError) -> RegexNode {
        let start = position
        let min: Int
        let max: Int?
        switch peek() {
        case "*":
            position += 1
            (min, max) = (0, nil)
        case "+":
            position += 1
            (min, max) = (1, nil)
        case "?":
            position += 1
            (min, max) = (0, 1)
        case "{":
            position += 1
            guard let lower = parseDecimal() else { throw error("incomplete quantifier", at: start) }
            var upper: Int? = lower
            if consume(",") { upper = parseDecimal() }
            guard consume("}") else { throw error("incomplete quantifier", at: start) }
            if let upper, upper < lower { throw error("numbers out of order in {} quantifier", at: start) }
            (min, max) = (lower, upper)
        default:
            return atom
        }
        let greedy = !consume("?")
        return .repetition(
            atom, Repetition(min: min, max: max, greedy: greedy, captures: (capturesBefore + 1)..<(captureCount + 1)))
    }

    /// Saturates at `Int.max`: a count that large can never be reached by any input.
    private mutating func parseDecimal() -> Int? {
        var value: Int?
        while let scalar = peek(), let digit = scalar.decimalDigitValue {
            position += 1
            let (product, overflow) = (value ?? 0).multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = product.addingReportingOverflow(digit)
            value = overflow || overflow2 ? Int.max : sum
        }
        return value
    }

    // MARK: Atoms

    private mutating func parseAtom(_ modifiers: Modifiers) throws(ECMARegex.SyntaxError) -> RegexNode {
        guard let scalar = peek() else { throw error("unexpected end of pattern") }
        switch scalar {
        case ".":
            position += 1
            return .characterSet(modifiers.dotAll ? .all : .dot)
        case "[":
            return .characterSet(try parseClass())
        case "\\":
            return try parseAtomEscape()
        case "*", "+", "?":
            throw error("nothing to repeat")
        case "{":
            throw error(isQuantifierAhead() ? "nothing to repeat" : "lone quantifier bracket '{'")
        case "}":
            throw error("lone quantifier bracket '}'")
        case "]":
            throw error("lone ']': escape it as \\]")
        default:
            position += 1
            return .characterSet(CodePointSet(scalar.value))
        }
    }

    private func isQuantifierAhead() -> Bool {
        var probe = self
        probe.position += 1
        guard probe.parseDecimal() != nil else { return false }
        if probe.consume(",") { _ = probe.parseDecimal() }
        return probe.consume("}")
    }

    /// `(?ims-ims:…)` (ECMA-262 2025). `i` cannot be added: case-insensitive matching needs Unicode simple case
    /// folding, which the standard library does not expose.
    private mutating func parseModifiers(
        _ modifiers: Modifiers, groupStart: Int
    ) throws(ECMARegex.SyntaxError) -> Modifiers {
        var added: Set<Unicode.Scalar> = []
        var removed: Set<Unicode.Scalar> = []
        var removing = false
        while let scalar = peek(), scalar != ":" {
            if scalar == "-", !removing {
                removing = true
            } else if scalar == "i" || scalar == "m" || scalar == "s" {
                guard !added.contains(scalar), !removed.contains(scalar) else {
                    throw error("modifier '\(scalar)' appears more than once")
                }
                if removing { removed.insert(scalar) } else { added.insert(scalar) }
            } else {
                throw error("invalid group: '(?' must be followed by ':', '=', '!', '<', or modifiers and ':'", at: groupStart)
            }
            position += 1
        }
        guard consume(":") else { throw error("unterminated group", at: groupStart) }
        guard !added.isEmpty || !removed.isEmpty else {
            throw error("a modifiers group needs at least one modifier", at: groupStart)
        }
        if added.contains("i") {
            throw ECMARegex.SyntaxError(
                offset: groupStart, message: "the case-insensitive modifier (?i:…) is not supported", isUnsupported: true)
        }
        var result = modifiers
        if added.contains("s") { result.dotAll = true }
        if removed.contains("s") { result.dotAll = false }
        if added.contains("m") { result.multiline = true }
        if removed.contains("m") { result.multiline = false }
        return result
    }

    /// Reads `name>` after `(?<` or `\k<`.
    private mutating func parseGroupName() throws(ECMARegex.SyntaxError) -> String {
        var name = String.UnicodeScalarView()
        while true {
            let start = position
            guard let scalar = advance() else { throw error("unterminated group name") }
            if scalar == ">" { break }
            var codePoint = scalar.value
            if scalar == "\\" {
                guard advance() == "u" else { throw error("invalid escape in group name", at: start) }
                codePoint = try parseUnicodeEscapeBody(escapeStart: start)
            }
            guard let character = Unicode.Scalar(codePoint),
                name.isEmpty ? Self.isIdentifierStart(character) : Self.isIdentifierPart(character)
            else { throw error("invalid character in group name", at: start) }
            name.append(character)
        }
        guard !name.isEmpty else { throw error("empty group name") }
        return String(name)
    }

    private static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "$" || scalar == "_" || scalar.properties.isIDStart
    }

    private static func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "$" || scalar == "\u{200C}" || scalar == "\u{200D}" || scalar.properties.isIDContinue
    }

    /// A name may repeat only in different alternatives, where at most one of the groups can participate.
    private mutating func registerGroupName(_ name: String, index: Int, at offset: Int) throws(ECMARegex.SyntaxError) {
        for existing in namedGroups[name] ?? [] where !Self.areExclusive(existing.path, alternativePath) {
            throw error("duplicate capture group name '\(name)'", at: offset)
        }
        namedGroups[name, default: []].append((index, alternativePath))
    }

    private static func areExclusive(
        _ first: [(disjunction: Int, alternative: Int)], _ second: [(disjunction: Int, alternative: Int)]
    ) -> Bool {
        for (a, b) in zip(first, second) {
            guard a.disjunction == b.disjunction else { return false }
            if a.alternative != b.alternative { return true }
        }
        return false
    }

    // MARK: Escapes

    private mutating func parseAtomEscape() throws(ECMARegex.SyntaxError) -> RegexNode {
        let start = position
        position += 1
        guard let scalar = peek() else { throw error("\\ at end of pattern", at: start) }
        if let digit = scalar.decimalDigitValue, digit != 0 {
            let number = parseDecimal() ?? digit
            backreferences.append((.number(number), start))
            return .backreference(backreferences.count - 1)
        }
        if scalar == "k" {
            position += 1
            guard consume("<") else { throw error("\\k must be followed by a group name in <>", at: start) }
            let name = try parseGroupName()
            backreferences.append((.name(name), start))
            return .backreference(backreferences.count - 1)
        }
        if let set = try parseClassEscape(escapeStart: start) {
            return .characterSet(set)
        }
        return .characterSet(CodePointSet(try parseCharacterEscape(escapeStart: start)))
    }

    /// `\d \D \s \S \w \W \p{…} \P{…}`, or `nil` (consuming nothing) for any other escape.
    private mutating func parseClassEscape(escapeStart: Int) throws(ECMARegex.SyntaxError) -> CodePointSet? {
        guard let scalar = peek() else { return nil }
        let set: CodePointSet
        switch scalar {
        case "d": set = .digits
        case "D": set = CodePointSet.digits.inverted()
        case "s": set = .whitespace
        case "S": set = CodePointSet.whitespace.inverted()
        case "w": set = .wordCharacters
        case "W": set = CodePointSet.wordCharacters.inverted()
        case "p", "P":
            position += 1
            let property = try parseUnicodeProperty(escapeStart: escapeStart)
            return scalar == "p" ? property : property.inverted()
        default: return nil
        }
        position += 1
        return set
    }

    private mutating func parseUnicodeProperty(escapeStart: Int) throws(ECMARegex.SyntaxError) -> CodePointSet {
        guard consume("{") else { throw error("\\p and \\P must be followed by {property}", at: escapeStart) }
        var expression = String.UnicodeScalarView()
        while let scalar = advance(), scalar != "}" { expression.append(scalar) }
        guard scalars[position - 1] == "}" else { throw error("unterminated \\p{…}", at: escapeStart) }
        do {
            return try UnicodePropertyTables.set(for: String(expression), validatingOnly: validatingOnly)
        } catch {
            switch error {
            case .invalid(let message):
                throw self.error(message, at: escapeStart)
            case .unsupported(let message):
                throw ECMARegex.SyntaxError(offset: escapeStart, message: message, isUnsupported: true)
            }
        }
    }

    /// CharacterEscape[+UnicodeMode]: the escapes that stand for one code point. The `\` is already consumed.
    private mutating func parseCharacterEscape(escapeStart: Int) throws(ECMARegex.SyntaxError) -> UInt32 {
        guard let scalar = advance() else { throw error("\\ at end of pattern", at: escapeStart) }
        switch scalar {
        case "f": return 0x0C
        case "n": return 0x0A
        case "r": return 0x0D
        case "t": return 0x09
        case "v": return 0x0B
        case "c":
            guard let letter = peek(), letter.isASCII, letter.properties.isAlphabetic else {
                throw error("\\c must be followed by an ASCII letter", at: escapeStart)
            }
            position += 1
            return letter.value % 32
        case "0":
            if peek()?.decimalDigitValue != nil {
                throw error("octal escapes are not allowed in Unicode mode", at: escapeStart)
            }
            return 0
        case "x":
            guard let high = peek()?.hexDigitValue, let low = peek(1)?.hexDigitValue else {
                throw error("\\x must be followed by two hexadecimal digits", at: escapeStart)
            }
            position += 2
            return UInt32(high * 16 + low)
        case "u":
            return try parseUnicodeEscapeBody(escapeStart: escapeStart)
        case "^", "$", "\\", ".", "*", "+", "?", "(", ")", "[", "]", "{", "}", "|", "/":
            return scalar.value
        default:
            throw error("invalid escape '\\\(scalar)'", at: escapeStart)
        }
    }

    /// After `\u`: `{hex…}`, or four hex digits, where a lead surrogate followed by `\u` and a trail surrogate
    /// stands for one astral code point.
    private mutating func parseUnicodeEscapeBody(escapeStart: Int) throws(ECMARegex.SyntaxError) -> UInt32 {
        if consume("{") {
            var value: UInt32 = 0
            var digits = 0
            while let digit = peek()?.hexDigitValue {
                position += 1
                digits += 1
                value = value > CodePointSet.maxCodePoint ? value : value * 16 + UInt32(digit)
            }
            guard digits > 0, consume("}"), value <= CodePointSet.maxCodePoint else {
                throw error("invalid \\u{…} escape: expected a code point up to 10FFFF", at: escapeStart)
            }
            return value
        }
        guard let unit = parseFourHexDigits(at: position) else {
            throw error("\\u must be followed by four hexadecimal digits or {code point}", at: escapeStart)
        }
        position += 4
        if (0xD800...0xDBFF).contains(unit), peek() == "\\", peek(1) == "u",
            let trail = parseFourHexDigits(at: position + 2), (0xDC00...0xDFFF).contains(trail)
        {
            position += 6
            return 0x10000 + ((unit - 0xD800) << 10) + (trail - 0xDC00)
        }
        return unit
    }

    private func parseFourHexDigits(at offset: Int) -> UInt32? {
        var value: UInt32 = 0
        for index in offset..<(offset + 4) {
            guard index < scalars.count, let digit = scalars[index].hexDigitValue else { return nil }
            value = value * 16 + UInt32(digit)
        }
        return value
    }

    // MARK: Character classes

    private mutating func parseClass() throws(ECMARegex.SyntaxError) -> CodePointSet {
        let start = position
        position += 1
        let negated = consume("^")
        var ranges: [ClosedRange<UInt32>] = []
        while true {
            guard let scalar = peek() else { throw error("unterminated character class", at: start) }
            if scalar == "]" {
                position += 1
                break
            }
            let atomStart = position
            let first = try parseClassAtom()
            if peek() == "-", let afterDash = peek(1), afterDash != "]" {
                position += 1
                let second = try parseClassAtom()
                guard case .codePoint(let lower) = first, case .codePoint(let upper) = second else {
                    throw error("a character class escape cannot be a range endpoint", at: atomStart)
                }
                guard lower <= upper else { throw error("range out of order in character class", at: atomStart) }
                ranges.append(lower...upper)
            } else {
                switch first {
                case .codePoint(let codePoint): ranges.append(codePoint...codePoint)
                case .set(let set): ranges.append(contentsOf: set.ranges)
                }
            }
        }
        let set = CodePointSet(ranges: ranges)
        return negated ? set.inverted() : set
    }

    private mutating func parseClassAtom() throws(ECMARegex.SyntaxError) -> ClassAtom {
        let start = position
        guard let scalar = advance() else { throw error("unterminated character class") }
        guard scalar == "\\" else { return .codePoint(scalar.value) }
        switch peek() {
        case "b":
            position += 1
            return .codePoint(0x08)
        case "-":
            position += 1
            return .codePoint(0x2D)
        default:
            if let set = try parseClassEscape(escapeStart: start) { return .set(set) }
            return .codePoint(try parseCharacterEscape(escapeStart: start))
        }
    }

    // MARK: Reading

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        position + ahead < scalars.count ? scalars[position + ahead] : nil
    }

    private mutating func advance() -> Unicode.Scalar? {
        guard position < scalars.count else { return nil }
        position += 1
        return scalars[position - 1]
    }

    private mutating func consume(_ scalar: Unicode.Scalar) -> Bool {
        guard peek() == scalar else { return false }
        position += 1
        return true
    }

    private func error(_ message: String, at offset: Int? = nil) -> ECMARegex.SyntaxError {
        ECMARegex.SyntaxError(offset: offset ?? position, message: message)
    }
}

extension Unicode.Scalar {
    fileprivate var decimalDigitValue: Int? {
        ("0"..."9").contains(self) ? Int(value - 0x30) : nil
    }

    fileprivate var hexDigitValue: Int? {
        switch value {
        case 0x30...0x39: Int(value - 0x30)
        case 0x41...0x46: Int(value - 0x41 + 10)
        case 0x61...0x66: Int(value - 0x61 + 10)
        default: nil
        }
    }
}
