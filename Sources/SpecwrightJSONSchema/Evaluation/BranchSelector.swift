import SpecwrightValidation

/// Which alternatives of an `anyOf`/`oneOf` can match an object, told by one property that the branches
/// require and restrict to string constants (`role: {enum: [user]}`, an OpenAPI discriminator's property).
///
/// A branch that requires the property and restricts it fails on every object whose value there is another
/// string, or that lacks the property, so those branches need no evaluation: their verdict is known. Branches
/// that do not restrict the property ("open" branches) are always evaluated. Objects whose value there is
/// not a string, and non-objects, evaluate every branch.
final class BranchSelector: Sendable {
    let property: String
    private let values: StringTable
    /// For each value in `values`: the branches it selects, in schema order (open branches included).
    private let branchesByValue: [[Int]]
    private let openBranches: [Int]

    /// `restrictions[branch]` is the set of strings the branch allows for `property`, or `nil` when the branch
    /// does not restrict it.
    init(property: String, restrictions: [Set<String>?]) {
        self.property = property
        let allValues = Set(restrictions.compactMap { $0 }.flatMap { $0 }).sorted()
        values = StringTable(allValues)
        openBranches = restrictions.indices.filter { restrictions[$0] == nil }
        branchesByValue = allValues.map { value in
            restrictions.indices.filter { restrictions[$0]?.contains(value) ?? true }
        }
    }

    /// The branches that can match `members`, or `nil` when every branch has to be evaluated.
    @inline(__always)
    func branches(for members: [String: JSONValue]) -> [Int]? {
        guard let value = member(of: members) else { return openBranches }
        guard case .string(let string) = value else { return nil }
        guard let index = values.index(of: string) else { return openBranches }
        return branchesByValue[index]
    }

    /// `members[property]`; small objects are scanned with `==` (the same equality), which costs less than
    /// hashing the name.
    @inline(__always)
    private func member(of members: [String: JSONValue]) -> JSONValue? {
        guard members.count <= 8 else { return members[property] }
        for (key, value) in members where key == property { return value }
        return nil
    }
}
