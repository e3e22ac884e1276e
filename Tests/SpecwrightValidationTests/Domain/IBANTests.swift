import Foundation
import Testing

@testable import SpecwrightValidation

/// The example IBAN of every country in the SWIFT IBAN Registry, and of the territories using their parent's
/// format (the registry's and the French RIB examples; GG, IM and JE get the GB example's BBAN).
let registryExampleIBANs = [
    "AD1200012030200359100100", "AE070331234567890123456", "AL47212110090000000235698741",
    "AT611904300234573201", "AZ21NABZ00000000137010001944", "BA391290079401028494", "BE68539007547034",
    "BG80BNBG96611020345678", "BH67BMAG00001299123456", "BI4210000100010000332045181",
    "BR1800360305000010009795493C1", "BY13NBRB3600900000002Z00AB00", "CH9300762011623852957",
    "CR05015202001026284066", "CY17002001280000001200527600", "CZ6508000000192000145399",
    "DE89370400440532013000", "DJ2100010000000154000100186", "DK5000400440116243",
    "DO28BAGR00000001212453611324", "EE382200221020145685", "EG380019000500000000263180002",
    "ES9121000418450200051332", "FI2112345600000785", "FK88SC123456789012", "FO6264600001631634",
    "FR1420041010050500013M02606", "GB29NWBK60161331926819", "GE29NB0000000101904917",
    "GI75NWBK000000007099453", "GL8964710001000206", "GR1601101250000000012300695",
    "GT82TRAJ01020000001210029690", "HN88CABF00000000000250005469", "HR1210010051863000160",
    "HU42117730161111101800000000", "IE29AIBK93115212345678", "IL620108000000099999999",
    "IQ98NBIQ850123456789012", "IS140159260076545510730339", "IT60X0542811101000000123456",
    "JO94CBJO0010000000000131000302", "KW81CBKU0000000000001234560101", "KZ86125KZT5004100100",
    "LB62099900000001001901229114", "LC55HEMM000100010012001200023015", "LI21088100002324013AA",
    "LT121000011101001000", "LU280019400644750000", "LV80BANK0000435195001", "LY83002048000020100120361",
    "MC5811222000010123456789030", "MD24AG000225100013104168", "ME25505000012345678951",
    "MK07250120000058984", "MN121234123456789123", "MR1300020001010000123456753",
    "MT84MALT011000012345MTLCAST001S", "MU17BOMM0101101030300200000MUR", "NI45BAPR00000013000003558124",
    "NL91ABNA0417164300", "NO9386011117947", "OM810180000001299123456", "PK36SCBL0000001123456702",
    "PL61109010140000071219812874", "PS92PALS000000000400123456702", "PT50000201231234567890154",
    "QA58DOHB00001234567890ABCDEFG", "RO49AAAA1B31007593840000", "RS35260005601001611379",
    "RU0304452522540817810538091310419", "SA0380000000608010167519", "SC18SSCB11010000000000001497USD",
    "SD2129010501234001", "SE4550000000058398257466", "SI56263300012039086", "SK3112000000198742637541",
    "SM86U0322509800000000270100", "SO211000001001000100141", "ST23000100010051845310146",
    "SV62CENR00000000000000700025", "TL380080012345678910157", "TN5910006035183598478831",
    "TR330006100519786457841326", "UA213223130000026007233566001", "VA59001123000012345678",
    "VG96VPVG0000012345678901", "XK051212012345678906", "YE15CBYE0001018861234567891234",
    // Territories.
    "AX2112345600000785", "BL6820041010050500013M02606", "GF4120041010050500013M02606",
    "GP1120041010050500013M02606", "MF8420041010050500013M02606", "MQ5120041010050500013M02606",
    "NC8420041010050500013M02606", "PF5720041010050500013M02606", "PM3620041010050500013M02606",
    "RE4220041010050500013M02606", "TF2120041010050500013M02606", "WF9120041010050500013M02606",
    "YT3120041010050500013M02606", "GG14NWBK60161331926819", "IM75NWBK60161331926819", "JE90NWBK60161331926819",
]

