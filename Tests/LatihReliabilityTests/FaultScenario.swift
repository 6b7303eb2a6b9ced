import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihData

/// One command the fault sweep runs again and again with a fault at each write-path call:
/// how to prepare its data folder, what it prints to acknowledge something, and how to
/// check that an acknowledged thing is really on disk.
///
/// Layout inside the test's directory: `lessons/` the fixture course, `input/` files the
/// command reads, `w/data` the data folder and `w/out` files it writes. Faults are limited
/// to paths containing `/w/`, so they hit what Latih writes, not the course it reads.
struct FaultScenario: Sendable, CustomTestStringConvertible {
  var name: String
  var arguments: [String]
  var input: [String] = []
  /// Acknowledgements a complete run prints.
  var expected: Int
  /// Prepares data and input files, without faults.
  var setup: @Sendable (CLIHarness) throws -> Void = { _ in }
  /// The acknowledgement a printed line stands for (nil for other lines).
  var acknowledgement: @Sendable (Substring) -> String?
  /// Problems with the acknowledged things, given the data as it is after the run.
  var verify: @Sendable ([String], CLIHarness, JournalAudit) -> [String]

  var testDescription: String { name }

  /// The 4,000-character note recorded (over 5 KB as UTF-8).
  static let note = (0..<4000).map { $0 % 40 == 39 ? "é" : $0 % 6 == 5 ? " " : "c" }.joined()

  static let all: [FaultScenario] = [
    enroll, session, record, learn, importRoster, merge, export, report,
  ]

  static let enroll = FaultScenario(
    name: "participants add", arguments: ["participants", "add", "Siti Aminah", "Dewi Lestari"],
    expected: 2,
    acknowledgement: { line in
      line.hasPrefix("Terdaftar: ") ? String(line.dropFirst(11).prefix { $0 != "(" }) : nil
    },
    verify: { names, _, audit in
      let enrolled = audit.allEvents.compactMap { event -> String? in
        if case .enrolled(let enrollment) = event.body { return enrollment.name + " " }
        return nil
      }
      // Acknowledged enrolments are there; one reported as failed must not appear later.
      return names.filter { !enrolled.contains($0) }.map { "enrolment of \($0) missing" }
        + enrolled.filter { !names.contains($0) }.map { "unacknowledged enrolment of \($0) kept" }
        + emptyJournals(audit)
    })

  static let session = FaultScenario(
    name: "session new",
    arguments: ["session", "new", "Pelatihan Desa", "--place", "Balai", "--date", "2023-08-05"],
    expected: 1,
    acknowledgement: { line in
      line.hasPrefix("Sesi dibuat: ") ? String(line.dropFirst(13).prefix(8)) : nil
    },
    verify: { ids, harness, audit in
      ids.flatMap { id -> [String] in
        var problems: [String] = []
        let created = audit.allEvents.contains { event in
          if case .sessionCreated(let info) = event.body { return info.session == id }
          return false
        }
        if !created { problems.append("session \(id) missing") }
        if (try? harness.store().currentSession()) != id {
          problems.append("session \(id) not current")
        }
        return problems
      }
    })

  static let record = FaultScenario(
    name: "record --note",
    arguments: [
      "record", "Siti Aminah", "affiliate-account", "no", "--reason", "documents", "--note", note,
    ],
    expected: 1,
    setup: { harness in
      try harness.prepare(["session", "new", "Pelatihan", "--date", "2023-08-05"])
      try harness.prepare(["participants", "add", "Siti Aminah"])
    },
    acknowledgement: { line in line.hasPrefix("Dicatat: ") ? "record" : nil },
    verify: { acks, harness, audit in
      let session = try? harness.store().currentSession()
      let found = audit.allEvents.contains { event in
        if case .indicatorRecorded(let record) = event.body {
          return record.note == note && record.session == session && session != nil
        }
        return false
      }
      return acks.isEmpty || found ? [] : ["acknowledged record (with its session) missing"]
    })

  static let learn = FaultScenario(
    name: "learn", arguments: ["learn", "dasar", "--as", "Siti Aminah", "--no-shuffle"],
    input: ["b", "s", "a", "b", "", "q"], expected: 4,
    setup: { harness in try harness.prepare(["participants", "add", "Siti Aminah"]) },
    acknowledgement: { line in
      line == "✓ Tepat!" ? "right" : line == "✗ Belum tepat." ? "wrong" : nil
    },
    verify: { acks, _, audit in
      let answers = audit.allEvents.compactMap { event -> String? in
        if case .answer(let answer) = event.body { return answer.correct ? "right" : "wrong" }
        return nil
      }
      return Array(answers.prefix(acks.count)) == acks
        ? [] : ["acknowledged answers \(acks), journal has \(answers)"]
    })

