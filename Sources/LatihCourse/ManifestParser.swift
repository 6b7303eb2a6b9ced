import LatihBase

/// Parses `course.md` into a ``CourseManifest``, reporting every problem.
package struct ManifestParser {
  let source: SourceText
  var sink = DiagnosticSink()

  /// Parses `bytes` read from `path`; the manifest is nil when it is unusable.
  package static func parse(_ bytes: [UInt8], path: String)
    -> (manifest: CourseManifest?, diagnostics: [Diagnostic])
  {
    var sink = DiagnosticSink()
    guard let source = SourceText.decode(bytes, path: path, into: &sink) else {
      return (nil, sink.diagnostics)
    }
    var parser = ManifestParser(source: source, sink: sink)
    let manifest = parser.parseManifest()
    return (manifest, parser.sink.diagnostics)
  }

  private enum Section: String { case lessons, indicators, reasons }

  /// The sub-item key that ties a reason to indicators: `  - for: affiliate-account`.
  static let tieKey = "for"

  /// One indicator id named on a reason's `for:` line, checked once every indicator is known.
  private struct Tie {
    var reason: Int
    var indicator: String
    var location: SourceLocation
  }

  /// The indicator ids of a `for:` line (`text` is the item's text, `colon` its first
  /// colon), comma- or space-separated; reports a second `for:` line of the same reason,
  /// an empty list and a malformed id.
  private mutating func parseTie(
    _ text: Substring, after colon: Substring.Index, in line: SourceText.Line, reason: Int,
    _ tiedReasons: inout Set<Int>
  ) -> [Tie] {
    let here = source.location(line.number, line.text.column(of: text.startIndex))
    guard tiedReasons.insert(reason).inserted else {
      sink.error(here, .duplicateKey(Self.tieKey))
      return []
    }
    let list = text[text.index(after: colon)...]
    let ids = list.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" })
    guard !ids.isEmpty else {
      sink.error(here, .reasonTieEmpty)
      return []
    }
    var found: [Tie] = []
    for id in ids {
      let location = source.location(line.number, line.text.column(of: id.startIndex))
      guard CourseIdentifier.isValid(id) else {
        sink.error(location, .invalidID(String(id)))
        continue
      }
      found.append(Tie(reason: reason, indicator: String(id), location: location))
    }
    return found
  }

  mutating func parseManifest() -> CourseManifest? {
    let keys = [
      "id", "languages", "title.", "pass-mark", "attempts", "course-test", "certificate",
      "completion",
    ]
    guard let front = FrontMatter.parse(source, allowedKeys: keys, into: &sink) else { return nil }
    let id = front.identifier("id", source, &sink)
    var languages: [Language] = []
    if let entry = front.required("languages", source, &sink) {
      for code in entry.value.split(whereSeparator: { $0 == "," || $0 == " " }) {
        if let language = Language(rawValue: String(code)) {
          if !languages.contains(language) { languages.append(language) }
        } else {
          let column = entry.valueColumn + entry.value.column(of: code.startIndex) - 1
          sink.error(source.location(entry.line, column), .unknownLanguage(String(code)))
        }
      }
    }
    var titles: [Language: String] = [:]
    for entry in front.entries where entry.key.hasPrefix("title.") {
      let code = String(entry.key.dropFirst(6))
      if let language = Language(rawValue: code) {
        titles[language] = TerminalSanitizer.cleanLine(entry.value)
      } else {
        sink.error(source.location(entry.line), .unknownLanguage(code))
      }
    }
    for language in languages where titles[language]?.isEmpty ?? true {
      sink.error(source.location(1), .missingTitle(language))
    }
    let passMark = front.integer("pass-mark", in: 1...100, source, &sink)
    let attempts = front.integer("attempts", in: 1...5, source, &sink)
    var courseTest: String?
    if let entry = front.entry("course-test") {
      if CourseIdentifier.isValid(entry.value) {
        courseTest = entry.value
      } else {
        sink.error(source.location(entry.line, entry.valueColumn), .invalidID(entry.value))
      }
    }
    let (certificates, completion) = certificateRules(front, hasTest: courseTest != nil)

    var lessons: [CourseManifest.LessonEntry] = []
    var indicators: [CourseManifest.Label] = []
    var reasons: [CourseManifest.Label] = []
    var ties: [Tie] = []
    var tiedReasons: Set<Int> = []
    var seenSections: Set<String> = []
    var section: Section?
    var lastLabelIndex: Int?
    for line in source.lines[front.bodyStart...] {
      switch line.kind {
      case .blank:
        continue
      case .heading(let level, let text) where level == 2:
        let trailing = TrailingMarkers.split(text, in: line.text)
        section = nil
        lastLabelIndex = nil
        for marker in trailing.markers {
          if let found = Section(rawValue: marker.name), marker.argument == nil {
            section = found
            if !seenSections.insert(found.rawValue).inserted {
              sink.error(
                source.location(line.number, marker.column), .duplicateKey("[\(found.rawValue)]"))
            }
          } else {
            sink.error(
              source.location(line.number, marker.column),
              .unknownMarker(marker.name, allowed: ["lessons", "indicators", "reasons"]))
          }
        }
      case .heading(let level, _) where level == 1:
        continue
      case .listItem(let indent, _, let text) where section == .lessons && indent < 2:
        let value = text.trimmingCharacters()
        let here = source.location(line.number, line.text.column(of: text.startIndex))
        if !CourseIdentifier.isValid(value) {
          sink.error(here, value.contains(" ") ? .lessonListEntryMalformed : .invalidID(value))
        } else if lessons.contains(where: { $0.id == value }) {
          sink.error(here, .lessonListedTwice(value))
        } else {
          lessons.append(CourseManifest.LessonEntry(id: value, location: here))
        }
      case .listItem(let indent, _, let text) where section == .indicators || section == .reasons:
        let here = source.location(line.number, line.text.column(of: text.startIndex))
        if indent < 2 {
          let value = text.trimmingCharacters()
          guard CourseIdentifier.isValid(value) else {
            sink.error(here, value.contains(":") ? .labelEntryMalformed : .invalidID(value))
            lastLabelIndex = nil
            continue
          }
          let existing = section == .indicators ? indicators : reasons
          if let first = existing.first(where: { $0.id == value }) {
            sink.error(here, .duplicateID(value, firstLine: first.location.line))
            lastLabelIndex = nil
            continue
          }
          let label = CourseManifest.Label(id: value, labels: [:], location: here)
          if section == .indicators {
            indicators.append(label)
            lastLabelIndex = indicators.count - 1
          } else {
            reasons.append(label)
            lastLabelIndex = reasons.count - 1
          }
        } else {
          guard let index = lastLabelIndex, let colon = text.firstIndex(of: ":") else {
            sink.error(here, .labelEntryMalformed)
            continue
          }
          let code = text[..<colon].trimmingCharacters()
          if code == Self.tieKey {
            if section == .reasons {
              ties.append(
                contentsOf: parseTie(text, after: colon, in: line, reason: index, &tiedReasons))
            } else {
              sink.error(here, .reasonTieOnIndicator)
            }
            continue
          }
          let label = TerminalSanitizer.cleanLine(
            text[text.index(after: colon)...].trimmingCharacters())
          guard let language = Language(rawValue: code) else {
            sink.error(here, .unknownLanguage(code))
            continue
          }
          if section == .indicators {
            indicators[index].labels[language] = label
          } else {
            reasons[index].labels[language] = label
          }
        }
      default:
        if let section {
          let message: CheckMessage =
            section == .lessons ? .lessonListEntryMalformed : .labelEntryMalformed
          sink.error(source.location(line.number), message)
        }
      }
    }
    for name in ["lessons", "indicators", "reasons"] where !seenSections.contains(name) {
      sink.error(source.location(1), .missingSection(name))
    }
    let known = indicators.map(\.id)
    for tie in ties {
      if known.contains(tie.indicator) {
        if !reasons[tie.reason].indicators.contains(tie.indicator) {
          reasons[tie.reason].indicators.append(tie.indicator)
        }
      } else {
        sink.error(tie.location, .unknownIndicator(tie.indicator, known: known))
      }
    }
    for label in indicators + reasons {
      for language in languages where label.labels[language]?.isEmpty ?? true {
        sink.error(label.location, .missingLabel(id: label.id, language: language))
      }
    }
    if lessons.count > CourseManifest.maximumLessons {
      sink.error(
        lessons[CourseManifest.maximumLessons].location,
        .tooManyLessons(CourseManifest.maximumLessons))
    }
    if let test = courseTest, !lessons.contains(where: { $0.id == test }),
      let entry = front.entry("course-test")
    {
      sink.error(source.location(entry.line, entry.valueColumn), .courseTestNotListed(test))
    }
    guard let id, !languages.isEmpty else { return nil }
    return CourseManifest(
      id: id, languages: languages, titles: titles,
      passMark: passMark ?? CourseManifest.defaultPassMark,
      attempts: attempts ?? CourseManifest.defaultAttempts, courseTest: courseTest,
      lessons: lessons, certificates: certificates, completion: completion,
      indicators: indicators, reasons: reasons, path: source.path)
  }

  /// `certificate: participation, completion` (the kinds offered) and `completion:
  /// post-test | all-lessons`; a post-test rule needs a course test.
  private mutating func certificateRules(_ front: FrontMatter, hasTest: Bool)
    -> ([CertificateKind], CompletionRule)
  {
    var kinds = CertificateKind.allCases
    if let entry = front.entry("certificate") {
      kinds = []
      for word in entry.value.split(whereSeparator: { $0 == "," || $0 == " " }) {
        if let kind = CertificateKind(rawValue: String(word)) {
          if !kinds.contains(kind) { kinds.append(kind) }
        } else {
          let column = entry.valueColumn + entry.value.column(of: word.startIndex) - 1
          sink.error(
            source.location(entry.line, column),
            .invalidValue(
              key: "certificate", value: String(word),
              allowed: CertificateKind.allCases.map(\.rawValue)))
        }
      }
    }
    var rule = CompletionRule.allLessons
    if let entry = front.entry("completion") {
      if let found = CompletionRule(rawValue: entry.value) {
        rule = found
        if found == .postTest && !hasTest {
          sink.error(source.location(entry.line, entry.valueColumn), .missingKey("course-test"))
        }
      } else {
        sink.error(
          source.location(entry.line, entry.valueColumn),
          .invalidValue(
            key: "completion", value: entry.value, allowed: CompletionRule.allCases.map(\.rawValue))
        )
      }
    }
    return (kinds, rule)
  }
}
