import LatihTestSupport
import Testing

@testable import LatihCourse
@testable import LatihData

/// Mutation-based fuzzing of the four readers of untrusted bytes, 10,000 seeded inputs
/// each per run: the lesson parser, the journal line decoder (through the journal
/// reader), the CSV roster import and the merge reader. No crash, no hang, every input
/// either read or rejected with a located message, and nothing unsafe or wrong accepted.
@Suite struct FuzzTests {
  @Test func lessonParser() {
    // Small lessons keep 10,000 inputs fast in a debug build; the libFuzzer target starts
    // from the whole bundled course.
    let fixtures = ReportCourseFixture.files.filter { $0.key.hasPrefix("id/") }.sorted {
      $0.key < $1.key
    }
    let corpus = [Array(ValidFiles.lesson.utf8)] + fixtures.map { Array($0.value.utf8) }
    FuzzCampaign(name: "lesson parser", corpus: corpus) { bytes in
      let (lesson, diagnostics) = LessonParser.parse(
        bytes, path: "mutant.md", indicators: MalformedLessonTests.indicators)
      var problems = MalformedLessonTests.locationProblems(diagnostics, in: bytes)
      problems += lesson.map(MalformedLessonTests.unsafeText) ?? []
      let errors = diagnostics.contains { $0.severity == .error }
      if lesson == nil && !errors { problems.append("no lesson and no error") }
      return .init(rejected: errors, problems: problems)
    }.run()
  }

  @Test func journalLineDecoder() {
    var generator = EventGenerator(seed: 5)
    // Short journals (every kind of event, generated hostile text, a 5 KB note line).
    let everyKind = SampleEvents.everyKind
    let corpus =
      stride(from: 0, to: everyKind.count, by: 5).map { start in
        SampleEvents.journal(Array(everyKind[start..<min(start + 5, everyKind.count)]))
      } + [
        SampleEvents.journal(generator.events(6)), SampleEvents.journal(TornTailSweepTests.events),
      ]
    var checked = 0
    FuzzCampaign(name: "journal line decoder", corpus: corpus) { bytes in
      let contents = JournalReader.read(bytes)
      var problems: [String] = []
      if contents.intactLength > bytes.count { problems.append("intact length past the end") }
      // Accepted events re-encode to lines that decode to the same events.
      for event in contents.events {
        let line = JournalLine.encode(event, sequence: 1).dropLast()
        guard case .success(let (_, decoded)) = JournalLine.decode(line), decoded == event else {
          problems.append("accepted event does not round-trip: \(event.id)")
          continue
        }
      }
      // The reference decoder (Foundation's JSONDecoder, slow) agrees on every line of
      // one input in eight.
      checked += 1
      if checked % 8 == 0 {
        let report = JournalCrossCheck.compare(bytes, canonical: false)
        if report.mismatchCount > 0 { problems += report.mismatches }
      }
      let damaged = contents.tornTail != nil || !contents.skippedLines.isEmpty
      return .init(rejected: damaged, problems: problems)
    }.run()
  }

  @Test func rosterImport() {
    let corpus =
      [
        "nama;kelompok;kode;hp\nSiti Aminah;Mawar;A1;0812\nDewi;Mawar;A2;\n\"Rina \"\"Ayu\"\"\";Melati;;\n",
        "\u{FEFF}Name,Group,Code\r\n\"Putri, Sari\",B,7\r\nBudi,,\r\n",
        "No,Nama Lengkap,Desa,WA\n1,Ani,Jaya Tinggi,0812\n2,\"Baris\nkedua\",Jaya,\n",
        "nama\n" + String(repeating: "a", count: 118) + " b c\n",
        "DAFTAR HADIR, DESA JAYA\n\nNama\nHj. Aminah, S.Pd\n",
      ].map { Array($0.utf8) } + [
        // Windows-1252 (Excel's "CSV") and UTF-16 with a BOM (Excel's "Unicode text").
        Array("Nama;Kelompok\r\nJos".utf8) + [0xE9] + Array(" Ram".utf8) + [0xED]
          + Array("rez;A\r\n".utf8),
        [0xFF, 0xFE]
          + "No\tNama\tNomor WhatsApp\n1\tJosé\t0812\n".utf16.flatMap {
            [UInt8($0 & 0xFF), UInt8($0 >> 8)]
          },
      ]
    FuzzCampaign(name: "csv roster import", corpus: corpus) { bytes in
      guard case .success(let contents) = RosterCSV.parse(bytes) else {
        return .init(rejected: true, problems: [])
      }
      let (rows, problems) = (contents.rows, contents.problems)
      let lines = bytes.filter { $0 == 0x0A || $0 == 0x0D }.count + 1
      var found: [String] = []
      if rows.count > RosterCSV.maximumRows { found.append("\(rows.count) rows") }
      for row in rows {
        if row.name.isEmpty || NameKey.clean(row.name) != row.name {
          found.append("name not clean: \(row.name.debugDescription)")
        }
        let cells = [row.name, row.group ?? "", row.code ?? "", row.phone ?? ""]
        if cells.contains(where: { $0.count > RosterCSV.maximumCell }) { found.append("long cell") }
        if row.line < 2 || row.line > lines { found.append("row line \(row.line) of \(lines)") }
        if !(1...EventRules.maximumRosterNumber).contains(row.number ?? 0) {
          found.append("roster number \(String(describing: row.number))")
        }
      }
      for line in contents.titleLines where line < 1 || line > lines {
        found.append("title line \(line) of \(lines)")
      }
      for problem in problems where problem.line < 1 || problem.line > lines {
        found.append("problem line \(problem.line) of \(lines)")
      }
      return .init(rejected: !problems.isEmpty, problems: found)
    }.run()
  }

  @Test func mergeReader() {
    var generator = EventGenerator(seed: 8)
    let events = generator.events(10).filter { $0.participant != nil }
    let corpus = [
      ExportFile.encode(events, course: "c", device: "d", host: "h", created: 0),
      ExportFile.encode(
        SampleEvents.everyKind, course: "afiliasi", device: "d", host: "h", created: 9),
    ]
    FuzzCampaign(name: "merge reader", corpus: corpus) { bytes in
      guard let contents = ExportFile.decode(bytes) else {
        return .init(rejected: true, problems: [])
      }
      let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count
      var problems: [String] = []
      for (line, event) in contents.events {
        if !DataStore.isIdentifier(event.id) { problems.append("line \(line): bad event id") }
        if let participant = event.participant, !DataStore.isIdentifier(participant) {
          problems.append("line \(line): participant \(participant.debugDescription)")
        }
        if line < 2 || line > lines { problems.append("event line \(line) of \(lines)") }
      }
      for line in contents.damagedLines where line < 1 || line > lines + 1 {
        problems.append("damaged line \(line) of \(lines)")
      }
      if contents.isIntact && contents.events.count != contents.header.events {
        problems.append("intact but \(contents.events.count) of \(contents.header.events)")
      }
      return .init(rejected: !contents.isIntact, problems: problems)
    }.run()
  }
}
