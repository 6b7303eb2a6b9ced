import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihCLI
@testable import LatihData
@testable import LatihTutor

/// Terminal escapes from data never reach the terminal: every C0 and C1 control, CSI,
/// OSC 8/52, DCS and bidi override in names, groups, codes, notes, sessions and answers
/// merged from another laptop, in names typed at the tutor, and in lesson text, through
/// every command that prints them. Output is checked raw: 0 unsafe characters.
@Suite struct TerminalEscapeTests {
  /// Unsafe characters in `output` (C0 but newline, DEL, C1, bidi controls), described
  /// with some context. With `colored`, Latih's own styling sequences are allowed.
  static func leaks(_ output: String, colored: Bool = false) -> [String] {
    // CR LF ends a CSV record; a carriage return before a newline is harmless.
    var text = output.replacingOccurrences(of: "\r\n", with: "\n")
    if colored {
      for code in ["0", "1", "2", "31", "32", "33", "36"] {
        text = text.replacingOccurrences(of: "\u{1B}[\(code)m", with: "")
      }
      // Clearing the screen, and the scrollback too when a turn ends.
      text = text.replacingOccurrences(of: "\u{1B}[H\u{1B}[2J\u{1B}[3J", with: "")
      text = text.replacingOccurrences(of: "\u{1B}[H\u{1B}[2J", with: "")
    }
    // Latih's own byte-order mark opening a CSV report (for Excel) is no payload.
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    let scalars = Array(text.unicodeScalars)
    return scalars.indices.filter { index in
      let scalar = scalars[index]
      return scalar == "\t" || (scalar != "\n" && TerminalSanitizer.isUnsafe(scalar))
    }.prefix(3).map { index in
      let context = scalars[max(0, index - 12)..<min(scalars.count, index + 4)]
      return
        "U+\(String(scalars[index].value, radix: 16)) in \(String(String.UnicodeScalarView(context)).debugDescription)"
    }
  }

  /// Counts the outputs checked and collects their leaks.
  struct Checker {
    var outputs = 0
    var problems: [String] = []

    mutating func check(
      _ what: String, _ result: CLIHarness.Result, colored: Bool = false,
      expect code: ExitCode? = nil
    ) {
      outputs += 1
      if let code, result.code != code { problems.append("\(what): exit \(result.code)") }
      let found = TerminalEscapeTests.leaks(result.output + result.errors, colored: colored)
      if !found.isEmpty { problems.append("\(what): \(found)") }
    }
  }

  /// A data folder holding, merged from another laptop, one person per payload (name,
  /// group, code, phone, answers, lesson ids, notes, reasons, indicators), sessions, two
  /// look-alike people, and one person carrying every payload at once.
  static func hostileFolder(_ harness: CLIHarness) throws -> (HostileExport, String) {
    var export = HostileExport()
    var session = ""
    for (index, payload) in HostileText.terminal.enumerated() {
      if index % 10 == 0 { session = export.session(payload) }
      export.person(payload, session: session)
    }
    let all = HostileText.terminal.joined(separator: "x")
    // Every payload together, in as few names and titles as their 120-character limit
    // allows (a merge refuses longer ones).
    var chunk = ""
    for payload in HostileText.terminal {
      if !chunk.isEmpty && (chunk + "x" + payload).count > 100 {
        export.person(chunk, name: "Semua " + chunk, session: export.session(chunk))
        chunk = ""
      }
      chunk += chunk.isEmpty ? payload : "x" + payload
    }
    export.person(chunk, name: "Semua " + chunk, session: export.session(chunk))
    export.person("\u{1B}[2J", name: "Kembar\u{1B}[2J\u{202E}")
    export.person("\u{1B}[2J", name: "Kembar\u{1B}[2J\u{202E}")
    try harness.directory.write("usb/lain.latih", export.bytes)
    return (export, all)
  }

