// swift-tools-version: 6.0
import PackageDescription

// Modules, lowest first; a module imports only modules below it (LayeringTests checks):
// LatihBase → {LatihCourse, LatihData} → {LatihTutor, LatihReport} → LatihCLI → latih.
// LatihCourse and LatihData do not import each other; neither do LatihTutor and LatihReport.
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
    .target(name: "LatihData", dependencies: ["LatihBase"]),
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
    // Test fakes and fixtures (scripted terminal, seeded ids, fixed clock, fault-injecting
    // file system, sample events and courses), for the test targets and LatihBench only.
    .target(name: "LatihTestSupport", dependencies: ["LatihBase", "LatihCourse", "LatihData"]),
    // Synthetic data and measurements for `scripts/bench` (developer tool, not shipped).
    .target(
      name: "LatihBench",
      dependencies: [
        "LatihBase", "LatihCourse", "LatihData", "LatihTutor", "LatihReport", "LatihCLI",
        "LatihTestSupport",
      ]),
    .executableTarget(name: "latih-bench", dependencies: ["LatihBench"]),
    .testTarget(name: "LatihBaseTests", dependencies: ["LatihBase", "LatihTestSupport"]),
    .testTarget(
      name: "LatihCourseTests", dependencies: ["LatihBase", "LatihCourse", "LatihTestSupport"]),
    .testTarget(
      name: "LatihDataTests",
      dependencies: ["LatihBase", "LatihCourse", "LatihData", "LatihTestSupport", "LatihBench"]),
    .testTarget(
      name: "LatihTutorTests",
      dependencies: ["LatihBase", "LatihCourse", "LatihData", "LatihTutor", "LatihTestSupport"]),
    .testTarget(
      name: "LatihReportTests",
      dependencies: [
        "LatihBase", "LatihCourse", "LatihData", "LatihReport", "LatihTestSupport",
      ],
      exclude: ["Golden"]),
    .testTarget(
      name: "LatihCLITests",
      dependencies: [
        "LatihBase", "LatihCourse", "LatihData", "LatihTutor", "LatihReport", "LatihCLI",
        "LatihTestSupport",
      ]),
    // The in-process reliability campaign: fault and torn-tail sweeps, fuzzing, hostile
    // text; it spans every layer.
    .testTarget(
      name: "LatihReliabilityTests",
      dependencies: [
        "LatihBase", "LatihCourse", "LatihData", "LatihTutor", "LatihReport", "LatihCLI",
        "LatihTestSupport", "LatihBench",
      ]),
    // Runs the built `latih` as a separate process.
    .testTarget(
      name: "LatihEndToEndTests",
      dependencies: [
        "latih", "LatihBase", "LatihCourse", "LatihData", "LatihTutor", "LatihReport", "LatihCLI",
        "LatihTestSupport",
      ],
      exclude: ["Fixtures"]),
  ],
  swiftLanguageModes: [.v6]
)
