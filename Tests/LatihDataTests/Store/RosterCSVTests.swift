import Testing

@testable import LatihData

@Suite struct RosterCSVTests {
  /// Parses text, failing the test when the header has no name column.
  func parse(_ text: String) throws -> (rows: [RosterCSV.Row], problems: [RosterCSV.Problem]) {
    try #require(RosterCSV.parse(Array(text.utf8)))
  }

  @Test(arguments: [
    ("nama,kelompok,kode,hp\nSiti,A,S01,0812\n", ","),
    ("Nama;Kelompok;Kode;No HP\r\nSiti;A;S01;0812\r\n", ";"),
    ("\u{FEFF}name,group,code,phone\nSiti,A,S01,0812", ","),
  ])
  func readsHeaderAliasesSeparatorsAndBOM(text: String, separator: String) throws {
    let (rows, problems) = try parse(text)
    #expect(problems.isEmpty)
    #expect(rows == [RosterCSV.Row(line: 2, name: "Siti", group: "A", code: "S01", phone: "0812")])
  }

  @Test func quotedCellsKeepSeparatorsQuotesAndLineBreaks() throws {
    let text = "nama,kelompok\n\"Sari, S.Pd\",\"Kel \"\"Mawar\"\"\"\n\"Ani\nDewi\",B\nRina,C\n"
    let (rows, problems) = try parse(text)
    #expect(problems.isEmpty)
    #expect(rows.map(\.name) == ["Sari, S.Pd", "Ani Dewi", "Rina"])
    #expect(rows.map(\.group) == ["Kel \"Mawar\"", "B", "C"])
    #expect(rows.map(\.line) == [2, 3, 5])
  }

  @Test func badRowsAreReportedByLineAndGoodRowsKept() throws {
    let long = String(repeating: "x", count: RosterCSV.maximumCell + 1)
    let text = "nama,kode\nSiti,1\n,2\n\(long),3\nDewi,4\n\n"
    let (rows, problems) = try parse(text)
    #expect(rows.map(\.name) == ["Siti", "Dewi"])
    #expect(
      problems == [
        RosterCSV.Problem(line: 3, problem: .noName),
        RosterCSV.Problem(line: 4, problem: .tooLong(column: "nama")),
      ])
  }

  @Test func unclosedQuoteDropsTheRestAndSaysWhere() throws {
    let (rows, problems) = try parse("nama\nSiti\n\"Dewi\nRina\n")
    #expect(rows.map(\.name) == ["Siti"])
    #expect(problems == [RosterCSV.Problem(line: 3, problem: .unclosedQuote)])
  }

  @Test func withoutANameColumnNothingIsRead() {
    #expect(RosterCSV.parse(Array("kelompok,kode\nA,1\n".utf8)) == nil)
    #expect(RosterCSV.parse([]) == nil)
  }

  @Test func rowLimitIsEnforced() throws {
    let body = (1...(RosterCSV.maximumRows + 5)).map { "P\($0)" }.joined(separator: "\n")
    let (rows, problems) = try parse("nama\n" + body)
    #expect(rows.count == RosterCSV.maximumRows)
    #expect(
      problems == [
        RosterCSV.Problem(
          line: RosterCSV.maximumRows + 2, problem: .tooManyRows(limit: RosterCSV.maximumRows))
      ])
  }

  @Test func namesAreCleanedOfControlCharactersAndNormalised() throws {
    let (rows, _) = try parse("nama\nSiti\u{1B}[31m  Nurhaliza\u{202E}e\u{301}\n")
    #expect(rows.first?.name == "Siti[31m Nurhaliza\u{E9}")
  }
}