  static let importRoster = FaultScenario(
    name: "participants import", arguments: ["participants", "import", "input/peserta.csv"],
    expected: 1,
    setup: { harness in
      try harness.directory.write(
        "input/peserta.csv",
        "nama;kelompok;kode\nSiti Aminah;Mawar;A1\nDewi;Mawar;A2\nRina;Melati;B1\n")
    },
    acknowledgement: { line in line.hasPrefix("Diimpor: 3 ") ? "import" : nil },
    verify: { acks, _, audit in
      let names = Set(
        audit.allEvents.compactMap { event -> String? in
          if case .enrolled(let enrollment) = event.body { return enrollment.name }
          return nil
        })
      return
        (acks.isEmpty || names == ["Siti Aminah", "Dewi", "Rina"] ? [] : ["imported \(names)"])
        + emptyJournals(audit)
    })

  static let merge = FaultScenario(
    name: "merge", arguments: ["merge", "input/laptop2.latih"], expected: 1,
    setup: { harness in
      try harness.prepare(["participants", "add", "Siti Aminah"])
      try harness.directory.write("input/laptop2.latih", try otherLaptopExport(harness.directory))
    },
    acknowledgement: { line in line.hasPrefix("input/laptop2.latih: ") ? "merge" : nil },
    verify: { acks, harness, audit in
      guard !acks.isEmpty else { return [] }
      let bytes = (try? harness.directory.read("input/laptop2.latih")) ?? []
      let expected = Set(ExportFile.decode(bytes)?.events.map(\.event.id) ?? [])
      let present = Set(audit.allEvents.map(\.id))
      return expected.isSubset(of: present) ? [] : ["merged events missing"]
    })

  static let export = FaultScenario(
    name: "export", arguments: ["export", "--out", "w/out/laptop.latih"], expected: 1,
    setup: { harness in
      try harness.prepare(["participants", "add", "Siti Aminah", "Dewi"])
      try harness.directory.makeDirectory("w/out")
    },
    acknowledgement: { line in
      line.hasPrefix("Diekspor") || line.hasPrefix("Ekspor") ? "export" : nil
    },
    verify: { acks, harness, audit in
      guard !acks.isEmpty else { return [] }
      guard let bytes = try? harness.directory.read("w/out/laptop.latih"),
        let contents = ExportFile.decode(bytes), contents.isIntact
      else { return ["acknowledged export missing or damaged"] }
      return Set(contents.events.map(\.event.id)) == Set(audit.allEvents.map(\.id))
        ? [] : ["export does not hold every event"]
    })

  static let report = FaultScenario(
    name: "report --out", arguments: ["report", "--format", "csv", "--out", "w/out/laporan.csv"],
    expected: 1,
    setup: { harness in
      try harness.prepare(["participants", "add", "Siti Aminah"])
      try harness.directory.makeDirectory("w/out")
    },
    acknowledgement: { line in line.hasPrefix("Laporan (csv) disimpan") ? "report" : nil },
    verify: { acks, harness, _ in
      guard !acks.isEmpty else { return [] }
      let bytes = (try? harness.directory.read("w/out/laporan.csv")) ?? []
      return bytes.starts(with: [0xEF, 0xBB, 0xBF]) && bytes.count > 100
        ? [] : ["acknowledged report missing"]
    })

  /// A failed enrolment leaves no empty participant journal behind.
  static func emptyJournals(_ audit: JournalAudit) -> [String] {
    audit.events.filter { $0.key.hasSuffix(".jsonl") && $0.key.contains("/participants/") }
      .filter { $0.value.isEmpty }.map { "empty journal left: \($0.key)" }
  }

  /// An export from a second laptop: two people with a record each.
  static func otherLaptopExport(_ directory: TemporaryDirectory) throws -> [UInt8] {
    let other = try CLIHarness(directory, data: "laptop2", seed: 2)
    try other.prepare(["participants", "add", "Ani", "Budi"])
    try other.prepare(["record", "Ani", "installed-app", "yes"])
    let store = try other.store()
    return ExportFile.encode(
      try Merger(store: store).allEvents(), course: "kursus-uji", device: store.device, host: "l2",
      created: 0)
  }
}

extension CLIHarness {
  /// Runs a setup command without faults (and without real fsyncs); it must succeed.
  func prepare(_ arguments: [String]) throws {
    let result = run(arguments, fileSystem: UnsyncedFileSystem())
    guard result.code == .ok else {
      throw SystemError(code: 5, operation: .write, path: "setup \(arguments): \(result.errors)")
    }
  }
}
