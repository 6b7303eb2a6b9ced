import LatihBase

/// Enough of a VT100/xterm to know what a person sees: a grid of `width`×`height` cells,
/// the cursor, line wrap and scrolling (a line scrolled off the top goes to the
/// scrollback), erase display (`ESC[2J`, its text kept in the scrollback as tmux and VTE
/// keep it; `ESC[3J` empties the scrollback), erase line,
/// cursor moves. SGR and other sequences are read and ignored.
struct VirtualScreen {
  let width: Int
  let height: Int
  private(set) var rows: [[Character]]
  /// Lines scrolled off the top, oldest first.
  private(set) var scrollback: [String] = []
  private var row = 0
  private var column = 0
  /// The cursor sits past the last column: the next character wraps first.
  private var pendingWrap = false
  /// Bytes of an escape sequence or a UTF-8 character not yet complete.
  private var partial: [UInt8] = []

  init(width: Int, height: Int) {
    self.width = width
    self.height = height
    rows = Array(repeating: Array(repeating: " ", count: width), count: height)
  }

  /// The visible rows, trailing spaces removed.
  var lines: [String] {
    rows.map { Self.trimmed(String($0)).replacing("\u{00A0}", with: " ") }
  }

  /// `row` without its trailing spaces.
  static func trimmed(_ row: String) -> String {
    var text = Substring(row)
    while text.last == " " { text.removeLast() }
    return String(text)
  }

  /// The visible text, one row a line.
  var text: String { lines.joined(separator: "\n") }

  /// The visible words as one line (rows joined, runs of spaces as one): what a wrapped
  /// message says, wherever its lines break.
  var words: String {
    lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
  }

  /// Everything a person can scroll back to, and the screen.
  var history: String { (scrollback + lines).joined(separator: "\n") }

  /// Takes bytes written to the terminal.
  mutating func feed(_ bytes: [UInt8]) {
    partial += bytes
    var index = 0
    while index < partial.count {
      let byte = partial[index]
      if byte == 0x1B {
        guard let end = sequenceEnd(from: index) else { break }
        escape(Array(partial[index...end]))
        index = end + 1
      } else if byte < 0x80 {
        control(byte)
        index += 1
      } else {
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        guard index + length <= partial.count else { break }
        let scalarText = String(decoding: partial[index..<(index + length)], as: UTF8.self)
        for character in scalarText { put(character) }
        index += length
      }
    }
    partial.removeFirst(index)
  }

  /// The index of the last byte of the escape sequence at `start`, nil if incomplete.
  private func sequenceEnd(from start: Int) -> Int? {
    guard start + 1 < partial.count else { return nil }
    guard partial[start + 1] == UInt8(ascii: "[") else { return start + 1 }
    var index = start + 2
    while index < partial.count {
      if (0x40...0x7E).contains(partial[index]) { return index }
      index += 1
    }
    return nil
  }

  private mutating func escape(_ sequence: [UInt8]) {
    guard sequence.count > 2, let final = sequence.last else { return }
    let parameters = String(decoding: sequence[2..<(sequence.count - 1)], as: UTF8.self)
    let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false)
      .map { Int($0) ?? 0 }
    let first = numbers.first ?? 0
    switch final {
    case UInt8(ascii: "H"), UInt8(ascii: "f"):
      row = min(max((numbers.first ?? 1) - 1, 0), height - 1)
      column = min(max((numbers.count > 1 ? numbers[1] : 1) - 1, 0), width - 1)
      pendingWrap = false
    case UInt8(ascii: "J"):
      switch first {
      case 2:
        // As tmux (scroll-on-clear) and VTE terminals do: a cleared screen's text moves to
        // the scrollback, so only `ESC[3J` really removes it.
        var kept = lines
        while kept.last == "" { kept.removeLast() }
        scrollback += kept
        clear(rows: 0..<height)
      case 3: scrollback.removeAll()
      case 0:
        clear(columns: column..<width)
        clear(rows: (row + 1)..<height)
      default: break
      }
    case UInt8(ascii: "K"):
      clear(columns: first == 0 ? column..<width : 0..<width)
    case UInt8(ascii: "A"): row = max(0, row - max(first, 1))
    case UInt8(ascii: "B"): row = min(height - 1, row + max(first, 1))
    case UInt8(ascii: "C"): column = min(width - 1, column + max(first, 1))
    case UInt8(ascii: "D"): column = max(0, column - max(first, 1))
    default: break
    }
  }

  private mutating func control(_ byte: UInt8) {
    switch byte {
    case 0x0A:
      lineFeed()
    case 0x0D:
      column = 0
      pendingWrap = false
    case 0x08:
      column = max(0, column - 1)
      pendingWrap = false
    case 0x20...0x7E:
      put(Character(Unicode.Scalar(byte)))
    default:
      break
    }
  }

  private mutating func put(_ character: Character) {
    let cells = max(DisplayWidth.of(character), 1)
    if pendingWrap || column + cells > width {
      column = 0
      lineFeed()
    }
    rows[row][column] = character
    // A wide character's second cell stays blank in this model.
    column += cells
    if column >= width {
      column = width - 1
      pendingWrap = true
    }
  }

  private mutating func lineFeed() {
    pendingWrap = false
    if row == height - 1 {
      scrollback.append(Self.trimmed(String(rows[0])))
      rows.removeFirst()
      rows.append(Array(repeating: " ", count: width))
    } else {
      row += 1
    }
  }

  private mutating func clear(rows range: Range<Int>) {
    for index in range where index < height {
      rows[index] = Array(repeating: " ", count: width)
    }
  }

  private mutating func clear(columns range: Range<Int>) {
    for index in range where index < width { rows[row][index] = " " }
  }
}
