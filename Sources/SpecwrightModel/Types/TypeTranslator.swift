import OrderedCollections
import SpecwrightReader

/// A Swift type together with whether `null` is an allowed value.
struct TypeUsage {
    var type: SwiftType
    var isNullable: Bool
}

/// Where declarations for inline schemas go: the top level, or nested inside the type that uses them.
final class DeclarationScope {
    /// The qualified name of the enclosing type, `nil` at the top level.
    let qualifiedPrefix: String?
    private var names: SwiftNaming.Scope
    private(set) var declarations: [TypeDeclaration] = []

    init(qualifiedPrefix: String?, reserved: Set<String>) {
        self.qualifiedPrefix = qualifiedPrefix
        self.names = SwiftNaming.Scope(reserved: reserved)
    }

    /// The scope for the types nested in `qualifiedName`. A nested type may not take the name of the type
    /// that holds it or of any type around that: `Customer.Address.Customer` would hide `Customer` from
    /// every reference written inside. (`CodingKeys` and the like are reserved by `SwiftNaming.typeName`.)
    static func nested(in qualifiedName: String) -> DeclarationScope {
        DeclarationScope(qualifiedPrefix: qualifiedName, reserved: Set(qualifiedName.split(separator: ".").map(String.init)))
    }

    func claim(_ name: String) -> String { names.claim(name) }

    func isTaken(_ name: String) -> Bool { names.isTaken(name) }

    /// The simple name of the enclosing type (empty at the top level).
    var enclosingName: String {
        qualifiedPrefix.map { String($0.split(separator: ".").last ?? "") } ?? ""
    }

    func qualify(_ name: String) -> String {
        qualifiedPrefix.map { "\($0).\(name)" } ?? name
    }

    func add(_ declaration: TypeDeclaration) {
        // A top-level declaration is complete: every type it refers to has its name by now.
        declarations.append(qualifiedPrefix == nil ? NestedNameShadowing.resolve(declaration) : declaration)
    }
}

/// An inline schema with a declaration, for finding it again when the same schema comes up elsewhere.
struct SharedInlineType {
    /// The schema's identity where it was first declared.
    var identity: String
    /// The top-level names it would take, in order of preference.
    var names: [String]
    /// Its top-level name: at once for a top-level type, on the second use for a nested one.
    var topLevelName: String?
}

/// Decides the Swift type of every schema, and creates the named declarations that inline schemas need.
///
/// Component schemas (and other `$ref` targets that need a type) become top-level types named after their key;
/// inline objects, enums and unions become types nested in the type that uses them, named after the property.
final class TypeTranslator {
    /// Typing a schema descends into its members, `allOf` wrappers and the `$ref`s that name no type of their
    /// own; deeper than this is refused with its location, well before the stack would overflow.
    static let maximumTypingDepth = 128

    private let spec: Spec
    private let parser: SchemaParser
    let diagnostics: DiagnosticLog
    private let budget: ExpansionBudget
    let topLevel = DeclarationScope(qualifiedPrefix: nil, reserved: SwiftNaming.reservedTypeNames)

    private var schemas: [String: Schema] = [:]
    /// `$ref` target identity → the top-level type that declares it.
    private var namedTypes: [String: String] = [:]
    /// Named types registered but not declared yet, in registration order.
    private var pending: [(identity: String, name: String)] = []
    /// Top-level types of inline schemas by the name hint they were declared for, to find copies.
    private var inlineTypesByHint: [String: [(identity: String, name: String)]] = [:]
    /// Every schema given a declaration so far (component or inline), by `StructuralKey`.
    private var inlineTypesByStructure: [String: SharedInlineType] = [:]
    /// Nested declarations used again elsewhere, by schema identity → their top-level name (`SharedTypeHoisting`).
    private(set) var hoistedTypeNames: [String: String] = [:]
    /// Nested declarations shared by properties of the same name whose schemas differ only in their own
    /// documentation, by `StructuralKey.ignoringDocumentation` prefixed with the name hint.
    private var inlineTypesByUndocumentedStructure: [String: SharedInlineType] = [:]
    /// Identities of the declarations found again through `inlineTypesByUndocumentedStructure`: their description
    /// is the first property's, so the shared type goes without one (each property keeps its own).
    private(set) var typesSharedAcrossDescriptions: Set<String> = []
    /// Ref targets whose type is being worked out, to stop on `A: {items: {$ref: A}}`-style loops.
    private var inProgress: Set<String> = []
    /// `flatten` results by schema identity: a type's members are asked for many times.
    var flattenedObjects: [String: FlattenedObject] = [:]
    /// How many `usage(of:)` calls enclose the current one.
    private var typingDepth = 0

