import SpecwrightValidation

/// Finds, at compile time, the property a `BranchSelector` dispatches an `anyOf`/`oneOf` on.
///
/// Reads the schema JSON (through `$ref`s and `allOf`s, where the dialect applies them) rather than compiled
/// nodes, which do not exist yet. A branch counts as restricting a property only when it both requires it and
/// limits it to string constants (`enum`, or `const` where the dialect has it) with the vocabularies that make
/// those keywords assertions; anything it cannot read leaves the branch open, which is always sound.
struct BranchSelection {
    let registry: SchemaRegistry
    /// Bounds the walk through `$ref`s and `allOf`s (reference cycles included).
    private static let maximumHops = 16

    /// The selector for the alternatives at `branches`, or `nil` when fewer than two branches restrict one
    /// property. `discriminator` (OpenAPI's `discriminator.propertyName`) wins ties.
    func selector(for branches: [SchemaLocation], discriminator: String?) -> BranchSelector? {
        let facts = branches.map { constraints(at: $0, hops: 0) }
        var counts: [String: Int] = [:]
        for fact in facts {
            for name in fact.restricted.keys where fact.required.contains(name) { counts[name, default: 0] += 1 }
        }
        let best = counts.max { left, right in
            if left.value != right.value { return left.value < right.value }
            if (left.key == discriminator) != (right.key == discriminator) { return right.key == discriminator }
            return left.key > right.key
        }
        guard let property = best?.key, best!.value >= 2 else { return nil }
        return BranchSelector(
            property: property,
            restrictions: facts.map { $0.required.contains(property) ? $0.restricted[property] : nil })
    }

    /// What a schema says about the properties of every object it accepts.
    private struct Constraints {
        var required: Set<String> = []
        /// Property name to the strings it may hold.
        var restricted: [String: Set<String>] = [:]

        /// Both hold of the same instance: their requirements add up, their restrictions intersect.
        mutating func add(_ other: Constraints) {
            required.formUnion(other.required)
            for (name, allowed) in other.restricted {
                restricted[name] = restricted[name].map { $0.intersection(allowed) } ?? allowed
            }
        }
    }

    private func constraints(at location: SchemaLocation, hops: Int) -> Constraints {
        guard hops < Self.maximumHops, case .object(let members)? = registry.value(at: location) else { return Constraints() }
        let settings = registry.context(of: location).settings
        if settings.dialect.refOverridesSiblings, case .string(let reference)? = members["$ref"] {
            return referenced(reference, from: location) { constraints(at: $0, hops: hops + 1) } ?? Constraints()
        }
        var result = Constraints()
        let asserts = settings.vocabularies.contains(.validation) && settings.vocabularies.contains(.applicator)
        if asserts, case .array(let names)? = members["required"] {
            result.required = Set(names.compactMap(\.stringValue))
        }
        // A restriction counts wherever it is (`allOf: [{$ref: Base}, {properties: {role: {const: x}}}]`);
        // `selector` uses it only where the property is also required.
        if asserts, case .object(let properties)? = members["properties"] {
            for name in properties.keys {
                if let allowed = strings(at: location.appending("properties", name), hops: hops + 1) {
                    result.restricted[name] = allowed
                }
            }
        }
        if case .string(let reference)? = members["$ref"],
            let target = referenced(reference, from: location, { constraints(at: $0, hops: hops + 1) })
        {
            result.add(target)
        }
        if settings.vocabularies.contains(.applicator), case .array(let parts)? = members["allOf"] {
            for index in parts.indices {
                result.add(constraints(at: location.appending("allOf", String(index)), hops: hops + 1))
            }
        }
        return result
    }

    /// The strings a schema allows, when it limits them to constants.
    private func strings(at location: SchemaLocation, hops: Int) -> Set<String>? {
        guard hops < Self.maximumHops, case .object(let members)? = registry.value(at: location) else { return nil }
        let settings = registry.context(of: location).settings
        if settings.dialect.refOverridesSiblings, case .string(let reference)? = members["$ref"] {
            return referenced(reference, from: location) { strings(at: $0, hops: hops + 1) } ?? nil
        }
        var allowed: Set<String>?
        func restrict(_ values: Set<String>) { allowed = allowed.map { $0.intersection(values) } ?? values }
        if settings.vocabularies.contains(.validation) {
            // A string instance can equal only the string members of `enum`.
            if case .array(let values)? = members["enum"] { restrict(Set(values.compactMap(\.stringValue))) }
            let hasConst = settings.dialect != .draft4 && settings.dialect != .openAPI3_0
            if hasConst, let value = members["const"] { restrict(value.stringValue.map { [$0] } ?? []) }
        }
        if case .string(let reference)? = members["$ref"],
            let target = referenced(reference, from: location, { strings(at: $0, hops: hops + 1) }) ?? nil
        {
            restrict(target)
        }
        return allowed
    }

    /// `body` applied to the target of a reference; `nil` when it does not resolve (compilation reports that).
    private func referenced<Result>(_ reference: String, from location: SchemaLocation, _ body: (SchemaLocation) -> Result) -> Result? {
        guard let target = try? registry.resolve(reference, from: location) else { return nil }
        return body(target.location)
    }
}
