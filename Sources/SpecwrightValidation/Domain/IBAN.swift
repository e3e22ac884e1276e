/// An International Bank Account Number (ISO 13616), validated against the SWIFT IBAN Registry.
///
/// ```swift
/// let iban = try IBAN("DE89 3704 0044 0532 0130 00")
/// iban.electronicFormat  // "DE89370400440532013000"
/// iban.printFormat       // "DE89 3704 0044 0532 0130 00"
/// IBAN.validate("DE89370400440532013001")?.code  // "iban.checkDigits"
/// ```
///
/// Accepted input: the electronic format (`DE89370400440532013000`) and the print format, where single
/// spaces separate characters (`DE89 3704 0044 0532 0130 00`). Lowercase letters are accepted and
/// normalised to uppercase. Leading, trailing or repeated spaces, and any other separator, are invalid
/// characters.
///
/// Checks, in order, each with its own error: characters; a country in the registry
/// (``IBANRegistry``, territories such as `GP` or `AX` included); the length for that country; the BBAN
/// structure for that country; the check digits (02...98, ISO 7064 MOD 97-10). With
/// `strictNationalChecks`, also the national check digits inside the BBAN where the country has them and
/// the library knows the method (see ``IBAN/validate(_:strictNationalChecks:)``).
public struct IBAN: Hashable, Sendable, CustomStringConvertible {
    /// The IBAN without spaces, uppercase: `DE89370400440532013000`.
    public let electronicFormat: String

    /// Validates `string` (electronic or print format) and normalises it.
    public init(_ string: String) throws(IBAN.ValidationError) {
        electronicFormat = try Self.normalizedIfValid(string, strictNationalChecks: false)
    }

    /// Validates `string` like ``init(_:)``, and with `strictNationalChecks` the national check digits too.
    public init(_ string: String, strictNationalChecks: Bool) throws(IBAN.ValidationError) {
        electronicFormat = try Self.normalizedIfValid(string, strictNationalChecks: strictNationalChecks)
    }

    /// Why `string` is not a valid IBAN, or `nil` when it is. Does not allocate.
    ///
    /// With `strictNationalChecks`, the check digits that some countries put inside the BBAN are verified
    /// too. Banks issue only numbers that pass them, so a failure means a typo the IBAN check digits did not
    /// catch (rare) or a made-up number. Countries covered, and their method:
    ///
    /// - Albania (AL), Hungary (HU): weights 9, 7, 3, 1 modulo 10 over the bank and branch code; for Hungary
    ///   also over the account number (the last digit of each part is its check digit).
    /// - Belgium (BE): the first ten digits modulo 97 (97 for 0) equal the last two.
    /// - Bosnia and Herzegovina (BA), Montenegro (ME), North Macedonia (MK), Portugal (PT), Serbia (RS),
    ///   Slovenia (SI), Timor-Leste (TL): ISO 7064 MOD 97-10 over the whole BBAN (the last two digits).
    /// - Croatia (HR): ISO 7064 MOD 11,10 over the bank code and over the account number.
    /// - Czechia (CZ), Slovakia (SK): the account prefix and the account number, weighted
    ///   6, 3, 7, 9, 10, 5, 8, 4, 2, 1, are each divisible by 11.
    /// - Estonia (EE): weights 7, 3, 1 modulo 10 over the branch and account number.
    /// - Finland (FI): Luhn over the BBAN.
    /// - France (FR) and the territories in its registry entry, Monaco (MC): the RIB key,
    ///   97 - (89 × bank + 15 × branch + 3 × account) mod 97, letters in the account mapped to digits.
    /// - Iceland (IS): the check digit (ninth digit) of the account holder's kennitala, weights
    ///   3, 2, 7, 6, 5, 4, 3, 2 modulo 11.
    /// - Italy (IT), San Marino (SM): the CIN letter over ABI, CAB and account number.
    /// - Mauritania (MR), Tunisia (TN): 97 - (BBAN without the last two digits × 100) mod 97.
    /// - Norway (NO): MOD 11, weights 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 over the first ten digits; when the fifth
    ///   and sixth digits are 00, the check over digits seven to ten alone (weights 5, 4, 3, 2) is accepted too.
    /// - Poland (PL): weights 3, 9, 7, 1, 3, 9, 7 modulo 10 over the bank and branch code.
    /// - Spain (ES): the two "DC" digits, MOD 11 over bank and branch, and over the account number.
    ///
    /// Other countries' national checks are bank-specific (Germany, United Kingdom, ...) or absent; for
    /// them strict mode checks what non-strict mode checks.
    public static func validate(_ string: String, strictNationalChecks: Bool = false) -> IBAN.ValidationError? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumLength) { buffer in
            check(string, strictNationalChecks: strictNationalChecks, into: buffer).error
        }
    }

    /// The two-letter country code: `DE`.
    public var countryCode: String { String(electronicFormat.utf8.prefix(2))! }

    /// The two check digits: `89`.
    public var checkDigits: String { String(electronicFormat.utf8.dropFirst(2).prefix(2))! }

    /// The Basic Bank Account Number, everything after the check digits: `370400440532013000`.
    public var bban: String { String(electronicFormat.utf8.dropFirst(4))! }

    /// Groups of four characters separated by spaces: `DE89 3704 0044 0532 0130 00`.
    public var printFormat: String {
        var result = ""
        result.reserveCapacity(electronicFormat.utf8.count + electronicFormat.utf8.count / 4)
        for (index, character) in electronicFormat.enumerated() {
            if index > 0, index % 4 == 0 { result.append(" ") }
            result.append(character)
        }
        return result
    }

    /// The print format.
    public var description: String { printFormat }

    /// No country's IBAN is longer (ISO 13616).
    static let maximumLength = 34
}

