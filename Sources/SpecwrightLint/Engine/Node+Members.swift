import SpecwrightReader

extension Node {
    /// An object's member values in document order; empty for anything else.
    var memberValues: [Node] {
        object.map { Array($0.values) } ?? []
    }
}
