/// One accepted journal line as a report counts it: its sequence number, time and id
/// (as bytes of the line), and for the events a report counts, the byte ranges of the
/// ids it names and the values it needs. Made by ``CanonicalLineParser`` for lines as
/// Latih writes them, else from ``EventDecoder``'s event.
struct CompactLine {
  /// The events a report counts; `other` for the rest.
  enum Kind { case opened, answer, completed, checklist, indicator, other }

  /// A string value: its bytes between the quotes, and whether it has escapes.
  typealias Text = (range: Range<Int>, escaped: Bool)

  var sequence = 0
  var time: Int64 = 0
  var id: Text = (0..<0, false)
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

  init() {}

  /// The line `decoder` just read into `event` (with sequence number `sequence`).
  init(sequence: Int, event: Event, decoder: EventDecoder) {
    self.sequence = sequence
    time = event.time
    id = decoder.identifier
    switch event.body {
    case .lessonOpened(let opening):
      kind = .opened
      run = decoder.stringField(.run)
      lesson = decoder.stringField(.lesson)
      isPractice = opening.isPractice
      explicitTag = opening.hasExplicitTag ? opening.tag : nil
    case .answer(let answer):
      kind = .answer
      run = decoder.stringField(.run)
      question = decoder.stringField(.question)
      flag = answer.correct
    case .lessonCompleted(let result):
      kind = .completed
      run = decoder.stringField(.run)
      score = result.score
      flag = result.passed
    case .checklistItem(let mark):
      kind = .checklist
      flag = mark.done
      indicator = decoder.stringField(.indicator)
      reason = decoder.stringField(.reason)
      note = decoder.stringField(.note)
      session = decoder.stringField(.session)
    case .indicatorRecorded(let record):
      kind = .indicator
      flag = record.achieved
      source = record.source
      indicator = decoder.stringField(.indicator)
      reason = decoder.stringField(.reason)
      note = decoder.stringField(.note)
      session = decoder.stringField(.session)
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
