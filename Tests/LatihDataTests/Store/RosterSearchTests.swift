import LatihTestSupport
import Testing

@testable import LatihData

@Suite struct RosterSearchTests {
  static func person(_ id: String, _ name: String, group: String? = nil) -> Participant {
    Participant(
      id: id, name: NameKey.clean(name), group: group, code: nil, phone: nil,
      enrolledAt: SampleEvents.baseTime, sessions: [])
  }

  static let dede = person("dede000000000001", "Dédé Rosali", group: "Mawar")
  static let siti = person("5171000000000002", "Siti Nur'aini", group: "Melati")
  static let sitiA = person("5172000000000003", "Siti Aminah", group: "Mawar")
  static let rina = person("4140000000000004", "Rina Marlina")
  static let roster = Roster(participants: [dede, siti, sitiA, rina], links: [])

  @Test(arguments: [
    ("dede rosali", "dede000000000001"), ("DEDE  ROSALI", "dede000000000001"),
    ("Siti Nur\u{2019}aini", "5171000000000002"), ("siti nur`aini", "5171000000000002"),
    ("Siti Nur\u{2BC}aini", "5171000000000002"), ("siti nur\u{B4}aini", "5171000000000002"),
  ])
  func foldedNamesFindThePerson(typed: String, id: String) {
    guard case .one(let found) = Self.roster.resolve(typed) else {
      Issue.record("\(typed) found nobody or several")
      return
    }
    #expect(found.id == id)
  }

  @Test func anExactNameWinsOverAFoldedOne() {
    let roster = Roster(
      participants: [Self.dede, Self.person("dede000000000009", "Dede Rosali")], links: [])
    guard case .one(let exact) = roster.resolve("Dede Rosali") else {
      Issue.record("the exact spelling is one person")
      return
    }
    #expect(exact.id == "dede000000000009")
    guard case .many(let both) = roster.resolve("DÉDE ROSALI") else {
      Issue.record("a spelling matching both only folded is ambiguous")
      return
    }
    #expect(both.count == 2)
  }

  @Test func suggestionsAreTheClosestNamesAtMostThree() {
    #expect(Self.roster.suggestions(for: "siti").map(\.id) == [Self.sitiA.id, Self.siti.id])
    #expect(Self.roster.suggestions(for: "Rina Marlena").map(\.id) == [Self.rina.id])
    #expect(Self.roster.suggestions(for: "dedi").map(\.id) == [Self.dede.id])
    #expect(Self.roster.suggestions(for: "Budi Santoso").isEmpty)
    let many = Roster(
      participants: (1...5).map { Self.person("a00000000000000\($0)", "Ani \($0)") }, links: [])
    #expect(many.suggestions(for: "ani").count == 3)
  }

  @Test func editDistanceCountsInsertionsDeletionsAndReplacements() {
    #expect(Roster.editDistance(Array("kitten"), Array("sitting")) == 3)
    #expect(Roster.editDistance(Array(""), Array("abc")) == 3)
    #expect(Roster.editDistance(Array("siti"), Array("siti")) == 0)
  }
}