/// `countryCode` + the check digits ISO 13616 gives `bban`, computed independently of the library.
func ibanWithCheckDigits(_ countryCode: String, _ bban: String) -> String {
    var remainder = 0
    for character in bban + countryCode + "00" {
        let value = Int(String(character), radix: 36)!
        remainder = (remainder * (value < 10 ? 10 : 100) + value) % 97
    }
    let check = 98 - remainder
    return countryCode + (check < 10 ? "0\(check)" : "\(check)") + bban
}

@Suite struct IBANTests {
    @Test func registryCoversEightyNineCountriesAndSixteenTerritories() {
        #expect(IBANRegistry.entries.count == 105)
        #expect(IBANRegistry.entries.filter { $0.partOf == nil }.count == 89)
        #expect(IBANRegistry.entries.filter { $0.partOf == "FR" }.count == 12)
        #expect(IBANRegistry.entry(forCountry: "AX")?.partOf == "FI")
        #expect(IBANRegistry.entry(forCountry: "DE")?.length == 22)
        #expect(IBANRegistry.entry(forCountry: "US") == nil)
        #expect(IBANRegistry.entry(forCountry: "de") == nil)
        #expect(Set(registryExampleIBANs.map { String($0.prefix(2)) }) == Set(IBANRegistry.entries.map(\.countryCode)))
    }

    @Test(arguments: registryExampleIBANs)
    func registryExampleIsValid(_ example: String) throws {
        let iban = try IBAN(example)
        #expect(iban.electronicFormat == example)
        #expect(iban.countryCode == String(example.prefix(2)))
        #expect(iban.checkDigits == String(example.dropFirst(2).prefix(2)))
        #expect(iban.bban == String(example.dropFirst(4)))
        #expect(IBAN.validate(example, strictNationalChecks: true) == nil)
        #expect(try IBAN(iban.printFormat) == iban)
        #expect(try IBAN(example.lowercased()) == iban)
    }

    @Test func printFormatGroupsByFour() throws {
        let iban = try IBAN("DE89 3704 0044 0532 0130 00")
        #expect(iban.electronicFormat == "DE89370400440532013000")
        #expect(iban.printFormat == "DE89 3704 0044 0532 0130 00")
        #expect(iban.description == "DE89 3704 0044 0532 0130 00")
        #expect(try IBAN("GB29NWBK60161331926819").printFormat == "GB29 NWBK 6016 1331 9268 19")
    }

    @Test(arguments: [
        ("DE89-3704-0044-0532-0130-00", 4),
        ("DE89  3704 0044 0532 0130 00", 5),
        (" DE89370400440532013000", 0),
        ("DE89370400440532013000 ", 22),
        ("DE89370400440532013000\n", 22),
        ("DE89\t370400440532013000", 4),
        ("DÉ89370400440532013000", 1),
        ("DE8937040044053201300ü", 21),
    ])
    func invalidCharacters(_ input: String, offset: Int) {
        let error = IBAN.validate(input)
        #expect(error == .invalidCharacter(offset: offset))
        #expect(error?.code == "iban.invalidCharacters")
    }

    @Test func unknownCountry() {
        #expect(IBAN.validate("US64SVBKUS6S3300958879") == .unknownCountry("US"))
        #expect(IBAN.validate("1289370400440532013000") == .unknownCountry("12"))
        #expect(IBAN.validate("") == .unknownCountry(""))
        #expect(IBAN.validate("D") == .unknownCountry("D"))
        #expect(IBAN.validate("US64SVBKUS6S3300958879")?.code == "iban.unknownCountry")
        #expect(IBAN.validate("")?.message == "IBAN must start with a two-letter country code")
    }

