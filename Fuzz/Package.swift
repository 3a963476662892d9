// swift-tools-version:6.0
// Coverage-guided fuzzing of Gyeore with libFuzzer. A package of its own so that ordinary
// builds never need libFuzzer: build and run it with scripts/fuzz.sh.
import Foundation
import PackageDescription

// SwiftPM names a path dependency after its folder: the checkout's folder, whatever it is called
// (a clone in /tmp/check is "check"), not the root manifest's name.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent.lowercased()

let package = Package(
    name: "GyeoreFuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "gyeore-fuzz",
            dependencies: [.product(name: "Gyeore", package: root), .product(name: "GyeoreOrthography", package: root)]
        ),
    ]
)
