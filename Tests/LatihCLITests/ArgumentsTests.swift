import Testing

@testable import LatihCLI

/// Splitting a command line into positionals, option values and flags.
@Suite struct ArgumentsTests {
  /// Options like those of `latih`: values, flags and a short `-h`.
  static let options: [Arguments.Option] = [
    .value("as"), .value("seed"), .value("lang"), .flag("no-shuffle"), .flag("help", short: "h"),
    .flag("version"),
  ]

  private func parse(_ tokens: [String]) throws(Arguments.Problem) -> Arguments {
    try Arguments.parse(tokens, options: Self.options)
  }

  @Test func empty() throws {
    let arguments = try parse([])
    #expect(arguments.positionals == [])
    #expect(arguments.values == [:])
    #expect(arguments.flags == [])
  }

  @Test func positionalsValuesAndFlagsInAnyOrder() throws {
    let arguments = try parse(["learn", "--as", "Bu Siti", "daftar-kreator", "--no-shuffle"])
    #expect(arguments.positionals == ["learn", "daftar-kreator"])
    #expect(arguments.value(.who) == "Bu Siti")
    #expect(arguments.flag(.noShuffle))
    #expect(!arguments.flag(.help))
    #expect(arguments.value(.seed) == nil)
  }

  @Test(arguments: [["--seed=42"], ["--seed", "42"]])
  func valueForms(_ tokens: [String]) throws {
    #expect(try parse(tokens).value(.seed) == "42")
  }

  @Test func valueMayLookLikeAnOptionOrBeEmpty() throws {
    #expect(try parse(["--as", "--version"]).value(.who) == "--version")
    #expect(try parse(["--as="]).value(.who) == "")
    #expect(try parse(["--as=a=b"]).value(.who) == "a=b")
    #expect(try parse(["--as", "-"]).value(.who) == "-")
  }

  @Test func repeatedValuesAreKeptAndTheLastWins() throws {
    let arguments = try parse(["--lang", "id", "--lang=en"])
    #expect(arguments.values["lang"] == ["id", "en"])
    #expect(arguments.value(.lang) == "en")
  }

  @Test func shortFlag() throws {
    #expect(try parse(["-h"]).flag(.help))
  }

  @Test func doubleDashEndsOptions() throws {
    let arguments = try parse(["--", "--help", "-h", "x"])
    #expect(arguments.positionals == ["--help", "-h", "x"])
    #expect(arguments.flags == [])
  }

  @Test func dashAndNegativeNumbersArePositionals() throws {
    #expect(try parse(["-", "-5", "-0"]).positionals == ["-", "-5", "-0"])
  }

  @Test func unicodePositionals() throws {
    #expect(try parse(["Bü Sïtì", "李"]).positionals == ["Bü Sïtì", "李"])
  }

  @Test(arguments: [
    (["--unknown"], Arguments.Problem.unknownOption("--unknown")),
    (["--unknown=1"], .unknownOption("--unknown")),
    (["-x"], .unknownOption("-x")),
    (["-hh"], .unknownOption("-hh")),
    (["--"] + [], nil),
    (["--as"], .missingValue("--as")),
    (["learn", "--seed"], .missingValue("--seed")),
    (["--help=yes"], .unexpectedValue("--help")),
    (["--no-shuffle="], .unexpectedValue("--no-shuffle")),
    (["-h", "--Help"], .unknownOption("--Help")),
  ])
  func problems(_ tokens: [String], expected: Arguments.Problem?) {
    do {
      _ = try parse(tokens)
      #expect(expected == nil, "\(tokens) parsed")
    } catch {
      #expect(error == expected, "\(tokens)")
    }
  }
}
