import Foundation
import SpecwrightValidation

/// `minLength` / `maxLength`, counted in Unicode code points (not grapheme clusters, not UTF-16 units).
struct LengthKeyword: Keyword {
    let isMinimum: Bool
    let limit: Int
    let location: String

    func isValid(_ instance: JSONValue, _ verdict: inout Verdict) -> Bool {
        guard case .string(let string) = instance else { return true }
        return holds(for: string)
    }

    @inline(__always)
    func holds(for string: String) -> Bool {
        // A string has at most as many code points as UTF-8 bytes and at least a quarter of them.
        let bytes = string.utf8.count
        if isMinimum {
            return bytes / 4 >= limit || (bytes >= limit && string.unicodeScalars.count >= limit)
        }
        return bytes <= limit || string.unicodeScalars.count <= limit
    }

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: Annotations?) -> Bool {
        guard case .string(let string) = instance, !holds(for: string) else { return true }
        if isMinimum {
            evaluation.report("minLength", at: location, "\(abbreviated(instance)) is shorter than \(limit) characters")
        } else {
            evaluation.report("maxLength", at: location, "\(abbreviated(instance)) is longer than \(limit) characters")
        }
        return false
    }
}

/// `pattern`: an ECMA-262 regular expression, unanchored.
struct PatternKeyword: Keyword {
    let regex: ECMARegex
    let pattern: String
    let location: String

    func isValid(_ instance: JSONValue, _ verdict: inout Verdict) -> Bool {
        guard case .string(let string) = instance else { return true }
        return holds(for: string)
    }

    @inline(__always)
    func holds(for string: String) -> Bool {
        regex.evaluate(string) == .match
    }

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: Annotations?) -> Bool {
        guard case .string(let string) = instance else { return true }
        switch regex.evaluate(string) {
        case .match:
            return true
        case .noMatch:
            evaluation.report("pattern", at: location, "\(abbreviated(instance)) does not match the pattern \(pattern)")
        case .budgetExceeded:
            evaluation.report(
                "pattern", at: location,
                "\(abbreviated(instance)) could not be matched against the pattern \(pattern) within the regex step budget")
        }
        return false
    }
}

/// `format`, when formats assert: validity is decided by `FormatRegistry`; unknown formats never compile
/// into this keyword.
struct FormatKeyword: Keyword {
    let checker: FormatChecker
    let location: String

    func isValid(_ instance: JSONValue, _ verdict: inout Verdict) -> Bool {
        guard case .string(let string) = instance else { return true }
        return checker.isValid(string)
    }

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: Annotations?) -> Bool {
        guard case .string(let string) = instance, !checker.isValid(string) else { return true }
        guard evaluation.collectsIssues else { return false }
        let reason = checker.failureReason(string).map { ": \($0)" } ?? ""
        evaluation.report(
            "format", at: location, "\(abbreviated(instance)) is not a valid \(checker.format)\(reason)", detail: checker.failureCode(string))
        return false
    }
}

/// Draft-07 `contentEncoding: base64` and `contentMediaType: application/json`, which that draft lets
/// validators assert (2020-12 makes them annotations only).
struct ContentKeyword: Keyword {
    let decodesBase64: Bool
    let expectsJSON: Bool
    let location: String

    func isValid(_ instance: JSONValue, _ verdict: inout Verdict) -> Bool {
        bridgedVerdict(instance, &verdict)
    }

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: Annotations?) -> Bool {
        guard case .string(let string) = instance else { return true }
        var content = Array(string.utf8)
        if decodesBase64 {
            guard let decoded = Data(base64Encoded: string) else {
                evaluation.report("contentEncoding", at: location + "/contentEncoding", "\(abbreviated(instance)) is not valid base64")
                return false
            }
            content = Array(decoded)
        }
        if expectsJSON, (try? JSONValue(parsing: content)) == nil {
            evaluation.report("contentMediaType", at: location + "/contentMediaType", "\(abbreviated(instance)) does not hold a JSON document")
            return false
        }
        return true
    }
}

/// The string keywords of one schema (`type: "string"`, `minLength`, `maxLength`, `pattern`, `format`,
/// an `enum` of strings) fused into one keyword: typical API schemas are mostly such leaves, and one call
/// per leaf instead of one per keyword is measurably faster.
struct StringChecks: Keyword {
    /// `type: "string"`, when the schema requires exactly that.
    var type: TypeKeyword?
    var minLength: LengthKeyword?
    var maxLength: LengthKeyword?
    var pattern: PatternKeyword?
    var format: FormatKeyword?
    var enumeration: StringEnumKeyword?

    var isEmpty: Bool {
        type == nil && isOnlyType
    }

    /// Whether `type: string` is all there is (or nothing): on the `isValid` path, nodes check `type` themselves.
    var isOnlyType: Bool {
        minLength == nil && maxLength == nil && pattern == nil && format == nil && enumeration == nil
    }

    /// Every check but `type`, which the node has made.
    func isValid(_ instance: JSONValue, _ verdict: inout Verdict) -> Bool {
        guard case .string(let string) = instance else { return enumeration == nil }
        if let enumeration, enumeration.table.index(of: string) == nil { return false }
        if let minLength, !minLength.holds(for: string) { return false }
        if let maxLength, !maxLength.holds(for: string) { return false }
        if let pattern, !pattern.holds(for: string) { return false }
        if let format, !format.checker.isValid(string) { return false }
        return true
    }

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: Annotations?) -> Bool {
        guard case .string = instance else {
            var valid = true
            if type?.validate(instance, &evaluation, annotations) == false {
                guard evaluation.collectsIssues else { return false }
                valid = false
            }
            if enumeration?.validate(instance, &evaluation, annotations) == false { valid = false }
            return valid
        }
        // Optional chaining calls each check in place, without copying it.
        var valid = true
        if enumeration?.validate(instance, &evaluation, annotations) == false {
            guard evaluation.collectsIssues else { return false }
            valid = false
        }
        if minLength?.validate(instance, &evaluation, annotations) == false {
            guard evaluation.collectsIssues else { return false }
            valid = false
        }
        if maxLength?.validate(instance, &evaluation, annotations) == false {
            guard evaluation.collectsIssues else { return false }
            valid = false
        }
        if pattern?.validate(instance, &evaluation, annotations) == false {
            guard evaluation.collectsIssues else { return false }
            valid = false
        }
        if format?.validate(instance, &evaluation, annotations) == false {
            valid = false
        }
        return valid
    }
}

/// `enum` whose values are all strings: a hash-table lookup by code points.
struct StringEnumKeyword: Keyword {
    let table: StringTable
    let location: String

    func isValid(_ instance: JSONValue, _ verdict: inout Verdict) -> Bool {
        guard case .string(let string) = instance else { return false }
        return table.index(of: string) != nil
    }

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: Annotations?) -> Bool {
        if case .string(let string) = instance, table.index(of: string) != nil { return true }
        evaluation.report(
            "enum", at: location, "\(abbreviated(instance)) is not one of \(abbreviated(.array(table.keys.map(JSONValue.string))))")
        return false
    }
}
