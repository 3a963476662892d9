// swift-tools-version:6.0
// The benchmarks (gyeore-bench): a package of its own, so that building or testing Gyeore never
// builds them. Build and run them with scripts/bench.sh from the repository's root.
import Foundation
import PackageDescription

// SwiftPM names a path dependency after its folder: the checkout's folder, whatever it is called.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent.lowercased()

let package = Package(
    name: "GyeoreBench",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "gyeore-bench",
            dependencies: [
                .product(name: "Gyeore", package: root),
                .product(name: "GyeoreOrthography", package: root),
                .product(name: "GyeoreTestSupport", package: root),
            ]
        ),
    ]
)
