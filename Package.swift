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
    .testTarget(
      name: "LatihCoreTests", dependencies: ["LatihCore"], exclude: ["Report/Golden"]),
    .testTarget(name: "LatihEndToEndTests", dependencies: ["latih", "LatihCore"]),
  ],
  swiftLanguageModes: [.v6]
)
