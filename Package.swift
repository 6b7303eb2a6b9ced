// swift-tools-version: 6.0
import PackageDescription

// Modules, lowest first; a module imports only modules below it (LayeringTests checks):
// LatihBase → LatihCourse → LatihData → {LatihTutor, LatihReport} → LatihCLI → latih.
let package = Package(
  name: "Latih",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "latih", targets: ["latih"])
  ],
  targets: [
    // Platform (syscalls, file system, clocks, ids, signals), text primitives and terminal I/O.
    .target(name: "LatihBase"),
    // The lesson format: lessons, manifest, parser, checker and their messages.
    .target(name: "LatihCourse", dependencies: ["LatihBase"]),
    // What is stored: journal, data store, roster, progress model, sessions, export and merge.
    .target(name: "LatihData", dependencies: ["LatihBase", "LatihCourse"]),
    // The learner's side: the lesson state machine, its driver and renderers.
    .target(name: "LatihTutor", dependencies: ["LatihBase", "LatihCourse", "LatihData"]),
    // Reports (model and renderers) and certificates.
    .target(name: "LatihReport", dependencies: ["LatihBase", "LatihCourse", "LatihData"]),
    // The commands, their options and help texts, and `Latih.main`.
    .target(
      name: "LatihCLI",
      dependencies: ["LatihBase", "LatihCourse", "LatihData", "LatihTutor", "LatihReport"]),
    // The `latih` program: installs the signal handler and calls `Latih.main`.
    .executableTarget(name: "latih", dependencies: ["LatihBase", "LatihCLI"]),
    // Test fakes (scripted terminal, seeded ids, fixed clock, fault-injecting file system).
    .target(name: "LatihTestSupport", dependencies: ["LatihBase"]),
    // Synthetic data and measurements for `scripts/bench` (developer tool, not shipped).
    .target(
      name: "LatihBench",
      dependencies: [
        "LatihBase", "LatihCourse", "LatihData", "LatihTutor", "LatihReport", "LatihCLI",
        "LatihTestSupport",
      ]),
    .executableTarget(name: "latih-bench", dependencies: ["LatihBench"]),
    .testTarget(name: "LatihCoreTests", dependencies: ["LatihCLI", "LatihTestSupport", "LatihBench"], exclude: ["Report/Golden"]),
    .testTarget(name: "LatihEndToEndTests", dependencies: ["latih", "LatihBase"]),
  ],
  swiftLanguageModes: [.v6]
)
