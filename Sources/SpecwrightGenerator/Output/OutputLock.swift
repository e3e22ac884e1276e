import Foundation

/// An exclusive lock on one output folder, so that two `generate` runs cannot mix their files.
///
/// `flock` on `.<name>.specwright-lock` beside the folder: the kernel releases it when the process ends,
/// however it ends, so a lock file left by a killed run is stale by construction and the next run takes it.
/// A run that finds the lock held fails at once rather than waiting.
final class OutputLock {
    private let descriptor: Int32
    private let path: String

    init(at path: String, guarding directory: String) throws {
        // The holder deletes the file when done; a run that opened the old file before that must try again,
        // or it would hold a lock on a file nobody else sees.
        for _ in 0..<8 {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
            guard descriptor >= 0 else {
                throw GeneratorError("cannot create the lock file \(path): \(String(cString: strerror(errno)))")
            }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                let reason = errno
                let holder = Self.holder(descriptor)
                close(descriptor)
                guard reason == EWOULDBLOCK else {
                    throw GeneratorError("cannot lock \(path): \(String(cString: strerror(reason)))")
                }
                throw GeneratorError(
                    "another `generator generate`\(holder.map { " (process \($0))" } ?? "") is writing \(directory); "
                    + "nothing was written (run again when it has finished)"
                )
            }
            if Self.isSameFile(descriptor, path) {
                ftruncate(descriptor, 0)
                let pid = "\(getpid())\n"
                _ = pid.withCString { write(descriptor, $0, strlen($0)) }
                self.descriptor = descriptor
                self.path = path
                return
            }
            close(descriptor)
        }
        throw GeneratorError("cannot lock \(path): it keeps being replaced by other runs")
    }

    /// Deletes the lock file, then releases the lock (in that order, see `init`).
    deinit {
        unlink(path)
        close(descriptor)
    }

    private static func isSameFile(_ descriptor: Int32, _ path: String) -> Bool {
        var opened = stat()
        var named = stat()
        return fstat(descriptor, &opened) == 0 && lstat(path, &named) == 0
            && opened.st_dev == named.st_dev && opened.st_ino == named.st_ino
    }

    /// The process id the holder wrote into the file, for the message.
    private static func holder(_ descriptor: Int32) -> String? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        let text = String(decoding: buffer.prefix(count), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}
