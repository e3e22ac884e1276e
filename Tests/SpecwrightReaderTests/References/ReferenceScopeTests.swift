import Foundation
@testable import SpecwrightReader
import Testing

/// `$ref`s read files only inside the allowed folders, and say exactly why a file was not read.
struct ReferenceScopeTests {
    /// A project folder holding `specs/openapi.yaml` with the given `$ref` at line 7, column 13, and a
    /// readable `secret.yaml` beside `specs/` (outside the spec's folder).
    private struct Project {
        let root: URL
        var specs: URL { root.appendingPathComponent("specs") }
        var spec: String { specs.appendingPathComponent("openapi.yaml").path }
        var secret: String { root.appendingPathComponent("secret.yaml").standardizedFileURL.path }

        init(reference: String) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("specwright-scope-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root.appendingPathComponent("specs"), withIntermediateDirectories: true)
            try Data("Secret:\n  type: string\n  description: the contents of a private file\n".utf8)
                .write(to: root.appendingPathComponent("secret.yaml"))
            try Data("""
            openapi: 3.1.0
            info: {title: Test, version: "1"}
            paths: {}
            components:
              schemas:
                Leak:
                  $ref: '\(reference)'

            """.utf8).write(to: specs.appendingPathComponent("openapi.yaml"))
        }

        func remove() { try? FileManager.default.removeItem(at: root) }

        func loadError(scope: ReferenceScope? = nil) -> String {
            do {
                _ = try Spec.load(fileAt: spec, scope: scope)
                return "loaded"
            } catch {
                return "\(error)"
            }
        }
    }

    @Test func aRelativePathOutOfTheSpecsFolderIsRefused() throws {
        let project = try Project(reference: "../secret.yaml#/Secret")
        defer { project.remove() }
        let expected = "\(project.spec):7:13: error: cannot resolve $ref '../secret.yaml#/Secret': \(project.secret) is outside "
            + "the allowed folder \(project.specs.standardizedFileURL.path); allow more with --allow-refs-outside <folder> "
            + "or `allowRefsOutside:` in generator.yaml"
        #expect(project.loadError() == expected)
    }

    @Test func absolutePathsAndFileURLsAreRefused() throws {
        for reference in ["/etc/passwd", "file:///etc/passwd", "file:///etc/passwd#/x"] {
            let project = try Project(reference: reference)
            defer { project.remove() }
            let message = project.loadError()
            #expect(message.hasPrefix("\(project.spec):7:13: error: cannot resolve $ref '\(reference)': /etc/passwd is outside"),
                    "\(message)")
        }
    }

    @Test func aSymbolicLinkInsideThatPointsOutsideIsRefused() throws {
        let project = try Project(reference: "link.yaml#/Secret")
        defer { project.remove() }
        try FileManager.default.createSymbolicLink(
            atPath: project.specs.appendingPathComponent("link.yaml").path, withDestinationPath: project.secret
        )
        let message = project.loadError()
        #expect(message.contains("link.yaml (it resolves to "), "\(message)")
        #expect(message.contains("is outside the allowed folder"), "\(message)")
    }

    @Test func aWiderScopeAllowsTheFolder() throws {
        let project = try Project(reference: "../secret.yaml#/Secret")
        defer { project.remove() }
        let spec = try Spec.load(fileAt: project.spec, scope: ReferenceScope(folders: [project.root.path]))
        #expect(spec.documents.keys.contains(project.secret))
    }

    @Test func aFIFOIsNotReadAndSaysWhy() throws {
        let project = try Project(reference: "pipe.yaml")
        defer { project.remove() }
        let fifo = project.specs.appendingPathComponent("pipe.yaml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(project.loadError() == "\(project.spec):7:13: error: cannot resolve $ref 'pipe.yaml': \(fifo) is not a regular file (it is a FIFO)")
        // The root spec as a FIFO fails the same way instead of waiting for a writer.
        let error = #expect(throws: SpecError.self) { try Spec.load(fileAt: fifo) }
        #expect(error?.description == "error: \(fifo) is not a regular file (it is a FIFO)")
    }

    @Test func aMissingFileSaysItDoesNotExist() throws {
        let project = try Project(reference: "absent.yaml#/X")
        defer { project.remove() }
        let absent = project.specs.appendingPathComponent("absent.yaml").standardizedFileURL.path
        #expect(project.loadError() == "\(project.spec):7:13: error: cannot resolve $ref 'absent.yaml#/X': no such file: \(absent)")
    }

    @Test func remoteReferencesAreNotFetched() throws {
        let project = try Project(reference: "https://example.com/schemas/secret.yaml")
        defer { project.remove() }
        #expect(project.loadError().hasSuffix("cannot resolve $ref 'https://example.com/schemas/secret.yaml': remote references are "
                                              + "not fetched, and no schema in this spec has \"$id\": \"https://example.com/schemas/secret.yaml\""))
    }

    @Test func aReferenceToTheWholeDocumentSaysWhatItIs() throws {
        let project = try Project(reference: "#")
        defer { project.remove() }
        #expect(project.loadError() == "\(project.spec):7:13: error: $ref '#' refers to the whole OpenAPI document, not a schema "
            + "(point it at a schema, e.g. '#/components/schemas/Name')")
    }

    @Test func aReferenceToAnotherFilesRootIsThatFile() throws {
        let project = try Project(reference: "pet.yaml")
        defer { project.remove() }
        try Data("type: object\nproperties:\n  parent: {$ref: '#'}\n".utf8).write(to: project.specs.appendingPathComponent("pet.yaml"))
        #expect(project.loadError() == "loaded")
    }
}
