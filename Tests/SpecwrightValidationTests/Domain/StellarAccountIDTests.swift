import Foundation
import Testing

import SpecwrightValidation

@Suite struct StellarAccountIDTests {
    /// Account IDs from SEP-0023 and the Stellar docs, and keys 0x00... and 0x00 0x01 ... 0x1F.
    @Test(arguments: [
        "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ",
        "GAAZI4TCR3TY5OJHCTJC2A4QSY6CJWJH5IAJTGKIN2ER7LBNVKOCCWN7",
        "GCEZWKCA5VLDNRLN3RPRJMRZOX3Z6G5CHCGSNFHEYVXM3XOJMDS674JZ",
        "GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWHF",
        "GAAACAQDAQCQMBYIBEFAWDANBYHRAEISCMKBKFQXDAMRUGY4DUPB7JZX",
    ])
    func valid(_ id: String) throws {
        #expect(StellarAccountID.validate(id) == nil)
        #expect(try StellarAccountID(id).rawValue == id)
    }

    @Test func checksum() {
        // One character changed: the CRC16-XModem checksum catches it.
        #expect(StellarAccountID.validate("GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGA") == .checksum)
        #expect(StellarAccountID.validate("GB7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ") == .checksum)
        #expect(StellarAccountID.validate("GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWHG")?.code == "stellar.checksum")
    }

    @Test func otherStrkeysAreNotAccountIDs() {
        // A secret seed and a pre-authorized transaction hash with valid checksums.
        #expect(StellarAccountID.validate("SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABSU2") == .versionByte)
        #expect(StellarAccountID.validate("PAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPNI") == .versionByte)
        #expect(StellarAccountID.validate("SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABSU2")?.code == "stellar.versionByte")
        // A muxed account is longer.
        #expect(StellarAccountID.validate("MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUAAAAAAAAAAAACJUQ") == .wrongLength(61))
    }

    @Test(arguments: [
        ("ga7qynf7sowq3glr2bgmzehxavirza4kvwltjjfc7mgxua74p7ujvsgz", 0),
        ("GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSG1", 55),
        ("GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSG0", 55),
        ("GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSG8", 55),
        ("GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSG=", 55),
        (" A7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ", 0),
    ])
    func invalidCharacters(_ id: String, offset: Int) {
        #expect(StellarAccountID.validate(id) == .invalidCharacter(offset: offset))
        #expect(StellarAccountID.validate(id)?.code == "stellar.invalidCharacters")
    }

    @Test func wrongLength() {
        #expect(StellarAccountID.validate("") == .wrongLength(0))
        #expect(StellarAccountID.validate("GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSG") == .wrongLength(55))
        #expect(StellarAccountID.validate("GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZA") == .wrongLength(57))
        #expect(StellarAccountID.validate("G")?.code == "stellar.length")
    }

    @Test func throwsAndDecodes() throws {
        #expect(throws: StellarAccountID.ValidationError.checksum) {
            try StellarAccountID("GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGA")
        }
        let json = Data(#"["GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ"]"#.utf8)
        let decoded = try JSONDecoder().decode([StellarAccountID].self, from: json)
        #expect(try JSONEncoder().encode(decoded) == json)
    }
}