    init(spec: Spec, parser: SchemaParser, diagnostics: DiagnosticLog) {
        self.spec = spec
        self.parser = parser
        self.diagnostics = diagnostics
        self.budget = parser.budget
    }

    /// Registers a component schema under its component key, so that every `$ref` to it uses that name.
    /// - Parameter typeName: the user's name for the type, instead of one derived from `key`.
    func registerComponent(_ node: Node, key: String, typeName: String? = nil) throws {
        let schema = try schema(for: node)
        let name = topLevel.claim(typeName ?? SwiftNaming.typeName(key))
        namedTypes[schema.identity] = name
        pending.append((schema.identity, name))
        // An inline copy of the component, text for text, is the component's type.
        let structure = StructuralKey.of(node)
        if inlineTypesByStructure[structure] == nil {
            inlineTypesByStructure[structure] = SharedInlineType(identity: schema.identity, names: [name], topLevelName: name)
        }
    }

    /// The name registered for a component schema.
    func typeName(ofComponent schema: Schema) throws -> String {
        guard let name = namedTypes[schema.identity] else {
            throw SpecError("component schema was not registered", at: schema.location)
        }
        return name
    }

    /// Declares every registered named type (and the ones discovered meanwhile).
    func declarePendingTypes() throws {
        while !pending.isEmpty {
            let (identity, name) = pending.removeFirst()
            guard let schema = schemas[identity] else { continue }
            try declareNamed(schema, name: name)
        }
    }

    /// Every schema parsed so far, by node identity.
    var parsedSchemas: [String: Schema] { schemas }

    func schema(for node: Node) throws -> Schema {
        if let cached = schemas[node.identity] { return cached }
        let schema = try parser.parse(node)
        schemas[node.identity] = schema
        return schema
    }

    /// The parsed schema a `$ref` points at.
    func target(_ identity: String, from schema: Schema) throws -> Schema {
        if let cached = schemas[identity] { return cached }
        guard let node = spec.node(identity: identity) else {
            throw SpecError("`$ref` target \(identity) was not loaded", at: schema.location)
        }
        return try self.schema(for: node)
    }

    // MARK: - Usage

    func usage(of schema: Schema, hint: String, in scope: DeclarationScope) throws -> TypeUsage {
        try budget.spend(at: schema.location)
        guard typingDepth < Self.maximumTypingDepth else {
            throw SpecError("schema nesting deeper than \(Self.maximumTypingDepth) levels, counting `allOf` "
                            + "wrappers and `$ref`s to schemas without a type name", at: schema.location)
        }
        typingDepth += 1
        defer { typingDepth -= 1 }
        var usage = try nonNullUsage(of: schema, hint: hint, in: scope)
        usage.isNullable = usage.isNullable || schema.allowsNull
        return usage
    }