extension IBAN: Codable {
    /// Decodes an IBAN from a string in electronic or print format; an invalid IBAN is a `DecodingError`.
    public init(from decoder: any Decoder) throws {
        self = try DomainValueCoding.decode(from: decoder) { string throws(ValidationError) in try Self(string) }
    }

    /// Encodes the electronic format.
    public func encode(to encoder: any Encoder) throws {
        try DomainValueCoding.encode(electronicFormat, to: encoder)
    }
}

extension IBAN {
    /// Why a string is not a valid IBAN. Each case has a stable ``code`` and a ``message`` for people.
    public enum ValidationError: Error, Hashable, Sendable, CustomStringConvertible {
        /// A character other than an ASCII letter or digit, or a space that does not separate two of them.
        /// `offset` counts Unicode scalars from 0 in the input.
        case invalidCharacter(offset: Int)
        /// The first two characters are not a country in the IBAN registry (`""` when there are none).
        case unknownCountry(String)
        /// The length (spaces not counted) is not the registry's length for the country.
        case wrongLength(countryCode: String, expected: Int, actual: Int)
        /// The character at `offset` (in the electronic format, 0-based) does not fit the country's BBAN
        /// structure, given in the registry's notation.
        case bbanStructure(countryCode: String, offset: Int, structure: String)
        /// The check digits are not two digits from 02 to 98, or the ISO 7064 MOD 97-10 checksum fails.
        case checkDigits
        /// The national check digits inside the BBAN are wrong (only with strict national checks).
        case nationalCheckDigits(countryCode: String)

        /// A stable, machine-readable code: `iban.invalidCharacters`, `iban.unknownCountry`,
        /// `iban.length`, `iban.bbanStructure`, `iban.checkDigits` or `iban.nationalCheckDigits`.
        public var code: ValidationIssue.Code {
            switch self {
            case .invalidCharacter: "iban.invalidCharacters"
            case .unknownCountry: "iban.unknownCountry"
            case .wrongLength: "iban.length"
            case .bbanStructure: "iban.bbanStructure"
            case .checkDigits: "iban.checkDigits"
            case .nationalCheckDigits: "iban.nationalCheckDigits"
            }
        }

        /// A sentence for people; wording may change between releases, ``code`` does not.
        public var message: String {
            switch self {
            case .invalidCharacter(let offset):
                "IBAN has an invalid character at offset \(offset): only letters, digits and single spaces between them are allowed"
            case .unknownCountry(let code) where code.isEmpty:
                "IBAN must start with a two-letter country code"
            case .unknownCountry(let code):
                "IBAN country code '\(code)' is not in the SWIFT IBAN Registry"
            case .wrongLength(let country, let expected, let actual):
                "IBAN for \(country) must have \(expected) characters, not \(actual)"
            case .bbanStructure(let country, let offset, let structure):
                "IBAN character \(offset + 1) does not match the \(country) account number structure \(structure)"
            case .checkDigits:
                "IBAN check digits are wrong (ISO 7064 MOD 97-10)"
            case .nationalCheckDigits(let country):
                "IBAN national check digits are wrong for the \(country) account number"
            }
        }

        public var description: String { "\(message) [\(code)]" }
    }
}

