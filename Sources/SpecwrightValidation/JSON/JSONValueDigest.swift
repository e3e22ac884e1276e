/// The hash of a `JSONValue`, computed bottom-up with explicit stacks so that any nesting depth is safe.
///
/// Consistent with `==`: numbers hash by value (through `JSONNumber`), strings by their UTF-8 bytes, arrays in
/// order, and objects regardless of key order (member hashes are combined commutatively).
enum JSONValueDigest {
    private enum Step {
        case visit(JSONValue)
        /// Combines the digests of the last `count` elements visited.
        case finishArray(count: Int)
        /// Combines the digests of the members visited, one per key, in this order.
        case finishObject(keys: [String])
    }

    static func digest(of value: JSONValue) -> Int {
        switch value {
        case .array, .object: break
        default: return scalarDigest(value)
        }
        var steps: [Step] = [.visit(value)]
        var digests: [Int] = []
        while let step = steps.popLast() {
            switch step {
            case .visit(let value):
                switch value {
                case .array(let elements):
                    steps.append(.finishArray(count: elements.count))
                    for element in elements.reversed() { steps.append(.visit(element)) }
                case .object(let members):
                    steps.append(.finishObject(keys: Array(members.keys)))
                    for member in members.values.reversed() { steps.append(.visit(member)) }
                default:
                    digests.append(scalarDigest(value))
                }
            case .finishArray(let count):
                var hasher = Hasher()
                hasher.combine(4 as UInt8)
                hasher.combine(count)
                for digest in digests.suffix(count) { hasher.combine(digest) }
                digests.removeLast(count)
                digests.append(hasher.finalize())
            case .finishObject(let keys):
                var combined = 0
                for (key, digest) in zip(keys, digests.suffix(keys.count)) {
                    var memberHasher = Hasher()
                    memberHasher.combine(key)  // as `Dictionary` compares keys
                    memberHasher.combine(digest)
                    combined ^= memberHasher.finalize()
                }
                digests.removeLast(keys.count)
                var hasher = Hasher()
                hasher.combine(5 as UInt8)
                hasher.combine(keys.count)
                hasher.combine(combined)
                digests.append(hasher.finalize())
            }
        }
        return digests[0]
    }

    /// The digest of a value that is not a collection: what ``digest(of:)`` gives for it, without its stacks.
    static func scalarDigest(_ value: JSONValue) -> Int {
        var hasher = Hasher()
        switch value {
        case .null:
            hasher.combine(0 as UInt8)
        case .bool(let flag):
            hasher.combine(1 as UInt8)
            hasher.combine(flag)
        case .number(let number):
            hasher.combine(2 as UInt8)
            hasher.combine(number)
        case .string(var string):
            hasher.combine(3 as UInt8)
            hasher.combine(string.utf8.count)
            string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        case .array, .object:
            preconditionFailure("collections are combined from their members' digests")
        }
        return hasher.finalize()
    }
}
