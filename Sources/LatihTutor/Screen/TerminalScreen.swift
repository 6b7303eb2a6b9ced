import LatihBase
import LatihCourse

/// Lesson screens on a real terminal: every step is drawn for the terminal's size now.
/// The lesson title, the page line and the participant's name stay on top; a screen
/// taller than the terminal is shown in parts (Enter or → on, `<` or ← back); feedback
/// that must be read stays until Enter before the next screen replaces it; a typo's
/// message and the keys are always in view. What fits where is ``ScreenLayout``'s
/// decision; this type only draws and reads. Piped runs never come here.
final class TerminalScreen {
  /// The page on screen (its header stays on top of every part).
  private struct PageHeader {
    var lessonTitle: String
    var page: Int
    var count: Int
  }

  /// Feedback shown in this step (from which line of the body, and whether it settled
  /// the question).
  private struct ShownFeedback {
    var start: Int
    var settled: Bool
    var mustRead: Bool
  }

  private let terminal: any TerminalIO
  private var header: PageHeader?
  private var body: [String] = []
  /// Where the last step's notes (a typo's message, help) start: the next note replaces
  /// them, so repeated typos never push the question off the screen.
  private var notesStart = 0
  /// Where the reader was when she typed a line the lesson read on a part of a long
  /// screen before its last (the step's anchor and the part): its message is shown
  /// under that part, and she stays where she was reading.
  private var paging: (anchor: Int, part: Int)?

  init(terminal: any TerminalIO) { self.terminal = terminal }

  /// Forgets the screen (a new screen, the lesson list, another person).
  func reset() {
    header = nil
    body = []
    notesStart = 0
    paging = nil
  }

  /// Shows a step's output and reads the line for the machine (nil when the step shows
  /// no keys: nothing is read). `read` reads one line, key sequences included.
  func present(
    _ outputs: [TutorOutput], renderer: TutorRenderer,
    read: () throws(TutorDriver.Stop) -> String
  ) throws(TutorDriver.Stop) -> String? {
    let notesOnly = outputs.allSatisfy { output in
      switch output {
      case .message, .keys: return true
      default: return false
      }
    }
    if notesOnly, let paging {
      // A typo's message on an earlier part: under that part, not after the screen's end.
      var notes: [String] = []
      var footer: [String]?
      for output in outputs {
        if case .keys = output {
          footer = renderer.render(output)
        } else {
          notes += renderer.render(output)
        }
      }
      guard let footer else { return nil }
      // A message taking more than a third of the screen (long help on a short one)
      // leaves too little of the part: it goes after the screen's end as before.
      if notes.count <= ScreenLayout(height: terminal.height ?? 24).height / 3 {
        return try show(
          anchor: paging.anchor, footer: footer, notes: notes, part: paging.part,
          renderer: renderer, read: read)
      }
    }
    paging = nil
    if notesOnly {
      body.removeSubrange(min(notesStart, body.count)...)
    }
    defer { if !notesOnly { notesStart = body.count } }
    var anchor = body.count
    var footer: [String]?
    var feedback: ShownFeedback?
    var forwarded: String?
    for output in outputs {
      switch output {
      case .newScreen:
        if let shown = feedback, shown.mustRead, forwarded == nil {
          forwarded = try pause(anchor: shown.start, renderer: renderer, read: read)
        }
        feedback = nil
        reset()
        anchor = 0
      case .pageHeader(let lessonTitle, let page, let count, let title):
        header = PageHeader(lessonTitle: lessonTitle, page: page, count: count)
        body += renderer.pageTitle(title)
      case .question:
        if let shown = feedback {
          feedback = nil
          if !shown.settled {
            // The same question again: the question, then why the try was wrong and the
            // hint next to the prompt (these stay in view when not all of it fits).
            let question = renderer.render(output)
            body = question + body[shown.start...]
            anchor = question.count
            continue
          }
          // The next question: the settled one's feedback is read first.
          if shown.mustRead, forwarded == nil {
            forwarded = try pause(anchor: shown.start, renderer: renderer, read: read)
          }
          body = []
          anchor = 0
        }
        body += renderer.render(output)
      case .feedback(let value):
        feedback = ShownFeedback(
          start: body.count, settled: value.triesLeft == 0, mustRead: value.correct != nil)
        body += renderer.render(output)
      case .keys:
        footer = renderer.render(output)
      default:
        body += renderer.render(output)
      }
    }
    guard let footer else { return nil }
    if let forwarded {
      draw(renderer: renderer, anchor: anchor, footer: footer)
      return forwarded
    }
    return try show(anchor: anchor, footer: footer, renderer: renderer, read: read)
  }

  /// Shows the body with "[Enter] lanjut" and waits; `q` or `m` typed there are passed
  /// on to the machine (the answer is already saved), anything else just goes on.
  private func pause(
    anchor: Int, renderer: TutorRenderer, read: () throws(TutorDriver.Stop) -> String
  ) throws(TutorDriver.Stop) -> String? {
    let footer =
      TutorRenderer.keyLines(
        ScreenText.pressEnter.text(in: renderer.language), width: renderer.width,
        style: renderer.style) + ["> "]
    let line = try show(anchor: anchor, footer: footer, renderer: renderer, read: read)
    let command = TypedLine(line).text.trimmingCharacters().lowercased()
    return command == "q" || command == "m" ? command : nil
  }

