import LatihTestSupport
import Testing

@testable import LatihCLI
@testable import LatihData

/// The facilitator's common day from a paper sheet: 30 people × 3 indicators, everyone
/// present, mostly "yes", typed a row at a time. Every key counts, Enter included.
@Suite struct EvaluationGridKeystrokeTests {
  /// The rows typed, one per person: 20 all achieved (`+`), 6 without an affiliate account
  /// for lack of documents (`y1y`), 4 who cannot make a video yet, no reason given (`yyn`).
  static let rows =
    Array(repeating: "+", count: 20) + Array(repeating: "y1y", count: 6)
    + Array(repeating: "yyn", count: 4)

  /// Keystrokes: each character of a row, and its Enter.
  static var keystrokes: Int { rows.reduce(0) { $0 + $1.count + 1 } }

  @Test func thirtyPeopleTimesThreeIndicatorsInAtMostAHundredKeystrokes() {
    let people = (1...30).map { number in
      Participant(
        id: String(repeating: "0", count: 14) + (number < 10 ? "0" : "") + "\(number)",
        name: "Peserta \(number)", enrolledAt: Int64(number), sessions: [])
    }
    var grid = EvaluationGrid(
      people: people, indicators: FacilitatorFixtures.indicators,
      reasons: FacilitatorFixtures.reasons, session: nil, outcomes: [:])
    _ = grid.start()
    var saved: [EvaluationGrid.Saved] = []
    var done = false
    for row in Self.rows {
      #expect(!done, "the grid ended before the sheet did")
      let step = grid.handle(row)
      saved += step.records
      done = step.done
    }
    #expect(done, "the last row ends the grid")
    print("evaluate grid, 30 people × 3 indicators: \(Self.keystrokes) keystrokes")
    #expect(Self.keystrokes <= 100)
    #expect(saved.count == 90)
    #expect(Set(saved.map { "\($0.participant.id) \($0.record.indicator)" }).count == 90)
    func achieved(_ indicator: String) -> Int {
      saved.filter { $0.record.indicator == indicator && $0.record.achieved }.count
    }
    #expect(achieved("installed-app") == 30)
    #expect(achieved("affiliate-account") == 24)
    #expect(achieved("video-content") == 26)
    let notYet = saved.filter { !$0.record.achieved }
    #expect(notYet.filter { $0.record.reason == "documents" }.count == 6)
    #expect(notYet.filter { $0.record.reason == nil }.count == 4)
    // Row by row, the person the sheet says.
    for (index, row) in Self.rows.enumerated() where row == "y1y" {
      #expect(
        saved.contains {
          $0.participant == people[index] && $0.record.indicator == "affiliate-account"
            && $0.record.reason == "documents"
        })
    }
  }
}
