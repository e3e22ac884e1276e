import Testing
@testable import SpecwrightReader

@Suite struct ReferenceResolutionTests {
    let spec: Spec
    let schemas: Node

    init() throws {
        spec = try Spec.load(fileAt: Fixtures.path("MultiFile/root.yaml"))
        schemas = try #require(spec.root["components"]?["schemas"])
    }

    @Test func everyReferencedFileIsReadOnce() {
        #expect(spec.documents.keys.sorted() == [
            Fixtures.path("MultiFile/paths/pets.yaml"),
            Fixtures.path("MultiFile/root.yaml"),
            Fixtures.path("MultiFile/schemas/owner.yaml"),
            Fixtures.path("MultiFile/schemas/pet.json"),
        ])
        #expect(spec.rootFile == Fixtures.path("MultiFile/root.yaml"))
        #expect(spec.openAPIVersion == "3.1.0")
        #expect(spec.diagnostics.isEmpty)
    }

    @Test func refIntoAnotherFileWithAPointer() throws {
        let pet = try spec.dereference(schemas["Pet"]!)
        #expect(pet.location.description == Fixtures.path("MultiFile/schemas/pet.json") + ":2:10")
        #expect(pet.identity == Fixtures.path("MultiFile/schemas/pet.json") + "#/Pet")
        #expect(pet["type"]?.string == "object")
    }

    @Test func relativeRefsInsideTheOtherFileStartFromThatFile() throws {
        let pet = try spec.dereference(schemas["Pet"]!)
        let owner = try spec.dereference(pet["properties"]!["owner"]!)
        #expect(owner.identity == Fixtures.path("MultiFile/schemas/owner.yaml") + "#")
        let tag = try spec.dereference(pet["properties"]!["tag"]!)
        #expect(tag.identity == Fixtures.path("MultiFile/schemas/pet.json") + "#/Tag")
        // owner.yaml refers back to pet.json: a cycle across files, which is legal data.
        let petAgain = try spec.dereference(owner["properties"]!["pets"]!["items"]!)
        #expect(petAgain === pet)
    }

    @Test func refFromASubfolderGoesUpWithDotDot() throws {
        let pathItem = try spec.dereference(spec.root["paths"]!["/pets"]!)
        let schema = pathItem["get"]?["responses"]?["200"]?["content"]?["application/json"]?["schema"]
        #expect(try spec.dereference(try #require(schema)) === spec.dereference(schemas["Pet"]!))
    }

    @Test func chainsOfRefsAreFollowed() throws {
        #expect(try spec.dereference(schemas["PetAlias"]!) === spec.dereference(schemas["Pet"]!))
        #expect(try spec.resolve("#/components/schemas/Pet", from: schemas) === schemas["Pet"])
    }

    @Test func pointerEscapesAndPercentEncoding() throws {
        #expect(try spec.dereference(schemas["Escaped"]!) === schemas["a/b~c"])
        #expect(try spec.dereference(schemas["Percent"]!) === schemas["with space"])
    }

    @Test func recursiveSchemaResolvesToItself() throws {
        let tree = schemas["Tree"]!
        #expect(try spec.dereference(tree["properties"]!["children"]!["items"]!) === tree)
    }

    @Test func anchorAndIdRefs() throws {
        #expect(try spec.dereference(schemas["ByAnchor"]!) === schemas["Anchored"])
        #expect(try spec.dereference(schemas["ById"]!) === schemas["Money"])
    }

    @Test func nodesThatAreNotPlainReferencesAreReturnedAsTheyAre() throws {
        #expect(try spec.dereference(schemas["Tree"]!) === schemas["Tree"])
        #expect(try spec.dereference(spec.root) === spec.root)
    }

    @Test func wholeDocumentAndArrayElementTargets() throws {
        #expect(try spec.resolve("paths/pets.yaml", from: spec.root) === spec.documents[Fixtures.path("MultiFile/paths/pets.yaml")])
        #expect(try spec.resolve("#", from: spec.root) === spec.root)
        let ref = try Spec.load(text: specText(components: """
              schemas:
                List: {enum: [a, b]}
                Second: {$ref: '#/components/schemas/List/enum/1'}
            """), path: testFile)
        #expect(try ref.dereference(ref.root["components"]!["schemas"]!["Second"]!).string == "b")
    }

    @Test(arguments: [
        ("#/components/schemas/Nope", "'/components/schemas' has no key 'Nope'"),
        ("#/nope", "the document has no key 'nope'"),
        ("#/components/schemas/List/enum/2", "'/components/schemas/List/enum' has no element '2' (it has 2)"),
        ("#/components/schemas/List/enum/01", "'/components/schemas/List/enum' has no element '01' (it has 2)"),
        ("#/info/title/x", "'/info/title' is a string, which has no 'x'"),
        ("#missing", "no \"$anchor\": \"missing\" in /specs/test.yaml"),
        ("https://example.com/x.json", "remote references are not fetched, and no schema in this spec has \"$id\": \"https://example.com/x.json\""),
        ("#/a%zz", "malformed percent-encoding in '#/a%zz'"),
        ("other.yaml#/X", "no such file: /specs/other.yaml"),
    ])
    func unknownTargetNamesTheRefAndWhereItWasUsed(reference: String, reason: String) {
        let text = specText(components: """
              schemas:
                List: {enum: [a, b]}
                Broken:
                  $ref: '\(reference)'
            """)
        let error = #expect(throws: SpecError.self) { try Spec.load(text: text, path: testFile) }
        #expect(error?.description == "/specs/test.yaml:8:13: error: cannot resolve $ref '\(reference)': \(reason)")
    }

    @Test func missingFileNamesTheRefAndWhereItWasUsed() {
        let error = #expect(throws: SpecError.self) { try Spec.load(fileAt: Fixtures.path("Broken/missing-file.yaml")) }
        #expect(error?.description == Fixtures.path("Broken/missing-file.yaml")
            + ":7:13: error: cannot resolve $ref 'nowhere.yaml#/Pet': no such file: " + Fixtures.path("Broken/nowhere.yaml"))
    }

    @Test func malformedReferencedFileIsReportedAtItsOwnPosition() {
        let error = #expect(throws: SpecError.self) { try Spec.load(fileAt: Fixtures.path("Broken/malformed-in-other-file.yaml")) }
        #expect(error?.description == Fixtures.path("Broken/malformed.json")
            + ":5:3: error: expected ',' or '}' after an object member, found ']'")
    }

    @Test func brokenRefInAnUnusedPartOfAnotherFileOnlyWarns() throws {
        let spec = try Spec.load(fileAt: Fixtures.path("Broken/unused-broken-ref.yaml"))
        #expect(spec.diagnostics.map(\.description) == [
            Fixtures.path("Broken/library.yaml")
                + ":4:9: warning: cannot resolve $ref '#/Typo': the document has no key 'Typo' (ignored: nothing in the spec uses this part)",
        ])
    }

    @Test func brokenRefInAVendorExtensionOnlyWarns() throws {
        let spec = try Spec.load(text: specText(components: """
              schemas:
                Pet:
                  type: object
                  x-related: {$ref: '#/components/schemas/Gone'}
            """), path: testFile)
        #expect(spec.diagnostics.map(\.description) == [
            "/specs/test.yaml:8:25: warning: ignored a broken $ref in a vendor extension: cannot resolve $ref '#/components/schemas/Gone': '/components/schemas' has no key 'Gone'",
        ])
    }

    @Test func refKeysInExampleDataAreNotReferences() throws {
        let spec = try Spec.load(text: specText(components: """
              schemas:
                Link:
                  type: object
                  properties:
                    default: {$ref: '#/components/schemas/Link'}
                  example: {$ref: 'not a reference'}
                  default: {$ref: 'data'}
                  enum: [{$ref: 'data'}]
                  examples: [{$ref: 'data'}]
              examples:
                One:
                  value: {$ref: 'data'}
                Two:
                  $ref: '#/components/examples/One'
            """), path: testFile)
        #expect(spec.diagnostics.isEmpty)
    }

    @Test func refToANonStringIsAnError() {
        let error = #expect(throws: SpecError.self) {
            try Spec.load(text: specText(components: "  schemas:\n    A: {$ref: 5}\n"), path: testFile)
        }
        #expect(error?.description == "/specs/test.yaml:6:15: error: expected the $ref to be a string, found number")
    }

    @Test func cycleOfPlainRefsIsAnError() {
        let error = #expect(throws: SpecError.self) {
            try Spec.load(text: specText(components: """
                  schemas:
                    A: {$ref: '#/components/schemas/B'}
                    B: {$ref: '#/components/schemas/A'}
                """), path: testFile)
        }
        #expect(error?.description == "/specs/test.yaml:7:8: error: $ref cycle that never reaches a schema: '#/components/schemas/A' → '#/components/schemas/B' → back to the start")
    }

    @Test func selfReferenceIsACycle() {
        let error = #expect(throws: SpecError.self) {
            try Spec.load(text: specText(components: "  schemas:\n    A: {$ref: '#/components/schemas/A'}\n"), path: testFile)
        }
        #expect(error?.description == "/specs/test.yaml:6:8: error: $ref cycle that never reaches a schema: '#/components/schemas/A' → back to the start")
    }
}
