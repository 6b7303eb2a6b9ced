/// One accepted journal line as a report counts it: its sequence number, time and id
/// (as bytes of the line), and for the events a report counts, the byte ranges of the
/// ids it names and the values it needs. Made by ``CanonicalLineParser`` for lines as
/// Latih writes them, else from ``EventDecoder``'s event.
struct CompactLine {
  /// The events a report counts; `other` for the rest.
  enum Kind { case opened, answer, completed, checklist, indicator, other }

  /// A string value: its bytes between the quotes, and whether it has escapes. Kept in
  /// 9 bytes (a line of a journal is under 4 GiB: a journal is at most
  /// ``Journal/maximumBytes``): a line's values are copied a few times on their way
  /// into the report, a million lines a second.
  struct Text {
    private var start: UInt32
    private var end: UInt32
    /// Whether the string has escapes (then only its decoded form is exact).
    let escaped: Bool

    init(_ range: Range<Int>, escaped: Bool) {
      start = UInt32(truncatingIfNeeded: range.lowerBound)
      end = UInt32(truncatingIfNeeded: range.upperBound)
      self.escaped = escaped
    }

    /// A string as ``EventDecoder`` finds it.
    init(_ found: (range: Range<Int>, escaped: Bool)) {
      self.init(found.range, escaped: found.escaped)
    }

    /// The bytes between the quotes, as offsets in the line.
    var range: Range<Int> { Int(start)..<Int(end) }
  }

  var sequence = 0
  var time: Int64 = 0
  var id = Text(0..<0, escaped: false)
  var kind = Kind.other
  var run: Text?
  var lesson: Text?
  var question: Text?
  var indicator: Text?
  var session: Text?
  var reason: Text?
  var note: Text?
  /// Opened: a retry of missed questions.
  var isPractice = false
  /// Opened: the test tag when it was set explicitly.
  var explicitTag: TestTag?
  /// Answer: right; completed: passed; checklist item: done; indicator: achieved.
  var flag = false
  /// Completed: the score.
  var score = 0
  /// Indicator: who recorded it.
  var source = RecordSource.selfReported
  /// An event a roster reads (``CompactProgress/rosterLines``).
  var isRosterEvent = false

  init() {}

  /// The line `decoder` just read into `event` (with sequence number `sequence`).
  init(sequence: Int, event: Event, decoder: EventDecoder) {
    self.sequence = sequence
    time = event.time
    id = Text(decoder.identifier)
    switch event.body {
    case .lessonOpened(let opening):
      kind = .opened
      run = decoder.stringField(.run).map(Text.init)
      lesson = decoder.stringField(.lesson).map(Text.init)
      isPractice = opening.isPractice
      explicitTag = opening.hasExplicitTag ? opening.tag : nil
    case .answer(let answer):
      kind = .answer
      run = decoder.stringField(.run).map(Text.init)
      question = decoder.stringField(.question).map(Text.init)
      flag = answer.correct
    case .lessonCompleted(let result):
      kind = .completed
      run = decoder.stringField(.run).map(Text.init)
      score = result.score
      flag = result.passed
    case .checklistItem(let mark):
      kind = .checklist
      flag = mark.done
      indicator = decoder.stringField(.indicator).map(Text.init)
      reason = decoder.stringField(.reason).map(Text.init)
      note = decoder.stringField(.note).map(Text.init)
      session = decoder.stringField(.session).map(Text.init)
    case .indicatorRecorded(let record):
      kind = .indicator
      flag = record.achieved
      source = record.source
      indicator = decoder.stringField(.indicator).map(Text.init)
      reason = decoder.stringField(.reason).map(Text.init)
      note = decoder.stringField(.note).map(Text.init)
      session = decoder.stringField(.session).map(Text.init)
    case .enrolled, .sessionJoined, .participantsLinked, .participantRenamed,
      .participantRemoved, .participantRestored:
      kind = .other
      isRosterEvent = true
    default:
      kind = .other
    }
  }

  /// The bytes of `text` in `line`, escapes decoded, handed to `body`.
  static func withBytes<T>(
    _ text: Text, in line: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> T
  ) -> T? {
    guard text.escaped else { return body(UnsafeBufferPointer(rebasing: line[text.range])) }
    guard var decoded = string(text, in: line) else { return nil }
    return decoded.withUTF8(body)
  }

  /// `text` of `line` as a string, escapes decoded (as ``EventDecoder`` makes it).
  static func string(_ text: Text, in line: UnsafeBufferPointer<UInt8>) -> String? {
    guard text.escaped else {
      return String(decoding: UnsafeBufferPointer(rebasing: line[text.range]), as: UTF8.self)
    }
    var scanner = JSONScanner(line, from: text.range.lowerBound - 1)
    return scanner.string()
  }
}
