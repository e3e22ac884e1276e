import Foundation
import Testing
@testable import SpecwrightReader

@Suite struct SpecLoadingTests {
    @Test(arguments: ["3.0.0", "3.0.3", "3.1.0", "3.1.1", "3.2.0"])
    func supportedVersions(version: String) throws {
        let spec = try Spec.load(text: "openapi: \(version)\ninfo: {title: T, version: '1'}\npaths: {}\n", path: testFile)
        #expect(spec.openAPIVersion == version)
        #expect(spec.diagnostics.isEmpty)
    }

    @Test func numericVersionIsReadAsTextWithAWarning() throws {
        let spec = try Spec.load(text: "openapi: 3.0\npaths: {}\n", path: testFile)
        #expect(spec.openAPIVersion == "3.0")
        #expect(spec.diagnostics.map(\.description) == [
            "/specs/test.yaml:1:10: warning: 'openapi' should be a string; read 3.0 as \"3.0\"",
        ])
    }

    @Test func yamlAndJSONReadAlike() throws {
        let yaml = try Spec.load(text: "openapi: 3.1.0\ninfo: {title: T, version: '1'}\n", path: "/specs/a.yaml")
        let json = try Spec.load(text: #"{"openapi": "3.1.0", "info": {"title": "T", "version": "1"}}"#, path: "/specs/a.json")
        #expect(yaml.root["info"]?["version"]?.string == json.root["info"]?["version"]?.string)
        #expect(yaml.openAPIVersion == json.openAPIVersion)
    }

    @Test(arguments: [
        ("swagger: '2.0'\ninfo: {title: T}\n",
         "/specs/test.yaml:1:1: error: Swagger 2.0 is not supported: Specwright reads OpenAPI 3.0, 3.1 and 3.2 (convert the spec first, e.g. with swagger2openapi)"),
        ("info: {title: T}\n", "/specs/test.yaml:1:1: error: not an OpenAPI document: the top-level key 'openapi' is missing"),
        ("openapi: 4.0.0\n", "/specs/test.yaml:1:10: error: unsupported OpenAPI version '4.0.0': Specwright reads 3.0.x, 3.1.x and 3.2.x"),
        ("openapi: 3.9.0\n", "/specs/test.yaml:1:10: error: unsupported OpenAPI version '3.9.0': Specwright reads 3.0.x, 3.1.x and 3.2.x"),
        ("openapi: [3]\n", "/specs/test.yaml:1:10: error: expected the OpenAPI version as a string, e.g. \"3.1.0\", found array"),
        ("just a string\n", "/specs/test.yaml:1:1: error: expected an OpenAPI document (an object with an 'openapi' key) at the top level, found a string"),
        ("42\n", "/specs/test.yaml:1:1: error: expected an OpenAPI document (an object with an 'openapi' key) at the top level, found a number"),
        ("- openapi: 3.1.0\n", "/specs/test.yaml:1:1: error: expected an OpenAPI document (an object with an 'openapi' key) at the top level, found an array"),
        ("", "/specs/test.yaml:1:1: error: the file is empty"),
        ("\n\n# nothing\n", "/specs/test.yaml:1:1: error: the file holds no YAML or JSON document (only blank lines or comments)"),
    ])
    func notAnOpenAPI3Document(text: String, message: String) {
        let error = #expect(throws: SpecError.self) { try Spec.load(text: text, path: testFile) }
        #expect(error?.description == message)
    }

    @Test func missingRootFile() {
        let error = #expect(throws: SpecError.self) { try Spec.load(fileAt: "/specs/absent/openapi.yaml") }
        #expect(error?.description == "error: no such file: /specs/absent/openapi.yaml")
    }

    @Test func directoryIsNotASpec() {
        let error = #expect(throws: SpecError.self) { try Spec.load(fileAt: Fixtures.path("MultiFile")) }
        #expect(error?.description == "error: \(Fixtures.path("MultiFile")) is a directory, not a spec file")
    }

    @Test func relativePathsAreMadeAbsolute() throws {
        let spec = try Spec.load(text: "openapi: 3.1.0\n", path: "relative/spec.yaml")
        #expect(spec.rootFile == FileManager.default.currentDirectoryPath + "/relative/spec.yaml")
        #expect(spec.root.location.file == spec.rootFile)
    }
}
