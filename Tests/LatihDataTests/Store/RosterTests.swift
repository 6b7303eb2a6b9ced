import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihData

@Suite struct RosterTests {
  /// A participant as a journal would give it.
  static func person(
    _ id: String, _ name: String, code: String? = nil, enrolled: Int64 = 0
  ) -> Participant {
    Participant(
      id: id, name: NameKey.clean(name), group: nil, code: code, phone: nil,
      enrolledAt: SampleEvents.baseTime + enrolled, sessions: [])
  }

  /// `one:<id>`, `many:<id>,<id>` or `none`, for exact comparisons.
  static func describe(_ match: Roster.Match) -> String {
    switch match {
    case .one(let person): return "one:" + person.id
    case .many(let people): return "many:" + people.map(\.id).joined(separator: ",")
    case .none: return "none"
    }
  }

  static let siti = person("5171a0000000aaaa", "Siti Nurhalizá", code: "K-01", enrolled: 10)
  static let dewiOld = person("de01000000000001", "Dewi", enrolled: 1)
  static let dewiNew = person("de02000000000002", "Dewi", code: "D2", enrolled: 2)
  static let ayu = person("abcd000000000003", "Ayu", enrolled: 3)
  static let ayuToo = person("abce000000000004", "Ayu Lestari", enrolled: 4)

  static let roster = Roster(
    participants: [siti, dewiOld, dewiNew, ayu, ayuToo], links: [])

  @Test(arguments: [
    ("K-01", "one:5171a0000000aaaa"),
    ("k-01", "one:5171a0000000aaaa"),
    (" Siti  NURHALIZA\u{301} ", "one:5171a0000000aaaa"),
    ("siti nurhaliza\u{301}", "one:5171a0000000aaaa"),
    ("SITI NURHALIZ\u{C1}", "one:5171a0000000aaaa"),
    ("Siti Nurhaliza", "one:5171a0000000aaaa"),
    ("dewi", "many:de01000000000001,de02000000000002"),
    ("d2", "one:de02000000000002"),
    ("5171", "one:5171a0000000aaaa"),
    ("5171A0", "one:5171a0000000aaaa"),
    ("517", "none"),
    ("abc", "none"),
    ("abcd", "one:abcd000000000003"),
    ("abc0", "none"),
    ("ab", "none"),
    ("", "none"),
    ("\u{1B}", "none"),
  ])
  func resolvesByCodeNameOrIdPrefix(who: String, expected: String) {
    #expect(Self.describe(Self.roster.resolve(who)) == expected)
  }

  @Test func ambiguousIdPrefixIsMany() {
    let roster = Roster(participants: [Self.ayu, Self.ayuToo], links: [])
    #expect(Self.describe(roster.resolve("abc")) == "none")
    #expect(Self.describe(roster.resolve("ab00")) == "none")
    let both = Roster(
      participants: [Self.person("ab12000000000001", "X"), Self.person("ab12000000000002", "Y")],
      links: [])
    #expect(Self.describe(both.resolve("ab12")) == "many:ab12000000000001,ab12000000000002")
    #expect(Self.describe(both.resolve("ab120000000000021")) == "none")
  }

  @Test func linkedRecordsCountOnceAsTheEarliestEnrolled() {
    let roster = Roster(
      participants: [Self.siti, Self.dewiOld, Self.dewiNew],
      links: [(Self.dewiNew.id, Self.dewiOld.id)])
    #expect(Self.describe(roster.resolve("Dewi")) == "one:de01000000000001")
    #expect(Self.describe(roster.resolve("D2")) == "one:de01000000000001")
    #expect(Self.describe(roster.resolve("de02")) == "one:de01000000000001")
    #expect(roster.people.map(\.id) == [Self.dewiOld.id, Self.siti.id])
    #expect(roster.records(of: Self.dewiNew.id).map(\.id) == [Self.dewiOld.id, Self.dewiNew.id])
    #expect(roster.canonical[Self.dewiNew.id] == Self.dewiOld.id)
    #expect(roster.likelyDuplicates.isEmpty)
  }

  @Test func chainsOfLinksMeetAtTheEarliestWhateverTheOrder() {
    let a = Self.person("aaaa000000000001", "A", enrolled: 30)
    let b = Self.person("bbbb000000000002", "B", enrolled: 20)
    let c = Self.person("cccc000000000003", "C", enrolled: 10)
    let orders: [[(String, String)]] = [
      [(a.id, b.id), (b.id, c.id)], [(c.id, b.id), (b.id, a.id)], [(b.id, c.id), (a.id, b.id)],
      [(a.id, c.id), (a.id, b.id), (b.id, c.id)],
    ]
    for links in orders {
      let roster = Roster(participants: [a, b, c], links: links + [(a.id, "ffff000000000009")])
      #expect(roster.people.map(\.id) == [c.id])
      #expect([a, b, c].allSatisfy { roster.canonical[$0.id] == c.id })
      #expect(Self.describe(roster.resolve("A")) == "one:" + c.id)
    }
  }

