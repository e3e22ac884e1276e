/// A country of ISO 3166-1, with its codes and English names as ISO publishes them.
///
/// Codes match exactly: `Country(alpha2: "DE")` finds Germany, `Country(alpha2: "de")` does not.
/// Names match case-insensitively and under Unicode canonical equivalence, against the short name,
/// the official name and the common name: `Country(name: "côte d'ivoire")`, `Country(name: "Bolivia")`.
///
/// The table (``all``) is generated from Debian's `iso-codes` by `scripts/tables/generate_countries.py`.
/// Kosovo (`XK`) is a user-assigned code, not part of ISO 3166-1, and is not in the table.
public struct Country: Hashable, Sendable, CustomStringConvertible {
    /// The two-letter code, e.g. `DE`.
    public let alpha2: String
    /// The three-letter code, e.g. `DEU`.
    public let alpha3: String
    /// The three-digit numeric code, with leading zeros, e.g. `276`.
    public let numeric: String
    /// The ISO English short name, e.g. `Germany`, `Bolivia, Plurinational State of`.
    public let name: String
    /// The ISO English full name where it differs from the short name, e.g. `Federal Republic of Germany`.
    public let officialName: String?
    /// The name in common use where ISO's short name is unusual, e.g. `Bolivia`, `Taiwan`.
    public let commonName: String?

    init(alpha2: String, alpha3: String, numeric: String, name: String, officialName: String?, commonName: String?) {
        self.alpha2 = alpha2
        self.alpha3 = alpha3
        self.numeric = numeric
        self.name = name
        self.officialName = officialName
        self.commonName = commonName
    }

    public var description: String { "\(name) (\(alpha2))" }

    /// The country with this two-letter code (uppercase), or `nil`.
    public init?(alpha2: String) {
        guard let index = Lookup.shared.index(alpha2: alpha2) else { return nil }
        self = Country.all[index]
    }

    /// The country with this three-letter code (uppercase), or `nil`.
    public init?(alpha3: String) {
        guard let index = Lookup.shared.index(alpha3: alpha3) else { return nil }
        self = Country.all[index]
    }

    /// The country with this three-digit numeric code (`"276"`; `"76"` is not accepted), or `nil`.
    public init?(numeric: String) {
        guard let index = Lookup.shared.index(numeric: numeric) else { return nil }
        self = Country.all[index]
    }

    /// The country whose short, official or common English name is `name`, ignoring case, or `nil`.
    public init?(name: String) {
        guard let index = Lookup.shared.index(name: name) else { return nil }
        self = Country.all[index]
    }

    /// The country that `value` names by its English name (any case), alpha-2 code or alpha-3 code.
    ///
    /// This is the `country` format: fields such as a nationality that accept any of the three.
    public init?(anyOf value: String) {
        guard let index = Lookup.shared.index(anyOf: value) else { return nil }
        self = Country.all[index]
    }
}

extension Country {
    /// Index tables over ``all``, built once on first use.
    ///
    /// Codes are looked up by array index (no hashing, no allocation); an ASCII name among the few names of
    /// its length and first letter, compared without regard to ASCII case (no allocation); any other name
    /// through a dictionary of lowercased names.
    struct Lookup: Sendable {
        static let shared = Lookup()

        /// `all` index + 1 for each alpha-2 code `AA`...`ZZ` (0: none).
        private var byAlpha2 = [UInt8](repeating: 0, count: 26 * 26)
        /// `all` index + 1 for each alpha-3 code `AAA`...`ZZZ` (0: none).
        private var byAlpha3 = [UInt8](repeating: 0, count: 26 * 26 * 26)
        /// `all` index + 1 for each numeric code 000...999 (0: none).
        private var byNumeric = [UInt8](repeating: 0, count: 1000)
        private var byLowercasedName: [String: Int] = [:]
        /// The names that are ASCII, lowercased, by ``asciiBucket(length:first:)``: with the `all` index.
        private var asciiNames = [[(name: [UInt8], index: Int)]](repeating: [], count: 64 * 26)

