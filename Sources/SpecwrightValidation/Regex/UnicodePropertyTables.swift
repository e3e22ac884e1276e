/// The sets behind `\p{…}` and `\P{…}`, built from the Swift standard library's Unicode data.
///
/// ECMA-262 accepts only the exact names and aliases of its property tables (no loose matching), so the
/// lookups here are case-sensitive.
enum UnicodePropertyTables {
    enum LookupError: Error {
        case invalid(String)
        case unsupported(String)
    }

    /// Resolves the text between the braces of `\p{…}`. With `validatingOnly`, checks the name and returns an
    /// empty set, without building the tables.
    static func set(for expression: String, validatingOnly: Bool = false) throws(LookupError) -> CodePointSet {
        let parts = expression.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.unicodeScalars.allSatisfy(isPropertyNameCharacter) }) else {
            throw .invalid("invalid Unicode property expression '\(expression)'")
        }
        if parts.count == 2 {
            let name = String(parts[0])
            let value = String(parts[1])
            switch name {
            case "General_Category", "gc":
                guard generalCategoryValues[value] != nil else {
                    throw .invalid("unknown General_Category value '\(value)'")
                }
                return validatingOnly ? CodePointSet() : generalCategory(value) ?? CodePointSet()
            case "Script", "sc", "Script_Extensions", "scx":
                throw .unsupported(
                    "\\p{\(expression)}: the Script and Script_Extensions properties are not supported, "
                        + "because the Swift standard library does not expose them")
            default:
                throw .invalid("unknown Unicode property '\(name)'")
            }
        }
        if generalCategoryValues[expression] != nil {
            return validatingOnly ? CodePointSet() : generalCategory(expression) ?? CodePointSet()
        }
        return try binaryProperty(expression, validatingOnly: validatingOnly)
    }

    private static func isPropertyNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_")
    }

    // MARK: General_Category

    /// Every long name, short name and alias of the General_Category values, with the categories they cover.
    private static let generalCategoryValues: [String: [Unicode.GeneralCategory]] = {
        let groups: [([String], [Unicode.GeneralCategory])] = [
            (["C", "Other"], [.control, .format, .unassigned, .privateUse, .surrogate]),
            (["Cc", "Control", "cntrl"], [.control]),
            (["Cf", "Format"], [.format]),
            (["Cn", "Unassigned"], [.unassigned]),
            (["Co", "Private_Use"], [.privateUse]),
            (["Cs", "Surrogate"], [.surrogate]),
            (["L", "Letter"], [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter]),
            (["LC", "Cased_Letter"], [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter]),
            (["Ll", "Lowercase_Letter"], [.lowercaseLetter]),
            (["Lm", "Modifier_Letter"], [.modifierLetter]),
            (["Lo", "Other_Letter"], [.otherLetter]),
            (["Lt", "Titlecase_Letter"], [.titlecaseLetter]),
            (["Lu", "Uppercase_Letter"], [.uppercaseLetter]),
            (["M", "Mark", "Combining_Mark"], [.spacingMark, .enclosingMark, .nonspacingMark]),
            (["Mc", "Spacing_Mark"], [.spacingMark]),
            (["Me", "Enclosing_Mark"], [.enclosingMark]),
            (["Mn", "Nonspacing_Mark"], [.nonspacingMark]),
            (["N", "Number"], [.decimalNumber, .letterNumber, .otherNumber]),
            (["Nd", "Decimal_Number", "digit"], [.decimalNumber]),
            (["Nl", "Letter_Number"], [.letterNumber]),
            (["No", "Other_Number"], [.otherNumber]),
            (
                ["P", "Punctuation", "punct"],
                [
                    .connectorPunctuation, .dashPunctuation, .closePunctuation, .finalPunctuation,
                    .initialPunctuation, .otherPunctuation, .openPunctuation,
                ]
            ),
            (["Pc", "Connector_Punctuation"], [.connectorPunctuation]),
            (["Pd", "Dash_Punctuation"], [.dashPunctuation]),
            (["Pe", "Close_Punctuation"], [.closePunctuation]),
            (["Pf", "Final_Punctuation"], [.finalPunctuation]),
            (["Pi", "Initial_Punctuation"], [.initialPunctuation]),
            (["Po", "Other_Punctuation"], [.otherPunctuation]),
            (["Ps", "Open_Punctuation"], [.openPunctuation]),
            (["S", "Symbol"], [.currencySymbol, .modifierSymbol, .mathSymbol, .otherSymbol]),
            (["Sc", "Currency_Symbol"], [.currencySymbol]),
            (["Sk", "Modifier_Symbol"], [.modifierSymbol]),
            (["Sm", "Math_Symbol"], [.mathSymbol]),
            (["So", "Other_Symbol"], [.otherSymbol]),
            (["Z", "Separator"], [.spaceSeparator, .lineSeparator, .paragraphSeparator]),
            (["Zl", "Line_Separator"], [.lineSeparator]),
            (["Zp", "Paragraph_Separator"], [.paragraphSeparator]),
            (["Zs", "Space_Separator"], [.spaceSeparator]),
        ]
        var table: [String: [Unicode.GeneralCategory]] = [:]
        for (names, categories) in groups {
            for name in names { table[name] = categories }
        }
        return table
    }()

    /// The code points of each General_Category, computed once per process (about 0.1 s) on first use.
    private static let generalCategoryRanges: [Unicode.GeneralCategory: [ClosedRange<UInt32>]] = {
        var table: [Unicode.GeneralCategory: [ClosedRange<UInt32>]] = [:]
        var runStart: UInt32 = 0
        var runCategory = Unicode.GeneralCategory.control
        for codePoint in UInt32(1)...CodePointSet.maxCodePoint {
            // Surrogate code points are not scalars; they form their own category.
            let category = Unicode.Scalar(codePoint)?.properties.generalCategory ?? .surrogate
            if category != runCategory {
                table[runCategory, default: []].append(runStart...(codePoint - 1))
                runStart = codePoint
                runCategory = category
            }
        }
        table[runCategory, default: []].append(runStart...CodePointSet.maxCodePoint)
        return table
    }()

    private static func generalCategory(_ value: String) -> CodePointSet? {
        guard let categories = generalCategoryValues[value] else { return nil }
        return CodePointSet(ranges: categories.flatMap { generalCategoryRanges[$0] ?? [] })
    }

    // MARK: Binary properties

    private typealias Predicate = @Sendable (Unicode.Scalar.Properties) -> Bool

    /// ECMA-262's binary properties that the standard library can answer, by every name ECMA-262 accepts.
    private static let binaryPredicates: [String: Predicate] = {
        let entries: [([String], Predicate)] = [
            (["ASCII_Hex_Digit", "AHex"], { $0.isASCIIHexDigit }),
            (["Alphabetic", "Alpha"], { $0.isAlphabetic }),
            (["Bidi_Control", "Bidi_C"], { $0.isBidiControl }),
            (["Bidi_Mirrored", "Bidi_M"], { $0.isBidiMirrored }),
            (["Case_Ignorable", "CI"], { $0.isCaseIgnorable }),
            (["Cased"], { $0.isCased }),
            (["Changes_When_Casefolded", "CWCF"], { $0.changesWhenCaseFolded }),
            (["Changes_When_Casemapped", "CWCM"], { $0.changesWhenCaseMapped }),
            (["Changes_When_Lowercased", "CWL"], { $0.changesWhenLowercased }),
            (["Changes_When_NFKC_Casefolded", "CWKCF"], { $0.changesWhenNFKCCaseFolded }),
            (["Changes_When_Titlecased", "CWT"], { $0.changesWhenTitlecased }),
            (["Changes_When_Uppercased", "CWU"], { $0.changesWhenUppercased }),
            (["Dash"], { $0.isDash }),
            (["Default_Ignorable_Code_Point", "DI"], { $0.isDefaultIgnorableCodePoint }),
            (["Deprecated", "Dep"], { $0.isDeprecated }),
            (["Diacritic", "Dia"], { $0.isDiacritic }),
            (["Emoji"], { $0.isEmoji }),
            (["Emoji_Modifier", "EMod"], { $0.isEmojiModifier }),
            (["Emoji_Modifier_Base", "EBase"], { $0.isEmojiModifierBase }),
            (["Emoji_Presentation", "EPres"], { $0.isEmojiPresentation }),
            (["Extender", "Ext"], { $0.isExtender }),
            (["Grapheme_Base", "Gr_Base"], { $0.isGraphemeBase }),
            (["Grapheme_Extend", "Gr_Ext"], { $0.isGraphemeExtend }),
            (["Hex_Digit", "Hex"], { $0.isHexDigit }),
            (["IDS_Binary_Operator", "IDSB"], { $0.isIDSBinaryOperator }),
            (["IDS_Trinary_Operator", "IDST"], { $0.isIDSTrinaryOperator }),
            (["ID_Continue", "IDC"], { $0.isIDContinue }),
            (["ID_Start", "IDS"], { $0.isIDStart }),
            (["Ideographic", "Ideo"], { $0.isIdeographic }),
            (["Join_Control", "Join_C"], { $0.isJoinControl }),
            (["Logical_Order_Exception", "LOE"], { $0.isLogicalOrderException }),
            (["Lowercase", "Lower"], { $0.isLowercase }),
            (["Math"], { $0.isMath }),
            (["Noncharacter_Code_Point", "NChar"], { $0.isNoncharacterCodePoint }),
            (["Pattern_Syntax", "Pat_Syn"], { $0.isPatternSyntax }),
            (["Pattern_White_Space", "Pat_WS"], { $0.isPatternWhitespace }),
            (["Quotation_Mark", "QMark"], { $0.isQuotationMark }),
            (["Radical"], { $0.isRadical }),
            (["Sentence_Terminal", "STerm"], { $0.isSentenceTerminal }),
            (["Soft_Dotted", "SD"], { $0.isSoftDotted }),
            (["Terminal_Punctuation", "Term"], { $0.isTerminalPunctuation }),
            (["Unified_Ideograph", "UIdeo"], { $0.isUnifiedIdeograph }),
            (["Uppercase", "Upper"], { $0.isUppercase }),
            (["Variation_Selector", "VS"], { $0.isVariationSelector }),
            (["White_Space", "space"], { $0.isWhitespace }),
            (["XID_Continue", "XIDC"], { $0.isXIDContinue }),
            (["XID_Start", "XIDS"], { $0.isXIDStart }),
        ]
        var table: [String: Predicate] = [:]
        for (names, predicate) in entries {
            for name in names { table[name] = predicate }
        }
        return table
    }()

    /// ECMA-262 binary properties for which the standard library has no data.
    private static let unsupportedBinaryProperties: Set<String> = [
        "Emoji_Component", "EComp", "Extended_Pictographic", "ExtPict",
    ]

    private static func binaryProperty(_ name: String, validatingOnly: Bool) throws(LookupError) -> CodePointSet {
        switch name {
        case "Any": return .all
        case "ASCII": return CodePointSet(ranges: [0...0x7F])
        case "Assigned": return CodePointSet(ranges: generalCategoryRanges[.unassigned] ?? []).inverted()
        case "Regional_Indicator", "RI": return CodePointSet(ranges: [0x1F1E6...0x1F1FF])
        default: break
        }
        if unsupportedBinaryProperties.contains(name) {
            throw .unsupported("\\p{\(name)} is not supported, because the Swift standard library does not expose it")
        }
        guard let predicate = binaryPredicates[name] else {
            throw .invalid("unknown Unicode property '\(name)'")
        }
        if validatingOnly { return CodePointSet() }
        // Scanning every scalar takes a few tens of milliseconds; patterns compile once.
        var ranges: [ClosedRange<UInt32>] = []
        var runStart: UInt32?
        for codePoint in UInt32(0)...CodePointSet.maxCodePoint {
            let member = Unicode.Scalar(codePoint).map { predicate($0.properties) } ?? false
            if member, runStart == nil {
                runStart = codePoint
            } else if !member, let start = runStart {
                ranges.append(start...(codePoint - 1))
                runStart = nil
            }
        }
        if let start = runStart { ranges.append(start...CodePointSet.maxCodePoint) }
        return CodePointSet(ranges: ranges)
    }
}
