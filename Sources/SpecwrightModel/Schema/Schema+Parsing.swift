import SpecwrightReader

extension Schema {
    /// Reads the schema written at `node` in the spec's dialect, e.g. a `$ref` target that lint visits on its
    /// own. Warnings are not collected here: `ModelBuilder.build` raises them for every schema it reaches.
    public static func parse(_ node: Node, in spec: Spec) throws -> Schema {
        let parser = SchemaParser(spec: spec, dialect: OpenAPIDialect(version: spec.openAPIVersion), diagnostics: DiagnosticLog())
        return try parser.parse(node)
    }
}