extension IBAN {
    private static func normalizedIfValid(_ string: String, strictNationalChecks: Bool) throws(ValidationError) -> String {
        let result: (count: Int, error: ValidationError?, normalized: String) =
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumLength) { buffer in
                let (count, error) = check(string, strictNationalChecks: strictNationalChecks, into: buffer)
                let normalized = error == nil ? String(decoding: buffer[..<count], as: UTF8.self) : ""
                return (count, error, normalized)
            }
        if let error = result.error { throw error }
        return result.normalized
    }

    /// Validates `string`, writing the electronic format (up to `maximumLength` bytes) into `buffer`.
    private static func check(
        _ string: String,
        strictNationalChecks: Bool,
        into buffer: UnsafeMutableBufferPointer<UInt8>
    ) -> (count: Int, error: ValidationError?) {
        string.withUTF8Bytes { check($0, strictNationalChecks: strictNationalChecks, into: buffer) }
    }

    private static func check(
        _ input: UnsafeBufferPointer<UInt8>,
        strictNationalChecks: Bool,
        into buffer: UnsafeMutableBufferPointer<UInt8>
    ) -> (count: Int, error: ValidationError?) {
        // 1. Characters: letters and digits, single spaces only between them.
        var count = 0
        var previousWasSpace = true  // so that a leading space is rejected
        for (index, byte) in input.enumerated() {
            var normalized = byte
            if byte &- UInt8(ascii: "A") < 26 || byte &- UInt8(ascii: "0") < 10 {
                // Already normalised.
            } else if byte &- UInt8(ascii: "a") < 26 {
                normalized = byte - 32
            } else if byte == UInt8(ascii: " "), !previousWasSpace {
                previousWasSpace = true
                continue
            } else {
                return (0, .invalidCharacter(offset: scalarOffset(input, index)))
            }
            previousWasSpace = false
            if count < buffer.count { buffer[count] = normalized }
            count += 1
        }
        if previousWasSpace, count > 0 { return (0, .invalidCharacter(offset: scalarOffset(input, input.count - 1))) }

        // 2. Country.
        guard count >= 2, let key = CountryKey(buffer[0], buffer[1]), let format = CompiledFormats.shared[key] else {
            return (0, .unknownCountry(String(decoding: buffer[..<min(count, 2)], as: UTF8.self)))
        }
        let countryCode = IBANRegistry.entries[format.entryIndex].countryCode

        // 3. Length.
        guard count == format.length else {
            return (0, .wrongLength(countryCode: countryCode, expected: format.length, actual: count))
        }

        // 4. BBAN structure.
        for (index, positionClass) in format.bban.enumerated() where !positionClass.accepts(buffer[4 + index]) {
            let structure = IBANRegistry.entries[format.entryIndex].bbanStructure
            return (0, .bbanStructure(countryCode: countryCode, offset: 4 + index, structure: structure))
        }

        // 5. Check digits: two digits, 02...98, and the whole IBAN is 1 modulo 97.
        let tens = buffer[2] &- UInt8(ascii: "0")
        let units = buffer[3] &- UInt8(ascii: "0")
        guard tens < 10, units < 10, (2...98).contains(tens * 10 + units), mod97(buffer[..<count]) == 1 else {
            return (0, .checkDigits)
        }

        // 6. National check digits.
        if strictNationalChecks,
            NationalCheckDigits.verify(bban: UnsafeBufferPointer(rebasing: buffer[4..<count]), countryCode: countryCode) == false
        {
            return (0, .nationalCheckDigits(countryCode: countryCode))
        }
        return (count, nil)
    }

    /// The number of Unicode scalars before byte `index` of valid UTF-8: the offset errors report.
    private static func scalarOffset(_ input: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        input[..<index].count { $0 & 0xC0 != 0x80 }
    }

    /// ISO 7064 MOD 97-10 of an IBAN: the BBAN followed by the first four characters, letters as 10...35.
    private static func mod97(_ iban: UnsafeMutableBufferPointer<UInt8>.SubSequence) -> Int {
        let start = iban.startIndex
        var remainder = Mod97()
        for byte in iban[(start + 4)...] { remainder.append(byte) }
        for byte in iban[start..<(start + 4)] { remainder.append(byte) }
        return remainder.value
    }
}

/// A number written digit by digit (letters count as the two digits 10...35), reduced modulo 97 only
/// every few characters: a division per character would dominate the cost of validating an IBAN.
struct Mod97 {
    private var accumulator: UInt64 = 0
    private var pending = 0

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        let digit = byte &- UInt8(ascii: "0")
        if digit < 10 {
            accumulator = accumulator &* 10 &+ UInt64(digit)
        } else {
            accumulator = accumulator &* 100 &+ UInt64(byte &- UInt8(ascii: "A") &+ 10)
        }
        // Below 97 × 10^14 after reduction, seven more characters (at most 14 digits) stay below 2^64.
        pending += 1
        if pending == 7 {
            accumulator %= 97
            pending = 0
        }
    }

    var value: Int { Int(accumulator % 97) }
}
