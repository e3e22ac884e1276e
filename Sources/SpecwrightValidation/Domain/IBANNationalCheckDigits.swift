/// National check digits inside BBANs, for `IBAN.validate(_:strictNationalChecks: true)`.
///
/// Each method is the one the country's banking authority publishes; see the list in
/// ``IBAN/validate(_:strictNationalChecks:)``. Input is a BBAN that already matches the registry structure
/// (so digits are where the structure says), uppercase.
enum NationalCheckDigits {
    /// Whether the national check digits of `bban` are right; `nil` when the country has no check here.
    static func verify(bban: UnsafeBufferPointer<UInt8>, countryCode: String) -> Bool? {
        let digits = Digits(bban)
        switch countryCode {
        case "AL":
            return digits.weightedMod10CheckDigit(0..<7, weights: Weights.hungarian) == digits[7]
        case "HU":
            return digits.weightedMod10CheckDigit(0..<7, weights: Weights.hungarian) == digits[7]
                && digits.weightedMod10CheckDigit(8..<23, weights: Weights.hungarian) == digits[23]
        case "BE":
            let remainder = digits.number(0..<10) % 97
            return (remainder == 0 ? 97 : remainder) == digits.number(10..<12)
        case "BA", "ME", "MK", "PT", "RS", "SI", "TL":
            let remainder = mod97(bban, over: 0..<(bban.count - 2)) * 100 % 97
            return 98 - remainder == digits.number((bban.count - 2)..<bban.count)
        case "MR", "TN":
            let remainder = mod97(bban, over: 0..<(bban.count - 2)) * 100 % 97
            return 97 - remainder == digits.number((bban.count - 2)..<bban.count)
        case "HR":
            return iso7064Mod11Radix10IsValid(digits, 0..<7) && iso7064Mod11Radix10IsValid(digits, 7..<17)
        case "CZ", "SK":
            return digits.weightedSum(4..<10, weights: Weights.czech[4...]) % 11 == 0
                && digits.weightedSum(10..<20, weights: Weights.czech[...]) % 11 == 0
        case "EE":
            // Weights 7, 3, 1 from the right, over the branch and account number; the last digit checks them.
            var sum = 0
            for (step, index) in (2..<15).reversed().enumerated() { sum += digits[index] * Weights.estonian[step % 3] }
            return (10 - sum % 10) % 10 == digits[15]
        case "FI":
            return luhnIsValid(digits, 0..<14)
        case "FR", "MC", "BL", "GF", "GP", "MF", "MQ", "NC", "PF", "PM", "RE", "TF", "WF", "YT":
            return ribKeyIsValid(bban)
        case "IS":
            // The account holder's kennitala is the last ten digits; its ninth digit checks the first eight.
            let remainder = digits.weightedSum(12..<20, weights: Weights.icelandic[...]) % 11
            return (remainder == 0 ? 0 : 11 - remainder) == digits[20]
        case "IT", "SM":
            return italianCIN(bban) == bban[0]
        case "NO":
            if norwegianMod11IsValid(digits, 0..<10, checkDigit: 10) { return true }
            return digits.number(4..<6) == 0 && norwegianMod11IsValid(digits, 6..<10, checkDigit: 10)
        case "PL":
            return digits.weightedMod10CheckDigit(0..<7, weights: Weights.polish) == digits[7]
        case "ES":
            func spanishDigit(_ sum: Int) -> Int {
                let digit = 11 - sum % 11
                return digit == 11 ? 0 : digit == 10 ? 1 : digit
            }
            return spanishDigit(digits.weightedSum(0..<8, weights: Weights.spanish[2...])) == digits[8]
                && spanishDigit(digits.weightedSum(10..<20, weights: Weights.spanish[...])) == digits[9]
        default:
            return nil
        }
    }

