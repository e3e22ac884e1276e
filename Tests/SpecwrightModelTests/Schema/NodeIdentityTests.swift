import SpecwrightModel
import SpecwrightReader
import Testing

/// `file#pointer`, split at the last `#`, in bytes.
struct NodeIdentityTests {
    @Test func splitsAtTheLastHash() {
        let (file, pointer) = NodeIdentity.split("/specs/a#b.yaml#/components/schemas/Pet")
        #expect(file == "/specs/a#b.yaml")
        #expect(pointer == "/components/schemas/Pet")
    }

    @Test func anIdentityWithoutHashIsAWholeFile() {
        let (file, pointer) = NodeIdentity.split("/specs/pet.yaml")
        #expect(file == "/specs/pet.yaml")
        #expect(pointer.isEmpty)
    }

    /// `#` followed by a combining mark is one `Character`; the split is still right after the `#` byte.
    @Test func aCombiningMarkAfterTheHashStaysInThePointer() {
        let (file, pointer) = NodeIdentity.split("/specs/x.yaml#\u{301}/a")
        #expect(file == "/specs/x.yaml")
        #expect(Array(pointer.unicodeScalars) == Array("\u{301}/a".unicodeScalars))
    }

    @Test func specNodeFindsTheNodeAndTheWholeFile() throws {
        let spec = try Spec.load(text: """
            openapi: 3.1.0
            info: {title: T, version: "1"}
            paths: {}
            components:
              schemas:
                Pet: {type: string}
            """, path: "/identity/spec.yaml")
        #expect(spec.node(identity: "/identity/spec.yaml#/components/schemas/Pet")?.string == nil)
        #expect(spec.node(identity: "/identity/spec.yaml#/components/schemas/Pet/type")?.string == "string")
        #expect(spec.node(identity: "/identity/spec.yaml")?["openapi"]?.string == "3.1.0")
        #expect(spec.node(identity: "/identity/spec.yaml#/components/schemas/Cat") == nil)
    }
}
