import LatihBase
import LatihCourse
import LatihData
import LatihTutor

/// The `latih live` screen: a summary and one line per person, fitted to the terminal
/// (80×24 and a projector's larger font alike).
package struct LiveTextRenderer {
  package var language: Language
  package var width: Int
  package var height: Int
  package var style: TextStyle

  package init(language: Language, width: Int, height: Int, style: TextStyle) {
    self.language = language
    self.width = max(40, width)
    self.height = max(10, height)
    self.style = style
  }

  /// Column widths: name, status, lesson, where, score, ticks, then the flag takes the rest.
  private var columns: [Int] {
    let base = [14, 10, 14, 10, 6, 8]
    let spare = max(0, width - 80)
    return [base[0] + spare / 2, base[1], base[2] + spare / 2] + base[3...]
  }

  /// The screen's lines (at most `height`).
  package func render(_ snapshot: LiveSnapshot, order: LiveSnapshot.Order, interactive: Bool)
    -> [String]
  {
    let counts = snapshot.perLesson.map {
      "\($0.number.map(String.init) ?? $0.lesson): \($0.count)"
    }
    let missed = snapshot.mostMissed.map { missed in
      text(
        .liveMostMissed(
          question: missed.number.map(String.init) ?? missed.question,
          lesson: lessonLabel(missed.lesson, snapshot), count: missed.count))
    }
    let columnNames = text(.liveColumns).split(separator: "|").map(String.init)
    var lines = [
      style.bold(
        fit(text(.liveHeader(active: snapshot.active, total: snapshot.participants, order: order)))),
      fit(text(.livePerLesson(counts.joined(separator: " · ")))),
      fit(missed ?? text(.liveNoMisses)),
      "",
      style.dim(fit(row(columnNames))),
    ]
    let footer = interactive ? [style.dim(fit(text(.liveKeys)))] : []
    let room = height - lines.count - footer.count
    let rows = snapshot.sorted(order)
    let shown = rows.count > room ? max(0, room - 1) : rows.count
    for entry in rows.prefix(shown) { lines.append(line(entry)) }
    if shown < rows.count { lines.append(fit(text(.liveMore(rows.count - shown)))) }
    return lines + footer
  }

  /// A lesson's number in the course, else its id.
  private func lessonLabel(_ lesson: String, _ snapshot: LiveSnapshot) -> String {
    snapshot.rows.first { $0.lesson == lesson }?.lessonNumber.map(String.init) ?? lesson
  }

  private func text(_ message: ClassroomText) -> String {
    TerminalSanitizer.cleanLine(message.text(in: language))
  }

  private func line(_ entry: LiveSnapshot.Row) -> String {
    let status = text(entry.connected ? .liveOn(entry.idleMinutes) : .liveAway(entry.idleMinutes))
    let lesson =
      entry.lessonNumber.map { "\($0) " + (entry.lessonTitle ?? "") } ?? entry.lesson ?? "-"
    let place: String
    if entry.completedScore != nil {
      place = text(.liveDone)
    } else if let question = entry.questionNumber ?? (entry.question != nil ? 0 : nil), question > 0
    {
      place = text(.liveQuestion(question, attempt: entry.attempt))
    } else if let page = entry.page {
      place = text(.livePage(page, of: entry.pages))
    } else {
      place = "-"
    }
    let score = entry.completedScore.map { "\($0)%" } ?? "\(entry.correct)/\(entry.answered)"
    let ticks = entry.items.map { $0 > 0 ? "\(entry.ticks)/\($0)" : "-" } ?? "\(entry.ticks)"
    let flags = entry.stuck.map { reason in
      text(reason == .idle ? .liveStuckIdle(entry.idleMinutes) : .liveStuckWrong)
    }.joined(separator: " ")
    let cells = [
      TerminalSanitizer.cleanLine(entry.name), status, TerminalSanitizer.cleanLine(lesson), place,
      score, ticks,
    ]
    let plain = row(cells)
    let flagRoom = max(0, width - DisplayWidth.of(plain))
    let flag = cut(flags, flagRoom)
    return plain + (flag.isEmpty ? "" : style.red(style.bold(flag)))
  }

  /// Cells padded to their columns, one space apart; the last column is free.
  private func row(_ cells: [String]) -> String {
    var result = ""
    for (index, cell) in cells.enumerated() {
      if index < columns.count {
        result += pad(cut(cell, columns[index] - 1), columns[index])
      } else {
        result += cell
      }
    }
    return result
  }

  private func fit(_ line: String) -> String {
    DisplayWidth.of(line) <= width ? line : cut(line, width)
  }

  private func cut(_ text: String, _ cells: Int) -> String {
    guard DisplayWidth.of(text) > cells else { return text }
    guard cells > 1 else { return cells == 1 ? "…" : "" }
    var result = ""
    var used = 0
    for character in text {
      let w = DisplayWidth.of(character)
      if used + w > cells - 1 { break }
      result.append(character)
      used += w
    }
    return result + "…"
  }

  private func pad(_ text: String, _ cells: Int) -> String {
    text + String(repeating: " ", count: max(0, cells - DisplayWidth.of(text)))
  }
}