  @Test func namesAndRecordsMergedFromAnotherLaptop() throws {
    try TemporaryDirectory.with { directory in
      let harness = try CLIHarness(directory)
      let (export, _) = try Self.hostileFolder(harness)
      var checker = Checker()
      let merged = harness.run(["merge", "usb/lain.latih"])
      #expect(merged.code == .ok, "\(merged.errors.prefix(3000))")
      checker.check("merge", merged)
      for arguments in [
        ["participants", "list"], ["session", "list"], ["progress"], ["report"],
        ["report", "--format", "md"], ["report", "--anonymize"], ["lessons"],
        ["progress", "Kembar\u{1B}[2J\u{202E}"], ["record", "Kembar", "installed-app", "yes"],
        ["progress", "--format", "json"], ["report", "--format", "json"],
        ["report", "--format", "csv"], ["report", "--format", "html"],
      ] {
        checker.check(arguments.joined(separator: " "), harness.run(arguments))
      }
      checker.check("evaluate", harness.run(["evaluate"], input: ["n", "1", "y", "s", "q"]))
      checker.check("report colored", harness.run(["report"], color: "always"), colored: true)
      // Per person: the detailed progress for everyone; the other commands for the person
      // with every payload and every seventh one.
      for (index, person) in export.people.enumerated() {
        let who = String(person.id.prefix(8))
        checker.check("progress \(index)", harness.run(["progress", who]), expect: .ok)
        guard index % 7 == 0 || index >= export.people.count - 3 else { continue }
        checker.check("lessons --as \(index)", harness.run(["lessons", "--as", who]), expect: .ok)
        // A certificate (HTML on standard output) or why not: never a raw control either way.
        checker.check("certificate \(index)", harness.run(["certificate", who]))
        checker.check(
          "record \(index)",
          harness.run(["record", who, "video-content", "no", "--note", person.name]), expect: .ok)
        checker.check(
          "learn \(index)",
          harness.run(["learn", "dasar", "--as", who], input: ["b", "s", "a", "b", "", "r", "q"]),
          expect: .ok)
        checker.check(
          "learn colored \(index)",
          harness.run(["learn", "--as", who], input: ["", "q"], color: "always"), colored: true)
      }
      // The shared laptop: a hostile name typed, look-alikes to choose among.
      let typed = HostileText.terminal.joined()
      checker.check("home typed", harness.run([], input: [typed, "y", "q", "q"]))
      checker.check("home choose", harness.run([], input: ["Kembar", "1", "q", "q"]))
      CampaignFigures.report("terminal payloads", HostileText.terminal.count)
      CampaignFigures.report("terminal outputs checked (data)", checker.outputs)
      #expect(checker.problems.isEmpty, "\(checker.problems.count): \(checker.problems.prefix(8))")
    }
  }

  /// Lesson text, course titles, indicator and reason labels with each payload, through a
  /// whole tutor walk (every page, block and question kind, hints, right answers, the
  /// summary, a retry, the menu), plain and coloured, and the progress details.
  @Test func lessonTextInTheTutor() throws {
    try TemporaryDirectory.with { directory in
      var outputs = 0
      var problems: [String] = []
      for (index, payload) in HostileText.terminal.enumerated() {
        let course = HostileCourse.make(payload)
        let store = try DataStore.open(
          directory.path("data\(index)"), fileSystem: UnsyncedFileSystem(), clock: SteppingClock(),
          identifiers: SeededIdentifierSource(seed: UInt64(index)), create: true)
        let id = try store.enroll(Enrollment(name: "Siti Aminah"), session: nil)
        let person = try #require(try Roster.load(store).participant(id))
        for colored in [false, true] where !colored || index % 5 == 0 {
          let terminal = ScriptedTerminal(
            lines: HostileCourse.walk, width: 40, isInteractive: colored, colored: colored)
          let driver = TutorDriver(
            terminal: terminal, store: store, course: course, language: .id,
            options: TutorOptions(shuffle: false))
          _ = driver.runLearn(participant: person, lesson: "dasar")
          outputs += 1
          #expect(terminal.output.contains("Jawaban yang benar"), "the walk missed screens")
          let found = Self.leaks(terminal.output, colored: colored)
          if !found.isEmpty { problems.append("tutor \(index): \(found)") }
        }
        let progress = try ProgressLoader(store: store, roster: Roster.load(store)).progress(of: id)
        let summary = ProgressSummary(
          participant: person, records: [person], progress: progress, course: course)
        let menu = CourseMenu(course: course, language: .id, progress: progress)
        let text =
          summary.detailText(language: .id, style: .plain, width: 40).joined(separator: "\n")
          + summary.lineText(language: .id, width: 40).joined(separator: "\n")
          + menu.render(language: .id, width: 40, style: .plain).joined(separator: "\n")
        outputs += 1
        let found = Self.leaks(text)
        if !found.isEmpty { problems.append("progress \(index): \(found)") }
      }
      CampaignFigures.report("terminal outputs checked (lesson text)", outputs)
      #expect(problems.isEmpty, "\(problems.count): \(problems.prefix(8))")
    }
  }

