import Foundation

/// Runs the built `gyeore` binary and captures what it writes.
struct CommandRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutLines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
    }

    /// The package root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary, next to the test bundle in the build folder.
    static let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("gyeore")

    /// Runs `gyeore arguments…` with `stdin` as standard input, in the package root. Standard
    /// output and error go to files read back afterwards, or to the devices named (`/dev/full`:
    /// every write fails with ENOSPC), which then read back as empty.
    static func run(_ arguments: [String], stdin: Data? = nil, stdoutDevice: String? = nil, stderrDevice: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = root
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("gyeore-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("out"), err = scratch.appendingPathComponent("err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        // The handles stay alive (and open) until the process has ended.
        let outHandle = try FileHandle(forWritingTo: stdoutDevice.map(URL.init(fileURLWithPath:)) ?? out)
        let errHandle = try FileHandle(forWritingTo: stderrDevice.map(URL.init(fileURLWithPath:)) ?? err)
        defer { try? outHandle.close(); try? errHandle.close() }
        process.standardOutput = outHandle
        process.standardError = errHandle
        let input = Pipe()
        process.standardInput = input
        try process.launchForTest()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    /// A file in a fresh scratch folder.
    static func scratchFile(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = try scratchFolder().appendingPathComponent(name)
        guard FileManager.default.createFile(atPath: url.path, contents: Data(bytes)) else { throw ScratchError(path: url.path) }
        return url.path
    }

    /// A fresh, empty scratch folder.
    static func scratchFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gyeore-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    struct ScratchError: Error { var path: String }

    /// Starts `gyeore arguments…` with standard output and error discarded, not waiting for it.
    static func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = root
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.launchForTest()
        return process
    }
}

/// A JSON object from a command's output line; not an object is a thrown error, not a crash.
func jsonObject(_ text: String) throws -> [String: Any] {
    guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { throw FieldError(field: "(the line)", in: text) }
    return object
}

/// A field of a JSON object, of the type expected; missing or of another type is a thrown error.
func field<T>(_ object: [String: Any], _ key: String, _ type: T.Type) throws -> T {
    guard let value = object[key] as? T else { throw FieldError(field: key, in: "\(object)") }
    return value
}

struct FieldError: Error, CustomStringConvertible {
    var field: String
    var `in`: String
    var description: String { "no field '\(field)' of the expected type in \(self.in.prefix(200))" }
}

extension Process {
    /// Starts the process; launches are serialized, since the tests run in parallel and
    /// Foundation's `Process.run()` on Linux sets up descriptors for the child in steps.
    func launchForTest() throws {
        try Process.launchLock.withLock { try run() }
    }

    static let launchLock = NSLock()
}
