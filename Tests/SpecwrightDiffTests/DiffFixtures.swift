import SpecwrightDiff
import SpecwrightModel
import SpecwrightReader

/// Small specs for the check table, and a way to diff two of them held in memory.
enum DiffFixtures {
    static let oldPath = "/specwright-diff-tests/old.yaml"
    static let newPath = "/specwright-diff-tests/new.yaml"

    /// A document with the given `paths` and `components` members (YAML, indented by four spaces).
    static func document(paths: String = "", components: String = "", extra: String = "") -> String {
        """
        openapi: 3.1.0
        info: {title: Fixture, version: '1'}
        \(extra)
        paths:
        \(paths.isEmpty ? "  {}" : paths)
        components:
        \(components.isEmpty ? "  {}" : components)
        """
    }

    /// `POST /items` taking a JSON body of `schema` (flow YAML), answering 204.
    static func request(_ schema: String, components: String = "") -> String {
        document(paths: """
              /items:
                post:
                  operationId: createItem
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: \(schema)
                  responses:
                    '204': {description: done}
            """, components: components)
    }

    /// `GET /items` answering 200 with a JSON body of `schema` (flow YAML).
    static func response(_ schema: String, components: String = "") -> String {
        document(paths: """
              /items:
                get:
                  operationId: listItems
                  responses:
                    '200':
                      description: the items
                      content:
                        application/json:
                          schema: \(schema)
            """, components: components)
    }

    /// `components.schemas` with one schema per line, `Name: {flow YAML}`.
    static func schemas(_ lines: String...) -> String {
        "  schemas:\n" + lines.map { "    " + $0 }.joined(separator: "\n")
    }

    static func changes(old: String, new: String) throws -> [Change] {
        let oldSpec = try Spec.load(text: old, path: oldPath)
        let newSpec = try Spec.load(text: new, path: newPath)
        return SpecDiffer.compare(
            DiffSide(spec: oldSpec, model: try ModelBuilder.build(oldSpec)),
            DiffSide(spec: newSpec, model: try ModelBuilder.build(newSpec))
        )
    }
}

extension Change {
    /// `check-id level: message`, how the table writes an expected change.
    var summary: String { "\(checkID) \(level.rawValue): \(message)" }
}
