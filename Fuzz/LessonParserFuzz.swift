import LatihBase
import LatihCourse

/// libFuzzer target: the lesson parser on arbitrary bytes. Crashes (and so reports) when
/// a diagnostic points outside the file, when a file is refused without an error, or when
/// parsed text holds a character that must never reach a terminal.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLessonParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let (lesson, diagnostics) = LessonParser.parse(
    bytes, path: "fuzz.md", indicators: ["installed-app", "video-content"])
  let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count
  for diagnostic in diagnostics {
    let location = diagnostic.location
    precondition(location.path == "fuzz.md", "diagnostic for another path")
    precondition(location.line >= 1 && location.column >= 1, "diagnostic before the file")
    precondition(location.line <= lines + 1, "diagnostic after the last line")
  }
  guard let lesson else {
    precondition(diagnostics.contains { $0.severity == .error }, "refused without an error")
    return 0
  }
  var texts = [lesson.id, lesson.title]
  for page in lesson.pages {
    texts.append(page.title.plainText)
    for question in page.questions { texts.append(question.prompt.plainText) }
    for item in page.items { texts.append(item.text.plainText) }
  }
  for text in texts {
    precondition(
      !text.unicodeScalars.contains { $0 != "\t" && TerminalSanitizer.isUnsafe($0) },
      "unsafe character in parsed text")
  }
  return 0
}
