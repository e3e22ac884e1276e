/// Globs over JSON pointers: `*` matches any characters but `/`, `**` any characters, `/` included.
/// `/paths/*/get/**` matches every pointer below any path's `get` operation. Lint's and diff's ignores use it.
public enum PointerGlob {
    public static func matches(_ pattern: String, _ pointer: String) -> Bool {
        matches(Array(pattern.unicodeScalars)[...], Array(pointer.unicodeScalars)[...])
    }

    private static func matches(_ pattern: ArraySlice<Unicode.Scalar>, _ text: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = pattern.first else { return text.isEmpty }
        if first == "*" {
            let isDouble = pattern.dropFirst().first == "*"
            let rest = pattern.dropFirst(isDouble ? 2 : 1)
            var index = text.startIndex
            while true {
                if matches(rest, text[index...]) { return true }
                guard index < text.endIndex, isDouble || text[index] != "/" else { return false }
                index += 1
            }
        }
        guard let head = text.first, head == first else { return false }
        return matches(pattern.dropFirst(), text.dropFirst())
    }
}
