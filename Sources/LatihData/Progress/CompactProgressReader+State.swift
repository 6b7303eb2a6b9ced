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

    /// Adds `compact`, read from `line`.
    mutating func add(_ compact: CompactLine, line: UnsafeBufferPointer<UInt8>) {
      switch compact.kind {
      case .opened:
        let lesson = compact.lesson.flatMap { text in
          CompactLine.withBytes(text, in: line) { vocabulary.lessons.value($0) } ?? nil
        }
        let run = CompactProgress.Run(
          lesson: Int32(lesson ?? -1), isPractice: compact.isPractice,
          explicitTag: compact.explicitTag, openedAt: compact.time)
        let position = Int32(progress.runs.count)
        guard let id = compact.run,
          let found = CompactLine.withBytes(id, in: line, { runs.insert($0, value: position) })
        else { return }
        if found.inserted {
          progress.runs.append(run)
        } else {
          progress.runs[Int(found.value)] = run
        }
      case .answer:
        guard let position = run(compact, line) else { return }
        let lesson = Int(progress.runs[position].lesson)
        guard lesson >= 0, let id = compact.question,
          let question = CompactLine.withBytes(
            id, in: line, { vocabulary.questions[lesson].value($0) })
            ?? nil
        else { return }
        progress.runs[position].answers.append((Int32(question), compact.flag))
      case .completed:
        guard let position = run(compact, line) else { return }
        progress.runs[position].score = compact.score
        progress.runs[position].passed = compact.flag
        progress.runs[position].completedAt = compact.time
      case .checklist:
        addIndicator(compact, reasons: !compact.flag, source: .selfReported, line)
      case .indicator:
        addIndicator(compact, reasons: true, source: compact.source, line)
      case .other:
        break
      }
    }

    /// Adds the indicator record `compact` holds, if it names an indicator of the course
    /// (its reason and note only when `reasons`: a checklist item marked done has none).
    private mutating func addIndicator(
      _ compact: CompactLine, reasons: Bool, source: RecordSource,
      _ line: UnsafeBufferPointer<UInt8>
    ) {
      guard let id = compact.indicator,
        let index = CompactLine.withBytes(id, in: line, { vocabulary.indicators.value($0) }) ?? nil
      else { return }
      let session = compact.session.flatMap { CompactLine.string($0, in: line) }
        .map { vocabulary.aliases[$0] ?? $0 }
      progress.indicators.append(
        CompactProgress.Indicator(
          index: Int32(index), achieved: compact.flag,
          reason: reasons ? compact.reason.flatMap { CompactLine.string($0, in: line) } : nil,
          note: reasons ? compact.note.flatMap { CompactLine.string($0, in: line) } : nil,
          source: source, session: session))
    }

    /// The position of the run `compact` names, if it was opened.
    private func run(_ compact: CompactLine, _ line: UnsafeBufferPointer<UInt8>) -> Int? {
      guard let id = compact.run else { return nil }
      return CompactLine.withBytes(id, in: line) { runs.value($0) } ?? nil
    }
  }
}
