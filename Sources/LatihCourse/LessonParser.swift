import LatihBase

/// Parses one lesson file into a ``Lesson``, reporting every problem it finds.
///
/// The parser never stops at the first problem: a broken question is reported and
/// skipped, the rest of the lesson is still read. It returns nil only when the file
/// cannot be a lesson at all (over the size limit, no front matter, no id).
package struct LessonParser {
  /// The most pages a lesson may have.
  package static let maximumPages = 100
  /// The most questions a lesson may have.
  package static let maximumQuestions = 200

  let source: SourceText
  /// Indicator ids of the course, to check `[indicator: …]`; nil skips that check.
  let indicators: [String]?
  var sink = DiagnosticSink()

  init(source: SourceText, indicators: [String]?) {
    self.source = source
    self.indicators = indicators
  }

  /// Parses `bytes` read from `path`.
  package static func parse(_ bytes: [UInt8], path: String, indicators: [String]?)
    -> (lesson: Lesson?, diagnostics: [Diagnostic])
  {
    var sink = DiagnosticSink()
    guard let source = SourceText.decode(bytes, path: path, into: &sink) else {
      return (nil, sink.diagnostics)
    }
    var parser = LessonParser(source: source, indicators: indicators)
    parser.sink = sink
    let lesson = parser.parseLesson()
    return (lesson, parser.sink.diagnostics)
  }

  func location(_ line: Int, _ column: Int = 1) -> SourceLocation {
    source.location(line, column)
  }

  mutating func parseLesson() -> Lesson? {
    let keys = ["id", "title", "minutes", "kind", "attempts", "checked", Self.sourceKeyPrefix]
    guard let front = FrontMatter.parse(source, allowedKeys: keys, into: &sink) else { return nil }
    let id = front.identifier("id", source, &sink)
    let title = front.required("title", source, &sink)?.value ?? ""
    var minutes = 0
    if front.entry("minutes") == nil {
      sink.error(location(1), .missingKey("minutes"))
    } else {
      minutes = front.integer("minutes", in: 1...600, source, &sink) ?? 0
    }
    let attempts = front.integer("attempts", in: 1...5, source, &sink)
    var kind = LessonKind.lesson
    if let entry = front.entry("kind") {
      if let parsed = LessonKind(rawValue: entry.value) {
        kind = parsed
      } else {
        sink.error(
          location(entry.line, entry.valueColumn),
          .invalidValue(
            key: "kind", value: entry.value, allowed: LessonKind.allCases.map(\.rawValue)))
      }
    }
    let checked = parseChecked(front)
    let sources = parseSources(front)
    let pages = parsePages(from: front.bodyStart)
    guard let id else { return nil }
    var lesson = Lesson(
      id: id, title: TerminalSanitizer.cleanLine(title), minutes: minutes, kind: kind,
      attempts: attempts, pages: pages, path: source.path, checked: checked, sources: sources)
    assignIDs(&lesson)
    if lesson.pages.isEmpty { sink.error(location(source.lines.count), .noPages) }
    if lesson.pages.count > Self.maximumPages {
      sink.error(lesson.pages[Self.maximumPages].location, .tooManyPages(Self.maximumPages))
    }
    let questions = lesson.questions
    if questions.count > Self.maximumQuestions {
      sink.error(
        questions[Self.maximumQuestions].location, .tooManyQuestions(Self.maximumQuestions))
    }
    if kind == .test && questions.isEmpty && !lesson.pages.isEmpty {
      sink.error(location(1), .testWithoutQuestions)
    }
    return lesson
  }

  /// Splits the body at `##` headings (outside preformatted blocks) and parses each page.
  mutating func parsePages(from start: Int) -> [Page] {
    var pages: [Page] = []
    var index = start
    var seenTitle = false
    var reportedStrayText = false
    // Before the first page: blank lines and one `# title`.
    while index < source.lines.count {
      let line = source.lines[index]
      switch line.kind {
      case .blank:
        index += 1
        continue
      case .heading(let level, _) where level == 1 && !seenTitle:
        seenTitle = true
        index += 1
        continue
      case .heading(let level, _) where level == 2:
        break
      default:
        if !reportedStrayText {
          sink.error(location(line.number), .textBeforeFirstPage)
          reportedStrayText = true
        }
        index += 1
        continue
      }
      break
    }
    while index < source.lines.count {
      let heading = source.lines[index]
      var end = index + 1
      var inFence = false
      while end < source.lines.count {
        let kind = source.lines[end].kind
        if case .fence = kind { inFence.toggle() }
        if !inFence, case .heading(let level, _) = kind, level == 2 { break }
        end += 1
      }
      if let page = parsePage(heading: heading, body: Array(source.lines[(index + 1)..<end])) {
        pages.append(page)
      }
      index = end
    }
    return pages
  }

  /// Parses one page from its `##` heading line and the lines under it.
  mutating func parsePage(heading: SourceText.Line, body: [SourceText.Line]) -> Page? {
    guard case .heading(_, let text) = heading.kind else { return nil }
    let trailing = TrailingMarkers.split(text, in: heading.text)
    var kind = Page.Kind.reading
    for marker in trailing.markers {
      let here = location(heading.number, marker.column)
      switch marker.name {
      case "checklist", "quiz":
        let markerKind: Page.Kind = marker.name == "quiz" ? .quiz : .checklist
        if kind != .reading {
          sink.error(here, .conflictingMarkers(kind.rawValue, marker.name))
        } else if marker.argument != nil {
          sink.error(here, .markerNotAllowedHere("\(marker.name):"))
        } else {
          kind = markerKind
        }
      case "true", "false", "order", "short", "indicator", "hint":
        sink.error(here, .markerNotAllowedHere(marker.name))
      default:
        sink.error(here, .unknownMarker(marker.name, allowed: ["checklist", "quiz"]))
      }
    }
    if trailing.id != nil {
      sink.error(location(heading.number, trailing.idColumn), .markerNotAllowedHere("{#…}"))
    }
    if trailing.text.isEmpty {
      sink.error(location(heading.number, heading.text.column(of: text.startIndex)), .emptyHeading)
    }
    var page = Page(
      title: InlineParser.parse(trailing.text), kind: kind, location: location(heading.number))
    switch kind {
    case .reading:
      page.blocks = parseBlocks(body[...], checklist: false).blocks
    case .checklist:
      let parsed = parseBlocks(body[...], checklist: true)
      page.blocks = parsed.blocks
      page.items = parsed.items
      if page.items.isEmpty { sink.error(page.location, .checklistEmpty) }
    case .quiz:
      let firstQuestion =
        body.firstIndex { line in
          if case .heading(let level, _) = line.kind, level == 3 { return true }
          return false
        } ?? body.endIndex
      page.blocks = parseBlocks(body[..<firstQuestion], checklist: false).blocks
      page.questions = parseQuestions(body[firstQuestion...])
      if page.questions.isEmpty && firstQuestion == body.endIndex {
        sink.error(page.location, .quizEmpty)
      }
    }
    return page
  }

  /// Gives questions and checklist items without `{#id}` their derived ids (`qN`,
  /// `item-N`) and reports duplicate ids.
  mutating func assignIDs(_ lesson: inout Lesson) {
    var questionNumber = 0
    var itemNumber = 0
    var seen: [String: Int] = [:]
    /// Fills an empty `id` with `derived` and reports it if an earlier one had it.
    func claim(_ id: inout String, derived: String, at location: SourceLocation) {
      if id.isEmpty { id = derived }
      if let first = seen[id] {
        sink.error(location, .duplicateID(id, firstLine: first))
      } else {
        seen[id] = location.line
      }
    }
    for pageIndex in lesson.pages.indices {
      for questionIndex in lesson.pages[pageIndex].questions.indices {
        questionNumber += 1
        let location = lesson.pages[pageIndex].questions[questionIndex].location
        claim(
          &lesson.pages[pageIndex].questions[questionIndex].id, derived: "q\(questionNumber)",
          at: location)
      }
      for itemIndex in lesson.pages[pageIndex].items.indices {
        itemNumber += 1
        let location = lesson.pages[pageIndex].items[itemIndex].location
        claim(
          &lesson.pages[pageIndex].items[itemIndex].id, derived: "item-\(itemNumber)",
          at: location)
      }
    }
  }

  /// Checks an explicit `{#id}`; returns it, or "" to derive one.
  mutating func explicitID(_ trailing: TrailingMarkers, line: Int) -> String {
    guard let id = trailing.id else { return "" }
    if !CourseIdentifier.isValid(id) {
      sink.error(location(line, trailing.idColumn), .invalidID(id))
      return ""
    }
    return id
  }
}
