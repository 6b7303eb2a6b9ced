/// The markers (`[quiz]`, `[indicator: x]`) and id (`{#id}`) at the end of a heading or
/// list item, split from its text.
struct TrailingMarkers {
  /// One `[name]` or `[name: argument]` marker.
  struct Marker {
    var name: String
    var argument: String?
    /// Column of the `[`.
    var column: Int
  }

  /// The text without markers and id, trimmed.
  var text: Substring
  /// Markers in the order written.
  var markers: [Marker]
  var id: String?
  /// Column of the `{`.
  var idColumn: Int

  /// Splits `text` (a slice of `line`); columns are relative to `line`.
  static func split(_ text: Substring, in line: String) -> TrailingMarkers {
    var rest = text.trimmingTrailingSpaces()
    var markers: [Marker] = []
    var id: String?
    var idColumn = 0
    while let last = rest.last {
      if last == "}", id == nil, let open = rest.lastIndex(of: "{"),
        rest[open...].hasPrefix("{#"), !isEscaped(open, in: rest)
      {
        let inner = rest[rest.index(open, offsetBy: 2)..<rest.index(before: rest.endIndex)]
        guard !inner.contains(" ") else { break }
        id = String(inner)
        idColumn = line.column(of: open)
        rest = rest[..<open].trimmingTrailingSpaces()
        continue
      }
      let closing = rest.index(before: rest.endIndex)
      if last == "]", !isEscaped(closing, in: rest), let open = rest[..<closing].lastIndex(of: "["),
        !isEscaped(open, in: rest)
      {
        let inner = rest[rest.index(after: open)..<closing]
        let trimmed = inner.trimmingCharacters()
        guard !trimmed.isEmpty, trimmed.lowercased() != "x" else { break }
        var marker = Marker(name: trimmed, argument: nil, column: line.column(of: open))
        if let colon = trimmed.firstIndex(of: ":") {
          marker.name = trimmed[..<colon].trimmingCharacters()
          marker.argument = trimmed[trimmed.index(after: colon)...].trimmingCharacters()
        }
        markers.insert(marker, at: 0)
        rest = rest[..<open].trimmingTrailingSpaces()
        continue
      }
      break
    }
    return TrailingMarkers(text: rest, markers: markers, id: id, idColumn: idColumn)
  }

  private static func isEscaped(_ index: Substring.Index, in text: Substring) -> Bool {
    var backslashes = 0
    var position = index
    while position > text.startIndex {
      position = text.index(before: position)
      guard text[position] == "\\" else { break }
      backslashes += 1
    }
    return backslashes % 2 == 1
  }
}
