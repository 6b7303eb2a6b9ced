/// `--name value` options of `latih-bench` (developer tool: no localisation).
struct Options {
  /// A missing or malformed option.
  struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }

  private var values: [String: String] = [:]

  init(_ arguments: [String]) {
    var index = 0
    while index < arguments.count {
      let word = arguments[index]
      if word.hasPrefix("--") {
        let next = index + 1 < arguments.count ? arguments[index + 1] : ""
        values[String(word.dropFirst(2))] = next
        index += 2
      } else {
        index += 1
      }
    }
  }

  func value(_ name: String) -> String? { values[name] }

  func required(_ name: String) throws -> String {
    guard let value = values[name], !value.isEmpty else { throw Failure("--\(name) is required") }
    return value
  }

  func integer(_ name: String) throws -> Int? {
    guard let text = values[name] else { return nil }
    guard let value = Int(text) else { throw Failure("--\(name) needs a whole number") }
    return value
  }
}
