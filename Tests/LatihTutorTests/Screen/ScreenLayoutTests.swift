import Testing

@testable import LatihTutor

/// What of a screen fits a terminal: whole, the tail with what was just added, or parts.
@Suite struct ScreenLayoutTests {
  @Test func aBodyThatFitsIsShownWhole() {
    let layout = ScreenLayout(height: 20)
    #expect(layout.plan(body: 15, anchor: 0, header: 2, footer: 3, partFooter: 3) == .whole)
    #expect(layout.plan(body: 16, anchor: 0, header: 2, footer: 3, partFooter: 3) != .whole)
  }

  @Test func whatWasAddedIsKeptInViewWithTheLinesBeforeIt() {
    // A typo's message under a question: the last 15 lines, the message among them.
    let plan = ScreenLayout(height: 20).plan(
      body: 30, anchor: 27, header: 2, footer: 3, partFooter: 3)
    #expect(plan == .tail(15..<30))
  }

  @Test(arguments: [16, 17, 29, 31, 48, 95])
  func partsCoverTheBodyInOrderAndEachFits(_ body: Int) throws {
    let layout = ScreenLayout(height: 20)
    let plan = layout.plan(body: body, anchor: 0, header: 3, footer: 3, partFooter: 3)
    guard case .parts(let parts) = plan else {
      Issue.record("expected parts, got \(plan)")
      return
    }
    #expect(parts.first?.lowerBound == 0)
    #expect(parts.last?.upperBound == body)
    for (index, part) in parts.enumerated() {
      #expect(!part.isEmpty)
      #expect(part.count <= 14)
      if index > 0 { #expect(part.lowerBound == parts[index - 1].upperBound) }
    }
    // No last part of a line or two after a full one: parts are about the same size.
    let sizes = parts.map(\.count)
    #expect(try #require(sizes.max()) - #require(sizes.min()) <= 1)
  }

  @Test func partsEndAtAParagraphWhenOneIsNear() {
    let plan = ScreenLayout(height: 20).plan(
      body: 20, anchor: 0, header: 2, footer: 3, partFooter: 3, blanks: [8, 13])
    #expect(plan == .parts([0..<8, 8..<20]))
  }

  @Test func aLongAddedTextIsPagedFromItsStart() {
    let plan = ScreenLayout(height: 20).plan(
      body: 40, anchor: 10, header: 2, footer: 3, partFooter: 3)
    guard case .parts(let parts) = plan else {
      Issue.record("expected parts, got \(plan)")
      return
    }
    #expect(parts.first?.lowerBound == 10)
    #expect(parts.last?.upperBound == 40)
  }

  @Test func theSmallestScreenStillLeavesALine() {
    let layout = ScreenLayout(height: 3)
    #expect(layout.height == ScreenLayout.minimumHeight)
    #expect(layout.room(header: 6, footer: 6) == 1)
  }

  @Test func aListWindowKeepsWholeRowsAroundTheSuggestion() {
    let sizes = Array(repeating: 2, count: 12)
    let window = ScreenLayout.window(sizes: sizes, focus: 8, room: 9)
    #expect(window.contains(8))
    #expect(window.count == 4)
    #expect(window == 6..<10 || window == 7..<11)
    #expect(ScreenLayout.window(sizes: sizes, focus: 0, room: 9) == 0..<4)
    #expect(ScreenLayout.window(sizes: sizes, focus: 11, room: 9) == 8..<12)
    #expect(ScreenLayout.window(sizes: [1, 1], focus: 0, room: 9) == 0..<2)
  }
}
