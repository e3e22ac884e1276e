import Testing

import SpecwrightValidation

@Suite struct CountryTests {
    @Test func allTwoHundredFortyNineCountries() {
        #expect(Country.all.count == 249)
        #expect(Set(Country.all.map(\.alpha2)).count == 249)
        #expect(Set(Country.all.map(\.alpha3)).count == 249)
        #expect(Set(Country.all.map(\.numeric)).count == 249)
        for country in Country.all {
            #expect(Country(alpha2: country.alpha2) == country)
            #expect(Country(alpha3: country.alpha3) == country)
            #expect(Country(numeric: country.numeric) == country)
            #expect(Country(name: country.name) == country)
            #expect(Country(anyOf: country.name.uppercased()) == country)
        }
    }

    @Test func namesAsISOPublishesThem() throws {
        let aland = try #require(Country(alpha2: "AX"))
        #expect(aland.name == "Åland Islands")
        #expect(aland.alpha3 == "ALA")
        #expect(aland.numeric == "248")
        let ivoryCoast = try #require(Country(alpha3: "CIV"))
        #expect(ivoryCoast.name == "Côte d'Ivoire")
        #expect(ivoryCoast.officialName == "Republic of Côte d'Ivoire")
        let turkey = try #require(Country(numeric: "792"))
        #expect(turkey.name == "Türkiye")
        #expect(turkey.officialName == "Republic of Türkiye")
        let bolivia = try #require(Country(alpha2: "BO"))
        #expect(bolivia.name == "Bolivia, Plurinational State of")
        #expect(bolivia.commonName == "Bolivia")
        #expect(Country(alpha2: "DE")?.numeric == "276")
        #expect(Country(alpha2: "AD")?.numeric == "020")
        #expect(Country(alpha2: "DE")?.description == "Germany (DE)")
    }

    @Test func namesMatchIgnoringCaseAcrossShortOfficialAndCommonNames() {
        #expect(Country(name: "åland islands")?.alpha2 == "AX")
        #expect(Country(name: "ÅLAND ISLANDS")?.alpha2 == "AX")
        #expect(Country(name: "CÔTE D'IVOIRE")?.alpha2 == "CI")
        #expect(Country(name: "Co\u{302}te d'Ivoire")?.alpha2 == "CI")  // decomposed ô
        #expect(Country(name: "türkiye")?.alpha2 == "TR")
        #expect(Country(name: "Republic of Türkiye")?.alpha2 == "TR")
        #expect(Country(name: "Bolivia")?.alpha2 == "BO")
        #expect(Country(name: "united kingdom of great britain and northern ireland")?.alpha2 == "GB")
        #expect(Country(name: "Taiwan")?.alpha2 == "TW")
        #expect(Country(name: "Turkey") == nil)
        #expect(Country(name: " Germany") == nil)
        #expect(Country(name: "") == nil)
        // ASCII names are compared byte by byte, ignoring ASCII case only.
        #expect(Country(name: "gErMaNy")?.alpha2 == "DE")
        #expect(Country(name: "Germanx") == nil)
        #expect(Country(name: "Germany ") == nil)
        #expect(Country(name: "Cote d'Ivoire") == nil)
        for country in Country.all {
            for name in [country.name, country.officialName, country.commonName].compactMap({ $0 }) {
                #expect(Country(name: name.lowercased()) != nil)
                if name.utf8.allSatisfy({ $0 < 0x80 }) { #expect(Country(name: name.uppercased())?.alpha2 == Country(name: name)?.alpha2) }
            }
        }
    }

    @Test func codesMatchExactly() {
        #expect(Country(alpha2: "de") == nil)
        #expect(Country(alpha2: "De") == nil)
        #expect(Country(alpha3: "deu") == nil)
        #expect(Country(alpha2: "DEU") == nil)
        #expect(Country(alpha3: "DE") == nil)
        #expect(Country(alpha2: "XK") == nil)  // Kosovo: user-assigned, not ISO 3166-1
        #expect(Country(alpha2: "UK") == nil)
        #expect(Country(numeric: "76") == nil)
        #expect(Country(numeric: "000") == nil)
        #expect(Country(numeric: "2760") == nil)
        #expect(Country(numeric: "27a") == nil)
        #expect(Country(numeric: "٢٧٦") == nil)  // Arabic-Indic digits
    }

    @Test func anyOfNameAlpha2OrAlpha3() {
        #expect(Country(anyOf: "DE")?.alpha2 == "DE")
        #expect(Country(anyOf: "DEU")?.alpha2 == "DE")
        #expect(Country(anyOf: "germany")?.alpha2 == "DE")
        #expect(Country(anyOf: "Federal Republic of Germany")?.alpha2 == "DE")
        #expect(Country(anyOf: "de") == nil)
        #expect(Country(anyOf: "276") == nil)
        #expect(Country(anyOf: "Germania") == nil)
    }
}
