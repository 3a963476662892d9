// swift-tools-version:6.0
import PackageDescription

// A package of its own that uses Gyeore as any other package would: by its products, through
// the public API only (no @testable import). `swift run gyeore-example GLOSSARY_FOLDER` prints
// what each capability gives; GyeoreTests builds and runs it.
let package = Package(
    name: "GyeoreExample",
    dependencies: [.package(name: "Gyeore", path: "../..")],
    targets: [
        .executableTarget(
            name: "gyeore-example",
            dependencies: [.product(name: "Gyeore", package: "Gyeore"), .product(name: "GyeoreOrthography", package: "Gyeore")]
        ),
    ]
)