        private init() {
            for (index, country) in Country.all.enumerated() {
                let slot = UInt8(index + 1)
                byAlpha2[Self.letterKey(country.alpha2)!] = slot
                byAlpha3[Self.letterKey(country.alpha3)!] = slot
                byNumeric[Self.numericKey(country.numeric)!] = slot
                for name in [country.name, country.officialName, country.commonName].compactMap({ $0 }) {
                    let lowercased = name.lowercased()
                    byLowercasedName[lowercased] = index
                    let bytes = Array(lowercased.utf8)
                    if let first = bytes.first, bytes.allSatisfy({ $0 < 0x80 }), first &- UInt8(ascii: "a") < 26 {
                        let bucket = Self.asciiBucket(length: bytes.count, first: first)
                        // A later country's name replaces an earlier one's, as in `byLowercasedName`.
                        if let known = asciiNames[bucket].firstIndex(where: { $0.name == bytes }) {
                            asciiNames[bucket][known].index = index
                        } else {
                            asciiNames[bucket].append((bytes, index))
                        }
                    }
                }
            }
        }

        func index(alpha2: String) -> Int? {
            guard alpha2.utf8.count == 2, let key = Self.letterKey(alpha2) else { return nil }
            return Self.decode(byAlpha2[key])
        }

        /// The index of the country whose alpha-2 code is these two bytes.
        func index(alpha2 first: UInt8, _ second: UInt8) -> Int? {
            guard let key = CountryKey(first, second) else { return nil }
            return Self.decode(byAlpha2[key.value])
        }

        func index(alpha3: String) -> Int? {
            guard alpha3.utf8.count == 3, let key = Self.letterKey(alpha3) else { return nil }
            return Self.decode(byAlpha3[key])
        }

        func index(numeric: String) -> Int? {
            guard numeric.utf8.count == 3, let key = Self.numericKey(numeric) else { return nil }
            return Self.decode(byNumeric[key])
        }

        func index(anyOf value: String) -> Int? {
            index(alpha2: value) ?? index(alpha3: value) ?? index(name: value)
        }

        func index(name: String) -> Int? {
            switch name.withUTF8Bytes(asciiIndex(name:)) {
            case .found(let index): index
            case .absent: nil
            case .elsewhere: byLowercasedName[name.lowercased()]
            }
        }

        private enum ASCIILookup {
            /// `elsewhere`: a name not in `asciiNames` may still be a key of `byLowercasedName`.
            case found(Int), absent, elsewhere
        }

        /// A name's lookup among the ASCII names that start with a letter, as `byLowercasedName[name.lowercased()]`
        /// would find it: `lowercased()` maps ASCII to ASCII (only `A`...`Z` change), so an ASCII name that
        /// starts with a letter can only match one of those.
        private func asciiIndex(name bytes: UnsafeBufferPointer<UInt8>) -> ASCIILookup {
            guard let first = bytes.first, (first | 0x20) &- UInt8(ascii: "a") < 26 else { return .elsewhere }
            let folded = first | 0x20
            for candidate in asciiNames[Self.asciiBucket(length: bytes.count, first: folded)] where candidate.name.count == bytes.count {
                var matches = true
                for (byte, expected) in zip(bytes, candidate.name) where Self.asciiLowercased(byte) != expected {
                    matches = false
                    break
                }
                if matches { return .found(candidate.index) }
            }
            return bytes.allSatisfy({ $0 < 0x80 }) ? .absent : .elsewhere
        }

        private static func asciiLowercased(_ byte: UInt8) -> UInt8 {
            byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
        }

        /// The bucket of a name of `length` bytes whose first byte, lowercased, is the letter `first`.
        private static func asciiBucket(length: Int, first: UInt8) -> Int {
            (length & 63) * 26 + Int(first - UInt8(ascii: "a"))
        }

        private static func decode(_ slot: UInt8) -> Int? {
            slot == 0 ? nil : Int(slot) - 1
        }

        /// The base-26 value of a string of uppercase ASCII letters, or `nil` for any other byte.
        private static func letterKey(_ code: String) -> Int? {
            code.withUTF8Bytes { bytes in
                var key = 0
                for byte in bytes {
                    guard byte &- UInt8(ascii: "A") < 26 else { return nil }
                    key = key * 26 + Int(byte - UInt8(ascii: "A"))
                }
                return key
            }
        }

        /// The value of a string of ASCII digits, or `nil` for any other byte.
        private static func numericKey(_ code: String) -> Int? {
            code.withUTF8Bytes { bytes in
                var key = 0
                for byte in bytes {
                    guard byte &- UInt8(ascii: "0") < 10 else { return nil }
                    key = key * 10 + Int(byte - UInt8(ascii: "0"))
                }
                return key
            }
        }
    }
}
