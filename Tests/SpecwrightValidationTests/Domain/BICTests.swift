import Foundation
import Testing

import SpecwrightValidation

@Suite struct BICTests {
    @Test(arguments: ["DEUTDEFF", "DEUTDEFF500", "NWBKGB2L", "NWBKGB2LXXX", "BNPAFRPPXXX", "CHASUS33",
                      "RZBAATWW", "UBSWCHZH80A", "RBOSGGSX", "TEBUXKPR", "1234DEFF", "AB12GB2L001"])
    func valid(_ code: String) throws {
        let bic = try BIC(code)
        #expect(bic.rawValue == code)
        #expect(BIC.validate(code) == nil)
    }

    @Test func parts() throws {
        let bic = try BIC("DEUTDEFF500")
        #expect(bic.institutionCode == "DEUT")
        #expect(bic.countryCode == "DE")
        #expect(bic.locationCode == "FF")
        #expect(bic.branchCode == "500")
        #expect(try BIC("DEUTDEFF").branchCode == nil)
        #expect(bic.description == "DEUTDEFF500")
    }

    @Test(arguments: [("DEUTDEF", 7), ("DEUTDEFF5", 9), ("DEUTDEFF50", 10), ("DEUTDEFF5000", 12), ("", 0)])
    func wrongLength(_ code: String, count: Int) {
        #expect(BIC.validate(code) == .wrongLength(count))
        #expect(BIC.validate(code)?.code == "bic.length")
    }

    @Test(arguments: [("deutdeff", 0), ("DEUTdeFF", 4), ("DEUTDEFf", 7), ("DEUT DEFF", 4), ("DEU-DEFF", 3),
                      ("DEUT1EFF", 4), ("DEUTDEFF50_", 10), ("DEUTDEFF\n", 8), ("DÉUTDEFF", 1)])
    func invalidCharacters(_ code: String, offset: Int) {
        #expect(BIC.validate(code) == .invalidCharacter(offset: offset))
        #expect(BIC.validate(code)?.code == "bic.invalidCharacters")
    }

    @Test func unknownCountry() {
        #expect(BIC.validate("DEUTZZFF") == .unknownCountry("ZZ"))
        #expect(BIC.validate("DEUTUKFF") == .unknownCountry("UK"))  // the United Kingdom is GB
        #expect(BIC.validate("DEUTZZFF")?.code == "bic.unknownCountry")
        #expect(BIC.validate("DEUTZZFF")?.message == "BIC country code 'ZZ' is not an ISO 3166-1 country")
    }

    @Test func codable() throws {
        let data = try JSONEncoder().encode([try BIC("DEUTDEFF")])
        #expect(try JSONDecoder().decode([BIC].self, from: data) == [try BIC("DEUTDEFF")])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([BIC].self, from: Data(#"["deutdeff"]"#.utf8)) }
    }
}
