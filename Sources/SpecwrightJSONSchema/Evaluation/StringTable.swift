import Foundation

/// A fixed set of strings (property names, `enum` strings) looked up by exact code points.
///
/// Open addressing with FNV-1a over the UTF-8 bytes: much cheaper than `Dictionary<String, _>`'s seeded
/// SipHash for the short keys of JSON objects. The keys come from the schema, never from instances, and the
/// table is at most half full, so hostile instance keys cannot lengthen probes. Storage is unmanaged so
/// that lookups involve no reference counting; it is written only by `init`.
final class StringTable: @unchecked Sendable {
    private struct Slot {
        var hash: UInt64
        /// Index into `keys`, or -1 for an empty slot.
        var index: Int32
        var byteOffset: Int32
        var byteCount: Int32
    }

    let keys: [String]
    /// The UTF-8 bytes of all keys, one after the other.
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    private let slots: UnsafeMutableBufferPointer<Slot>
    private let mask: Int

    /// `keys` must be distinct; a key's index in this array is what `index(of:)` returns.
    init(_ keys: [String]) {
        self.keys = keys
        var capacity = 4
        while capacity < keys.count * 2 { capacity *= 2 }
        mask = capacity - 1
        let allBytes = keys.flatMap { Array($0.utf8) }
        bytes = .allocate(capacity: max(allBytes.count, 1))
        _ = bytes.initialize(from: allBytes)
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: Slot(hash: 0, index: -1, byteOffset: 0, byteCount: 0))
        var offset = 0
        for (index, key) in keys.enumerated() {
            let count = key.utf8.count
            let hash = Self.hash(UnsafeBufferPointer(rebasing: bytes[offset..<offset + count]))
            var position = Int(truncatingIfNeeded: hash) & mask
            while slots[position].index >= 0 { position = (position + 1) & mask }
            slots[position] = Slot(hash: hash, index: Int32(index), byteOffset: Int32(offset), byteCount: Int32(count))
            offset += count
        }
    }

    deinit {
        bytes.deallocate()
        slots.deallocate()
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

    @inline(__always)
    private func matches(_ key: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        key.isEmpty || memcmp(bytes.baseAddress! + offset, key.baseAddress!, key.count) == 0
    }

    /// Mixes eight bytes at a time (a multiply-xorshift in the style of SplitMix64).
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15
        guard let base = bytes.baseAddress else { return hash }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 31
            offset += 8
        }
        // The last 0 to 7 bytes, as one little word.
        var tail: UInt64 = 0
        withUnsafeMutableBytes(of: &tail) { word in
            word.copyMemory(from: UnsafeRawBufferPointer(start: raw + offset, count: bytes.count - offset))
        }
        hash = (hash ^ tail) &* 0x94D0_49BB_1331_11EB
        return hash ^ (hash >> 29)
    }
}
