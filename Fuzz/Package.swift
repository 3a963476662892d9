// swift-tools-version:6.0
// Coverage-guided fuzzing of Gyeore with libFuzzer. A package of its own so that ordinary
// builds never need libFuzzer: build and run it with scripts/fuzz.sh.
import PackageDescription

let package = Package(
    name: "GyeoreFuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "gyeore-fuzz",
            dependencies: [.product(name: "Gyeore", package: "main"), .product(name: "GyeoreOrthography", package: "main")]
        ),
    ]
)
