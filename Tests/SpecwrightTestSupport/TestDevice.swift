import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A character device node made for one test inside its own scratch folder, so that tests about devices never
/// point the code under test at a real one such as `/dev/null` (as root, a regression could replace it).
public enum TestDevice {
    /// A node like `/dev/null` (major 1, minor 3) at `folder/name`, or `nil` after printing why the caller
    /// skips (making device nodes needs root).
    public static func make(in folder: URL, named name: String = "device") -> URL? {
        let node = folder.appendingPathComponent(name)
        #if os(Linux)
        let null = dev_t((1 << 8) | 3)
        #else
        let null = dev_t((1 << 24) | 3)
        #endif
        guard mknod(node.path, S_IFCHR | 0o600, null) == 0 else {
            print("SKIPPED: cannot make a device node in \(folder.path) (\(String(cString: strerror(errno)))); the device case needs root.")
            return nil
        }
        return node
    }
}
