// CYaml is the libyaml that Yams builds and links. Driving its event parser directly (instead of Yams' `compose`)
// builds our located tree in one pass, without an intermediate tree or re-encoding the input as a Swift String.
import CYaml
import Foundation

/// Reads a YAML document (UTF-8, or UTF-16 with a byte order mark) through libyaml's event parser.
///
/// Plain scalars resolve with YAML 1.2's core schema (see `CoreSchema`); anchors and aliases share nodes;
/// merge keys (`<<`) are applied. The value of an `x-` key, when it is a collection, is checked but kept as
/// text and built only when read (see `DeferredSubtree`), unless deferring it could change what it means.
struct YAMLReader {
    private var builder: TreeBuilder
    private var anchors: [String: TreeBuilder.Sized] = [:]
    /// The anchors of the open collections, innermost last.
    private var pendingAnchors: [String?] = []
    private var hasDocument = false
    private(set) var diagnostics: [Diagnostic] = []
    /// Added to libyaml's line numbers: the text read may be a subtree that starts further down its file.
    private var lineOffset = 0
    /// Whether `x-` collections may be kept as text: not in UTF-16 or after a byte order mark (where libyaml's
    /// character indices and the UTF-8 bytes part ways), nor while an extension is being built eagerly.
    private var defersExtensions = false
    private var byteOffsets = CharacterByteCursor()

    init(file: String) {
        builder = TreeBuilder(file: file)
    }

    /// A reader for the text of a `DeferredSubtree`, whose positions and pointers continue its document's.
    init(subtreeAt origin: DeferredSubtree.Origin) {
        builder = TreeBuilder(file: origin.file, rootPointer: origin.pointer)
        lineOffset = origin.line - 1
    }

