/// Collects the changes of one comparison. A schema shared by many operations is compared once per direction,
/// and the same change at the same two places is reported once.
struct ChangeLog {
    private struct Key: Hashable {
        var checkID: String
        var old: ChangeLocation
        var new: ChangeLocation
        var message: String
    }

    private(set) var changes: [Change] = []
    private var seen: Set<Key> = []

    mutating func report(_ check: some DiffCheck, level: ChangeLevel? = nil, _ message: String,
                         old: ChangeLocation, new: ChangeLocation) {
        let id = check.description.id
        guard seen.insert(Key(checkID: id, old: old, new: new, message: message)).inserted else { return }
        changes.append(Change(checkID: id, level: level ?? check.description.level, message: message, old: old, new: new))
    }
}