    @Test func wrongLengthForTheCountry() {
        let short = IBAN.validate("DE8937040044053201300")
        #expect(short == .wrongLength(countryCode: "DE", expected: 22, actual: 21))
        #expect(short?.code == "iban.length")
        #expect(short?.message == "IBAN for DE must have 22 characters, not 21")
        #expect(IBAN.validate("DE893704004405320130000") == .wrongLength(countryCode: "DE", expected: 22, actual: 23))
        #expect(IBAN.validate("DE") == .wrongLength(countryCode: "DE", expected: 22, actual: 2))
        // Longer than any IBAN: still reported as the country's length.
        let long = "NO93" + String(repeating: "8601111794", count: 5)
        #expect(IBAN.validate(long) == .wrongLength(countryCode: "NO", expected: 15, actual: 54))
    }

    @Test func bbanStructure() {
        // GB bank code is four letters.
        let error = IBAN.validate(ibanWithCheckDigits("GB", "1WBK60161331926819"))
        #expect(error == .bbanStructure(countryCode: "GB", offset: 4, structure: "4!a6!n8!n"))
        #expect(error?.code == "iban.bbanStructure")
        // DE is all digits.
        #expect(IBAN.validate(ibanWithCheckDigits("DE", "37040044053201300A")) == .bbanStructure(countryCode: "DE", offset: 21, structure: "8!n10!n"))
        // Brazil: the branch code (BBAN positions 9 to 13) is digits.
        #expect(IBAN.validate(ibanWithCheckDigits("BR", "00360305" + "0000A" + "0009795493" + "C1")) == .bbanStructure(countryCode: "BR", offset: 16, structure: "8!c5!n10!n1!c1!c"))
    }

    /// The current registry (`8!c5!n10!n1!c1!c`) lets Brazilian bank codes and account types hold letters;
    /// release 101 (`8!n5!n10!n1!a1!c`) rejected such IBANs.
    @Test func brazilianBankCodeAndAccountTypeMayHoldLetters() throws {
        #expect(IBANRegistry.entry(forCountry: "BR")?.bbanStructure == "8!c5!n10!n1!c1!c")
        let lettersInBankCode = ibanWithCheckDigits("BR", "0A3B0C05" + "00001" + "0009795493" + "C1")
        #expect(IBAN.validate(lettersInBankCode) == nil)
        #expect(try IBAN(lettersInBankCode).bban == "0A3B0C05000010009795493C1")
        // Generated by schwifty from its copy of the registry.
        #expect(IBAN.validate("BR20N5HEMEDC725737865462580F0") == nil)
        #expect(IBAN.validate(ibanWithCheckDigits("BR", "00360305000010009795493" + "11")) == nil)
    }

    @Test(arguments: IBANRegistrySamples.valid)
    func schwiftySampleIsValid(_ sample: String) throws {
        #expect(IBAN.validate(sample) == nil)
        #expect(try IBAN(sample).electronicFormat == sample)
    }

    @Test func samplesCoverEveryCountryAndTerritory() {
        let countries = Set(IBANRegistrySamples.valid.map { String($0.prefix(2)) })
        #expect(countries == Set(IBANRegistry.entries.map(\.countryCode)))
        #expect(IBANRegistrySamples.valid.count == 4 * IBANRegistry.entries.count)
        #expect(IBANRegistry.source.hasPrefix("schwifty "))
    }

    @Test(arguments: [
        "DE89370400440532013001",  // one digit off
        "DE98370400440532013000",  // check digits swapped
        "DEAB370400440532013000",  // not digits
        "GB82WEST12345698765431",
    ])
    func checkDigits(_ input: String) {
        #expect(IBAN.validate(input) == .checkDigits)
        #expect(IBAN.validate(input)?.code == "iban.checkDigits")
    }

    @Test func checkDigitsOutsideTwoToNinetyEightAreInvalidEvenWhenTheChecksumHolds() throws {
        // 98 - r for this BBAN is 97, so 00 also satisfies "remainder 1"; ISO 13616 allows only 02...98.
        var found: (valid: String, alias: String)?
        for account in 0..<2000 where found == nil {
            let bban = "37040044" + String(format: "%010d", account)
            let iban = ibanWithCheckDigits("DE", bban)
            if iban.dropFirst(2).prefix(2) == "97" { found = (iban, "DE00" + bban) }
            if iban.dropFirst(2).prefix(2) == "98" { found = (iban, "DE01" + bban) }
        }
        let (valid, alias) = try #require(found)
        #expect(IBAN.validate(valid) == nil)
        #expect(IBAN.validate(alias) == .checkDigits)
    }