    private func nonNullUsage(of schema: Schema, hint: String, in scope: DeclarationScope) throws -> TypeUsage {
        switch try shape(of: schema) {
        case .reference(let identity):
            return try referencedUsage(identity, from: schema)
        case .wrapper(let inner, let nullable):
            var usage = try self.usage(of: inner, hint: hint, in: scope)
            usage.isNullable = usage.isNullable || nullable
            return usage
        case .primitive(let type):
            return TypeUsage(type: type, isNullable: false)
        case .array(let items):
            let element = try items.map { try self.usage(of: $0, hint: nameHint(fromTitleOf: $0) ?? singular(hint), in: scope) }
            return TypeUsage(type: .array(element?.type ?? .json), isNullable: false)
        case .dictionary(let values):
            let value = try values.map { try self.usage(of: $0, hint: hint + "Value", in: scope) }
            return TypeUsage(type: .dictionary(value?.type ?? .json), isNullable: false)
        case .declaration(let shape):
            let node = spec.node(identity: schema.identity)
            let key = node.map(StructuralKey.of)
            guard scope === topLevel else {
                if let key, let shared = sharedTypeName(forKey: key, in: &inlineTypesByStructure) {
                    return TypeUsage(type: .named(shared), isNullable: false)
                }
                // The same member (by name) with the same schema but another description: one type as well.
                let undocumentedKey = node.map { hint + "\n" + StructuralKey.ignoringDocumentation($0) }
                if let undocumentedKey, let shared = sharedTypeName(forKey: undocumentedKey, in: &inlineTypesByUndocumentedStructure) {
                    if let first = inlineTypesByUndocumentedStructure[undocumentedKey] {
                        typesSharedAcrossDescriptions.insert(first.identity)
                    }
                    return TypeUsage(type: .named(shared), isNullable: false)
                }
                let name = scope.claim(SwiftNaming.nestedTypeName(hint, in: scope.enclosingName))
                let declaration = try declare(shape, schema: schema, name: name, qualifiedName: scope.qualify(name))
                scope.add(declaration)
                let enclosedName = SwiftNaming.typeName(scope.enclosingName + name)
                if let key { inlineTypesByStructure[key] = SharedInlineType(identity: schema.identity, names: [name, enclosedName]) }
                if let undocumentedKey {
                    // Shared by members of other types: named after the member, not after the first type using it.
                    let memberName = SwiftNaming.typeName(hint) + "Value"
                    inlineTypesByUndocumentedStructure[undocumentedKey] = SharedInlineType(
                        identity: schema.identity, names: [name, memberName, enclosedName]
                    )
                }
                return TypeUsage(type: .named(declaration.qualifiedName), isNullable: false)
            }
            // A schema reached from several operations (a shared response, parameter or request body) is one
            // type, named after its component when it has one rather than after the first operation using it.
            if let name = namedTypes[schema.identity] {
                return TypeUsage(type: .named(name), isNullable: false)
            }
            // The same schema written out again for the same use (a response's `application/json` and
            // `multipart/mixed` copies) is the same type too.
            if let name = copy(of: schema, forUse: hint) {
                namedTypes[schema.identity] = name
                return TypeUsage(type: .named(name), isNullable: false)
            }
            let name = topLevel.claim(SwiftNaming.typeName(componentKey(of: schema.identity) ?? hint))
            namedTypes[schema.identity] = name
            inlineTypesByHint[hint, default: []].append((schema.identity, name))
            topLevel.add(try declare(shape, schema: schema, name: name, qualifiedName: name))
            if let key, inlineTypesByStructure[key] == nil {
                inlineTypesByStructure[key] = SharedInlineType(identity: schema.identity, names: [name], topLevelName: name)
            }
            return TypeUsage(type: .named(name), isNullable: false)
        }
    }


    /// The top-level type for a schema written out again elsewhere: the top-level type it already is, or the
    /// name the nested declaration of its first use moves to: its simple name (`Detail`), or when a top-level
    /// type has that, the enclosing type's name and its own (`InvalidStringLengthDetail`).
    private func sharedTypeName(forKey key: String, in types: inout [String: SharedInlineType]) -> String? {
        guard var first = types[key] else { return nil }
        if let name = first.topLevelName ?? hoistedTypeNames[first.identity] { return name }
        let name = topLevel.claim(first.names.first { !topLevel.isTaken($0) } ?? first.names[first.names.count - 1])
        first.topLevelName = name
        types[key] = first
        hoistedTypeNames[first.identity] = name
        return name
    }

