import Foundation

/// What a path names, read with `lstat` so that a symbolic link is seen as itself and never followed.
enum FileKind: Equatable {
    case absent
    case directory
    case regularFile
    case symbolicLink
    case device
    case fifo
    case socket

    init(atPath path: String) throws {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            if errno == ENOENT { self = .absent; return }
            throw GeneratorError("cannot inspect \(path): \(String(cString: strerror(errno)))")
        }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: self = .directory
        case S_IFREG: self = .regularFile
        case S_IFLNK: self = .symbolicLink
        case S_IFCHR, S_IFBLK: self = .device
        case S_IFIFO: self = .fifo
        default: self = .socket
        }
    }

    /// `a regular file`, `a symbolic link`, ... for messages.
    var phrase: String {
        switch self {
        case .absent: "absent"
        case .directory: "a folder"
        case .regularFile: "a regular file"
        case .symbolicLink: "a symbolic link"
        case .device: "a device"
        case .fifo: "a FIFO (named pipe)"
        case .socket: "a socket"
        }
    }
}
