import Testing

@testable import LatihBase
@testable import LatihCourse
@testable import LatihData
@testable import LatihTestSupport
@testable import LatihTutor

/// A PIN per participant, as the current session's policy says: chosen once, asked before
/// her run continues, three wrong tries back to the welcome; stored only as a hash.
@Suite struct TutorDriverPinTests {
  /// A data folder whose current session has `policy`; runs `body` with it.
  func withSession(_ policy: PinPolicy?, _ body: (DataStore) throws -> Void) throws {
    try TemporaryDirectory.with { directory in
      let store = try DataStore.open(
        directory.path("data"), fileSystem: SystemFileSystem(), clock: FixedClock(),
        identifiers: SeededIdentifierSource(seed: 3), create: true)
      let session = try SessionList.create(store, title: "PKK Mawar", place: nil, date: nil)
      try store.setCurrentSession(session.id)
      if let policy {
        try SessionList.record(
          [store.event(.sessionPin(session: session.id, policy: policy), participant: nil)],
          in: store)
      }
      try body(store)
    }
  }

  func run(_ store: DataStore, _ lines: [String], language: Language = .id) throws -> String {
    let terminal = ScriptedTerminal(lines: lines)
    let driver = TutorDriver(
      terminal: terminal, store: store, course: try TutorCourse.load(), language: language,
      options: TutorOptions())
    #expect(driver.runHome() == .ok)
    // Words one space apart, however the 80 columns wrapped them.
    return terminal.output.split { $0 == " " || $0 == "\n" }.joined(separator: " ")
  }

  func pins(_ store: DataStore) throws -> [PinHash?] {
    let roster = try Roster.load(store)
    return try roster.people.flatMap { person in
      try store.readJournal(at: store.journalPath(person.id))?.events.compactMap { event in
        if case .pinSet(let pin) = event.body { return .some(pin) } else { return nil }
      } ?? []
    }
  }

  @Test func aRequiredPinIsChosenThenAskedAndThreeWrongTriesEndTheTurn() throws {
    try withSession(.required) { store in
      let output = try run(
        store,
        [
          "Ani", "", "12", "2580", "2581", "2580", "2580", "q",  // enrol, choose, leave
          "Ani", "1111", "2222", "3333",  // three wrong: back to the welcome
          "Ani", "2580", "q", "q",
        ])
      let text = { (message: TutorText) in message.text(in: .id) }
      #expect(output.contains(text(.choosePin(required: true))))
      #expect(output.contains(text(.pinNotFourDigits)))
      #expect(output.contains(text(.pinMismatch)))
      #expect(output.contains(text(.pinSaved)))
      #expect(output.contains(text(.pinWrong(left: 2))))
      #expect(output.contains(text(.pinWrong(left: 1))))
      #expect(output.contains(text(.pinLocked)))
      // Greeted once after choosing, once after the right PIN; never after three wrong.
      #expect(output.components(separatedBy: "Halo, Ani!").count - 1 == 2)
      let locked = try #require(output.range(of: text(.pinLocked))).upperBound
      #expect(output[locked...].hasPrefix(" Selamat datang di Latih! Kursus Uji"))
      let stored = try pins(store)
      #expect(stored.count == 1)
      #expect(stored.first??.matches("2580") == true)
      // Never the digits themselves on disk.
      let journal = try #require(try Roster.load(store).people.first).id
      let bytes = try store.fileSystem.readFile(store.journalPath(journal), limit: 1 << 20)
      #expect(!String(decoding: bytes, as: UTF8.self).contains("2580"))
    }
  }

  @Test func anOptionalPinIsOfferedOnceAndMayBeSkipped() throws {
    try withSession(.optional) { store in
      let output = try run(store, ["Ani", "", "", "q", "Ani", "q", "q"])
      let offer = TutorText.choosePin(required: false).text(in: .id)
      #expect(output.components(separatedBy: offer).count - 1 == 1)
      #expect(output.components(separatedBy: "Halo, Ani!").count - 1 == 2)
      #expect(try pins(store).isEmpty)
    }
  }

  @Test(arguments: [PinPolicy?.none, .off])
  func withoutAPinPolicyNothingIsAsked(_ policy: PinPolicy?) throws {
    try withSession(policy) { store in
      let output = try run(store, ["Ani", "", "q", "q"])
      #expect(!output.contains("PIN"))
      #expect(output.contains("Halo, Ani!"))
    }
  }

  @Test func qAtThePinPromptGoesBackWithoutOpeningHerRun() throws {
    try withSession(.required) { store in
      let output = try run(store, ["Ani", "", "2580", "2580", "q", "Ani", "q", "q"])
      #expect(output.components(separatedBy: "Halo, Ani!").count - 1 == 1)
    }
  }

  @Test func aPinHashMatchesOnlyItsPinAndReadsBack() throws {
    let pin = PinHash(pin: "0417", salt: "0011223344556677")
    #expect(pin.matches("0417"))
    #expect(!pin.matches("0418"))
    #expect(!pin.stored.contains("0417"))
    #expect(PinHash(stored: pin.stored) == pin)
    #expect(PinHash(pin: "0417", salt: "8899aabbccddeeff").hash != pin.hash, "salted")
    for bad in ["", "sha256:00:11", "md5:0011223344556677:" + String(repeating: "a", count: 64)] {
      #expect(PinHash(stored: bad) == nil)
    }
    #expect(PinHash.isValid("2580"))
    for bad in ["258", "25800", "25a0", "٢٥٨٠", " 2580"] { #expect(!PinHash.isValid(bad)) }
  }

  @Test func theLatestPolicyOfAnyMemberOfTheDayCounts() {
    func event(_ body: EventBody, _ minute: Int64) -> Event {
      Event(
        id: String(format: "%032d", minute), time: 1_000 + minute * 60_000, device: "d",
        participant: nil, body: body)
    }
    let info = SessionInfo(session: "aaaa0001", title: "Hari 1")
    let other = SessionInfo(session: "bbbb0002", title: "Hari 1")
    let events = [
      event(.sessionCreated(info), 0), event(.sessionCreated(other), 1),
      event(.sessionPin(session: "bbbb0002", policy: .required), 2),
      event(.sessionPin(session: "aaaa0001", policy: .optional), 3),
    ]
    #expect(SessionList(events: Array(events.prefix(2))).sessions.first?.pin == .off)
    #expect(SessionList(events: Array(events.prefix(3))).sessions.first?.pin == .required)
    #expect(SessionList(events: events.reversed()).sessions.first?.pin == .optional)
  }
}
