import Testing

@testable import LatihBase
@testable import LatihCourse
@testable import LatihData
@testable import LatihTestSupport
@testable import LatihTutor

/// A shared laptop that keeps people apart: "did you mean …?" before enrolling, and a
/// turn left idle goes back to the welcome screen, saved.
@Suite struct TutorDriverTurnTests {
  /// A data folder with Siti Aminah (group Mawar) and Budi enrolled; runs `body` with it.
  func withStore(_ body: (DataStore) throws -> Void) throws {
    try TemporaryDirectory.with { directory in
      let store = try DataStore.open(
        directory.path("data"), fileSystem: SystemFileSystem(), clock: FixedClock(),
        identifiers: SeededIdentifierSource(seed: 1), create: true)
      _ = try store.enroll(Enrollment(name: "Siti Aminah", group: "Mawar"), session: nil)
      _ = try store.enroll(Enrollment(name: "Budi Santoso"), session: nil)
      try body(store)
    }
  }

  func run(
    _ store: DataStore, _ script: [LineInput?], language: Language = .id,
    idleMinutes: Double? = 10
  ) throws -> (ScriptedTerminal, TutorOutcome) {
    let terminal = ScriptedTerminal(script: script)
    let driver = TutorDriver(
      terminal: terminal, store: store, course: try TutorCourse.load(), language: language,
      options: TutorOptions(idleMinutes: idleMinutes))
    return (terminal, driver.runHome())
  }

  @Test(arguments: [
    ("siti", "siti aminah", true), ("aminah", "siti aminah", true),
    ("siti amina", "siti aminah", true), ("sitti aminah", "siti aminah", true),
    ("siti aminha", "siti aminah", true), ("si", "siti aminah", false),
    ("sit", "siti aminah", false), ("budi", "siti aminah", false),
    ("ani", "ana", false), ("rina", "rini", true), ("dewi", "dewi", false),
    ("peserta 2", "peserta 1", false), ("peserta 10", "peserta 1", false),
    ("pesrta 1", "peserta 1", true),
  ])
  func closeNames(typed: String, name: String, close: Bool) {
    #expect(NameSuggestions.isClose(typed, to: name) == close)
  }

  @Test func aCloseNameIsAskedAboutAndEnterNeverEnrols() throws {
    try withStore { store in
      let (terminal, outcome) = try run(store, [.line("siti"), .line(""), .line("y"), .line("q")])
      #expect(outcome == .ok)
      let output = terminal.output
      #expect(output.contains("Maksud Anda Siti Aminah (kelompok Mawar)?"))
      #expect(output.contains("Ketik y jika itu Anda, atau n jika bukan."))
      #expect(output.contains("Halo, Siti Aminah!"))
      #expect(!output.contains("belum terdaftar"))
      #expect(try Roster.load(store).people.count == 2)
    }
  }

  @Test func noMeansANewPersonAfterAnExplicitConfirmation() throws {
    try withStore { store in
      let (terminal, _) = try run(store, [.line("Siti"), .line("n"), .line(""), .line("q")])
      #expect(terminal.output.contains("Nama 'Siti' belum terdaftar."))
      #expect(terminal.output.contains("Selamat bergabung, Siti!"))
      #expect(
        try Roster.load(store).people.map(\.name).sorted() == [
          "Budi Santoso", "Siti", "Siti Aminah",
        ])
    }
  }

  @Test func severalCloseNamesAreNumbered() throws {
    try withStore { store in
      _ = try store.enroll(Enrollment(name: "Siti Rahma"), session: nil)
      let (terminal, _) = try run(store, [.line("siti"), .line("2"), .line("q")], language: .en)
      #expect(terminal.output.contains("Did you mean one of them?"))
      #expect(terminal.output.contains("1. Siti Aminah (group Mawar)"))
      #expect(terminal.output.contains("2. Siti Rahma"))
      #expect(terminal.output.contains("Hello, Siti Rahma!"))
    }
  }

  @Test func anIdleTurnIsSavedAndEndsAtTheWelcome() throws {
    try withStore { store in
      // Budi opens the first lesson, reads a page, then walks away.
      let (terminal, outcome) = try run(
        store, [.line("Budi Santoso"), .line("1"), .line(""), nil, .line("q")], idleMinutes: 5)
      #expect(outcome == .ok)
      let output = terminal.output
      let idle = TutorText.idleSaved(minutes: 5).text(in: .id)
      #expect(output.contains(idle))
      // Back at the welcome, asking for a name again, and q there ends as nobody's turn.
      let after = try #require(output.range(of: idle)).upperBound
      #expect(output[after...].contains(TutorText.askName.text(in: .id)))
      #expect(output[after...].contains(TutorText.goodbye.text(in: .id)))
      #expect(!output[after...].contains(TutorText.progressSaved.text(in: .id)))
      // Every read in the turn waited at most 5 minutes; the welcome waits without one.
      #expect(terminal.idleWaits.contains(300_000))
      // What she did is on disk: the page she turned to.
      let budi = try #require(try Roster.load(store).people.first { $0.name == "Budi Santoso" })
      let journal = try #require(try store.readJournal(at: store.journalPath(budi.id)))
      #expect(
        journal.events.contains {
          if case .pageReached(let visit) = $0.body { visit.page == 1 } else { false }
        })
    }
  }

  @Test func noTimeOutWhenTurnedOff() throws {
    try withStore { store in
      let (terminal, _) = try run(
        store, [.line("Budi Santoso"), .line("q")], idleMinutes: 0)
      #expect(terminal.idleWaits.isEmpty)
    }
  }
}

/// The line reader's idle time-out, over a fake source (no real waiting).
@Suite struct LineReaderIdleTests {
  struct FakeSource: ByteSource {
    /// What each wait answers, then the bytes each read gives.
    var waits: [RawTerminalMode.Wait]
    var chunks: [[UInt8]]
    var waited: [Int] = []

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) -> TerminalDevice.ReadResult {
      guard !chunks.isEmpty else { return .endOfFile }
      let chunk = chunks.removeFirst()
      buffer.copyBytes(from: chunk)
      return .bytes(chunk.count)
    }

    mutating func waitForInput(milliseconds: Int) -> RawTerminalMode.Wait {
      waited.append(milliseconds)
      return waits.isEmpty ? .ready : waits.removeFirst()
    }
  }

  @Test func aTimeOutKeepsWhatWasTypedForTheNextRead() {
    var reader = LineReader(
      source: FakeSource(
        waits: [.ready, .timedOut], chunks: [Array("Si".utf8), Array("ti\n".utf8)]))
    #expect(reader.next(idleMilliseconds: 1_000) == nil)
    #expect(reader.next(idleMilliseconds: 1_000) == .line("Siti"))
    #expect(reader.next(idleMilliseconds: nil) == .endOfFile)
  }

  @Test func anInterruptionWhileWaitingIsReported() {
    var reader = LineReader(source: FakeSource(waits: [.interrupted], chunks: []))
    #expect(reader.next(idleMilliseconds: 1_000) == .interrupted)
  }

  @Test func withoutATimeOutNothingWaits() {
    var reader = LineReader(source: FakeSource(waits: [.timedOut], chunks: [Array("a\n".utf8)]))
    #expect(reader.next() == .line("a"))
  }
}