    private func referencedUsage(_ reference: String, from schema: Schema) throws -> TypeUsage {
        // A chain of plain `$ref`s is followed in a loop: only the schema at its end needs typing.
        var identity = reference
        var target = try self.target(identity, from: schema)
        var isNullable = target.allowsNull
        var followed: Set<String> = [identity]
        while namedTypes[identity] == nil, case .reference(let next) = try shape(of: target), followed.insert(next).inserted {
            identity = next
            target = try self.target(identity, from: target)
            isNullable = isNullable || target.allowsNull
        }
        if let name = namedTypes[identity] {
            return TypeUsage(type: .named(name), isNullable: isNullable)
        }
        if case .declaration = try shape(of: target) {
            // A `$ref` to something other than a component schema (another file, a path's schema):
            // it still gets one top-level type, named after the last segment of the reference.
            let name = topLevel.claim(SwiftNaming.typeName(referenceName(identity)))
            namedTypes[identity] = name
            pending.append((identity, name))
            return TypeUsage(type: .named(name), isNullable: isNullable)
        }
        guard inProgress.insert(identity).inserted else {
            diagnostics.warn("`$ref` cycle without an object or array in between; typed as JSONValue", rule: .referenceCycleWithoutContainer, at: schema.location)
            return TypeUsage(type: .json, isNullable: false)
        }
        defer { inProgress.remove(identity) }
        return try usage(of: target, hint: referenceName(identity), in: topLevel)
    }

    /// The type declared for an earlier schema with the same hint, in the same file, and the same text:
    /// a copy made for the same use. (`$ref`s in the text are relative to the file, hence the file.)
    private func copy(of schema: Schema, forUse hint: String) -> String? {
        guard let earlier = inlineTypesByHint[hint], let node = spec.node(identity: schema.identity) else { return nil }
        let file = schema.identity.splitIdentity().file
        let text = JSONText.compact(node)
        return earlier.first { candidate in
            candidate.identity.splitIdentity().file == file
                && spec.node(identity: candidate.identity).map(JSONText.compact) == text
        }?.name
    }

    /// The key of the reusable component (response, parameter, request body, header) a schema is written in:
    /// `#/components/responses/NotFound/content/application~1json/schema` → `NotFound`.
    private func componentKey(of identity: String) -> String? {
        let pointer = identity.splitIdentity().pointer
        guard pointer.hasPrefix("/components/"), !pointer.hasPrefix("/components/schemas/"),
              let tokens = JSONPointer.tokens(pointer), tokens.count > 2
        else { return nil }
        return tokens[2]
    }

    /// `file.yaml#/components/schemas/Pet` → `Pet`; `pet.yaml#` → `pet`.
    private func referenceName(_ identity: String) -> String {
        let (file, pointer) = identity.splitIdentity()
        if let last = pointer.split(separator: "/").last {
            return JSONPointer.unescape(last)
        }
        let base = file.split(separator: "/").last.map(String.init) ?? file
        return base.split(separator: ".").first.map(String.init) ?? base
    }

