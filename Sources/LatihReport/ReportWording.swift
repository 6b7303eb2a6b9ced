import LatihBase
import LatihData

/// Numbers and labels of a report as people read them (text, Markdown, HTML): the
/// report language's words and decimal separator, "–" where there is nothing to show.
struct ReportWording: Sendable {
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

  /// `2026-05-01 16:00 WIB`: the time at `offset` seconds from UTC, with the zone's name.
  func time(_ milliseconds: Int64, offset: Int) -> String {
    Self.localTime(milliseconds, offset: offset) + " " + Self.zone(offset)
  }

  /// `2026-05-01 16:00`: the time at `offset` seconds from UTC.
  static func localTime(_ milliseconds: Int64, offset: Int) -> String {
    let stamp = Timestamp.format(milliseconds + Int64(offset) * 1000)
    return stamp.prefix(10) + " " + stamp.dropFirst(11).prefix(5)
  }

  /// Indonesia's zones by name (WIB UTC+7, WITA UTC+8, WIT UTC+9), any other as
  /// `UTC+hh:mm` / `UTC-hh:mm`.
  static func zone(_ offset: Int) -> String {
    switch offset {
    case 7 * 3600: return "WIB"
    case 8 * 3600: return "WITA"
    case 9 * 3600: return "WIT"
    default:
      let minutes = abs(offset) / 60
      func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
      return "UTC" + (offset < 0 ? "-" : "+") + two(minutes / 60) + ":" + two(minutes % 60)
    }
  }

  /// The lesson title, marked when it is the course test.
  func lessonTitle(_ lesson: ReportLesson) -> String {
    lesson.kind == .test ? lesson.title + " " + self(.testMarker) : lesson.title
  }

  /// The group title of a question in the questions table: the lesson's title, and for
  /// the course test which test the figures come from.
  func questionGroup(_ question: ReportQuestion) -> String {
    question.phase == .lesson
      ? question.lessonTitle : question.lessonTitle + " — " + phase(question)
  }

  /// `tes awal` / `tes akhir` for the course test's questions, empty for lessons'.
  func phase(_ question: ReportQuestion) -> String {
    switch question.phase {
    case .lesson: return ""
    case .pre: return self(.preTestPhase)
    case .post: return self(.postTestPhase)
    }
  }

  /// The questions table's rows: answered questions in course order, the course test's
  /// pre-test rows right after its post-test rows (where they would be).
  func questionRows(_ model: ReportModel) -> [ReportQuestion] {
    var rows = model.questions.filter { $0.answered > 0 }
    let pre = model.preTestQuestions.filter { $0.answered > 0 }
    guard let test = pre.first?.lessonID else { return rows }
    let order = model.lessons.map(\.id)
    let testPosition = order.firstIndex(of: test) ?? order.count
    let at =
      rows.firstIndex { (order.firstIndex(of: $0.lessonID) ?? order.count) > testPosition }
      ?? rows.count
    rows.insert(contentsOf: pre, at: at)
    return rows
  }

  /// `1.3`: lesson number (in the lessons table) and question number.
  func questionNumber(_ question: ReportQuestion, in model: ReportModel) -> String {
    let lesson = (model.lessons.firstIndex { $0.id == question.lessonID } ?? 0) + 1
    return "\(lesson).\(question.number)"
  }

  /// A session as one line: `title (place, date)`.
  func sessionLine(_ session: Session) -> String {
    let details = [session.place, session.date].compactMap { $0 }
    return details.isEmpty
      ? session.title : session.title + " (" + details.joined(separator: ", ") + ")"
  }

  /// `I1`: the short name of the indicator at `index` in column titles.
  func indicatorCode(_ index: Int) -> String { "I\(index + 1)" }

  /// `I1 = label` for every indicator.
  func indicatorLegend(_ labels: [String]) -> String {
    labels.enumerated().map { indicatorCode($0.offset) + " = " + $0.element }
      .joined(separator: "; ")
  }

  /// A comparison row's name: the session title with its date, the group, or
  /// "(no group)".
  func comparisonLabel(_ row: ReportComparisonRow) -> String {
    guard let label = row.label else { return self(.noGroup) }
    return row.date.map { label + " (" + $0 + ")" } ?? label
  }

