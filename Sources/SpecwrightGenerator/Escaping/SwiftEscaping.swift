import SpecwrightModel

/// The one place where text from a spec becomes part of generated Swift, one function per context.
///
/// Every spec string that reaches generated code goes through one of these: a value inside a string literal,
/// the text of a comment line, or an identifier. Each result is inert in its context whatever the input:
/// it cannot end the literal or the comment, start an interpolation, or hide code behind bidirectional controls.
enum SwiftEscaping {
    /// Escapes text for the inside of a plain (`"…"`) Swift string literal.
    ///
    /// Backslashes and quotes are escaped (so neither `\(` nor `"""` survives), and every character that is
    /// invisible or ends a line (controls, NUL, U+2028, U+2029, NEL, bidirectional controls) becomes `\u{…}`.
    static func stringLiteralContent(_ text: String) -> String {
        // Most strings (wire names, pointers, keywords) are printable ASCII without `\` or `"`: as they are.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\\") && $0 != UInt8(ascii: "\"") }) {
            return text
        }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where needsUnicodeEscape(scalar): result += unicodeEscape(scalar)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Makes text safe as the rest of a `//` or `///` line: nothing in it can end the line early.
    ///
    /// Line breaks of every kind are written as the visible escapes `\n`, `\r` and `\u{…}` (callers split
    /// prose into lines first; what is left is part of one value, such as a pattern), and so are other
    /// controls and bidirectional controls. `*/` needs nothing: a line comment has no end marker.
    static func commentLineText(_ text: String) -> String {
        // Printable ASCII and tabs, most lines, are left as they are.
        if text.utf8.allSatisfy({ (0x20...0x7E).contains($0) || $0 == 0x09 }) { return text }
        guard text.unicodeScalars.contains(where: { needsUnicodeEscape($0) || $0 == "\n" || $0 == "\r" }) else {
            return text
        }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\t"
            case _ where needsUnicodeEscape(scalar): result += unicodeEscape(scalar)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A valid Swift identifier for a name the model chose.
    ///
    /// `SwiftNaming` decides names (camel case, keywords in backticks, a leading `_` before a digit) and only
    /// produces valid ones; this is the guarantee at the boundary: a name that is not an identifier (empty,
    /// starting with a digit, holding anything but ASCII letters, digits and `_`) is renamed by `SwiftNaming`
    /// instead of reaching the code as written.
    static func identifier(_ name: String) -> String {
        let isEscapedKeyword = name.count > 2 && name.hasPrefix("`") && name.hasSuffix("`")
        let bare = isEscapedKeyword ? String(name.dropFirst().dropLast()) : name
        if isIdentifierShaped(bare) {
            // A keyword left bare (`func`) would not compile; SwiftNaming knows which words are keywords
            // (the ones that need backticks are all lowercase letters, so other names skip the lookup).
            let couldBeKeyword = !isEscapedKeyword && bare.utf8.allSatisfy { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }
            return couldBeKeyword && SwiftNaming.memberName(bare) == "`\(bare)`" ? "`\(bare)`" : name
        }
        let renamed = SwiftNaming.memberName(bare)
        let first = renamed.unicodeScalars.first.map { String($0) } ?? ""
        // Keep the case the model chose for the first letter: type names are upper camel case.
        let startsUppercase = bare.unicodeScalars.first.map { $0.properties.isUppercase } ?? false
        guard startsUppercase, SwiftNaming.unescaped(renamed) == renamed else { return renamed }
        return first.uppercased() + renamed.dropFirst()
    }

    /// Whether a name the user chose (`nameOverrides`) can be written as a type name without backticks.
    static func isPlainTypeName(_ name: String) -> Bool {
        isIdentifierShaped(name) && SwiftNaming.memberName(name) != "`\(name)`"
            && !["Any", "Protocol", "Self", "Type"].contains(name)
    }

    /// Whether text can follow `import`: identifiers joined by dots (`MyModels`, `Foundation.NSData`).
    static func isModuleName(_ name: String) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        return parts.allSatisfy(isPlainTypeName)
    }

    /// ASCII letters, digits and `_`, not starting with a digit.
    static func isIdentifierShaped(_ text: String) -> Bool {
        guard let first = text.utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
        return text.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
        }
    }

    /// Controls (C0, DEL, C1 including NEL), the line and paragraph separators, the bidirectional controls
    /// (a "Trojan Source" reordering of what a reviewer sees), and the byte-order mark.
    static func needsUnicodeEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0D, 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }

    private static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
        "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
    }
}
