/// A fixed set of strings (property names, `enum` strings) looked up by exact code points.
///
/// Open addressing with FNV-1a over the UTF-8 bytes: much cheaper than `Dictionary<String, _>`'s seeded
/// SipHash for the short keys of JSON objects. The keys come from the schema, never from instances, and the
/// table is at most half full, so hostile instance keys cannot lengthen probes.
struct StringTable: Sendable {
    private struct Slot {
        var hash: UInt64
        /// Index into `keys`, or -1 for an empty slot.
        var index: Int32
        var byteOffset: Int32
        var byteCount: Int32
    }

    let keys: [String]
    /// The UTF-8 bytes of all keys, one after the other.
    private let bytes: [UInt8]
    private let slots: [Slot]
    private let mask: Int

    /// `keys` must be distinct; a key's index in this array is what `index(of:)` returns.
    init(_ keys: [String]) {
        self.keys = keys
        var capacity = 4
        while capacity < keys.count * 2 { capacity *= 2 }
        mask = capacity - 1
        var bytes: [UInt8] = []
        var slots = [Slot](repeating: Slot(hash: 0, index: -1, byteOffset: 0, byteCount: 0), count: capacity)
        for (index, key) in keys.enumerated() {
            let keyBytes = Array(key.utf8)
            let hash = keyBytes.withUnsafeBufferPointer(Self.hash)
            var position = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while slots[position].index >= 0 { position = (position + 1) & (capacity - 1) }
            slots[position] = Slot(hash: hash, index: Int32(index), byteOffset: Int32(bytes.count), byteCount: Int32(keyBytes.count))
            bytes += keyBytes
        }
        self.bytes = bytes
        self.slots = slots
    }

    var count: Int { keys.count }

    /// The index of `key`, or `nil` when it is not in the table.
    @inline(__always)
    func index(of key: String) -> Int? {
        if let found = key.utf8.withContiguousStorageIfAvailable({ find($0) }) { return found }
        return Array(key.utf8).withUnsafeBufferPointer { find($0) }
    }

    private func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = Self.hash(key)
        return slots.withUnsafeBufferPointer { slots in
            var position = Int(truncatingIfNeeded: hash) & mask
            while true {
                let slot = slots[position]
                if slot.index < 0 { return nil }
                if slot.hash == hash && Int(slot.byteCount) == key.count && matches(key, at: Int(slot.byteOffset)) {
                    return Int(slot.index)
                }
                position = (position + 1) & mask
            }
        }
    }

    @inline(__always)
    private func matches(_ key: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        bytes.withUnsafeBufferPointer { stored in
            var index = 0
            while index < key.count {
                if stored[offset + index] != key[index] { return false }
                index += 1
            }
            return true
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
