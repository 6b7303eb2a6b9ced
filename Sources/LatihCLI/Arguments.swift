/// A command line split into positionals, options with values, and flags.
///
/// Options are `--name value`, `--name=value` or a flag `--name`; `--` ends the options.
/// Which options take a value is declared by the caller, so a value that starts with a
/// letter is never mistaken for a positional.
package struct Arguments: Sendable {
  package var positionals: [String] = []
  package var values: [String: [String]] = [:]
  package var flags: Set<String> = []

  /// An option a command accepts.
  package struct Option: Sendable, Hashable {
    package var name: String
    package var takesValue: Bool
    package var short: Character?

    package static func value(_ name: String) -> Option { Option(name: name, takesValue: true) }
    package static func flag(_ name: String, short: Character? = nil) -> Option {
      Option(name: name, takesValue: false, short: short)
    }
  }

  /// What went wrong while splitting.
  package enum Problem: Error, Equatable, Sendable {
    case unknownOption(String)
    case missingValue(String)
    case unexpectedValue(String)
  }

  /// Splits `tokens` given the accepted options.
  package static func parse(_ tokens: [String], options: [Option]) throws(Problem) -> Arguments {
    var result = Arguments()
    var index = 0
    var optionsEnded = false
    while index < tokens.count {
      let token = tokens[index]
      index += 1
      if optionsEnded || token == "-" || !token.hasPrefix("-") {
        result.positionals.append(token)
        continue
      }
      if token == "--" {
        optionsEnded = true
        continue
      }
      var name: String
      var inlineValue: String?
      if token.hasPrefix("--") {
        name = String(token.dropFirst(2))
        if let equals = name.firstIndex(of: "=") {
          inlineValue = String(name[name.index(after: equals)...])
          name = String(name[..<equals])
        }
      } else if token.count == 2, let short = token.last,
        let option = options.first(where: { $0.short == short })
      {
        name = option.name
      } else if Int(token) != nil {
        result.positionals.append(token)
        continue
      } else {
        throw .unknownOption(token)
      }
      guard let option = options.first(where: { $0.name == name }) else {
        throw .unknownOption("--" + name)
      }
      if option.takesValue {
        let value: String
        if let inlineValue {
          value = inlineValue
        } else if index < tokens.count {
          value = tokens[index]
          index += 1
        } else {
          throw .missingValue("--" + name)
        }
        result.values[name, default: []].append(value)
      } else {
        if inlineValue != nil { throw .unexpectedValue("--" + name) }
        result.flags.insert(name)
      }
    }
    return result
  }

  /// The last value given for `option`.
  package func value(_ option: Option) -> String? { values[option.name]?.last }

  /// Whether the flag `option` was given.
  package func flag(_ option: Option) -> Bool { flags.contains(option.name) }
}
