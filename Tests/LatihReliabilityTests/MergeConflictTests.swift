import Foundation
import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihCLI
@testable import LatihData

/// Contradictions a merge must refuse, the same way in any order: one event id with two
/// contents (for every kind and every field that can differ), a session id reused with
/// another title, people's events without their enrolment, links to nobody; and key
/// repeated in a line or a header, which both readers refuse alike.
@Suite struct MergeConflictTests {
  /// Every kind's event with one field changed (same id): each must conflict.
  static var variants: [(name: String, original: Event, changed: Event)] {
    var cases: [(String, Event, Event)] = []
    for (index, event) in (MergeCases.base + MergeCases.everyKind).enumerated() {
      var later = event
      later.time += 1
      cases.append(("time \(index)", event, later))
      var elsewhere = event
      elsewhere.device = "0000000000000001"
      cases.append(("device \(index)", event, elsewhere))
      var other = event
      switch event.body {
      case .enrolled(var x):
        x.name += " Lain"
        other.body = .enrolled(x)
      case .sessionCreated(var x):
        x.title += " Lain"
        other.body = .sessionCreated(x)
      case .sessionJoined: other.body = .sessionJoined(session: "5e550000")
      case .lessonOpened(var x):
        x.seed += 1
        other.body = .lessonOpened(x)
      case .pageReached(var x):
        x.page += 1
        other.body = .pageReached(x)
      case .checklistItem(var x):
        x.done.toggle()
        other.body = .checklistItem(x)
      case .answer(var x):
        x.correct.toggle()
        other.body = .answer(x)
      case .lessonCompleted(var x):
        x.score = 100
        other.body = .lessonCompleted(x)
      case .indicatorRecorded(var x):
        x.achieved.toggle()
        other.body = .indicatorRecorded(x)
      case .participantsLinked:
        // The same id in the other person's journal.
        other.participant = MergeCases.rina
        other.body = .participantsLinked(other: MergeCases.dewi)
      case .unknown(let type, _): other.body = .unknown(type: type, fields: ",\"title\":\"Lain\"")
      case .participantRenamed: other.body = .participantRenamed(name: "Nama Lain")
      case .participantRemoved: other.body = .participantRestored
      case .participantRestored: other.body = .participantRemoved
      case .sessionRenamed(var x):
        x.title = "Judul Lain"
        other.body = .sessionRenamed(x)
      case .sessionRemoved(let x): other.body = .sessionRestored(session: x)
      case .sessionRestored(let x): other.body = .sessionRemoved(session: x)
      case .sessionsLinked(let x, let y): other.body = .sessionsLinked(session: y, other: x)
      case .postTestOpened: other.body = .postTestOpened(session: "5e550000")
      case .sessionPin(let x, _): other.body = .sessionPin(session: x, policy: .off)
      case .pinSet: other.body = .pinSet(nil)
      }
      cases.append(("body \(index)", event, other))
    }
    // Private text that differs on both sides is a conflict too.
    let answer = MergeCases.everyKind[4]
    var typed = answer
    if case .answer(var x) = typed.body {
      x.response = "lain"
      typed.body = .answer(x)
    }
    cases.append(("response", answer, typed))
    return cases
  }

  static func store(_ directory: TemporaryDirectory, _ name: String) throws -> DataStore {
    try DataStore.open(
      directory.path(name), fileSystem: SystemFileSystem(), clock: FixedClock(),
      identifiers: SystemIdentifierSource(), create: true)
  }

  /// The bytes of every journal of a store.
  static func snapshot(_ store: DataStore) throws -> [String: [UInt8]] {
    var files: [String: [UInt8]] = [:]
    for path in [store.sessionsPath] + (try store.participantIDs()).map(store.journalPath) {
      files[path] = try? SystemFileSystem().readFile(path, limit: .max)
    }
    return files
  }

  @Test func conflictingCopiesAreRefusedInEveryOrderAndChangeNothing() throws {
    try TemporaryDirectory.with { directory in
      var failures: [String] = []
      var cases = 0
      for (number, variant) in Self.variants.enumerated() {
        let one = MergeCases.base + MergeCases.everyKind
        let two = one.map { $0.id == variant.original.id ? variant.changed : $0 }
        // Here and in the file, both orders: the second is refused, nothing changes.
        for (first, second) in [(one, two), (two, one)] {
          let store = try Self.store(directory, "data-\(number)-\(cases)")
          cases += 1
          _ = try Merger(store: store).merge(first)
          let before = try Self.snapshot(store)
          do throws(Merger.Failure) {
            _ = try Merger(store: store).merge(second)
            failures.append("\(variant.name): accepted")
          } catch .refused(let problems) {
            if !problems.contains(where: {
              if case .conflict(variant.original.id, _) = $0 { return true }
              return false
            }) {
              failures.append("\(variant.name): \(problems)")
            }
          } catch { failures.append("\(variant.name): \(error)") }
          if try Self.snapshot(store) != before { failures.append("\(variant.name): changed") }
        }
        // Both copies in one input: refused whatever their order.
        for input in [one + [variant.changed], [variant.changed] + one] {
          let store = try Self.store(directory, "data-\(number)-\(cases)")
          cases += 1
          do throws(Merger.Failure) {
            _ = try Merger(store: store).merge(input)
            failures.append("\(variant.name): one input accepted")
          } catch .refused {
          } catch { failures.append("\(variant.name): \(error)") }
          if try !store.participantIDs().isEmpty { failures.append("\(variant.name): wrote") }
        }
      }
      CampaignFigures.report("conflict cases", cases)
      #expect(failures.isEmpty, "\(failures.count): \(failures.prefix(5))")
    }
  }

