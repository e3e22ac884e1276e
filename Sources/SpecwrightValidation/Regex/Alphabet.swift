/// Splits the code points into classes that no set of the program tells apart, so that the automata can
/// work on a small alphabet: a table lookup for ASCII, a binary search above it.
struct Alphabet: Sendable {
    let classCount: Int
    private let asciiClasses: [Int32]
    /// Start code points of the intervals from U+0080 upwards, ascending; `intervalClasses` is parallel.
    private let intervalStarts: [UInt32]
    private let intervalClasses: [Int32]
    /// `membership[set * classCount + class]`: whether the class lies in the set.
    private let membership: [Bool]
    /// Per class: whether its code points are word characters, and line terminators (each class is all or none
    /// when the sets include `\w` and the line terminators).
    let classIsWord: [Bool]
    let classIsLineTerminator: [Bool]

    init(sets: [CodePointSet]) {
        var cuts: Set<UInt32> = [0, 0x80]
        for set in sets {
            for range in set.ranges {
                cuts.insert(range.lowerBound)
                if range.upperBound < CodePointSet.maxCodePoint { cuts.insert(range.upperBound + 1) }
            }
        }
        let starts = cuts.sorted()
        let wordsPerSignature = sets.count / 64 + 1
        var signatures = [UInt64](repeating: 0, count: starts.count * wordsPerSignature)
        for (setIndex, set) in sets.enumerated() {
            for range in set.ranges {
                var interval = Self.intervalIndex(of: range.lowerBound, in: starts)
                while interval < starts.count, starts[interval] <= range.upperBound {
                    signatures[interval * wordsPerSignature + setIndex / 64] |= 1 << UInt64(setIndex % 64)
                    interval += 1
                }
            }
        }
        var classBySignature: [ArraySlice<UInt64>: Int32] = [:]
        var classOfInterval: [Int32] = []
        var representatives: [UInt32] = []
        classOfInterval.reserveCapacity(starts.count)
        for interval in starts.indices {
            let signature = signatures[(interval * wordsPerSignature)..<((interval + 1) * wordsPerSignature)]
            if let existing = classBySignature[signature] {
                classOfInterval.append(existing)
            } else {
                let newClass = Int32(representatives.count)
                classBySignature[signature] = newClass
                representatives.append(starts[interval])
                classOfInterval.append(newClass)
            }
        }
        classCount = representatives.count

        var ascii = [Int32](repeating: 0, count: 128)
        var interval = 0
        for codePoint in 0..<128 {
            while interval + 1 < starts.count, starts[interval + 1] <= codePoint { interval += 1 }
            ascii[codePoint] = classOfInterval[interval]
        }
        asciiClasses = ascii

        var upperStarts: [UInt32] = []
        var upperClasses: [Int32] = []
        for (index, start) in starts.enumerated() where start >= 0x80 {
            if upperClasses.last != classOfInterval[index] {
                upperStarts.append(start)
                upperClasses.append(classOfInterval[index])
            }
        }
        intervalStarts = upperStarts
        intervalClasses = upperClasses

        var membership = [Bool](repeating: false, count: sets.count * representatives.count)
        for (interval, klass) in classOfInterval.enumerated() {
            for setIndex in sets.indices
            where signatures[interval * wordsPerSignature + setIndex / 64] & (1 << UInt64(setIndex % 64)) != 0 {
                membership[setIndex * representatives.count + Int(klass)] = true
            }
        }
        self.membership = membership
        classIsWord = representatives.map(CodePointSet.isWordCharacter)
        classIsLineTerminator = representatives.map(CodePointSet.isLineTerminator)
    }

    /// The index of the interval holding `codePoint`: the last start not above it.
    private static func intervalIndex(of codePoint: UInt32, in starts: [UInt32]) -> Int {
        var low = 0
        var high = starts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if starts[middle] <= codePoint { low = middle } else { high = middle }
        }
        return low
    }

    @inline(__always)
    func classOf(_ codePoint: UInt32) -> Int {
        if codePoint < 0x80 { return Int(asciiClasses[Int(codePoint)]) }
        return Int(intervalClasses[Self.intervalIndex(of: codePoint, in: intervalStarts)])
    }

    @inline(__always)
    func classOfASCII(_ byte: UInt8) -> Int { Int(asciiClasses[Int(byte)]) }

    @inline(__always)
    func set(_ setIndex: Int, contains klass: Int) -> Bool {
        membership[setIndex * classCount + klass]
    }
}
