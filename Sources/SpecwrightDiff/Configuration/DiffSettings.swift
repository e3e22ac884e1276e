import SpecwrightReports

/// How a project configures diff (generator.yaml's `diff:` section): the changes it accepts.
public struct DiffSettings: Sendable {
    /// Changes of `check` whose JSON pointer (on either side) matches `pointer`, or everywhere when `nil`.
    public struct Ignore: Sendable, Hashable {
        public var check: String
        /// `*` matches within one pointer token, `**` across tokens.
        public var pointer: String?

        public init(check: String, pointer: String?) {
            self.check = check
            self.pointer = pointer
        }
    }

    public var ignores: [Ignore]

    public init(ignores: [Ignore] = []) {
        self.ignores = ignores
    }

    public func isIgnored(_ change: Change) -> Bool {
        ignores.contains { ignore in
            guard ignore.check == change.checkID else { return false }
            guard let pattern = ignore.pointer else { return true }
            return PointerGlob.matches(pattern, change.new.pointer) || PointerGlob.matches(pattern, change.old.pointer)
        }
    }
}
