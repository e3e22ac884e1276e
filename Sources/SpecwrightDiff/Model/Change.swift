/// One difference between the old and the new spec that a check reports.
public struct Change: Sendable, Hashable {
    /// The check's stable ID (`request-property-became-required`, `swift-property-removed`).
    public var checkID: String
    public var level: ChangeLevel
    public var message: String
    /// Where the changed thing is in the old spec.
    public var old: ChangeLocation
    /// Where it is in the new spec; for something removed, the nearest place that still exists (its parent).
    public var new: ChangeLocation

    public init(checkID: String, level: ChangeLevel, message: String, old: ChangeLocation, new: ChangeLocation) {
        self.checkID = checkID
        self.level = level
        self.message = message
        self.old = old
        self.new = new
    }

    /// Whether the change is about the generated Swift module rather than the wire.
    public var area: CheckArea { checkID.hasPrefix(CheckArea.swiftPrefix) ? .swift : .wire }
}
