import SpecwrightGenerator
import SpecwrightModel
import Yams

/// The generation keys of a provider in generator.yaml, and of a target's specwright.yaml for the plugins:
///
/// ```yaml
/// accessModifier: public            # public (default) | package | internal
/// additionalImports: [MyModels]     # imported by every generated file
/// nameOverrides:
///   schemas: {CustomerDTO: Customer}          # component schema key -> Swift type name
///   operations: {post_customers: CreateCustomer}  # operationId -> Swift name
/// filter:                           # keep these operations and the schemas they reach (any match keeps)
///   tags: [Customers]
///   paths: [/customers/{id}]
///   operationIds: [getCustomer]
/// emit: [types, validators, client] # default: all
/// hashable: true                    # generated types are Hashable, not only Equatable (default: false)
/// ```
enum GenerationSettings {
    static let keys = ["accessModifier", "additionalImports", "nameOverrides", "filter", "emit", "hashable"]

    /// Reads the generation keys among `members`, ignoring the others (the caller checks those).
    static func options(
        from members: [(key: String, value: Yams.Node)], node: Yams.Node, reader: ConfigurationReader, context: String
    ) throws -> GenerationOptions {
        var options = GenerationOptions()
        for (key, value) in members {
            switch key {
            case "accessModifier":
                let text = try reader.string(value, "an access modifier")
                guard let modifier = AccessModifier(rawValue: text) else {
                    throw reader.error(at: value, "unknown access modifier `\(text)` in \(context); expected public, package or internal")
                }
                options.accessModifier = modifier
            case "additionalImports":
                options.additionalImports = try reader.strings(value, "`additionalImports`")
            case "nameOverrides":
                for (section, names) in try reader.mapping(value, "`nameOverrides`", known: ["schemas", "operations"]) {
                    for (from, to) in try reader.stringMapping(names, "`nameOverrides.\(section)`") {
                        if section == "schemas" { options.nameOverrides.schemas[from] = to } else { options.nameOverrides.operations[from] = to }
                    }
                }
            case "filter":
                for (section, list) in try reader.mapping(value, "`filter`", known: ["tags", "paths", "operationIds"]) {
                    let entries = try reader.strings(list, "`filter.\(section)`")
                    switch section {
                    case "tags": options.filter.tags = entries
                    case "paths": options.filter.paths = entries
                    default: options.filter.operationIDs = entries
                    }
                }
            case "emit":
                var emit: Set<OutputCategory> = []
                for item in try reader.sequence(value, "`emit`") {
                    let text = try reader.string(item, "a category")
                    guard let category = OutputCategory(rawValue: text) else {
                        throw reader.error(at: item, "unknown category `\(text)` in `emit`; expected types, validators, client")
                    }
                    emit.insert(category)
                }
                options.emit = emit
            case "hashable":
                options.valueConformance = try reader.bool(value, "`hashable`") ? .hashable : .equatable
            default:
                continue
            }
        }
        do {
            return try options.validated()
        } catch let error as GeneratorError {
            throw reader.error(at: node, "\(context): \(error.description)")
        }
    }

    /// A plugin's specwright.yaml: only the generation keys, at the top level.
    static func load(pluginConfigurationAt path: String) throws -> GenerationOptions {
        let (root, reader, _) = try ConfigurationFile.read(path)
        guard let root else { return GenerationOptions() }
        return try options(from: try reader.mapping(root, "the configuration", known: keys), node: root, reader: reader, context: path)
    }
}
