import LatihBase

/// A place in a source file: 1-based line and column.
///
/// The column counts Unicode scalar values (code points) from the start of the line, so
/// `é` typed as one character is one column and a tab is one column. For invalid UTF-8
/// each undecodable byte sequence counts as one column.
package struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The file as the user named it.
  package var path: String
  /// 1-based line number.
  package var line: Int
  /// 1-based column, in Unicode scalars.
  package var column: Int

  package init(path: String, line: Int, column: Int = 1) {
    self.path = path
    self.line = line
    self.column = column
  }

  package static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
  }

  /// `path:line:column`.
  package var description: String { "\(path):\(line):\(column)" }
}

/// A problem found in a course file.
package struct Diagnostic: Hashable, Sendable {
  /// Whether the problem stops the file from being used.
  package enum Severity: String, Sendable, Hashable {
    case error, warning
  }

  package var severity: Severity
  package var location: SourceLocation
  package var message: CheckMessage

  package init(_ severity: Severity, _ location: SourceLocation, _ message: CheckMessage) {
    self.severity = severity
    self.location = location
    self.message = message
  }

  /// `path:line:col: error: message` in `language`, without colour.
  package func formatted(in language: Language) -> String {
    "\(location): \(severity.rawValue): \(message.text(in: language))"
  }
}

/// Collects diagnostics while parsing, so a parser can keep going after a problem.
package struct DiagnosticSink: Sendable {
  package private(set) var diagnostics: [Diagnostic] = []

  package init() {}

  package mutating func error(_ location: SourceLocation, _ message: CheckMessage) {
    diagnostics.append(Diagnostic(.error, location, message))
  }

  package mutating func warning(_ location: SourceLocation, _ message: CheckMessage) {
    diagnostics.append(Diagnostic(.warning, location, message))
  }

  package mutating func append(contentsOf other: [Diagnostic]) {
    diagnostics.append(contentsOf: other)
  }

  /// Whether any error (not warning) was reported.
  package var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