    /// A schema's `title` when it reads as a name (`discounts_data_param`, `Bank Account`) rather than a sentence:
    /// a better name for an array's elements or a union's case than one made up from the position.
    private func nameHint(fromTitleOf schema: Schema) -> String? {
        guard let title = schema.title, title.count <= 64, title.split(separator: " ").count <= 4,
              title.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || " _-".unicodeScalars.contains($0) })
        else { return nil }
        return title
    }

    /// `{enum: [""]}` (Stripe's "send an empty string to clear the field") is `Empty`, `{enum: [now]}` is `Now`.
    private func singleValueName(of schema: Schema) -> String? {
        guard schema.reference == nil, let values = schema.enumValues, values.count == 1, let value = values[0].string else { return nil }
        return value.isEmpty ? "Empty" : value
    }

    private func singular(_ hint: String) -> String {
        if hint.hasSuffix("ies") { return String(hint.dropLast(3)) + "y" }
        if hint.hasSuffix("ses") || hint.hasSuffix("xes") { return String(hint.dropLast(2)) }
        if hint.hasSuffix("s") && !hint.hasSuffix("ss") { return String(hint.dropLast()) }
        return hint + "Item"
    }

    // MARK: - Named declarations

    private func declareNamed(_ schema: Schema, name: String) throws {
        let declaration: TypeDeclaration
        if case .declaration(let shape) = try shape(of: schema) {
            declaration = try declare(shape, schema: schema, name: name, qualifiedName: name)
        } else {
            // A component that is a primitive or an array keeps its name as an alias.
            let usage = try nonNullUsage(of: schema, hint: name, in: topLevel)
            declaration = TypeDeclaration(
                name: name, qualifiedName: name, documentation: documentation(of: schema),
                schema: schema, kind: .alias(usage.type), nestedTypes: []
            )
        }
        topLevel.add(declaration)
    }

    private func declare(_ shape: DeclarationShape, schema: Schema, name: String, qualifiedName: String) throws -> TypeDeclaration {
        let nested = DeclarationScope.nested(in: qualifiedName)
        let kind: TypeDeclaration.Kind
        switch shape {
        case .stringEnumeration(let values):
            kind = .stringEnumeration(enumeration(values, name: { $0.isEmpty ? "empty" : $0 }))
        case .integerEnumeration(let values):
            kind = .integerEnumeration(enumeration(values, name: { $0 < 0 ? "minus\(-$0)" : "value\($0)" }))
        case .union(let members, let isExclusive):
            kind = .union(try union(members, of: schema, named: name, isExclusive: isExclusive, in: nested))
        case .structure(let object):
            kind = .structure(try structure(object, of: schema, in: nested))
        }
        return TypeDeclaration(
            name: name, qualifiedName: qualifiedName, documentation: documentation(of: schema),
            schema: schema, kind: kind, nestedTypes: nested.declarations
        )
    }

    /// Members every generated enumeration declares besides its cases.
    private static let enumerationMembers: Set<String> = ["undocumented", "rawValue", "allCases", "hashValue"]

    private func enumeration<Raw>(_ values: [Raw], name: (Raw) -> String) -> Enumeration<Raw> {
        var scope = SwiftNaming.Scope(reserved: Self.enumerationMembers)
        let cases = values.map { Enumeration.Case(swiftName: scope.claim(SwiftNaming.memberName(name($0))), rawValue: $0) }
        return Enumeration(cases: cases, undocumentedCaseName: "undocumented")
    }

    private func structure(_ object: FlattenedObject, of schema: Schema, in scope: DeclarationScope) throws -> Structure {
        // `additionalProperties: false` forbids other members: nothing to keep.
        let additionalSchema = object.additionalProperties.flatMap { $0.booleanValue == false ? nil : $0 }
        var names = SwiftNaming.Scope(reserved: additionalSchema == nil ? [] : ["additionalProperties"])
        var properties: [Property] = []
        for (wireName, propertySchema) in object.properties {
            let usage = try self.usage(of: propertySchema, hint: wireName, in: scope)
            properties.append(Property(
                swiftName: names.claim(SwiftNaming.memberName(wireName)),
                wireName: wireName,
                type: usage.type,
                isRequired: object.required.contains(wireName),
                isNullable: usage.isNullable,
                isBoxed: false,
                documentation: try propertyDocumentation(of: propertySchema),
                schema: propertySchema
            ))
        }
        for name in object.required where object.properties[name] == nil && additionalSchema == nil {
            diagnostics.warn("`required` names `\(name)`, which is not in `properties`; the requirement is kept for validation only", rule: .requiredPropertyUndefined, at: schema.location)
        }
        let additional = try additionalSchema.map {
            try usage(of: $0, hint: "AdditionalProperty", in: scope).type
        }
        return Structure(properties: properties, additionalProperties: additional)
    }

    private func union(
        _ members: [Schema], of schema: Schema, named name: String, isExclusive: Bool, in scope: DeclarationScope
    ) throws -> Union {
        var names = SwiftNaming.Scope()
        let discriminator = schema.discriminator?.propertyName != nil ? schema.discriminator : nil
        var cases: [Union.Case] = []
        var shapes: [String: UnionAlternativeShape] = [:]
        for (index, member) in members.enumerated() {
            var hint = nameHint(fromTitleOf: member) ?? singleValueName(of: member) ?? "Variant\(index + 1)"
            if member.title == nil, case .array = try shape(of: member) {
                // `paymentMethodTypes: anyOf [array of enum, ""]`: the elements are payment method types.
                hint = name
            }
            let usage = try self.usage(of: member, hint: hint, in: scope)
            let payloadShape = try alternativeShape(of: member, cache: &shapes)
            // One case per Swift type: a payload of either branch decodes to it.
            if discriminator == nil, let existing = cases.firstIndex(where: { $0.type == usage.type }) {
                cases[existing].payloadShape = cases[existing].payloadShape.merged(with: payloadShape)
                continue
            }
            var values: [String] = []
            if let discriminator, let identity = member.reference {
                values = discriminator.mapping.filter { $0.value == identity }.map(\.key)
                if values.isEmpty { values = [referenceName(identity)] }
            }
            cases.append(Union.Case(
                swiftName: names.claim(SwiftNaming.unionCaseName(for: usage.type)), type: usage.type,
                discriminatorValues: values, payloadShape: payloadShape
            ))
        }
        var union = Union(cases: cases, discriminatorProperty: discriminator?.propertyName, isExclusive: isExclusive, isIndirect: false)
        if discriminator == nil {
            union.fallback = separateAlternatives(of: &union, schema: schema, names: &names)
        }
        return union
    }

    /// Keeps the constant members that tell the cases apart, warns when a `oneOf`'s alternatives can fit one
    /// payload together, and gives the union a fallback case where such a payload could lose members.
    private func separateAlternatives(of union: inout Union, schema: Schema, names: inout SwiftNaming.Scope) -> Union.Fallback? {
        let shapes = Self.keepingDistinctiveConstants(union.cases.map(\.payloadShape))
        for index in union.cases.indices { union.cases[index].payloadShape = shapes[index] }
        let overlapping = Self.overlappingPairs(shapes)
        let lossy = overlapping.contains { first, second in
            shapes[first].sharesKind(with: shapes[second], .object)
                && (shapes[first].otherMembers == .dropped || shapes[second].otherMembers == .dropped)
        }
        if union.isExclusive, let (first, second) = overlapping.first {
            let pair = "alternatives \(first + 1) (`\(union.cases[first].type.swiftName)`) and \(second + 1) (`\(union.cases[second].type.swiftName)`)"
            let others = overlapping.count > 1 ? " (and \(overlapping.count - 1) other pair\(overlapping.count > 2 ? "s" : ""))" : ""
            let outcome = "a payload fitting several is decoded as the most specific alternative that keeps all of it"
                + (lossy ? ", or else kept whole in `.ambiguous`" : "")
            diagnostics.warn(
                "`oneOf` \(pair)\(others) can fit the same payload: neither their types, required members, "
                    + "`additionalProperties: false` nor a member's constant values tell them apart; \(outcome)",
                rule: .unionAlternativesDistinct, at: schema.location
            )
        }
        guard lossy else { return nil }
        return union.isExclusive
            ? .keepsPayload(caseName: names.claim("ambiguous"))
            : .combinesAlternatives(caseName: names.claim("combined"))
    }

    // MARK: - Documentation

    func documentation(of schema: Schema) -> Documentation {
        Documentation(
            title: schema.title, description: schema.description,
            isDeprecated: schema.isDeprecated, notes: ConstraintSummary.lines(for: schema)
        )
    }

    /// A property's doc comes from its schema (with its annotation-only `allOf` members), or from the `$ref`
    /// target when the property has none.
    private func propertyDocumentation(of schema: Schema) throws -> Documentation {
        var documentation = documentation(of: schema)
        for member in schema.allOf where member.isAnnotationOnly {
            documentation.title = documentation.title ?? member.title
            documentation.description = documentation.description ?? member.description
            documentation.isDeprecated = documentation.isDeprecated || member.isDeprecated
        }
        if documentation.description == nil, documentation.title == nil, let identity = schema.reference,
           namedTypes[identity] == nil {
            let target = try target(identity, from: schema)
            documentation.description = target.description
            documentation.title = target.title
        }
        return documentation
    }
}
