import Testing

@testable import SpecwrightServerValidation

@Suite struct BasePathsTests {
    @Test(arguments: [
        ("https://cams.aquanow.com/api", "/api"),
        ("https://api.example.com/", ""),
        ("https://api.example.com", ""),
        ("/v1/", "/v1"),
        ("v1", "/v1"),
        ("https://api.example.com/v1?x=1", "/v1"),
    ])
    func pathPart(_ url: String, _ expected: String) {
        #expect(BasePaths.normalized(BasePaths.pathPart(of: url)) == expected)
    }
}
