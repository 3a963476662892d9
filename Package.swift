// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Gyeore",
    products: [
        .library(name: "Gyeore", targets: ["Gyeore"]),
        .library(name: "GyeoreOrthography", targets: ["GyeoreOrthography"]),
        .executable(name: "gyeore", targets: ["gyeore"]),
        // For Gyeore's own tests and its benchmark (Bench/, a package of its own): a seeded
        // generator. Not part of the library's API.
        .library(name: "GyeoreTestSupport", targets: ["GyeoreTestSupport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // `swift package generate-documentation` (the DocC catalogs in Sources/*/*.docc).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        // Plain-C facade over the system ICU (Debian libicu-dev). Its public header uses only
        // <stdint.h> types, so Swift modules that also import Foundation (which bundles its own
        // ICU) can use it without clashing definitions.
        .target(
            name: "CICUShim",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        .target(
            name: "Gyeore",
            dependencies: ["CICUShim"],
            resources: [.copy("Resources/transforms"), .copy("Resources/data"), .copy("Resources/romanization"), .copy("Resources/glossary")]
        ),
        // MeCab (Debian libmecab-dev); its header has no clash with Foundation.
        .systemLibrary(name: "CMeCab"),
        // North -> South Korean orthography on top of MeCab with NK-HanDic and HanDic. A
        // module of its own, so the plain normalizer never loads the analyzer.
        .target(
            name: "GyeoreOrthography",
            dependencies: ["Gyeore", "CMeCab"],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "gyeore",
            dependencies: ["Gyeore", "GyeoreOrthography", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // What the tests and the benchmark share (a seeded generator), kept out of the library.
        // The benchmark itself is Bench/, a package of its own: the root build never pays for it.
        .target(name: "GyeoreTestSupport"),
        .testTarget(name: "GyeoreTests", dependencies: ["Gyeore", "GyeoreTestSupport"]),
        .testTarget(name: "GyeoreOrthographyTests", dependencies: ["GyeoreOrthography", "GyeoreTestSupport"]),
        .testTarget(name: "gyeoreTests", dependencies: ["gyeore", "GyeoreTestSupport"]),
    ]
)