  /// Draws once without reading (the last part is shown when parts are needed).
  private func draw(renderer: TutorRenderer, anchor: Int, footer: [String]) {
    let (plan, _) = layout(anchor: anchor, footer: footer, renderer: renderer)
    switch plan {
    case .whole: write(header(nil, renderer), body[...], footer)
    case .tail(let range): write(header(nil, renderer), body[range], footer)
    case .parts(let parts):
      write(header((parts.count, parts.count), renderer), body[parts.last!], footer)
    }
  }

  /// Draws the screen and reads a line, paging through parts with the paging keys
  /// (from `part`); the line returned is for the machine. `notes` (a typo's message)
  /// stay above the keys on every part.
  private func show(
    anchor: Int, footer: [String], notes: [String] = [], part first: Int = 0,
    renderer: TutorRenderer, read: () throws(TutorDriver.Stop) -> String
  ) throws(TutorDriver.Stop) -> String {
    var part = first
    paging = nil
    while true {
      // The size is read again before every drawing: a resized window gets its own.
      let (plan, partKeys) = layout(
        anchor: anchor, footer: footer, notes: notes.count, renderer: renderer)
      let parts: [Range<Int>]
      switch plan {
      case .whole:
        write(header(nil, renderer), body[...], notes + footer)
        return try read()
      case .tail(let range):
        write(header(nil, renderer), body[range], notes + footer)
        return try read()
      case .parts(let ranges):
        parts = ranges
      }
      // The last part shows the step's own keys, with the way back to the part before
      // above them (`b` there is the step's own key: the page before, or an answer).
      let back = TutorRenderer.keyLines(
        ScreenText.previousPart.text(in: renderer.language), width: renderer.width,
        style: renderer.style)
      var lastFooter = footer
      var split = parts
      if case .parts(let ranges) = layout(
        anchor: anchor, footer: back + footer, notes: notes.count, renderer: renderer
      ).0 {
        lastFooter = back + footer
        split = ranges
      }
      part = min(part, split.count - 1)
      let last = part == split.count - 1
      let slice = body[split[part]]
      write(
        header((part + 1, split.count), renderer), slice,
        notes + (last ? lastFooter : partKeys(part > 0)))
      let line = try read()
      switch PagingKey(line) {
      case .forward where !last:
        part += 1
      case .back where part > 0:
        part -= 1
      default:
        if !last { paging = (anchor, part) }
        return line
      }
    }
  }

  /// The plan for the terminal's size now, with `notes` rows above the keys, and the
  /// paging keys' footer.
  private func layout(anchor: Int, footer: [String], notes: Int = 0, renderer: TutorRenderer)
    -> (
      ScreenLayout.Plan, (Bool) -> [String]
    )
  {
    let layout = ScreenLayout(height: terminal.height ?? 24)
    let partKeys: (Bool) -> [String] = { canGoBack in
      TutorRenderer.keyLines(
        ScreenText.partKeys(canGoBack: canGoBack).text(in: renderer.language),
        width: renderer.width, style: renderer.style) + ["> "]
    }
    let headerRows = max(header(nil, renderer).count, header((88, 88), renderer).count)
    let plan = layout.plan(
      body: body.count, anchor: anchor, header: headerRows, footer: notes + footer.count,
      partFooter: notes + partKeys(true).count,
      blanks: Set(body.indices.filter { body[$0].isEmpty }))
    return (plan, partKeys)
  }

  /// The lines kept on top: the page header, or the participant's name on a screen
  /// without a page (a summary), with the part of a long screen.
  private func header(_ part: (Int, Int)?, _ renderer: TutorRenderer) -> [String] {
    if let header {
      return renderer.pageHeader(
        lessonTitle: header.lessonTitle, page: header.page, count: header.count, part: part)
    }
    var line = part.map { ScreenText.part(part: $0.0, parts: $0.1).text(in: renderer.language) }
    if let name = renderer.participant { line = line.map { $0 + " · " + name } ?? name }
    return line.map { TextWrapper.wrap(renderer.style.dim($0), width: renderer.width) } ?? []
  }

  private func write(_ header: [String], _ body: ArraySlice<String>, _ footer: [String]) {
    let lines = header + body + footer
    var text = TutorRenderer.clearScreen
    for (index, line) in lines.enumerated() {
      text += index == lines.count - 1 ? line : line + "\n"
    }
    terminal.write(text)
  }
}

/// A line typed between the parts of a long screen: on, back, or something for the
/// machine.
enum PagingKey: Equatable {
  case forward
  case back
  case other

  /// Enter, →, ↓ or PageDown go on; `<`, ←, ↑ or PageUp go back.
  init(_ line: String) {
    let typed = TypedLine(line)
    let text = typed.text.trimmingCharacters()
    if text == "<" {
      self = .back
    } else if !text.isEmpty {
      self = .other
    } else if let last = typed.arrows.last {
      self = [.left, .up, .pageUp].contains(last) ? .back : .forward
    } else {
      self = .forward
    }
  }
}