    @Test func nationalCheckDigitsOnlyInStrictMode() {
        // Belgian example with the national check digits changed and the IBAN check digits recomputed.
        let iban = ibanWithCheckDigits("BE", "539007547035")
        #expect(IBAN.validate(iban) == nil)
        let error = IBAN.validate(iban, strictNationalChecks: true)
        #expect(error == .nationalCheckDigits(countryCode: "BE"))
        #expect(error?.code == "iban.nationalCheckDigits")
        #expect((try? IBAN(iban, strictNationalChecks: true)) == nil)
        #expect((try? IBAN(iban)) != nil)
    }

    /// Where each country keeps a national check character (BBAN offset); changing it must be caught.
    static let nationalCheckPositions: [String: Int] = [
        "AL": 7, "ES": 9, "IS": 20, "IT": 0, "SM": 0, "PL": 7,
    ]

    @Test func everyNationalCheckCatchesAChangedCheckCharacter() throws {
        for example in registryExampleIBANs where Self.hasNationalCheck(example) {
            let country = String(example.prefix(2))
            var bban = Array(try IBAN(example).bban)
            let position = Self.nationalCheckPositions[country] ?? bban.count - 1
            bban[position] = bban[position].isLetter
                ? (bban[position] == "Z" ? "A" : Character(UnicodeScalar(bban[position].asciiValue! + 1)))
                : Character(String((Int(String(bban[position]))! + 1) % 10))
            let changed = ibanWithCheckDigits(country, String(bban))
            #expect(IBAN.validate(changed) == nil, "\(changed)")
            #expect(IBAN.validate(changed, strictNationalChecks: true) == .nationalCheckDigits(countryCode: country), "\(changed)")
        }
    }

    static func hasNationalCheck(_ iban: String) -> Bool {
        Array(iban.utf8.dropFirst(4)).withUnsafeBufferPointer {
            NationalCheckDigits.verify(bban: $0, countryCode: String(iban.prefix(2)))
        } != nil
    }

    @Test func countriesWithoutANationalCheckAreUnaffectedByStrictMode() {
        let iban = ibanWithCheckDigits("DE", "370400440532013999")
        #expect(IBAN.validate(iban, strictNationalChecks: true) == nil)
        // 25 registry countries, and the 12 territories in France's entry.
        #expect(registryExampleIBANs.filter(Self.hasNationalCheck).count == 37)
    }

    @Test(arguments: IBANNationalCheckFixtures.valid)
    func nationalChecksAcceptWhatSchwiftyAccepts(_ iban: String) {
        #expect(IBAN.validate(iban, strictNationalChecks: true) == nil)
    }

    @Test(arguments: IBANNationalCheckFixtures.invalid)
    func nationalChecksRejectWhatSchwiftyRejects(_ iban: String) {
        #expect(IBAN.validate(iban) == nil)
        #expect(IBAN.validate(iban, strictNationalChecks: true) == .nationalCheckDigits(countryCode: String(iban.prefix(2))))
    }

    @Test func throwsTypedErrors() {
        #expect(throws: IBAN.ValidationError.checkDigits) { try IBAN("DE89370400440532013001") }
    }

    @Test func codableAsAString() throws {
        let data = try JSONEncoder().encode([try IBAN("de89 3704 0044 0532 0130 00")])
        #expect(String(decoding: data, as: UTF8.self) == #"["DE89370400440532013000"]"#)
        #expect(try JSONDecoder().decode([IBAN].self, from: data) == [try IBAN("DE89370400440532013000")])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([IBAN].self, from: Data(#"["DE00"]"#.utf8)) }
    }
}
