import OrderedCollections
import SpecwrightReader

/// The intermediate model between reading a spec and writing code: what lint and every generator read.
public struct APIModel: Sendable {
    public var title: String
    public var version: String
    public var description: String?
    /// The `openapi` field, e.g. `3.1.0`.
    public var openAPIVersion: String
    public var dialect: OpenAPIDialect
    public var servers: [Server]
    /// Component schemas by key, in document order, with every keyword kept.
    public var schemas: OrderedDictionary<String, Schema>
    /// Every schema the model reached (components, inline schemas, `$ref` targets in any file), by node identity
    /// (`file#pointer`): where a `Schema.reference` leads.
    public var schemasByIdentity: [String: Schema]
    /// The Swift type of each component schema, by component key, in document order.
    public var componentTypeNames: OrderedDictionary<String, String>
    /// Top-level Swift types, in a stable order: component schemas first, then types named after operations.
    public var types: [TypeDeclaration]
    public var operations: [Operation]
    public var webhooks: [Operation]
    public var securitySchemes: [SecurityScheme]
    /// The document's default security requirements.
    public var security: [[String: [String]]]
    /// Lifecycles declared with `x-state-machine` on component schemas, in document order.
    public var stateMachines: [StateMachine] = []
    /// Warnings from reading and building: assumptions made to carry on past small defects.
    public var diagnostics: [Diagnostic]
}
