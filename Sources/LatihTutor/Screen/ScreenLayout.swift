/// Decides what of a screen's lines fit a terminal of a given height: the sticky header
/// (lesson title, page line, name) on top, the footer (keys and prompt) at the bottom,
/// and as much of the body as fits between them. Pure arithmetic on line counts, so the
/// paging rules are tested without a terminal.
package struct ScreenLayout: Hashable, Sendable {
  /// The smallest screen laid out (40×20 is the smallest supported).
  package static let minimumHeight = 8

  /// Rows of the terminal.
  package var height: Int

  package init(height: Int) { self.height = max(height, Self.minimumHeight) }

  /// How the body is shown.
  package enum Plan: Hashable, Sendable {
    /// Everything fits on one screen.
    case whole
    /// Only the last lines fit, but they hold everything from the anchor on (a message
    /// or feedback just added): these body lines are shown.
    case tail(Range<Int>)
    /// The body from the anchor on is shown in parts, one screenful each.
    case parts([Range<Int>])
  }

  /// Body lines free between a header of `header` rows and a footer of `footer` rows
  /// (at least one).
  package func room(header: Int, footer: Int) -> Int { max(1, height - header - footer) }

  /// The plan for `body` lines under a header and over a footer, where the lines from
  /// `anchor` on must be seen (0 for a new screen). Parts leave room for a footer of
  /// `partFooter` rows (the paging keys) as well as the last part's own footer.
  ///
  /// Parts are about the same size (never a last part of two lines) and end at a blank
  /// line (in `blanks`, a paragraph's end) where one is near.
  package func plan(
    body: Int, anchor: Int, header: Int, footer: Int, partFooter: Int, blanks: Set<Int> = []
  ) -> Plan {
    let room = room(header: header, footer: footer)
    if body <= room { return .whole }
    let start = min(max(anchor, 0), body)
    if start > 0 && body - start <= room { return .tail((body - room)..<body) }
    let partRoom = self.room(header: header, footer: max(footer, partFooter))
    var parts: [Range<Int>] = []
    var lower = start
    while lower < body {
      let remaining = body - lower
      // The last part has its own footer (the keys), the others the paging keys.
      if remaining <= room {
        parts.append(lower..<body)
        break
      }
      let left = (remaining + partRoom - 1) / partRoom
      let target = (remaining + left - 1) / left
      let latest = min(body, lower + partRoom)
      let earliest = lower + max(1, target / 2)
      let upper =
        blanks.filter { $0 >= earliest && $0 <= latest }
        .min { abs($0 - lower - target) < abs($1 - lower - target) } ?? lower + target
      parts.append(lower..<upper)
      lower = upper
    }
    return parts.isEmpty ? .whole : .parts(parts)
  }

  /// The items (a list's rows, each `sizes[i]` lines) shown in `room` lines: all when
  /// they fit, else whole items around `focus` (the suggested row), one after it for
  /// each one before it while they fit, then whatever still fits on either side.
  package static func window(sizes: [Int], focus: Int, room: Int) -> Range<Int> {
    guard !sizes.isEmpty else { return 0..<0 }
    if sizes.reduce(0, +) <= room { return sizes.indices }
    let focus = min(max(focus, 0), sizes.count - 1)
    var lower = focus
    var upper = focus + 1
    var used = sizes[focus]
    var grew = true
    while grew {
      grew = false
      if upper < sizes.count, used + sizes[upper] <= room {
        used += sizes[upper]
        upper += 1
        grew = true
      }
      if lower > 0, used + sizes[lower - 1] <= room {
        lower -= 1
        used += sizes[lower]
        grew = true
      }
    }
    return lower..<upper
  }
}