    /// The document's root, or `nil` when the input holds no document (only blanks and comments).
    mutating func read(_ input: UnsafeBufferPointer<UInt8>) throws -> Node? {
        let byteOrderMarks: [[UInt8]] = [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF]]
        defersExtensions = !byteOrderMarks.contains { input.starts(with: $0) }
        try readEvents(of: input, asPartOfDocument: false)
        return builder.root?.node
    }

    /// Hands every event of `input` to `consume`. `asPartOfDocument`: the input is one node of the document
    /// being read (an extension built eagerly after all), so its stream and document events are not the document's.
    private mutating func readEvents(of input: UnsafeBufferPointer<UInt8>, asPartOfDocument: Bool) throws {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { throw SpecError("out of memory", at: nil) }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, input.baseAddress, input.count)

        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                throw syntaxError(parser, input: input)
            }
            defer { yaml_event_delete(&event) }
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return
            case YAML_DOCUMENT_START_EVENT where !asPartOfDocument:
                if hasDocument {
                    throw SpecError("a spec file holds one document, but a second one starts here",
                                    at: location(event.start_mark))
                }
                hasDocument = true
            case YAML_SCALAR_EVENT, YAML_ALIAS_EVENT, YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                try consume(event)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                if defersExtensions, builder.isExpectingExtensionValue {
                    try readExtension(startingWith: event, parser: &parser, input: input)
                } else {
                    try consume(event)
                }
            default:
                break  // stream start and document end carry nothing
            }
        }
    }

    private mutating func consume(_ event: yaml_event_t) throws {
        let location = location(event.start_mark)
        switch event.type {
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = UnsafeBufferPointer(start: scalar.value, count: scalar.length)
            let anchor = Self.string(scalar.anchor)
            let isPlain = scalar.style == YAML_PLAIN_SCALAR_STYLE
            if builder.isExpectingKey {
                let key = String(decoding: text, as: UTF8.self)
                if let anchor {
                    let node = Node(value: .string(key), location: location, pointer: builder.pointer(forKey: key))
                    anchors[anchor] = .init(node: node, size: 1)
                }
                builder.key(key, at: location, isMerge: isPlain && scalar.tag == nil && key == "<<")
                return
            }
            let value = try scalarValue(text, tag: Self.string(scalar.tag), isPlain: isPlain, at: location)
            let node = try builder.scalar(value, at: location)
            if let anchor { anchors[anchor] = node }
        case YAML_ALIAS_EVENT:
            let name = Self.string(event.data.alias.anchor) ?? ""
            guard let target = anchors[name] else {
                throw SpecError("unknown alias '*\(name)' (no anchor '&\(name)' before it)", at: location)
            }
            if builder.isExpectingKey {
                guard let key = target.node.scalarText else {
                    let kind = target.node.array != nil ? "an array" : "an object"
                    throw SpecError("a key must be a scalar, but the alias '*\(name)' names \(kind)", at: location)
                }
                builder.key(key, at: location)
            } else {
                try builder.alias(target, at: location)
            }
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            if builder.isExpectingKey {
                throw SpecError("a key must be a scalar, not \(isMapping ? "a mapping" : "a list")", at: location)
            }
            let tag = Self.string(isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag)
            if let tag, tag != (isMapping ? Tag.map : Tag.seq) {
                diagnostics.append(.warning("ignored the YAML tag '\(tag)'", rule: .yamlTagIgnored, at: location))
            }
            try builder.startCollection(isMapping: isMapping, at: location)
            pendingAnchors.append(Self.string(isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            let collection = try builder.endCollection()
            if let anchor = pendingAnchors.removeLast() { anchors[anchor] = collection }
        default:
            break
        }
    }

    // MARK: - Vendor extensions

    /// A collection of a skipped extension: for a mapping, its keys so far (for the duplicate-key check).
    private struct SkippedCollection {
        var keys: [String: (text: String, location: SourceLocation)]?
        var isExpectingKey: Bool

        init(isMapping: Bool) {
            keys = isMapping ? [:] : nil
            isExpectingKey = isMapping
        }
    }

    /// Reads the events of the collection that `start` opens (an `x-` key's value) with the checks that building
    /// it would make, and adds it as a node built when something reads it, from its text.
    ///
    /// Its text parsed on its own must give the events it gave here. That fails for anchors (an alias elsewhere
    /// may name a node inside) and aliases (naming anchors outside), and tags, merge keys and non-scalar keys are
    /// rare enough to leave to the eager path: a collection holding any of them is built now, from its text.
    private mutating func readExtension(
        startingWith start: yaml_event_t, parser: inout yaml_parser_t, input: UnsafeBufferPointer<UInt8>
    ) throws {
        let location = location(start.start_mark)
        var open: [SkippedCollection] = []
        var needsEagerBuild = false
        var mentionsKeywords = false
        var nodeCount = 0

        func take(_ event: yaml_event_t) throws {
            switch event.type {
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                if scalar.anchor != nil || scalar.tag != nil { needsEagerBuild = true }
                guard !needsEagerBuild else { return }  // only the end matters now
                let top = open.count - 1
                guard open[top].isExpectingKey else {
                    nodeCount += 1
                    open[top].isExpectingKey = open[top].keys != nil
                    return
                }
                let key = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                if scalar.style == YAML_PLAIN_SCALAR_STYLE && key == "<<" {
                    needsEagerBuild = true
                    return
                }
                let keyLocation = self.location(event.start_mark)
                if let first = open[top].keys?[key] {
                    throw TreeBuilder.repeatedKeyError(key, at: keyLocation, first: first.text, at: first.location)
                }
                open[top].keys?[key] = (key, keyLocation)
                open[top].isExpectingKey = false
                mentionsKeywords = mentionsKeywords || key.hasPrefix("$")
            case YAML_ALIAS_EVENT:
                needsEagerBuild = true
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let (anchor, tag) = isMapping
                    ? (event.data.mapping_start.anchor, event.data.mapping_start.tag)
                    : (event.data.sequence_start.anchor, event.data.sequence_start.tag)
                if anchor != nil || tag != nil || open.last?.isExpectingKey == true {
                    needsEagerBuild = true
                }
                guard builder.depth + open.count < TreeBuilder.maximumDepth else {
                    throw SpecError("nesting is deeper than \(TreeBuilder.maximumDepth) levels", at: self.location(event.start_mark))
                }
                nodeCount += 1
                open.append(SkippedCollection(isMapping: isMapping))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                open.removeLast()
                if let top = open.indices.last { open[top].isExpectingKey = open[top].keys != nil }
            default:
                break  // no other event comes inside a collection
            }
        }

        let startOffset = byteOffsets.advance(toCharacter: Int(start.start_mark.index), in: input)
        var endOffset = startOffset
        try take(start)
        var event = yaml_event_t()
        while !open.isEmpty {
            guard yaml_parser_parse(&parser, &event) == 1 else { throw syntaxError(parser, input: input) }
            defer { yaml_event_delete(&event) }
            try take(event)
            if open.isEmpty {
                // A flow collection ends after its bracket; a block one where the next token starts, so its text
                // may end with blank lines, comments and indentation, which parse to nothing.
                endOffset = byteOffsets.advance(toCharacter: Int(event.end_mark.index), in: input)
            }
        }
        let text = Self.subtreeText(UnsafeBufferPointer(rebasing: input[startOffset..<endOffset]), column: location.column)
        if needsEagerBuild {
            try buildExtensionNow(text, at: location)
        } else {
            try builder.deferredCollection(text, syntax: .yaml, mentionsKeywords: mentionsKeywords,
                                           size: nodeCount, at: location)
        }
    }

    /// The text of a subtree that starts at `column` of its first line, as a document that parses to the same
    /// events at the same columns: its first line is indented with spaces up to that column.
    private static func subtreeText(_ bytes: UnsafeBufferPointer<UInt8>, column: Int) -> Data {
        var text = Data(repeating: UInt8(ascii: " "), count: column - 1)
        text.append(bytes)
        return text
    }

    /// Builds an extension that could not be deferred from its text, as part of the document: with the
    /// anchors defined so far, defining its own for what follows.
    private mutating func buildExtensionNow(_ text: Data, at location: SourceLocation) throws {
        let (documentLineOffset, documentDefers) = (lineOffset, defersExtensions)
        lineOffset = location.line - 1
        defersExtensions = false  // its offsets would be in `text`, not in the document
        defer { (lineOffset, defersExtensions) = (documentLineOffset, documentDefers) }
        try text.withUnsafeBytes { bytes in
            try readEvents(of: bytes.bindMemory(to: UInt8.self), asPartOfDocument: true)
        }
    }

    private mutating func scalarValue(
        _ text: UnsafeBufferPointer<UInt8>, tag: String?, isPlain: Bool, at location: SourceLocation
    ) throws -> Node.Value {
        guard let tag else {
            return isPlain ? CoreSchema.resolve(text) : .string(String(decoding: text, as: UTF8.self))
        }
        let string = String(decoding: text, as: UTF8.self)
        func invalid(_ type: String) -> SpecError {
            SpecError("'\(string)' is not a valid \(type) (it is tagged '\(tag)')", at: location)
        }
        switch tag {
        case Tag.str, "!":
            return .string(string)
        case Tag.null:
            guard CoreSchema.isNull(text) else { throw invalid("null") }
            return .null
        case Tag.bool:
            guard let bool = CoreSchema.bool(text) else { throw invalid("boolean") }
            return .bool(bool)
        case Tag.int, Tag.float:
            guard let number = CoreSchema.number(text) else { throw invalid("number") }
            return .number(number)
        default:
            diagnostics.append(.warning("ignored the YAML tag '\(tag)'", rule: .yamlTagIgnored, at: location))
            return isPlain ? CoreSchema.resolve(text) : .string(string)
        }
    }

    // MARK: - Positions and errors

    private func location(_ mark: yaml_mark_t) -> SourceLocation {
        builder.location(line: lineOffset + mark.line + 1, column: mark.column + 1)
    }

    private func syntaxError(_ parser: yaml_parser_t, input: UnsafeBufferPointer<UInt8>) -> SpecError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        switch parser.error {
        case YAML_READER_ERROR:
            // libyaml names the byte after a bad one and gives no line; find the bad byte itself.
            let isUTF16 = input.starts(with: [0xFF, 0xFE]) || input.starts(with: [0xFE, 0xFF])
            if !isUTF16, let offset = TextPosition.firstMalformedUTF8(in: input) {
                return SpecError(String(format: "the file is not valid UTF-8 text (byte 0x%02X)", input[offset]),
                                 at: location(ofOffset: offset, in: input))
            }
            let byte = parser.problem_value >= 0 ? String(format: " (byte 0x%02X)", parser.problem_value) : ""
            return SpecError(problem + byte, at: location(ofOffset: parser.problem_offset, in: input))
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
            if problem.hasPrefix("Maximum nesting level reached") {  // libyaml's message names its C API
                return SpecError("nesting is deeper than \(TreeBuilder.maximumDepth) levels", at: location(parser.problem_mark))
            }
            var message = problem
            if let context = parser.context.map({ String(cString: $0) }) {
                let mark = parser.context_mark
                message += " \(context) that starts at line \(mark.line + 1), column \(mark.column + 1)"
            }
            return SpecError(message, at: location(parser.problem_mark))
        default:
            return SpecError("out of memory", at: nil)
        }
    }

    private func location(ofOffset offset: Int, in input: UnsafeBufferPointer<UInt8>) -> SourceLocation {
        let (line, column) = TextPosition.lineAndColumn(ofOffset: offset, in: input)
        return builder.location(line: lineOffset + line, column: column)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}

/// Turns libyaml's marks, which count characters, into byte offsets in UTF-8 input. It only moves forward
/// (marks are asked for in document order), so that a whole document costs one pass.
private struct CharacterByteCursor {
    private var character = 0
    private var byte = 0

    mutating func advance(toCharacter target: Int, in input: UnsafeBufferPointer<UInt8>) -> Int {
        precondition(target >= character, "libyaml marks are read in document order")
        // Eight ASCII bytes at a time, eight characters: specs are nearly all ASCII.
        if let base = input.baseAddress {
            let raw = UnsafeRawPointer(base)
            while target - character >= 8, byte + 8 <= input.count,
                raw.loadUnaligned(fromByteOffset: byte, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                byte += 8
                character += 8
            }
        }
        while character < target, byte < input.count {
            byte += 1
            while byte < input.count, input[byte] & 0xC0 == 0x80 { byte += 1 }  // a continuation byte
            character += 1
        }
        return byte
    }
}

private enum Tag {
    static let str = "tag:yaml.org,2002:str"
    static let null = "tag:yaml.org,2002:null"
    static let bool = "tag:yaml.org,2002:bool"
    static let int = "tag:yaml.org,2002:int"
    static let float = "tag:yaml.org,2002:float"
    static let seq = "tag:yaml.org,2002:seq"
    static let map = "tag:yaml.org,2002:map"
}