  /// The `--by` table as every text format shows it: the titles (session or group, N,
  /// `I1`…, the pass rate when the course has a test) and one row of cells per session
  /// or group, its name passed through `escape` (the format's own escaping).
  func comparisonTable(_ comparison: ReportComparison, escape: (String) -> String) -> (
    titles: [String], rows: [[String]]
  ) {
    var titles = [self(comparison.kind == .session ? .session : .groupColumn), "N"]
    titles += comparison.indicators.indices.map(indicatorCode)
    if comparison.hasTest { titles.append(self(.passRateColumn)) }
    let rows = comparison.rows.map { row in
      [escape(comparisonLabel(row)), "\(row.enrolled)"]
        + row.achieved.map(fractionAndPercent)
        + (row.passed.map { [fractionAndPercent($0)] } ?? [])
    }
    return (titles, rows)
  }

  /// The per-person cell of an indicator: `ya`, `belum (1)`, `ya*`, `belum*`, `–`.
  func personCell(_ cell: ReportPersonIndicator) -> String {
    guard let word = status(cell.status) else { return Self.none }
    guard let reason = cell.reason else { return word }
    return word + " (" + (cell.reasonNumber.map(String.init) ?? reason) + ")"
  }

  /// `ya`, `belum`, `ya*`, `belum*`; nil when nothing is recorded.
  func status(_ status: ReportPersonIndicator.Status) -> String? {
    switch status {
    case .achieved: return self(.statusAchieved)
    case .notYet: return self(.statusNotYet)
    case .selfAchieved: return self(.statusSelfAchieved)
    case .selfNotYet: return self(.statusSelfNotYet)
    case .none: return nil
    }
  }

  /// `(1) label; (2) label` for the reasons used in the per-person table, by number
  /// (unknown reason ids after them).
  func reasonLegend(_ people: [ReportPerson]) -> String? {
    var seen: [String: (number: Int?, label: String)] = [:]
    for cell in people.lazy.flatMap(\.indicators) {
      guard let reason = cell.reason else { continue }
      seen[reason] = (cell.reasonNumber, cell.reasonLabel ?? reason)
    }
    guard !seen.isEmpty else { return nil }
    let items = seen.sorted { lhs, rhs in
      (lhs.value.number ?? Int.max, lhs.key) < (rhs.value.number ?? Int.max, rhs.key)
    }.map { "(" + ($0.value.number.map(String.init) ?? $0.key) + ") " + $0.value.label }
    return self(.reasonsLegend) + ": " + items.joined(separator: "; ")
  }

  /// `3/11`: lessons finished of all lessons.
  func lessonsDone(_ person: ReportPerson) -> String { fraction(person.completed) }

  /// A score, or "–".
  func score(_ score: Int?) -> String { score.map(String.init) ?? Self.none }

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

  /// Label and value pairs for the header, in order: one session's title, place and date
  /// apart; several sessions each as `title (place, date)`; "all data" when no one in
  /// scope joined a session.
  func headerFields(_ header: ReportHeader) -> [(label: String, value: String)] {
    var fields = [(self(.course), header.courseTitle + " (" + header.courseID + ")")]
    let sessions = header.session.map { [$0] } ?? header.sessions
    if sessions.count == 1 {
      fields.append((self(.session), sessions[0].title))
      if let place = sessions[0].place { fields.append((self(.place), place)) }
      if let date = sessions[0].date { fields.append((self(.date), date)) }
    } else {
      let value =
        sessions.isEmpty ? self(.allData) : sessions.map(sessionLine).joined(separator: "; ")
      fields.append((self(.session), value))
    }
    if let group = header.group { fields.append((self(.group), group)) }
    fields += [
      (self(.enrolled), self(.people(header.enrolled))),
      (self(.assessed), self(.people(header.assessed))),
      (self(.selfReportedPeople), self(.people(header.selfReported))),
      (self(.passMark), "\(header.passMark)%"),
      (self(.generated), time(header.generated, offset: header.utcOffset)),
    ]
    return fields
  }
}
