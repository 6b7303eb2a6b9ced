import LatihBase

/// What the screen layout says: the page line with its part, the paging keys, the pause
/// after feedback, and the projector's keys.
package enum ScreenText: LocalizedText, Hashable {
  /// "Halaman 3/7 (bagian 1/2)": the page line of one part of a long page.
  case pagePart(page: Int, count: Int, part: Int, parts: Int)
  /// "Bagian 1/2" for a long screen that is not a lesson page (the lesson list, help).
  case part(part: Int, parts: Int)
  /// The keys between the parts of a long screen.
  case partKeys(canGoBack: Bool)
  /// Above the keys of a long screen's last part: the way back to the part before.
  case previousPart
  /// The pause after feedback that must be read before the next screen replaces it.
  case pressEnter
  /// More of the list above or below the lines shown.
  case moreAbove
  case moreBelow
  /// `latih present`: the keys on the projected page (no participant typing instructions).
  case presentKeys(canReveal: Bool)
}