  /// The leak detector itself sees every payload when it is printed raw.
  @Test func everyPayloadWouldBeSeen() {
    let unseen = HostileText.terminal.filter { Self.leaks(HostileText.embed($0)).isEmpty }
    #expect(unseen.isEmpty, "\(unseen.map(\.debugDescription))")
    #expect(HostileText.terminal.count >= 50)
  }

  /// Lesson files and file names carrying each payload: `latih check` names every problem
  /// and prints none of them raw; a course with such files still lists, teaches and
  /// presents what is usable.
  @Test func checkDiagnosticsOnHostileFiles() throws {
    try TemporaryDirectory.with { directory in
      let harness = try CLIHarness(directory)
      for (index, payload) in HostileText.terminal.enumerated() {
        let name = payload.replacingOccurrences(of: "/", with: "_")
          .replacingOccurrences(of: "\u{0}", with: "_")
        let body = """
          ---
          id: racun\(payload)
          title: Judul \(payload)
          minutes: 5\(payload)
          kind: \(payload)
          ---
          ## Halaman \(payload)
          Teks \(payload) [tautan](https://x/\(payload))
          ## Kuis [quiz]
          ### Soal \(payload) {#x\(payload)}
          - (x) \(payload)
          - ( ) b

          """
        try directory.write("racun/pelajaran-\(index)-\(name).md", body)
        try directory.write("kursus/id/pelajaran-\(index)-\(name).md", body)
      }
      // A course with the hostile files among its lessons, and one whose manifest is hostile.
      for (path, text) in ReportCourseFixture.files { try directory.write("kursus/" + path, text) }
      try directory.write(
        "kursus-racun/course.md",
        ReportCourseFixture.manifest.replacingOccurrences(
          of: "title.id: Kursus Uji Afiliasi",
          with: "title.id: Kursus \(HostileText.terminal.joined())"))
      var checker = Checker()
      let check = harness.run(["check", directory.path("racun")])
      #expect(check.code == .failed)
      #expect(check.errors.components(separatedBy: ": error: ").count > HostileText.terminal.count)
      checker.check("check files", check)
      checker.check("check course", harness.run(["check", directory.path("kursus")]))
      let manifest = harness.run(["check", directory.path("kursus-racun")])
      #expect(manifest.code == .failed)
      checker.check("check manifest", manifest)
      checker.check(
        "lessons, hostile manifest",
        harness.run(["lessons", "--lessons", directory.path("kursus-racun")]))
      let course = ["--lessons", directory.path("kursus")]
      let lessons = harness.run(["lessons"] + course)
      #expect(lessons.output.hasPrefix("Kursus Uji Afiliasi"))
      #expect(lessons.errors.contains("kesalahan"), "the hostile lessons were not reported")
      checker.check("lessons", lessons)
      checker.check("present", harness.run(["present", "dasar"] + course, input: ["", "", "q"]))
      checker.check("learn", harness.run(["learn"] + course, input: ["Siti", "y", "", "q", "q"]))
      // A course folder whose own name carries escapes (a USB stick's label), with a broken
      // lesson, and one that is not a course at all.
      let folder = "kursus\u{1B}]0;judul\u{07}\u{202E}"
      for (path, text) in ReportCourseFixture.files {
        try directory.write("\(folder)/\(path)", text)
      }
      try directory.write("\(folder)/id/rusak.md", "---\nid: rusak\n---\n")
      checker.check(
        "lessons, hostile folder", harness.run(["lessons", "--lessons", directory.path(folder)]))
      checker.check(
        "lessons, no course", harness.run(["lessons", "--lessons", directory.path(folder + "/id")]))
      checker.check(
        "merge, hostile path", harness.run(["merge", directory.path(folder + "/x\u{1B}[2J.latih")]))
      CampaignFigures.report("terminal outputs checked (lesson files)", checker.outputs)
      #expect(checker.problems.isEmpty, "\(checker.problems.prefix(8))")
    }
  }
}
