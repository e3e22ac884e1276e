/// A fixed set of strings (property names, `enum` strings) looked up by exact code points.
///
/// Open addressing with FNV-1a over the UTF-8 bytes: much cheaper than `Dictionary<String, _>`'s seeded
/// SipHash for the short keys of JSON objects. The keys come from the schema, never from instances, and the
/// table is at most half full, so hostile instance keys cannot lengthen probes.
struct StringTable: Sendable {
    let keys: [String]
    private let keyBytes: [[UInt8]]
    private let slots: [Int32]
    private let mask: Int

    /// `keys` must be distinct; a key's index in this array is what `index(of:)` returns.
    init(_ keys: [String]) {
        self.keys = keys
        keyBytes = keys.map { Array($0.utf8) }
        var capacity = 4
        while capacity < keys.count * 2 { capacity *= 2 }
        mask = capacity - 1
        var slots = [Int32](repeating: -1, count: capacity)
        for (index, bytes) in keyBytes.enumerated() {
            var slot = Int(truncatingIfNeeded: bytes.withUnsafeBufferPointer(Self.hash)) & (capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(index)
        }
        self.slots = slots
    }

    var count: Int { keys.count }

    /// The index of `key`, or `nil` when it is not in the table.
    @inline(__always)
    func index(of key: String) -> Int? {
        if let found = key.utf8.withContiguousStorageIfAvailable({ find($0) }) { return found }
        return Array(key.utf8).withUnsafeBufferPointer { find($0) }
    }

    private func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var slot = Int(truncatingIfNeeded: Self.hash(bytes)) & mask
        while true {
            let candidate = Int(slots[slot])
            if candidate < 0 { return nil }
            let stored = keyBytes[candidate]
            if stored.count == bytes.count
                && stored.withUnsafeBufferPointer({ $0.elementsEqual(bytes) })
            {
                return candidate
            }
            slot = (slot + 1) & mask
        }
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash ^ (hash >> 29)
    }
}
