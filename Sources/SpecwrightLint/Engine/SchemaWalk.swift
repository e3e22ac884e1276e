import SpecwrightModel
import SpecwrightReader

/// Visits every schema of a spec once: component schemas, the schemas of parameters, bodies, responses and
/// headers, every subschema, and the targets of `$ref`s (which may live in other files).
enum SchemaWalk {
    static func every(in context: LintContext) -> [Schema] {
        var visited: Set<String> = []
        visited.reserveCapacity(4096)
        var result: [Schema] = []
        var pending: [Schema] = Array(context.model.schemas.values)
        for operation in context.model.operations + context.model.webhooks {
            pending += operation.parameters.compactMap(\.schema)
            pending += operation.requestBody?.contents.compactMap(\.schema) ?? []
            for response in operation.responses {
                pending += response.contents.compactMap(\.schema)
                pending += response.headers.compactMap(\.schema)
            }
        }
        pending.reverse()
        // What is on the stack already, so that a `$ref` to a component not visited yet is not parsed again.
        var queued = Set(pending.map(\.identity))
        while let schema = pending.popLast() {
            guard visited.insert(schema.identity).inserted else { continue }
            result.append(schema)
            for child in subschemas(of: schema).reversed() where queued.insert(child.identity).inserted {
                pending.append(child)
            }
            if let reference = schema.reference, queued.insert(reference).inserted,
               let node = context.node(identity: reference), let target = try? Schema.parse(node, in: context.spec) {
                pending.append(target)
            }
        }
        return result
    }

    static func subschemas(of schema: Schema) -> [Schema] {
        var children: [Schema] = []
        children += [schema.items, schema.contains, schema.unevaluatedItems, schema.additionalProperties,
                     schema.propertyNames, schema.unevaluatedProperties, schema.not, schema.ifSchema,
                     schema.thenSchema, schema.elseSchema].compactMap { $0 }
        children += schema.prefixItems
        children += schema.properties.values
        children += schema.patternProperties.values
        children += schema.dependentSchemas.values
        children += schema.allOf + schema.anyOf + schema.oneOf
        children += schema.definitions.values
        return children
    }
}
