import SpecwrightModel
import SpecwrightReader

/// Visits every schema of a spec once: component schemas, the schemas of parameters, bodies, responses and
/// headers, every subschema, and the targets of `$ref`s (which may live in other files).
enum SchemaWalk {
    static func every(in context: LintContext) -> [Schema] {
        var pending: [Schema] = Array(context.model.schemas.values)
        for operation in context.model.operations + context.model.webhooks {
            pending += operation.parameters.compactMap(\.schema)
            pending += operation.requestBody?.contents.compactMap(\.schema) ?? []
            for response in operation.responses {
                pending += response.contents.compactMap(\.schema)
                pending += response.headers.compactMap(\.schema)
            }
        }
        // Schemas are large values: each is moved from the stack to the result, and copied only once, out of
        // its parent. `queued` holds what was ever put on the stack, so that each schema is visited once (an
        // operation's schema may be shared with others) and a `$ref` to one not visited yet is not parsed again.
        var queued: Set<String> = []
        queued.reserveCapacity(pending.count * 8)
        pending = pending.filter { queued.insert($0.identity).inserted }.reversed()
        var result: [Schema] = []
        result.reserveCapacity(pending.count * 8)
        while let schema = pending.popLast() {
            var children = subschemas(of: schema)
            if let reference = schema.reference, !queued.contains(reference),
               let node = context.node(identity: reference), let target = try? Schema.parse(node, in: context.spec) {
                children.append(target)
            }
            result.append(schema)
            // Popped last to first, so that the first child ends on top of the stack and is visited next.
            while let child = children.popLast() {
                if queued.insert(child.identity).inserted { pending.append(child) }
            }
        }
        return result
    }

    /// The schemas directly inside `schema`, in document order.
    static func subschemas(of schema: Schema) -> [Schema] {
        var children: [Schema] = []
        for child in [schema.items, schema.contains, schema.unevaluatedItems, schema.additionalProperties, schema.propertyNames,
                      schema.unevaluatedProperties, schema.not, schema.ifSchema, schema.thenSchema, schema.elseSchema] {
            if let child { children.append(child) }
        }
        children.append(contentsOf: schema.prefixItems)
        children.append(contentsOf: schema.properties.values)
        children.append(contentsOf: schema.patternProperties.values)
        children.append(contentsOf: schema.dependentSchemas.values)
        children.append(contentsOf: schema.allOf)
        children.append(contentsOf: schema.anyOf)
        children.append(contentsOf: schema.oneOf)
        children.append(contentsOf: schema.definitions.values)
        return children
    }
}
