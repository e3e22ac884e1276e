extension UnionPayload {
    /// Decodes a union without a discriminator: the best alternative the payload fits (see `ranking(of:)`),
    /// decoded once from `decoder`; the next one only if that fails deeper down.
    ///
    /// When several alternatives fit and none keeps every member, the payload is not squeezed into one of
    /// them: `keepingPayload` (a `oneOf` the spec leaves ambiguous) receives it whole, `combining` (an `anyOf`)
    /// receives every alternative that decodes.
    public func decode<Union>(
        _ alternatives: [UnionAlternative], of union: String, from decoder: any Decoder,
        keepingPayload: ((JSONValue) -> Union)? = nil, combining: (([Union]) -> Union)? = nil,
        alternative: (Int) throws -> Union
    ) throws -> Union {
        let ranked = ranking(of: alternatives)
        guard let best = ranked.first else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath,
                debugDescription: "the value matches none of the alternatives of \(union) (\(summary))"
            ))
        }
        if ranked.count > 1, !isHeldWhole(by: alternatives[best]) {
            if let combining {
                let values = ranked.compactMap { try? alternative($0) }
                if values.count > 1 { return combining(values) }
            } else if let keepingPayload {
                return keepingPayload(try JSONValue(from: decoder))
            }
        }
        var firstError: (any Error)?
        for index in ranked {
            do {
                return try alternative(index)
            } catch {
                firstError = firstError ?? error
            }
        }
        throw firstError!
    }

    /// The payload's top level in words, for errors: `an object with members a, b`.
    private var summary: String {
        switch kind {
        case .object: memberNames.isEmpty ? "an empty object" : "an object with members \(memberNames.sorted().joined(separator: ", "))"
        case .array: "an array"
        case .null: "null"
        case .boolean: "a boolean"
        case .string: "a string"
        default: "a number"
        }
    }
}