  /// Two files with one contradiction, merged by one command in both orders: both are
  /// refused (the data folder is left as it was), naming the event, the person and how
  /// many problems.
  @Test func twoContradictingFilesAreBothRefusedInAnyOrder() throws {
    try TemporaryDirectory.with { directory in
      let harness = try CLIHarness(directory)
      let events = MergeCases.base + MergeCases.everyKind
      let variant = Self.variants.first { $0.name == "body 7" }!
      let forged = events.map { $0.id == variant.original.id ? variant.changed : $0 }
      try directory.write(
        "a.latih",
        ExportFile.encode(events, course: "kursus-uji", device: "d", host: "h", created: 0))
      try directory.write(
        "b.latih",
        ExportFile.encode(forged, course: "kursus-uji", device: "d", host: "h", created: 0))
      for order in [["a.latih", "b.latih"], ["b.latih", "a.latih"]] {
        let merged = harness.run(["merge"] + order)
        #expect(merged.code == .badData)
        for file in order {
          #expect(
            merged.errors.contains("\(file) tidak digabung, tidak ada yang diubah: 1 masalah"))
        }
        #expect(
          merged.errors.contains(
            "peristiwa \(variant.original.id) (\(MergeCases.dewi)) sudah ada di berkas lain dengan isi lain"
          ), "\(merged.errors)")
        #expect(try harness.store().participantIDs().isEmpty)
      }
      // One at a time: whichever comes second is refused, naming Dewi.
      #expect(harness.run(["merge", "a.latih"]).code == .ok)
      let second = harness.run(["merge", "b.latih"])
      #expect(second.code == .badData)
      #expect(second.errors.contains("Dewi Lestari (\(MergeCases.dewi))"), "\(second.errors)")
    }
  }

  /// An id already in one person's journal, given to another person by a later file: the
  /// command finds it through the folder's id fingerprints and refuses the file, naming
  /// the event; the folder is unchanged.
  @Test func anIdHereInAnotherPersonsJournalIsRefusedByTheCommand() throws {
    try TemporaryDirectory.with { directory in
      let harness = try CLIHarness(directory)
      let events = MergeCases.base + MergeCases.everyKind
      try directory.write(
        "a.latih",
        ExportFile.encode(events, course: "kursus-uji", device: "d", host: "h", created: 0))
      #expect(harness.run(["merge", "a.latih"]).code == .ok)
      let before = try Self.snapshot(harness.store())
      let taken = events.first { event in
        if case .enrolled = event.body { return false }
        return event.participant == MergeCases.dewi
      }!
      var moved = taken
      moved.participant = MergeCases.rina
      try directory.write(
        "b.latih",
        ExportFile.encode(
          MergeCases.base + [moved], course: "kursus-uji", device: "d", host: "h", created: 1))
      let merged = harness.run(["merge", "b.latih"])
      #expect(merged.code == .badData)
      #expect(merged.errors.contains(taken.id), "\(merged.errors)")
      #expect(try Self.snapshot(harness.store()) == before)
    }
  }

  /// Three files, two agreeing copies and one that disagrees: all three hold the
  /// contradiction and all three are refused, whichever file is named first (comparing
  /// each copy only with the first would refuse two files in one order and three in the
  /// other).
  @Test func everyFileOfADisagreementIsRefusedInAnyOrder() throws {
    try TemporaryDirectory.with { directory in
      let events = MergeCases.base + MergeCases.everyKind
      let variant = Self.variants.first { $0.name == "body 7" }!
      let forged = events.map { $0.id == variant.original.id ? variant.changed : $0 }
      for (name, content) in [("a.latih", events), ("b.latih", events), ("c.latih", forged)] {
        try directory.write(
          name,
          ExportFile.encode(content, course: "kursus-uji", device: "d", host: name, created: 0))
      }
      for order in [["a.latih", "b.latih", "c.latih"], ["c.latih", "b.latih", "a.latih"]] {
        let harness = try CLIHarness(directory, data: "data-" + order[0])
        let merged = harness.run(["merge"] + order)
        #expect(merged.code == .badData)
        for file in order {
          #expect(merged.errors.contains("\(file) tidak digabung"), "\(merged.errors)")
        }
        #expect(try harness.store().participantIDs().isEmpty)
      }
      // The two that agree merge together.
      let harness = try CLIHarness(directory, data: "data-agreeing")
      #expect(harness.run(["merge", "a.latih", "b.latih"]).code == .ok)
    }
  }

  /// A copy without its private text (a lean export) agrees with the full one.
  @Test func aLeanCopyIsNotAConflict() throws {
    try TemporaryDirectory.with { directory in
      let events = MergeCases.base + MergeCases.everyKind
      let lean = events.map { $0.omitting(Set(ExportPart.allCases)) }
      for (first, second) in [(events, lean), (lean, events)] {
        let store = try Self.store(directory, "data-\(first.count)-\(second == lean)")
        _ = try Merger(store: store).merge(first)
        #expect(try Merger(store: store).merge(second).added == 0)
      }
    }
  }

  @Test func sessionsOrphansAndLinksAreChecked() throws {
    try TemporaryDirectory.with { directory in
      let store = try Self.store(directory, "data")
      _ = try Merger(store: store).merge(MergeCases.base)
      // A session id used here, with another title.
      let reuse = MergeCases.event(
        40, nil, .sessionCreated(SessionInfo(session: MergeCases.session, title: "Judul Lain")))
      #expect(throws: Merger.Failure.refused([.sessionConflict(session: MergeCases.session)])) {
        try Merger(store: store).merge([reuse])
      }
      // The same title again is harmless.
      let same = MergeCases.event(
        41, nil, .sessionCreated(SessionInfo(session: MergeCases.session, title: "Pelatihan Desa")))
      #expect(try Merger(store: store).merge([same]).added == 1)
      // Events of someone enrolled nowhere.
      let stranger = "1111111111111111"
      let orphan = MergeCases.event(42, stranger, .sessionJoined(session: MergeCases.session))
      #expect(throws: Merger.Failure.refused([.orphan(participant: stranger, events: 1)])) {
        try Merger(store: store).merge([orphan])
      }
      // Enrolled in another file of the same command: accepted.
      var context = MergeContext()
      context.enrolled.insert(stranger)
      #expect(try Merger(store: store).merge([orphan], context: context).added == 1)
      // A link to nobody.
      let nobody = "2222222222222222"
      let link = MergeCases.event(43, MergeCases.dewi, .participantsLinked(other: nobody))
      #expect(
        throws: Merger.Failure.refused([.unknownLink(participant: MergeCases.dewi, other: nobody)])
      ) { try Merger(store: store).merge([link]) }
      #expect(try !store.participantIDs().contains(nobody))
      // A change to a session that exists nowhere.
      let ghost = MergeCases.event(44, nil, .sessionRemoved(session: "5e550bad"))
      #expect(throws: Merger.Failure.refused([.unknownSession(session: "5e550bad")])) {
        try Merger(store: store).merge([ghost])
      }
    }
  }

  /// A key repeated in a journal line (every key of every kind) or in an export header is
  /// refused by both readers: no reader takes another value than the next.
  @Test func repeatedKeysAreRefusedByBothReaders() throws {
    var cases = 0
    var failures: [String] = []
    for event in MergeCases.base + MergeCases.everyKind {
      let line = Array(JournalLine.encode(event, sequence: 1).dropLast())
      let object = try #require(JSONValue.parse(line))
      for (key, value) in zip(object.keys, object.keys.map { object[$0]! }) where key != "crc" {
        var writer = JSONWriter()
        writer.beginObject()
        for other in object.keys where other != "crc" {
          writer.key(other)
          Self.write(object[other]!, into: &writer)
        }
        writer.key(key)
        Self.write(value, into: &writer)
        let body = writer.bytes
        var repeated = Array(body.dropLast())  // without "}"
        repeated += Array(",\"crc\":\"\(CRC32.hex(CRC32.checksum(repeated)))\"}".utf8)
        cases += 1
        if case .success = repeated.withUnsafeBufferPointer({ JournalLine.decode($0) }) {
          failures.append("line accepted with \(key) twice")
        }
        if JSONValue.parse(body) != nil { failures.append("JSONValue took \(key) twice") }
      }
    }
    let file = ExportFile.encode(MergeCases.base, course: "c", device: "d", host: "h", created: 0)
    var lines = file.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    lines[0] = Array(lines[0].dropLast()) + Array(",\"course\":\"lain\"}".utf8)
    cases += 1
    if ExportLines(Array(lines.joined(separator: [0x0A]))) != nil {
      failures.append("a header with course twice read as an export")
    }
    CampaignFigures.report("repeated-key cases", cases)
    #expect(failures.isEmpty, "\(failures)")
  }

  static func write(_ value: JSONValue, into writer: inout JSONWriter) {
    switch value {
    case .string(let text): writer.string(text)
    case .number(let number): writer.integer(Int64(number))
    case .bool(let flag): writer.bool(flag)
    case .null: writer.null()
    case .array(let values):
      writer.beginArray()
      for element in values { write(element, into: &writer) }
      writer.endArray()
    case .object: writer.null()
    }
  }
}
