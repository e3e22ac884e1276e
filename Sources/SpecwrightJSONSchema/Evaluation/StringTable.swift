import Foundation

/// A fixed set of strings (property names, `enum` strings) looked up by exact code points.
///
/// Open addressing with FNV-1a over the UTF-8 bytes: much cheaper than `Dictionary<String, _>`'s seeded
/// SipHash for the short keys of JSON objects. The keys come from the schema, never from instances, and the
/// table is at most half full, so hostile instance keys cannot lengthen probes. Storage is unmanaged so
/// that lookups involve no reference counting; it is written only by `init`.
///
/// Most key sets also get a direct-mapped table indexed by a cheap hash of the length and three bytes
/// (first, middle, last), chosen at `init` so that no two keys share a slot: a lookup then reads one slot
/// and compares one key, without hashing every byte.
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
    /// The direct-mapped table: for each slot, the index of the one key that hashes there, or -1. Empty when
    /// no collision-free table of at most `maximumQuickSlots` slots was found.
    private let quickSlots: UnsafeMutableBufferPointer<Int32>
    private let quickMultiplier: UInt64
    private let quickShift: UInt64
    /// Byte offset and count of each key in `bytes`.
    private let spans: UnsafeMutableBufferPointer<(offset: Int32, count: Int32)>
    private static let maximumQuickSlots = 4096

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
        spans = .allocate(capacity: max(keys.count, 1))
        var offset = 0
        for (index, key) in keys.enumerated() {
            let count = key.utf8.count
            let hash = Self.hash(UnsafeBufferPointer(rebasing: bytes[offset..<offset + count]))
            var position = Int(truncatingIfNeeded: hash) & mask
            while slots[position].index >= 0 { position = (position + 1) & mask }
            slots[position] = Slot(hash: hash, index: Int32(index), byteOffset: Int32(offset), byteCount: Int32(count))
            spans[index] = (Int32(offset), Int32(count))
            offset += count
        }
        let (storage, spans) = (bytes, spans)
        (quickSlots, quickMultiplier, quickShift) = Self.quickTable(
            keys.indices.map { UnsafeBufferPointer(rebasing: storage[Int(spans[$0].offset)..<Int(spans[$0].offset + spans[$0].count)]) })
    }

    deinit {
        bytes.deallocate()
        slots.deallocate()
        spans.deallocate()
        quickSlots.deallocate()
    }

    /// Searches a few table sizes and multipliers for a collision-free direct-mapped table.
    private static func quickTable(
        _ keys: [UnsafeBufferPointer<UInt8>]
    ) -> (UnsafeMutableBufferPointer<Int32>, UInt64, UInt64) {
        let multipliers: [UInt64] = [
            0x9E37_79B9_7F4A_7C15, 0xBF58_476D_1CE4_E5B9, 0x94D0_49BB_1331_11EB, 0xD6E8_FEB8_6659_FD93,
            0xA076_1D64_78BD_642F, 0xE703_7ED1_A0B4_28DB, 0x8EBC_6AF0_9C88_C6E3, 0x5899_65CC_7537_4CC3,
        ]
        var bits = 2
        while 1 << bits < keys.count * 2 { bits += 1 }
        let hashes = keys.map(quickKey)
        while 1 << bits <= maximumQuickSlots && !keys.isEmpty {
            for multiplier in multipliers {
                let shift = UInt64(64 - bits)
                var taken = [Int32](repeating: -1, count: 1 << bits)
                var free = true
                for (index, hash) in hashes.enumerated() {
                    let slot = Int(truncatingIfNeeded: (hash &* multiplier) >> shift)
                    if taken[slot] >= 0 {
                        free = false
                        break
                    }
                    taken[slot] = Int32(index)
                }
                if free {
                    let table = UnsafeMutableBufferPointer<Int32>.allocate(capacity: taken.count)
                    _ = table.initialize(from: taken)
                    return (table, multiplier, shift)
                }
            }
            bits += 1
        }
        return (UnsafeMutableBufferPointer(start: nil, count: 0), 0, 0)
    }

    /// The length and the first, middle and last bytes, in one word.
    @inline(__always)
    private static func quickKey(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = key.count
        guard count > 0 else { return 0 }
        return UInt64(truncatingIfNeeded: count) | UInt64(key[0]) << 16 | UInt64(key[count >> 1]) << 24
            | UInt64(key[count - 1]) << 32
    }

    var count: Int { keys.count }

    /// The index of `key`, or `nil` when it is not in the table.
    @inline(__always)
    func index(of key: String) -> Int? {
        if let found = key.utf8.withContiguousStorageIfAvailable({ find($0) }) { return found }
        return Array(key.utf8).withUnsafeBufferPointer { find($0) }
    }

    private func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        if let quick = quickSlots.baseAddress {
            let index = Int(quick[Int(truncatingIfNeeded: (Self.quickKey(key) &* quickMultiplier) >> quickShift)])
            guard index >= 0 else { return nil }
            let span = spans[index]
            return Int(span.count) == key.count && matches(key, at: Int(span.offset)) ? index : nil
        }
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

    /// Compares inline with word loads (the last ones overlapping): keys are short, and a `memcmp` call costs
    /// more than the comparison.
    @inline(__always)
    private func matches(_ key: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        let count = key.count
        guard count > 0, let keyBase = key.baseAddress else { return true }
        let stored = UnsafeRawPointer(bytes.baseAddress! + offset)
        let probe = UnsafeRawPointer(keyBase)
        func same<Word: FixedWidthInteger>(_: Word.Type, at index: Int) -> Bool {
            stored.loadUnaligned(fromByteOffset: index, as: Word.self) == probe.loadUnaligned(fromByteOffset: index, as: Word.self)
        }
        if count >= 8 {
            var index = 0
            while index + 8 < count {
                guard same(UInt64.self, at: index) else { return false }
                index += 8
            }
            return same(UInt64.self, at: count - 8)
        }
        if count >= 4 { return same(UInt32.self, at: 0) && same(UInt32.self, at: count - 4) }
        if count >= 2 { return same(UInt16.self, at: 0) && same(UInt16.self, at: count - 2) }
        return same(UInt8.self, at: 0)
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
        // The last 0 to 7 bytes, as one little-endian word, assembled from (overlapping) loads that stay within
        // the key: the top of its last eight bytes when it has that many, else two of four, two or one bytes.
        var tail: UInt64 = 0
        let remaining = bytes.count - offset
        if remaining > 0 {
            if bytes.count >= 8 {
                let last = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self))
                tail = last >> (64 - 8 * UInt64(remaining))
            } else if remaining >= 4 {
                let low = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
                let high = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset + remaining - 4, as: UInt32.self)))
                tail = low | high << (8 * UInt64(remaining - 4))
            } else if remaining >= 2 {
                let low = UInt64(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt16.self)))
                let high = UInt64(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: offset + remaining - 2, as: UInt16.self)))
                tail = low | high << (8 * UInt64(remaining - 2))
            } else {
                tail = UInt64(base[offset])
            }
        }
        hash = (hash ^ tail) &* 0x94D0_49BB_1331_11EB
        return hash ^ (hash >> 29)
    }
}
