import Testing

@testable import SpecwrightClient

@Suite struct ParameterRulesTests {
    @Test func bounds() {
        #expect(ParameterRules.range(Int32(0), minimum: 1, at: "/query/limit").map(\.code) == ["minimum"])
        #expect(ParameterRules.range(1, minimum: 1, at: "/query/limit").isEmpty)
        #expect(ParameterRules.range(1, minimum: 1, exclusiveMinimum: true, at: "/q").map(\.code) == ["exclusiveMinimum"])
        #expect(ParameterRules.range(1001, maximum: 1000, at: "/q").first?.message == "1001 is greater than 1000")
        #expect(ParameterRules.range(2.5, maximum: 2.5, exclusiveMaximum: true, at: "/q").map(\.code) == ["exclusiveMaximum"])
        let absent: Int? = nil
        #expect(ParameterRules.range(absent, minimum: 1, at: "/q").isEmpty)
    }

    @Test func lengthsPatternsAndCounts() {
        #expect(ParameterRules.length("", minimum: 1, at: "/header/X").map(\.instanceLocation) == ["/header/X"])
        #expect(ParameterRules.length("Zoë", maximum: 3, at: "/q").isEmpty)
        #expect(ParameterRules.pattern("DE89", "^[A-Z]{2}[0-9]{2}$", at: "/q").isEmpty)
        #expect(ParameterRules.pattern("de89", "^[A-Z]{2}[0-9]{2}$", at: "/q").map(\.code) == ["pattern"])
        #expect(ParameterRules.count(Array(repeating: "x", count: 17), maximum: 16, at: "/query/labels").map(\.code) == ["maxItems"])
    }
}
