import LatihBase

/// The `---` … `---` block of `key: value` lines at the top of a course file.
struct FrontMatter {
  /// One `key: value` line.
  struct Entry {
    var key: String
    var value: String
    var line: Int
    /// Column where the value starts.
    var valueColumn: Int
  }

  var entries: [Entry]
  /// Index into the source's lines of the first line after the closing `---`.
  var bodyStart: Int

  /// Parses the front matter; reports a missing or unclosed block, malformed lines,
  /// duplicate keys and keys not in `allowedKeys` (a key ending in `.` allows any suffix).
  static func parse(
    _ source: SourceText, allowedKeys: [String], into sink: inout DiagnosticSink
  ) -> FrontMatter? {
    guard let first = source.lines.first, first.text.trimmingTrailingSpaces() == "---" else {
      sink.error(source.location(1), .missingFrontMatter)
      return nil
    }
    var entries: [Entry] = []
    var index = 1
    while index < source.lines.count {
      let line = source.lines[index]
      let text = line.text.trimmingTrailingSpaces()
      index += 1
      if text == "---" { return FrontMatter(entries: entries, bodyStart: index) }
      if text.allSatisfy(\.isWhitespace) || text.hasPrefix("#") { continue }
      guard let colon = text.firstIndex(of: ":") else {
        sink.error(source.location(line.number), .malformedFrontMatterLine)
        continue
      }
      let key = text[..<colon].trimmingCharacters()
      var valueStart = text.index(after: colon)
      while valueStart < text.endIndex && text[valueStart] == " " {
        valueStart = text.index(after: valueStart)
      }
      let value = String(text[valueStart...]).trimmingCharacters()
      let keyAllowed = allowedKeys.contains { allowed in
        allowed.hasSuffix(".") ? key.hasPrefix(allowed) : key == allowed
      }
      if !keyAllowed {
        sink.error(
          source.location(line.number, line.text.column(of: text.startIndex)), .unknownKey(key))
        continue
      }
      if entries.contains(where: { $0.key == key }) {
        sink.error(source.location(line.number), .duplicateKey(key))
        continue
      }
      entries.append(
        Entry(key: key, value: value, line: line.number, valueColumn: text.column(of: valueStart)))
    }
    sink.error(source.location(1), .unclosedFrontMatter)
    return nil
  }

  /// The entry for `key`, if present.
  func entry(_ key: String) -> Entry? { entries.first { $0.key == key } }

  /// A required string value; reports a missing key at line 1.
  func required(_ key: String, _ source: SourceText, _ sink: inout DiagnosticSink) -> Entry? {
    guard let found = entry(key), !found.value.isEmpty else {
      sink.error(source.location(entry(key)?.line ?? 1), .missingKey(key))
      return nil
    }
    return found
  }

  /// An integer in `range`, or nil (reported) when present but invalid.
  func integer(
    _ key: String, in range: ClosedRange<Int>, _ source: SourceText, _ sink: inout DiagnosticSink
  ) -> Int? {
    guard let found = entry(key) else { return nil }
    guard let number = Int(found.value), range.contains(number) else {
      sink.error(
        source.location(found.line, found.valueColumn),
        .invalidNumber(key: key, value: found.value, range: range))
      return nil
    }
    return number
  }

  /// A valid id value, or nil (reported).
  func identifier(_ key: String, _ source: SourceText, _ sink: inout DiagnosticSink) -> String? {
    guard let found = required(key, source, &sink) else { return nil }
    guard CourseIdentifier.isValid(found.value) else {
      sink.error(source.location(found.line, found.valueColumn), .invalidID(found.value))
      return nil
    }
    return found.value
  }
}
