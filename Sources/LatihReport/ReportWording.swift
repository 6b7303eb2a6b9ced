import LatihBase

/// Numbers and labels of a report as people read them (text, Markdown, HTML): the
/// report language's words and decimal separator, "–" where there is nothing to show.
struct ReportWording {
  let language: Language

  init(_ language: Language) { self.language = language }

  /// Shown where a value does not exist (no one to count).
  static let none = "–"

  /// `text` in the report language.
  func callAsFunction(_ text: ReportText) -> String { text.text(in: language) }

  /// `18/20`.
  func fraction(_ ratio: ReportRatio) -> String { "\(ratio.count)/\(ratio.total)" }

  /// `90%`, or "–" when the total is 0.
  func percent(_ ratio: ReportRatio) -> String {
    ratio.percent.map { "\($0)%" } ?? Self.none
  }

  /// `18/20 (90%)`.
  func fractionAndPercent(_ ratio: ReportRatio) -> String {
    fraction(ratio) + " (" + percent(ratio) + ")"
  }

  /// `72,5` in Indonesian, `72.5` in English; "–" when there is nothing to average.
  func mean(_ mean: ReportMean?) -> String {
    guard let tenths = mean?.tenths else { return Self.none }
    return ReportDecimal.format(tenths, decimals: 1, separator: self(.decimalSeparator))
  }

  /// `0,45` / `0.45`, or the reason it is not computed.
  func gain(_ test: ReportTest) -> String {
    guard let gain = test.gain else {
      return test.paired > 0 ? self(.gainUndefined) : Self.none
    }
    return ReportDecimal.format(gain.hundredths, decimals: 2, separator: self(.decimalSeparator))
  }

  /// `2026-05-01 09:00 UTC`.
  func time(_ milliseconds: Int64) -> String {
    let stamp = Timestamp.format(milliseconds)
    return stamp.prefix(10) + " " + stamp.dropFirst(11).prefix(5) + " UTC"
  }

  /// The lesson title, marked when it is the course test.
  func lessonTitle(_ lesson: ReportLesson) -> String {
    lesson.kind == .test ? lesson.title + " " + self(.testMarker) : lesson.title
  }

  /// `1.3`: lesson number (in the lessons table) and question number.
  func questionNumber(_ question: ReportQuestion, in model: ReportModel) -> String {
    let lesson = (model.lessons.firstIndex { $0.id == question.lessonID } ?? 0) + 1
    return "\(lesson).\(question.number)"
  }

  /// The header's session line: title, or "all data".
  func sessionTitle(_ header: ReportHeader) -> String {
    header.session?.title ?? self(.allData)
  }

  /// The help items of one person, one line each.
  func helpItems(_ entry: ReportHelpEntry, passMark: Int) -> [String] {
    entry.lessons.map { lesson in
      lesson.kind == .test
        ? self(.postTestBelowPassMark(test: lesson.title, score: lesson.score, passMark: passMark))
        : self(.belowPassMark(lesson: lesson.title, score: lesson.score, passMark: passMark))
    }
      + entry.indicators.map { indicator in
        var line = self(.notAchieved(indicator: indicator.label, reason: indicator.reasonLabel))
        if let note = indicator.note, !note.isEmpty { line += " (" + self(.note(note)) + ")" }
        return line
      }
  }

  /// Label and value pairs for the header, in order.
  func headerFields(_ header: ReportHeader) -> [(label: String, value: String)] {
    var fields = [
      (self(.course), header.courseTitle + " (" + header.courseID + ")"),
      (self(.session), sessionTitle(header)),
    ]
    if let place = header.session?.place { fields.append((self(.place), place)) }
    if let date = header.session?.date { fields.append((self(.date), date)) }
    if let group = header.group { fields.append((self(.group), group)) }
    fields += [
      (self(.enrolled), self(.people(header.enrolled))),
      (self(.assessed), self(.people(header.assessed))),
      (self(.passMark), "\(header.passMark)%"),
      (self(.generated), time(header.generated)),
    ]
    return fields
  }
}
