extension CompactProgressReader {
  /// The runs and indicator records of one journal as its counted events are added in
  /// time order: ``ParticipantProgress``'s run table, by number instead of by id.
  struct State {
    let vocabulary: CompactVocabulary
    var progress = CompactProgress()
    /// Run id → position in ``CompactProgress/runs``.
    private var runs = ByteTable()

    init(vocabulary: CompactVocabulary) {
      self.vocabulary = vocabulary
    }

    /// Whether events like `body` change what a report counts.
    static func counts(_ body: EventBody) -> Bool {
      switch body {
      case .lessonOpened, .answer, .lessonCompleted, .checklistItem, .indicatorRecorded:
        return true
      default:
        return false
      }
    }

    /// The progress read, its lists no longer growing.
    func finished() -> CompactProgress { progress }

    /// Adds `event`, decoded from `line` by `decoder` (without its body's strings: those
    /// are read from the line's bytes).
    mutating func add(
      _ event: Event, line: UnsafeBufferPointer<UInt8>, decoder: inout EventDecoder
    ) {
      switch event.body {
      case .lessonOpened(let opening):
        let lesson = Self.field(.lesson, line, &decoder) { vocabulary.lessons.value($0) } ?? nil
        let run = CompactProgress.Run(
          lesson: Int32(lesson ?? -1), isPractice: opening.isPractice,
          explicitTag: opening.hasExplicitTag ? opening.tag : nil, openedAt: event.time)
        let position = Int32(progress.runs.count)
        let found = Self.field(.run, line, &decoder) { runs.insert($0, value: position) }
        guard let found else { return }
        if found.inserted {
          progress.runs.append(run)
        } else {
          progress.runs[Int(found.value)] = run
        }
      case .answer(let answer):
        guard let position = run(line, &decoder) else { return }
        let lesson = Int(progress.runs[position].lesson)
        guard lesson >= 0,
          let question = Self.field(.question, line, &decoder, { vocabulary.questions[lesson].value($0) })
            ?? nil
        else { return }
        progress.runs[position].answers.append((Int32(question), answer.correct))
      case .lessonCompleted(let result):
        guard let position = run(line, &decoder) else { return }
        progress.runs[position].score = result.score
        progress.runs[position].passed = result.passed
        progress.runs[position].completedAt = event.time
      case .checklistItem(let mark):
        guard mark.indicator != nil else { return }
        addIndicator(
          achieved: mark.done, reasons: !mark.done, source: .selfReported, line, &decoder)
      case .indicatorRecorded(let record):
        addIndicator(
          achieved: record.achieved, reasons: true, source: record.source, line, &decoder)
      default:
        break
      }
    }

    /// Adds an indicator record read from `line` (its reason and note only when
    /// `reasons`: a checklist item marked done has none).
    private mutating func addIndicator(
      achieved: Bool, reasons: Bool, source: RecordSource, _ line: UnsafeBufferPointer<UInt8>,
      _ decoder: inout EventDecoder
    ) {
      guard let index = Self.field(.indicator, line, &decoder, { vocabulary.indicators.value($0) })
        ?? nil
      else { return }
      let session = Self.text(.session, line, &decoder).map { vocabulary.aliases[$0] ?? $0 }
      progress.indicators.append(
        CompactProgress.Indicator(
          index: Int32(index), achieved: achieved,
          reason: reasons ? Self.text(.reason, line, &decoder) : nil,
          note: reasons ? Self.text(.note, line, &decoder) : nil, source: source, session: session))
    }

    /// The position of the run `line` names, if it was opened.
    private func run(_ line: UnsafeBufferPointer<UInt8>, _ decoder: inout EventDecoder) -> Int? {
      (Self.field(.run, line, &decoder) { runs.value($0) } ?? nil)
    }

    /// `body` applied to the bytes of string field `key` of `line` (escapes decoded);
    /// nil when the line has no such field.
    private static func field<T>(
      _ key: EventKey, _ line: UnsafeBufferPointer<UInt8>, _ decoder: inout EventDecoder,
      _ body: (UnsafeBufferPointer<UInt8>) -> T
    ) -> T? {
      guard let (range, escaped) = decoder.stringField(key) else { return nil }
      guard escaped else { return body(UnsafeBufferPointer(rebasing: line[range])) }
      guard var text = decoder.string(key, escaped: true, range: range, in: line, needed: true)
      else { return nil }
      return text.withUTF8(body)
    }

    /// String field `key` of `line`, if it has one.
    private static func text(
      _ key: EventKey, _ line: UnsafeBufferPointer<UInt8>, _ decoder: inout EventDecoder
    ) -> String? {
      guard let (range, escaped) = decoder.stringField(key) else { return nil }
      return decoder.string(key, escaped: escaped, range: range, in: line, needed: true)
    }
  }
}