  @Test func likelyDuplicatesAreSameNameAndCodeNotLinked() {
    let roster = Roster(
      participants: [
        Self.person("1000000000000001", "Siti", enrolled: 1),
        Self.person("1000000000000002", "SITI ", enrolled: 2),
        Self.person("1000000000000003", "Siti", code: "X", enrolled: 3),
        Self.person("1000000000000004", "siti", code: "x", enrolled: 4),
        Self.person("1000000000000005", "Siti", code: "Y", enrolled: 5),
        Self.person("1000000000000006", "Ayu", enrolled: 6),
        Self.person("1000000000000007", "Ayu", enrolled: 7),
      ],
      links: [("1000000000000007", "1000000000000006")])
    let groups = roster.likelyDuplicates.map { $0.map(\.id).sorted() }.sorted { $0[0] < $1[0] }
    #expect(
      groups == [
        ["1000000000000001", "1000000000000002"],
        ["1000000000000003", "1000000000000004"],
      ])
  }

  /// A name typed without its accents or with another apostrophe, with the same phone and
  /// group, is flagged; with another phone it is a namesake, not flagged.
  @Test func likelyDuplicatesFoldAccentsAndApostrophes() {
    func person(_ id: String, _ name: String, phone: String) -> Participant {
      Participant(
        id: id, name: NameKey.clean(name), group: "Mawar", code: nil, phone: phone,
        enrolledAt: SampleEvents.baseTime, sessions: [])
    }
    let roster = Roster(
      participants: [
        person("2000000000000001", "Dédé Rosali", phone: "08123456002"),
        person("2000000000000002", "Dede Rosali", phone: "+62 812-3456-002"),
        person("2000000000000003", "Siti Nur'aini", phone: "0813"),
        person("2000000000000004", "siti nur’aini", phone: "0813"),
        person("2000000000000005", "Dede Rosali", phone: "0899"),
      ], links: [])
    let groups = roster.likelyDuplicates.map { $0.map(\.id).sorted() }.sorted { $0[0] < $1[0] }
    #expect(
      groups == [
        ["2000000000000001", "2000000000000002"],
        ["2000000000000003", "2000000000000004"],
      ])
  }

  @Test func loadReadsEnrolmentSessionsAndLinksFromJournals() throws {
    try TemporaryDirectory.with { directory in
      let clock = FixedClock()
      let store = try DataStore.open(
        directory.path("data"), fileSystem: SystemFileSystem(), clock: clock,
        identifiers: SeededIdentifierSource(seed: 5), create: true)
      let first = try store.enroll(Enrollment(name: "Dewi", code: "D1"), session: "5e551011aa")
      clock.advance(by: 1000)
      let second = try store.enroll(Enrollment(name: "Dewi"), session: "5e552022bb")
      let siti = try store.enroll(Enrollment(name: "Siti Nurhaliza\u{301}"), session: nil)
      try store.append(
        [
          store.event(.sessionJoined(session: "5e552022bb"), participant: first),
          store.event(.sessionJoined(session: "5e551011aa"), participant: first),
          store.event(.participantsLinked(other: first), participant: second),
        ], to: second)
      try directory.write("data/participants/0000000000000000.jsonl", "no journal\n")
      let roster = try Roster.load(store)
      // A journal with no readable enrolment still lists its person, under a placeholder
      // (issue 16), and the damage is noted.
      let unnamed = "0000000000000000"
      #expect(roster.participants.map(\.id).sorted() == [first, second, siti, unnamed].sorted())
      #expect(roster.participant(unnamed)?.name == "(nama rusak — 00000000)")
      #expect(
        store.damage.damaged.flatMap(\.findings).contains(.nameUnreadable(participant: unnamed)))
      #expect(roster.participant(first)?.sessions == ["5e551011aa"])
      #expect(roster.participant(second)?.sessions == ["5e552022bb"])
      #expect(roster.participant(second)?.enrolledAt == SampleEvents.baseTime + 1000)
      #expect(Self.describe(roster.resolve("dewi")) == "one:" + first)
      #expect(Self.describe(roster.resolve("SITI NURHALIZÁ")) == "one:" + siti)
      #expect(roster.people.count == 3)
    }
  }
}
