// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Latih",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "latih", targets: ["latih"]),
    .library(name: "LatihCore", targets: ["LatihCore"]),
  ],
  targets: [
    .target(name: "LatihCore"),
    .executableTarget(name: "latih", dependencies: ["LatihCore"]),
    // Synthetic data and measurements for `scripts/bench` (developer tool, not shipped).
    .target(name: "LatihBench", dependencies: ["LatihCore"]),
    .executableTarget(name: "latih-bench", dependencies: ["LatihBench"]),
    .testTarget(
      name: "LatihCoreTests", dependencies: ["LatihCore", "LatihBench"],
      exclude: ["Report/Golden"]),
    .testTarget(
      name: "LatihEndToEndTests", dependencies: ["latih", "LatihCore"], exclude: ["Fixtures"]),
  ],
  swiftLanguageModes: [.v6]
)
