import Foundation
import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihCourse

/// Generated malformed files: a valid lesson and manifest damaged by seeded mutations.
/// Whatever the damage, the parser must not crash, every diagnostic must point into the
/// file, and no unsafe character may reach the parsed text.
@Suite struct MalformedLessonTests {
  /// The fixed seed; set `LATIH_FUZZ_SEED` (decimal or 0x-hex) to explore another.
  static let seed: UInt64 = {
    guard let text = getenv("LATIH_FUZZ_SEED").map({ String(cString: $0) }) else {
      return 0x1A71_4C0D_E5EE_D001
    }
    return text.hasPrefix("0x") ? UInt64(text.dropFirst(2), radix: 16) ?? 0 : UInt64(text) ?? 0
  }()
  static let indicators = ["installed-app", "video-content"]
  /// The seed as printed in failure messages.
  static let label = "seed 0x\(String(seed, radix: 16))"

  @Test func originalLessonIsValid() throws {
    let (lesson, diagnostics) = LessonParser.parse(
      Array(ValidFiles.lesson.utf8), path: "mutant.md", indicators: Self.indicators)
    #expect(diagnostics == [])
    let parsed = try #require(lesson)
    #expect(parsed.pages.map(\.kind) == [.reading, .checklist, .quiz])
    #expect(parsed.questions.map(\.kind) == [.single, .multiple, .trueFalse, .order, .short])
    #expect(parsed.checklistItems.map(\.id) == ["item-1", "item-2", "rekening"])
  }

  @Test func originalManifestIsValid() {
    #expect(
      ManifestParser.parse(Array(ValidFiles.manifest.utf8), path: "course.md").diagnostics == [])
  }

  @Test func mutatedLessons() {
    let original = Array(ValidFiles.lesson.utf8)
    var mutator = Mutator(random: SplitMix64(seed: Self.seed))
    var failures = 0
    var changed = 0
    var withDiagnostics = 0
    var kinds: Set<Substring> = []
    for number in 0..<2_000 where failures < 5 {
      let (bytes, applied) = mutator.mutate(original)
      let (lesson, diagnostics) = LessonParser.parse(
        bytes, path: "mutant.md", indicators: Self.indicators)
      guard bytes != original else { continue }
      changed += 1
      if !diagnostics.isEmpty { withDiagnostics += 1 }
      kinds.formUnion(diagnostics.map { "\($0.message)".prefix { $0 != "(" } })
      var problems = Self.locationProblems(diagnostics, in: bytes)
      problems += lesson.map(Self.unsafeText) ?? []
      if lesson == nil && !diagnostics.contains(where: { $0.severity == .error }) {
        problems.append("no lesson and no error")
      }
      if !problems.isEmpty {
        failures += 1
        let file = String(decoding: bytes, as: UTF8.self)
        Issue.record(
          "\(Self.label) mutant \(number) \(applied.map(\.rawValue)): \(problems)\n\(file)")
      }
    }
    #expect(changed > 1_900, "\(Self.label): too few mutants differ")
    // The mutations must really damage the file, in many different ways.
    #expect(withDiagnostics > 1_000, "\(Self.label): only \(withDiagnostics) mutants reported")
    #expect(kinds.count >= 20, "\(Self.label): only \(kinds.sorted())")
  }

  @Test func mutatedManifests() {
    let original = Array(ValidFiles.manifest.utf8)
    var mutator = Mutator(random: SplitMix64(seed: Self.seed ^ 0xFFFF))
    var failures = 0
    var withDiagnostics = 0
    for number in 0..<600 where failures < 5 {
      let (bytes, applied) = mutator.mutate(original)
      let (manifest, diagnostics) = ManifestParser.parse(bytes, path: "mutant.md")
      guard bytes != original else { continue }
      if !diagnostics.isEmpty { withDiagnostics += 1 }
      var problems = Self.locationProblems(diagnostics, in: bytes)
      if manifest == nil && !diagnostics.contains(where: { $0.severity == .error }) {
        problems.append("no manifest and no error")
      }
      let labels = (manifest?.indicators ?? []) + (manifest?.reasons ?? [])
      let texts = labels.flatMap(\.labels.values) + (manifest?.titles.values.map { $0 } ?? [])
      problems += texts.filter(Self.hasUnsafe).map { "unsafe text \($0.debugDescription)" }
      if !problems.isEmpty {
        failures += 1
        Issue.record(
          "\(Self.label) manifest mutant \(number) \(applied.map(\.rawValue)): \(problems)")
      }
    }
    #expect(
      withDiagnostics > 300, "\(Self.label): only \(withDiagnostics) manifest mutants reported")
  }

  /// Diagnostics outside the file: line < 1, column < 1, line beyond the last line + 1,
  /// a column beyond the end of its line + 1, or another path.
  static func locationProblems(_ diagnostics: [Diagnostic], in bytes: [UInt8]) -> [String] {
    var sink = DiagnosticSink()
    let lines = SourceText.decode(bytes, path: "mutant.md", into: &sink)?.lines ?? []
    // Lines end in LF, CRLF or a lone CR (issue 16): count them the way the reader does.
    let lineCount = max(lines.count, 1)
    return diagnostics.compactMap { diagnostic in
      let location = diagnostic.location
      let described = "\(diagnostic.formatted(in: .en))"
      if location.path != "mutant.md" { return "wrong path: \(described)" }
      if location.line < 1 || location.column < 1 { return "before the file: \(described)" }
      if location.line > lineCount + 1 { return "after the last line \(lineCount): \(described)" }
      if location.line <= lines.count,
        location.column > lines[location.line - 1].text.unicodeScalars.count + 1
      {
        return "after the end of the line: \(described)"
      }
      return nil
    }
  }

  /// Whether `text` holds a character that must never reach a terminal raw.
  static func hasUnsafe(_ text: String) -> Bool {
    text.unicodeScalars.contains { $0 != "\t" && TerminalSanitizer.isUnsafe($0) }
  }

  /// Every text of `lesson` that holds an unsafe character, described.
  static func unsafeText(_ lesson: Lesson) -> [String] {
    LessonTexts.all(lesson).filter(hasUnsafe).map { "unsafe text \($0.debugDescription)" }
  }
}
