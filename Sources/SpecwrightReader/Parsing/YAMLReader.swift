// CYaml is the libyaml that Yams builds and links. Driving its event parser directly (instead of Yams' `compose`)
// builds our located tree in one pass, without an intermediate tree or re-encoding the input as a Swift String.
import CYaml
import Foundation

/// Reads a YAML document (UTF-8, or UTF-16 with a byte order mark) through libyaml's event parser.
///
/// Plain scalars resolve with YAML 1.2's core schema (see `CoreSchema`); anchors and aliases share nodes;
/// merge keys (`<<`) are applied.
struct YAMLReader {
    private var builder: TreeBuilder
    private var anchors: [String: TreeBuilder.Sized] = [:]
    /// The anchors of the open collections, innermost last.
    private var pendingAnchors: [String?] = []
    private var hasDocument = false
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        builder = TreeBuilder(file: file)
    }

    /// The document's root, or `nil` when the input holds no document (only blanks and comments).
    mutating func read(_ input: UnsafeBufferPointer<UInt8>) throws -> Node? {
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
            if event.type == YAML_STREAM_END_EVENT { break }
            try consume(event)
        }
        return builder.root?.node
    }

    private mutating func consume(_ event: yaml_event_t) throws {
        let location = location(event.start_mark)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            if hasDocument {
                throw SpecError("a spec file holds one document, but a second one starts here", at: location)
            }
            hasDocument = true
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
            break  // stream start and document end carry nothing
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
        builder.location(line: mark.line + 1, column: mark.column + 1)
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
        return builder.location(line: line, column: column)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
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
