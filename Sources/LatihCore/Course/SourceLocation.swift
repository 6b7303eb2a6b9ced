/// A place in a source file: 1-based line and column.
///
/// The column counts Unicode scalar values (code points) from the start of the line, so
/// `é` typed as one character is one column and a tab is one column. For invalid UTF-8
/// each undecodable byte sequence counts as one column.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The file as the user named it.
  public var path: String
  /// 1-based line number.
  public var line: Int
  /// 1-based column, in Unicode scalars.
  public var column: Int

  public init(path: String, line: Int, column: Int = 1) {
    self.path = path
    self.line = line
    self.column = column
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
  }

  /// `path:line:column`.
  public var description: String { "\(path):\(line):\(column)" }
}

/// A problem found in a course file.
public struct Diagnostic: Hashable, Sendable {
  /// Whether the problem stops the file from being used.
  public enum Severity: String, Sendable, Hashable {
    case error, warning
  }

  public var severity: Severity
  public var location: SourceLocation
  public var message: CheckMessage

  public init(_ severity: Severity, _ location: SourceLocation, _ message: CheckMessage) {
    self.severity = severity
    self.location = location
    self.message = message
  }

  /// `path:line:col: error: message` in `language`, without colour.
  public func formatted(in language: Language) -> String {
    "\(location): \(severity.rawValue): \(message.text(in: language))"
  }
}

/// Collects diagnostics while parsing, so a parser can keep going after a problem.
public struct DiagnosticSink: Sendable {
  public private(set) var diagnostics: [Diagnostic] = []

  public init() {}

  public mutating func error(_ location: SourceLocation, _ message: CheckMessage) {
    diagnostics.append(Diagnostic(.error, location, message))
  }

  public mutating func warning(_ location: SourceLocation, _ message: CheckMessage) {
    diagnostics.append(Diagnostic(.warning, location, message))
  }

  public mutating func append(contentsOf other: [Diagnostic]) {
    diagnostics.append(contentsOf: other)
  }

  /// Whether any error (not warning) was reported.
  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
