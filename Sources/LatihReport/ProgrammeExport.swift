import LatihBase
import LatihCourse
import LatihData

/// What a programme export (`latih export --format sql|csv`) holds: the course and this
/// laptop's events, without the parts the export leaves out (``ExportPart``), as rows of
/// ``ProgrammeTable/all``.
package struct ProgrammeExport: Sendable {
  package var course: Course
  /// The language whose lesson files give the question counts.
  package var language: Language
  /// Events in the canonical order of ``ExportFile``, unique by id, private parts left out.
  package private(set) var events: [Event]
  package var omitted: Set<ExportPart>
  package var device: String
  /// The host name, nil when it is left out.
  package var host: String?
  package var created: Int64

  package init(
    course: Course, language: Language, events: [Event], omitting omitted: Set<ExportPart>,
    device: String, host: String, created: Int64
  ) {
    self.course = course
    self.language = language
    var seen: Set<String> = []
    let unique = ExportFile.canonicalOrder(events.filter { seen.insert($0.id).inserted })
    self.events = omitted.isEmpty ? unique : unique.map { $0.omitting(omitted) }
    self.omitted = omitted
    self.device = device
    self.host = omitted.contains(.host) ? nil : host
    self.created = created
  }

  /// Calls `body` with every row: the course's, then each event's.
  package func forEachRow(_ body: (ProgrammeRow) throws(SystemError) -> Void)
    throws(SystemError)
  {
    for row in ProgrammeRows.course(course, language: language) { try body(row) }
    for event in events {
      for row in ProgrammeRows.rows(event) { try body(row) }
    }
  }

  /// The comment lines that open each file: what it is, where from, what was left out.
  package var banner: String {
    var lines = [
      "Latih programme export (README: For analysts)",
      "course: \(course.manifest.id); device: \(device); host: \(host ?? "(left out)")",
      "created: \(Timestamp.format(created)); events: \(events.count)",
    ]
    if !omitted.isEmpty {
      lines.append("left out: " + omitted.sorted().map(\.rawValue).joined(separator: ", "))
    }
    // A host name is typed by whoever set up the laptop: no line breaks reach the comment.
    return lines.map { "-- " + $0.filter { !$0.isNewline } + "\n" }.joined()
  }
}
