import SpecwrightModel

/// Two schemas at the same place of both documents (their `$ref`s followed), and which way their values travel.
struct SchemaPair {
    let old: Schema
    let new: Schema
    let oldSide: DiffSide
    let newSide: DiffSide
    let direction: Direction
    /// What the schemas describe, for messages: `` `Customer.address.city` `` or `` body of `POST /customers` ``.
    let subject: SchemaSubject
    /// A member of an `allOf`: its properties are compared as part of the schema that holds it (`objectShape`).
    let isAllOfMember: Bool

    let oldShape: ObjectShape
    let newShape: ObjectShape

    init(old: Schema, new: Schema, oldSide: DiffSide, newSide: DiffSide, direction: Direction, subject: SchemaSubject,
         isAllOfMember: Bool) {
        self.old = old
        self.new = new
        self.oldSide = oldSide
        self.newSide = newSide
        self.direction = direction
        self.subject = subject
        self.isAllOfMember = isAllOfMember
        oldShape = ObjectShape(old, in: oldSide)
        newShape = ObjectShape(new, in: newSide)
    }

    func oldLocation(_ keyword: String? = nil) -> ChangeLocation { oldSide.location(of: old, keyword: keyword) }
    func newLocation(_ keyword: String? = nil) -> ChangeLocation { newSide.location(of: new, keyword: keyword) }

    /// Reports a change of the keyword on the schema pair, at the keyword on each side where it is written.
    func report(_ check: some DiffCheck, _ narrowing: Narrowing, _ message: String, keyword: String,
                into log: inout ChangeLog) {
        log.report(check, level: min(direction.level(for: narrowing), check.description.level),
                   "\(direction.label) \(subject): \(message)", old: oldLocation(keyword), new: newLocation(keyword))
    }
}
