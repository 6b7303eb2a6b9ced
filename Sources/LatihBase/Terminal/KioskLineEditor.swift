/// Line editing for the kiosk, whose terminal is in raw mode: what phone clients send
/// becomes lines, whatever their settings.
///
/// Enter is CR, LF or CR LF (one line, not two); backspace is DEL or BS; Ctrl-U clears
/// the line; escape sequences (arrow keys, bracketed-paste markers, anything a client or
/// a paste sends) are swallowed, never echoed; other control characters (Ctrl-Z, Ctrl-\,
/// Ctrl-S) do nothing. Ctrl-C interrupts, Ctrl-D on an empty line ends the input. A line
/// is cut at ``maximumLineBytes`` (the rest is dropped until Enter) so a 1 MB paste costs
/// nothing; pasted lines become one answer each.
package struct KioskLineEditor: Sendable {
  /// The longest line kept, in bytes.
  package static let maximumLineBytes = 1024

  /// What one input byte did.
  package enum Effect: Equatable, Sendable {
    case none
    /// Text to echo back (the terminal does not echo in raw mode).
    case echo(String)
    /// A finished line (echo a newline).
    case line(String)
    case endOfInput
    case interrupt
  }

  private enum Escape: Sendable { case none, start, csi, osc, oscEscape, single }

  private var line: [UInt8] = []
  private var afterCarriageReturn = false
  private var escape = Escape.none
  /// An incomplete UTF-8 sequence and how many bytes it needs.
  private var pending: [UInt8] = []
  private var pendingNeeds = 0
  /// Whether echoed characters may be non-ASCII (else `?` stands for them).
  private let unicode: Bool

  package init(unicode: Bool = true) { self.unicode = unicode }

  /// Feeds one byte.
  package mutating func feed(_ byte: UInt8) -> Effect {
    let wasAfterCR = afterCarriageReturn
    afterCarriageReturn = false
    if escape != .none { return continueEscape(byte) }
    if pendingNeeds > 0 { return continueScalar(byte) }
    switch byte {
    case 0x0D:
      afterCarriageReturn = true
      return finishLine()
    case 0x0A:
      return wasAfterCR ? .none : finishLine()
    case 0x7F, 0x08:
      return erase()
    case 0x15:
      var echo = ""
      while !line.isEmpty, case .echo(let text) = erase() { echo += text }
      return echo.isEmpty ? .none : .echo(echo)
    case 0x03:
      line.removeAll()
      return .interrupt
    case 0x04:
      return line.isEmpty ? .endOfInput : .none
    case 0x1B:
      escape = .start
      return .none
    case 0x20..<0x7F:
      guard line.count < Self.maximumLineBytes else { return .none }
      line.append(byte)
      return .echo(String(UnicodeScalar(byte)))
    case 0xC2...0xDF:
      return startScalar(byte, needs: 1)
    case 0xE0...0xEF:
      return startScalar(byte, needs: 2)
    case 0xF0...0xF4:
      return startScalar(byte, needs: 3)
    default:
      return .none
    }
  }

  private mutating func finishLine() -> Effect {
    let text = String(decoding: line, as: UTF8.self)
    line.removeAll(keepingCapacity: true)
    return .line(text)
  }

  private mutating func erase() -> Effect {
    guard !line.isEmpty else { return .none }
    var text = String(decoding: line, as: UTF8.self)
    let last = text.removeLast()
    line = Array(text.utf8)
    let cells = unicode ? max(1, DisplayWidth.of(last)) : 1
    return .echo(String(repeating: "\u{8} \u{8}", count: cells))
  }

  private mutating func startScalar(_ byte: UInt8, needs: Int) -> Effect {
    pending = [byte]
    pendingNeeds = needs
    return .none
  }

  private mutating func continueScalar(_ byte: UInt8) -> Effect {
    guard byte & 0xC0 == 0x80 else {
      // Broken sequence: drop it and read this byte afresh.
      pending.removeAll()
      pendingNeeds = 0
      return feed(byte)
    }
    pending.append(byte)
    pendingNeeds -= 1
    guard pendingNeeds == 0 else { return .none }
    defer { pending.removeAll() }
    var iterator = pending.makeIterator()
    var decoder = UTF8()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator),
      !TerminalSanitizer.isUnsafe(scalar),
      line.count + pending.count <= Self.maximumLineBytes
    else { return .none }
    line += pending
    return .echo(unicode ? String(Character(scalar)) : "?")
  }

  private mutating func continueEscape(_ byte: UInt8) -> Effect {
    switch escape {
    case .start:
      switch byte {
      case UInt8(ascii: "["): escape = .csi
      case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "_"), UInt8(ascii: "^"):
        escape = .osc
      case UInt8(ascii: "O"), UInt8(ascii: "N"): escape = .single
      case 0x1B: escape = .start
      default: escape = .none
      }
    case .csi:
      if byte == 0x1B {
        escape = .start
      } else if (0x40...0x7E).contains(byte) || byte < 0x20 {
        escape = .none
      }
    case .osc:
      if byte == 0x07 { escape = .none } else if byte == 0x1B { escape = .oscEscape }
    case .oscEscape:
      escape = byte == UInt8(ascii: "\\") ? .none : .osc
    case .single, .none:
      escape = .none
    }
    return .none
  }
}