    /// Weight tables, built once rather than per call.
    private enum Weights {
        static let hungarian = [9, 7, 3, 1]
        static let polish = [3, 9, 7, 1]
        static let czech = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]
        static let estonian = [7, 3, 1]
        static let icelandic = [3, 2, 7, 6, 5, 4, 3, 2]
        static let norwegian = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        static let spanish = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
        /// The value each character adds to the Italian CIN at an odd position (1st, 3rd, ...), by 0-9 or A-Z.
        static let italianOddPositions = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    }

    /// The BBAN's bytes read as decimal digits (letters give values past 9, which no check here expects).
    private struct Digits {
        let bytes: UnsafeBufferPointer<UInt8>
        init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        subscript(index: Int) -> Int { Int(bytes[index] &- UInt8(ascii: "0")) }

        func number(_ range: Range<Int>) -> Int {
            range.reduce(0) { $0 * 10 + self[$1] }
        }

        /// Σ digit × weight, weights taken in order from the left.
        func weightedSum(_ range: Range<Int>, weights: ArraySlice<Int>) -> Int {
            zip(range, weights).reduce(0) { $0 + self[$1.0] * $1.1 }
        }

        /// (10 − Σ digit × weight mod 10) mod 10, the weights repeating from the left.
        func weightedMod10CheckDigit(_ range: Range<Int>, weights: [Int]) -> Int {
            var sum = 0
            for (step, index) in range.enumerated() { sum += self[index] * weights[step % weights.count] }
            return (10 - sum % 10) % 10
        }
    }

    /// Letters or digits as ISO 13616 numbers them (A = 10), reduced modulo 97.
    private static func mod97(_ bytes: UnsafeBufferPointer<UInt8>, over range: Range<Int>) -> Int {
        var remainder = Mod97()
        for byte in bytes[range] { remainder.append(byte) }
        return remainder.value
    }

    /// ISO 7064 MOD 11,10 over digits whose last one is the check digit.
    private static func iso7064Mod11Radix10IsValid(_ digits: Digits, _ range: Range<Int>) -> Bool {
        var product = 10
        for index in range.dropLast() {
            var sum = (product + digits[index]) % 10
            if sum == 0 { sum = 10 }
            product = (sum * 2) % 11
        }
        return (product + digits[range.last!]) % 10 == 1
    }

    private static func luhnIsValid(_ digits: Digits, _ range: Range<Int>) -> Bool {
        var sum = 0
        for (step, index) in range.reversed().enumerated() {
            let doubled = step % 2 == 1 ? digits[index] * 2 : digits[index]
            sum += doubled > 9 ? doubled - 9 : doubled
        }
        return sum % 10 == 0
    }

    /// MOD 11 with weights 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 aligned to the right end of `range`.
    private static func norwegianMod11IsValid(_ digits: Digits, _ range: Range<Int>, checkDigit: Int) -> Bool {
        let weights = Weights.norwegian
        let sum = digits.weightedSum(range, weights: weights[(weights.count - range.count)...])
        let check = (11 - sum % 11) % 11
        return check != 10 && check == digits[checkDigit]
    }

    /// The French RIB key: 97 − (89 × bank + 15 × branch + 3 × account) mod 97, over a BBAN
    /// bank(5) branch(5) account(11) key(2), letters in the account mapped A, J → 1 ... I, R, Z → 9.
    private static func ribKeyIsValid(_ bban: UnsafeBufferPointer<UInt8>) -> Bool {
        func ribDigit(_ byte: UInt8) -> Int {
            let digit = byte &- UInt8(ascii: "0")
            if digit < 10 { return Int(digit) }
            // A...I → 1...9, J...R → 1...9, S...Z → 2...9.
            let letter = Int(byte - UInt8(ascii: "A"))
            return letter < 18 ? letter % 9 + 1 : letter - 18 + 2
        }
        func number(_ range: Range<Int>) -> Int { range.reduce(0) { ($0 * 10 + ribDigit(bban[$1])) % 97 } }
        let key = Digits(bban).number(21..<23)
        return 97 - (89 * number(0..<5) + 15 * number(5..<10) + 3 * number(10..<21)) % 97 == key
    }

    /// The Italian CIN letter over ABI, CAB and account number (BBAN positions 1...22).
    private static func italianCIN(_ bban: UnsafeBufferPointer<UInt8>) -> UInt8 {
        let oddValues = Weights.italianOddPositions
        var sum = 0
        for (step, byte) in bban[1..<23].enumerated() {
            let digit = byte &- UInt8(ascii: "0")
            let value = digit < 10 ? Int(digit) : Int(byte - UInt8(ascii: "A"))
            sum += step % 2 == 0 ? oddValues[value] : value
        }
        return UInt8(ascii: "A") + UInt8(sum % 26)
    }
}
