import Foundation
import Testing

@testable import LatihBase
@testable import LatihData
@testable import LatihReport

/// `--anonymize`: pseudonyms numbered by participant id, no form of a name anywhere.
@Suite struct ReportAnonymizeTests {
  static let names = ["Élodie Ñúñez", "Zoë Ångström", "Ni Luh Ayu Wiṛaśanti", "Muhammad Ḥasan"]
  static let groups = ["Regu Ünggul", "Bunga Melåti"]

  static func scenario() -> (ReportScenario, [String]) {
    var scenario = ReportScenario()
    let session = scenario.session("Pelatihan", place: "Balai", date: "2023-08-05")
    var ids: [String] = []
    for (index, name) in names.enumerated() {
      let id = scenario.enroll(name, group: groups[index % 2], sessions: [session])
      ids.append(id)
      scenario.record(
        id, "affiliate-account", false, reason: "documents",
        note: "catatan untuk \(name) dari \(groups[index % 2])", session: session)
      scenario.take(id, "dasar", [("komisi", [false]), ("bukan-mlm", [false]), ("umur", [true])])
    }
    return (scenario, ids)
  }

  /// Every form of `text` that must not appear: NFC, NFD, lower- and upper-cased, and
  /// each of its words of four letters or more.
  static func forms(of text: String) -> Set<String> {
    let words = text.split(separator: " ").map(String.init).filter { $0.count >= 4 }
    var result: Set<String> = []
    for base in [text] + words {
      let folded = base.folding(options: [.caseInsensitive], locale: nil)
      for variant in [base, base.lowercased(), base.uppercased(), folded] {
        result.insert(variant.precomposedStringWithCanonicalMapping)
        result.insert(variant.decomposedStringWithCanonicalMapping)
      }
    }
    return result
  }

  @Test(arguments: ReportFormat.allCases, [Language.id, Language.en])
  func noNameRemains(_ format: ReportFormat, _ language: Language) throws {
    let (scenario, ids) = Self.scenario()
    // The full report with `--by group`, and the per-person table (`--people`).
    let model = try scenario.model(ReportFilter(by: .group), language: language, anonymize: true)
    var people = model
    people.peopleOnly = true
    #expect(!model.people.isEmpty)
    let output = format.render(model) + format.render(people)
    for name in Self.names + Self.groups {
      for form in Self.forms(of: name) {
        #expect(!output.contains(form), "\(format) contains \(form)")
        #expect(!Self.scalarsContain(output, form), "\(format) contains \(form)")
      }
    }
    for id in ids { #expect(!output.contains(id)) }
    let plain = format.render(try scenario.model(language: language))
    #expect(Self.scalarsContain(plain, Self.names[0]), "control: the names are there unmasked")
    #expect(!output.contains("catatan"))
    let pseudonym = language == .id ? "Peserta 1" : "Participant 1"
    #expect(output.contains(pseudonym))
    let group = language == .id ? "Kelompok A" : "Group A"
    #expect(output.contains(group))
  }

  /// Whether `text`'s Unicode scalars contain `form`'s as a run (no grapheme merging).
  static func scalarsContain(_ text: String, _ form: String) -> Bool {
    let haystack = Array(text.unicodeScalars)
    let needle = Array(form.unicodeScalars)
    guard !needle.isEmpty, haystack.count >= needle.count else { return false }
    for start in 0...(haystack.count - needle.count)
    where haystack[start] == needle[0] && Array(haystack[start..<start + needle.count]) == needle {
      return true
    }
    return false
  }

  @Test func pseudonymsFollowParticipantIDs() throws {
    let (scenario, ids) = Self.scenario()
    let model = try scenario.model(anonymize: true)
    let order = ids.enumerated().sorted { $0.element < $1.element }.map(\.offset)
    var expected: [Int: String] = [:]
    for (number, index) in order.enumerated() { expected[index] = "Peserta \(number + 1)" }
    #expect(model.needsHelp.map(\.name) == (1...4).map { "Peserta \($0)" })
    #expect(model.needsHelp.allSatisfy { $0.participantID == nil })
    #expect(model.needsHelp.flatMap(\.indicators).allSatisfy { $0.note == nil })
    let firstByID = order[0]
    #expect(model.needsHelp[0].group == "Kelompok A")
    let sameGroupAsFirst = order.filter { $0 % 2 == firstByID % 2 }.map { expected[$0]! }
    for entry in model.needsHelp {
      #expect((entry.group == "Kelompok A") == sameGroupAsFirst.contains(entry.name))
    }
    let again = try scenario.model(anonymize: true)
    #expect(again == model)
  }

  @Test func groupFilterIsPseudonymisedToo() throws {
    let (scenario, _) = Self.scenario()
    let model = try scenario.model(ReportFilter(group: "regu ünggul"), anonymize: true)
    let full = try scenario.model(anonymize: true)
    let groupOfFirst = try #require(full.needsHelp.first { $0.name == model.needsHelp[0].name })
    #expect(model.header.group == groupOfFirst.group)
    #expect(model.header.enrolled == 2)
  }

  /// A person keeps her number (and her group its letter) whatever the scope: numbered
  /// over everyone in the data folder, not over the people in the report.
  @Test func pseudonymsAreTheSameInEveryScope() throws {
    var (scenario, ids) = Self.scenario()
    let other = scenario.session("Lain", place: "Balai", date: "2023-09-01")
    let outsider = scenario.enroll("Tamu", group: "Regu Lain", sessions: [other])
    scenario.record(outsider, "installed-app", false, reason: "network", session: other)
    func names(_ filter: ReportFilter) throws -> [String: String] {
      let model = try scenario.model(filter, anonymize: true)
      let plain = try scenario.model(filter)
      // Anonymised entries are in pseudonym order, which is participant id order.
      let ids = plain.needsHelp.compactMap(\.participantID).sorted()
      return Dictionary(
        uniqueKeysWithValues: zip(ids, model.needsHelp.map { $0.name + "/" + ($0.group ?? "") }))
    }
    let everyone = try names(ReportFilter())
    #expect(everyone.count == 5)
    let session = scenario.sessions[0].id
    for filter in [
      ReportFilter(group: "regu ünggul"), ReportFilter(group: "Bunga Melåti"),
      ReportFilter(session: session), ReportFilter(session: other),
    ] {
      let scoped = try names(filter)
      #expect(!scoped.isEmpty)
      for (id, name) in scoped { #expect(everyone[id] == name, "\(filter)") }
    }
    #expect(ids.allSatisfy { everyone[$0] != nil })
  }

  @Test func lettersGoOnAfterZ() {
    #expect(ReportPseudonyms.letters(0) == "A")
    #expect(ReportPseudonyms.letters(25) == "Z")
    #expect(ReportPseudonyms.letters(26) == "AA")
    #expect(ReportPseudonyms.letters(27) == "AB")
    #expect(ReportPseudonyms.letters(701) == "ZZ")
    #expect(ReportPseudonyms.letters(702) == "AAA")
  }
}
