import Foundation

/// Reads lines as raw bytes from a file descriptor, a buffer at a time, so that each line reaches the JSON
/// parser exactly as written (`readLine` would replace invalid UTF-8 with U+FFFD and hide it).
struct ByteLineReader {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var isAtEnd = false

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// The next line without its `\n` (and `\r` before it), or `nil` at the end of the input.
    mutating func next() throws -> Data? {
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                var end = newline
                if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = Data(buffer[start..<end])
                start = newline + 1
                return line
            }
            if isAtEnd {
                guard start < buffer.count else { return nil }
                let line = Data(buffer[start...])
                start = buffer.count
                return line
            }
            try fill()
        }
    }

    private mutating func fill() throws {
        buffer.removeSubrange(..<start)
        start = 0
        let chunk = 64 * 1024
        let oldCount = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        let count = buffer.withUnsafeMutableBufferPointer { pointer in
            read(descriptor, pointer.baseAddress! + oldCount, chunk)
        }
        guard count >= 0 else {
            buffer.removeSubrange(oldCount...)
            if errno == EINTR { return }
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
        }
        buffer.removeSubrange((oldCount + count)...)
        isAtEnd = count == 0
    }
}
