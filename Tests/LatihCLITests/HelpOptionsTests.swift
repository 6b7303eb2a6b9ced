import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihCLI

/// Each command's `--help`, in both languages, lists exactly the options the command
/// declares: its usage lines name every declared option and no other, and the rest of
/// the text names only options that exist. The overview lists the global options.
@Suite struct HelpOptionsTests {
  /// Every command but the bare `latih`, whose help is the overview.
  static let commands = Latih.commands.filter { !$0.name.isEmpty }

  /// `latih COMMAND --help --lang LANGUAGE`, as printed.
  static func help(_ command: String, _ language: Language) -> String {
    let output = BufferOutput()
    let context = Context(
      fileSystem: SystemFileSystem(), clock: FixedClock(),
      identifiers: SeededIdentifierSource(seed: 1),
      output: output, errors: BufferOutput(),
      makeTerminal: { _, _ in ScriptedTerminal(lines: []) }, environment: [:],
      workingDirectory: "/nonexistent", executablePath: nil, hostName: "laptop")
    let arguments = (command.isEmpty ? [] : [command]) + ["--help", "--lang", language.rawValue]
    let code = Latih.main(arguments: arguments, context: context)
    #expect(code == .ok, "latih \(arguments.joined(separator: " "))")
    return output.text
  }

  /// The `--name` words in `text`.
  static func optionNames(_ text: String) -> Set<String> {
    var names: Set<String> = []
    var rest = Substring(text)
    while let start = rest.range(of: "--") {
      let name = rest[start.upperBound...].prefix { $0.isLetter || $0 == "-" }
      if !name.isEmpty { names.insert(String(name)) }
      rest = rest[start.upperBound...]
    }
    return names
  }

  /// The usage lines: from the line starting "Usage:" / "Pemakaian:" to the first blank
  /// line.
  static func usage(_ help: String) -> String {
    let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
    guard
      let first = lines.firstIndex(where: { $0.hasPrefix("Usage:") || $0.hasPrefix("Pemakaian:") })
    else { return "" }
    return lines[first...].prefix { !$0.trimmingCharacters().isEmpty }.joined(separator: "\n")
  }

  @Test(arguments: Language.allCases)
  func usageListsExactlyTheDeclaredOptions(language: Language) {
    let global = Set(Invocation.globalOptions.map(\.name))
    let everyOption = global.union(Self.commands.flatMap { $0.options.map(\.name) })
    for command in Self.commands {
      let help = Self.help(command.name, language)
      let usage = Self.usage(help)
      #expect(!usage.isEmpty, "\(command.name) --help (\(language)) has no usage line")
      let declared = Set(command.options.map(\.name))
      #expect(
        Self.optionNames(usage) == declared,
        "\(command.name) --help (\(language)): usage lists \(Self.optionNames(usage).sorted()), declared \(declared.sorted())"
      )
      let unknown = Self.optionNames(help).subtracting(everyOption)
      #expect(
        unknown.isEmpty,
        "\(command.name) --help (\(language)) names unknown options \(unknown.sorted())")
      let foreignGlobal = Self.optionNames(help).subtracting(declared).subtracting(global)
      let othersOptions = foreignGlobal.filter { name in
        !Self.commands.contains {
          $0.name != command.name && $0.options.contains { $0.name == name }
        }
      }
      #expect(
        othersOptions.isEmpty, "\(command.name) --help (\(language)): \(othersOptions.sorted())")
    }
  }

  @Test(arguments: Language.allCases)
  func overviewListsTheGlobalOptions(language: Language) {
    let help = Self.help("", language)
    let heading = language == .id ? "Opsi umum:" : "Global options:"
    guard let range = help.range(of: heading) else {
      Issue.record("the overview (\(language)) has no \(heading) section")
      return
    }
    let section = help[range.upperBound...].split(separator: "\n\n", maxSplits: 1).first ?? ""
    #expect(Self.optionNames(String(section)) == Set(Invocation.globalOptions.map(\.name)))
  }

}
