import LatihBase
import LatihCourse
import LatihData
import LatihTutor

/// The facilitator's settings for `latih kiosk`, read from a file only root (or the
/// facilitator) can write, so nothing a remote participant sends can change them.
///
/// The file holds `key=value` lines; `#` starts a comment:
///
///     data=/var/lib/latih/data
///     lessons=/usr/local/share/latih/lessons
///     lang=id
///     idle-minutes=10
package struct KioskConfig: Sendable, Equatable {
  /// Where the kiosk's configuration is read from unless `--config` names another file.
  package static let standardPath = "/etc/latih/kiosk.conf"
  /// Minutes without a key press before the kiosk saves and closes.
  package static let standardIdleMinutes = 10.0

  /// The data folder (absolute).
  package var data: String
  /// The course folder (absolute).
  package var lessons: String
  /// The participants' language.
  package var language: Language
  /// Minutes without input before the kiosk saves and exits (fractions allowed).
  package var idleMinutes: Double

  package init(
    data: String, lessons: String, language: Language = .standard,
    idleMinutes: Double = KioskConfig.standardIdleMinutes
  ) {
    self.data = data
    self.lessons = lessons
    self.language = language
    self.idleMinutes = idleMinutes
  }

  /// A problem in the file, with its 1-based line (0 for the file as a whole).
  package struct Problem: Sendable, Equatable {
    package var line: Int
    package var message: ClassroomText
  }

  /// Parses the file's text: the settings, or every problem found.
  package static func parse(_ text: String) -> Result<KioskConfig, ProblemList> {
    var values: [String: String] = [:]
    var problems: [Problem] = []
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimmingCharacters()
      if line.isEmpty || line.hasPrefix("#") { continue }
      guard let equals = line.firstIndex(of: "=") else {
        problems.append(Problem(line: index + 1, message: .configLineWithoutEquals))
        continue
      }
      let key = String(line[..<equals]).trimmingCharacters()
      let value = String(line[line.index(after: equals)...]).trimmingCharacters()
      guard ["data", "lessons", "lang", "idle-minutes"].contains(key) else {
        problems.append(Problem(line: index + 1, message: .configUnknownKey(key)))
        continue
      }
      if values[key] != nil {
        problems.append(Problem(line: index + 1, message: .configRepeatedKey(key)))
      }
      values[key] = value
      switch key {
      case "data", "lessons":
        if !value.hasPrefix("/") {
          problems.append(Problem(line: index + 1, message: .configNotAbsolute(key)))
        }
      case "lang":
        if Language(rawValue: value) == nil {
          problems.append(Problem(line: index + 1, message: .configBadLanguage(value)))
        }
      default:
        if Double(value).map({ $0 > 0 && $0 <= 24 * 60 }) != true {
          problems.append(Problem(line: index + 1, message: .configBadIdle(value)))
        }
      }
    }
    for key in ["data", "lessons"] where values[key] == nil {
      problems.append(Problem(line: 0, message: .configMissingKey(key)))
    }
    guard problems.isEmpty, let data = values["data"], let lessons = values["lessons"] else {
      return .failure(ProblemList(problems: problems))
    }
    return .success(
      KioskConfig(
        data: data, lessons: lessons,
        language: values["lang"].flatMap(Language.init(rawValue:)) ?? .standard,
        idleMinutes: values["idle-minutes"].flatMap(Double.init) ?? standardIdleMinutes))
  }

  /// The problems of a configuration file that cannot be used.
  package struct ProblemList: Error, Sendable, Equatable {
    package var problems: [Problem]
  }
}
