import Glibc // O_TMPFILE, linkat through /proc: Linux

/// A file that could not be read or replaced.
public struct FileWriteError: Error, CustomStringConvertible, Sendable {
    /// Where it failed.
    public enum Stage: Sendable {
        /// The old file (or its folder) could not be opened or read.
        case read
        /// The old file was read but holds what cannot be merged into (not UTF-8, wrong format).
        case contents
        /// The new contents could not be written or renamed into place.
        case write
    }

    /// The file named by the caller.
    public let path: String
    /// What failed, in words a user can act on.
    public let message: String
    /// Where it failed.
    public let stage: Stage

    public init(path: String, message: String, stage: Stage) {
        self.path = path
        self.message = message
        self.stage = stage
    }

    public var description: String { "\(path): error: \(message)" }
}

/// Replaces a file's contents so that readers and a crash only ever see the old or the new
/// contents, never a part.
///
/// ``update(_:_:)`` takes an exclusive lock (on the file's folder, since the file itself is
/// replaced), reads the current contents, asks for the new ones, and writes them to an
/// unnamed temporary file in the same folder (`O_TMPFILE`, so a process killed at any point
/// leaves nothing behind), copies the old file's mode and owner, syncs it to disk, and renames
/// it over the old file. A symbolic link is followed: the file it points to is replaced and the
/// link stays. Concurrent updates of one file, from any number of processes, run one after
/// the other.
public enum AtomicFile {
    /// Reads the file at `path` (nil when it does not exist), lets `transform` compute the new
    /// contents, and writes them in its place, all under an exclusive lock.
    /// - Throws: ``FileWriteError`` when the file exists but cannot be read, or the new
    ///   contents cannot be written; the old file is then untouched. Errors thrown by
    ///   `transform` are passed on, and nothing is written.
    public static func update(_ path: String, _ transform: ([UInt8]?) throws -> [UInt8]) throws {
        let target = try resolvingLinks(path)
        let folder = directory(of: target)
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folderDescriptor >= 0 else { throw failure(path, "cannot open its folder \(folder): \(errorText())", .read) }
        defer { close(folderDescriptor) }
        while flock(folderDescriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw failure(path, "cannot lock its folder: \(errorText())", .read) }
        }
        var status = stat()
        let exists = stat(target, &status) == 0
        if !exists && errno != ENOENT { throw failure(path, "cannot read it: \(errorText())", .read) }
        let old: [UInt8]? = exists ? try read(target, shownAs: path) : nil
        let new = try transform(old)
        try write(new, to: target, in: folder, shownAs: path, copying: exists ? status : nil)
    }

    /// Replaces the file at `path` with `contents` (see ``update(_:_:)``).
    public static func write(_ contents: [UInt8], to path: String) throws {
        try update(path) { _ in contents }
    }

    /// Linux's `O_TMPFILE` (`__O_TMPFILE | O_DIRECTORY`), a macro Swift does not import.
    private static let openTemporaryFile: Int32 = 0o20000000 | O_DIRECTORY

    // MARK: - Steps

    private static func read(_ path: String, shownAs name: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(name, "cannot read it: \(errorText()); nothing was written", .read) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(name, "cannot read it: \(errorText()); nothing was written", .read)
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[..<count])
        }
    }

    private static func write(_ contents: [UInt8], to target: String, in folder: String, shownAs name: String, copying old: stat?) throws {
        let mode = old.map { mode_t($0.st_mode & 0o7777) } ?? defaultMode()
        var temporaryName: String? = nil
        var descriptor = open(folder, openTemporaryFile | O_WRONLY | O_CLOEXEC, mode)
        if descriptor < 0 {
            // No O_TMPFILE on this file system: a named temporary, removed on failure.
            let temporary = temporaryPath(for: target, in: folder)
            descriptor = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, mode)
            guard descriptor >= 0 else { throw failure(name, "cannot create a temporary file in \(folder): \(errorText()); nothing was written") }
            temporaryName = temporary
        }
        var linked = false
        defer {
            close(descriptor)
            if let temporaryName, !linked { unlink(temporaryName) }
        }
        var offset = 0
        while offset < contents.count {
            let count = contents.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(name, "cannot write it: \(errorText()); the old file is untouched")
            }
            offset += count
        }
        _ = fchmod(descriptor, mode) // the mode as given, whatever the umask
        if let old, old.st_uid != getuid() || old.st_gid != getgid() {
            _ = fchown(descriptor, old.st_uid, old.st_gid) // kept when allowed (root, or a group one belongs to)
        }
        guard fsync(descriptor) == 0 else { throw failure(name, "cannot write it: \(errorText()); the old file is untouched") }
        if temporaryName == nil {
            let temporary = temporaryPath(for: target, in: folder)
            guard linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, temporary, AT_SYMLINK_FOLLOW) == 0 else {
                throw failure(name, "cannot write it: \(errorText()); the old file is untouched")
            }
            temporaryName = temporary
        }
        guard rename(temporaryName!, target) == 0 else {
            throw failure(name, "cannot replace it: \(errorText()); the old file is untouched")
        }
        linked = true
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 { _ = fsync(folderDescriptor); close(folderDescriptor) }
    }

    /// The file a path names, through any symbolic links (the link's target, even if missing).
    private static func resolvingLinks(_ path: String) throws -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count >= 0 else { throw failure(path, "cannot read the link: \(errorText())", .read) }
            let destination = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = destination.hasPrefix("/") ? destination : "\(directory(of: current))/\(destination)"
        }
        throw failure(path, "too many levels of symbolic links", .read)
    }

    /// A hidden name beside the target, unique to this process and call.
    private static func temporaryPath(for target: String, in folder: String) -> String {
        "\(folder)/.\(baseName(of: target)).gyeore-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }

    private static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func baseName(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    }

    private static func defaultMode() -> mode_t {
        let mask = umask(0)
        umask(mask)
        return 0o666 & ~mask
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }

    private static func failure(_ path: String, _ message: String, _ stage: FileWriteError.Stage = .write) -> FileWriteError {
        FileWriteError(path: path, message: message, stage: stage)
    }
}
