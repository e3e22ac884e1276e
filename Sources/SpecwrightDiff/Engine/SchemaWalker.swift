import SpecwrightModel

/// Walks two schemas side by side, running every schema check on each pair of places that exist on both
/// sides: properties by name, items, additional properties, `allOf`/`oneOf`/`anyOf` members, `then`/`else`.
///
/// Each pair of schemas is compared once per direction, so a component used by many operations costs (and
/// reports) once, and recursive schemas end.
struct SchemaWalker {
    private struct Visit: Hashable {
        var old: String
        var new: String
        var direction: Direction
        var isAllOfMember: Bool
    }

    let oldSide: DiffSide
    let newSide: DiffSide
    let checks: [any SchemaCheck]
    private var visited: Set<Visit> = []

    init(oldSide: DiffSide, newSide: DiffSide, checks: [any SchemaCheck]) {
        self.oldSide = oldSide
        self.newSide = newSide
        self.checks = checks
    }

    mutating func compare(_ old: Schema, _ new: Schema, direction: Direction, subject: SchemaSubject, into log: inout ChangeLog) {
        compare(old, new, direction: direction, subject: subject, isAllOfMember: false, into: &log)
    }

    private mutating func compare(_ old: Schema, _ new: Schema, direction: Direction, subject: SchemaSubject,
                                  isAllOfMember: Bool, into log: inout ChangeLog) {
        let oldTarget = oldSide.resolve(old)
        let newTarget = newSide.resolve(new)
        let visit = Visit(old: oldSide.relativeIdentity(oldTarget.identity), new: newSide.relativeIdentity(newTarget.identity),
                          direction: direction, isAllOfMember: isAllOfMember)
        guard visited.insert(visit).inserted else { return }
        // A component is named by its own name wherever it is used, so its changes read the same from every use.
        let subject = newSide.componentName(identity: newTarget.identity).map(SchemaSubject.component) ?? subject
        let pair = SchemaPair(old: oldTarget, new: newTarget, oldSide: oldSide, newSide: newSide,
                              direction: direction, subject: subject, isAllOfMember: isAllOfMember)
        for check in checks {
            check.compare(pair, into: &log)
        }
        walkChildren(of: pair, into: &log)
    }

    private mutating func walkChildren(of pair: SchemaPair, into log: inout ChangeLog) {
        let (old, new, direction) = (pair.old, pair.new, pair.direction)
        if !pair.isAllOfMember {
            let newProperties = pair.newShape.properties
            for (name, oldProperty) in pair.oldShape.properties {
                guard let newProperty = newProperties[name] else { continue }
                compare(oldProperty, newProperty, direction: direction, subject: pair.subject.member(name), into: &log)
            }
        }
        if let oldItems = old.items, let newItems = new.items {
            compare(oldItems, newItems, direction: direction, subject: pair.subject.member("[]"), into: &log)
        }
        for (index, (oldItem, newItem)) in zip(old.prefixItems, new.prefixItems).enumerated() {
            compare(oldItem, newItem, direction: direction, subject: pair.subject.member("[\(index)]"), into: &log)
        }
        if let oldValues = old.additionalProperties, let newValues = new.additionalProperties {
            compare(oldValues, newValues, direction: direction, subject: pair.subject.member("*"), into: &log)
        }
        for (oldMember, newMember) in VariantMatching.pairs(old.allOf, new.allOf, oldSide: oldSide, newSide: newSide) {
            compare(oldMember, newMember, direction: direction, subject: pair.subject, isAllOfMember: true, into: &log)
        }
        for (oldVariants, newVariants) in [(old.oneOf, new.oneOf), (old.anyOf, new.anyOf)] {
            for (oldVariant, newVariant) in VariantMatching.pairs(oldVariants, newVariants, oldSide: oldSide, newSide: newSide) {
                compare(oldVariant, newVariant, direction: direction, subject: pair.subject.qualified("a variant"), into: &log)
            }
        }
        if let oldThen = old.thenSchema, let newThen = new.thenSchema {
            compare(oldThen, newThen, direction: direction, subject: pair.subject.qualified("`then`"), into: &log)
        }
        if let oldElse = old.elseSchema, let newElse = new.elseSchema {
            compare(oldElse, newElse, direction: direction, subject: pair.subject.qualified("`else`"), into: &log)
        }
    }
}
