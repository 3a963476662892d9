import Foundation
import Testing

/// The Spark recipe (examples/spark/gyeore_spark.py) runs in local mode and its clusters equal
/// those of `gyeore align --quotations` over the same quotations.
@Suite struct SparkRecipeTests {
    static let pyspark = CommandRunner.root.appendingPathComponent("deps/pyspark")

    @Test func theRecipeRunsAndAgreesWithAlign() throws {
        guard FileManager.default.fileExists(atPath: Self.pyspark.appendingPathComponent("pyspark").path) else {
            Issue.record("pyspark is not set up in deps/pyspark: run bash scripts/setup.sh --deps-only")
            return
        }
        let documents = try CommandRunner.scratchFile("documents.jsonl", Array(try CorpusStepsTests.documents(["ny2019", "kyj2021"]).utf8))
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("gyeore-spark-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "examples/spark/gyeore_spark.py", "--gyeore", CommandRunner.binary.path, "--input", documents,
                             "--out", out.path, "--master", "local[2]", "--partitions", "3", "--dictionary-dir", "deps"]
        process.currentDirectoryURL = CommandRunner.root
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONPATH"] = Self.pyspark.path
        process.environment = environment
        let log = out.appendingPathExtension("log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close(); try? FileManager.default.removeItem(at: log) }
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        let output = String(decoding: (try? Data(contentsOf: log)) ?? Data(), as: UTF8.self)
        try #require(process.terminationStatus == 0, "the recipe failed:\n\(output.suffix(3000))")
        let clusters = try String(contentsOf: out.appendingPathComponent("clusters.json"), encoding: .utf8)
        let quotations = try CommandRunner.run(["quotes", "--jsonl", documents])
        let align = try CommandRunner.run(["align", "--quotations", try CommandRunner.scratchFile("quotations.jsonl", Array(quotations.stdout.utf8))])
        #expect(align.status == 0)
        let ours = try CorpusStepsTests.together(clusters), theirs = try CorpusStepsTests.together(align.stdout)
        #expect(theirs.count > 10)
        #expect(ours == theirs, "only in the recipe: \(ours.subtracting(theirs).sorted().prefix(5)); only in align: \(theirs.subtracting(ours).sorted().prefix(5))")
        // Every stage is checkpointed to Parquet.
        for stage in ["quotations", "features", "keyed", "candidates", "edges"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("\(stage).parquet").path), "\(stage)")
        }
    }
}
