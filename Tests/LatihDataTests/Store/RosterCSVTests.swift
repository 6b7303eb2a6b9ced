import Testing

@testable import LatihData

extension Result {
  /// The error, if it failed.
  var failure: Failure? {
    if case .failure(let failure) = self { return failure }
    return nil
  }
}

@Suite struct RosterCSVTests {
  /// Parses text, failing the test when the header has no name column.
  func parse(_ text: String) throws -> (rows: [RosterCSV.Row], problems: [RosterCSV.Problem]) {
    let contents = try RosterCSV.parse(Array(text.utf8)).get()
    return (contents.rows, contents.problems)
  }

  @Test(arguments: [
    ("nama,kelompok,kode,hp\nSiti,A,S01,0812\n", ","),
    ("Nama;Kelompok;Kode;No HP\r\nSiti;A;S01;0812\r\n", ";"),
    ("\u{FEFF}name,group,code,phone\nSiti,A,S01,0812", ","),
  ])
  func readsHeaderAliasesSeparatorsAndBOM(text: String, separator: String) throws {
    let (rows, problems) = try parse(text)
    #expect(problems.isEmpty)
    #expect(
      rows == [
        RosterCSV.Row(line: 2, name: "Siti", group: "A", code: "S01", phone: "0812", number: 1)
      ])
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

  /// Why `text` cannot be read, or nil when it can.
  func failure(of text: String) -> RosterCSV.Failure? {
    if case .failure(let failure) = RosterCSV.parse(Array(text.utf8)) { return failure }
    return nil
  }

  @Test func withoutANameColumnNothingIsReadAndTheFirstRowIsShown() {
    #expect(
      failure(of: "\nkelompok;kode\nA;1\n") == .noNameColumn(line: 2, cells: ["kelompok", "kode"]))
    #expect(failure(of: "") == .noNameColumn(line: nil, cells: []))
  }

  @Test func aOneColumnRosterIsNeverSplitOnCommas() throws {
    let (rows, problems) = try parse("Nama\nHj. Aminah, S.Pd\n\"Dewi, A.Md\"\n")
    #expect(problems.isEmpty)
    #expect(rows.map(\.name) == ["Hj. Aminah, S.Pd", "Dewi, A.Md"])
  }

  @Test func titleRowsAboveTheHeaderAreSkippedAndNamed() throws {
    let text =
      "DAFTAR HADIR PELATIHAN AFILIASI\nDesa Sukamaju, 5 Agustus 2023\n;;\nNo;Nama;Kelompok\n1;Siti;Mawar\n"
    let contents = try RosterCSV.parse(Array(text.utf8)).get()
    #expect(contents.titleLines == [1, 2])
    #expect(contents.rows.map(\.name) == ["Siti"])
    #expect(contents.rows.map(\.line) == [5])
    #expect(contents.rows.map(\.group) == ["Mawar"])
  }

  @Test func tabSeparatedRostersAreRead() throws {
    let (rows, _) = try parse("No\tNama\tNomor WhatsApp\n1\tSiti, S.Pd\t0812\n")
    #expect(rows == [RosterCSV.Row(line: 2, name: "Siti, S.Pd", phone: "0812", number: 1)])
  }

  @Test func theNoColumnGivesRosterNumbersElseTheRowOrder() throws {
    let (given, _) = try parse("No.;Nama\n3;Siti\n1;Dewi\n2.;Rina\n")
    #expect(given.map(\.number) == [3, 1, 2])
    let (repeated, _) = try parse("No;Nama\n1;Siti\n1;Dewi\nx;Rina\n")
    #expect(repeated.map(\.number) == [1, 2, 3])
    let (template, blank) = try parse("No;Nama;HP\n1;Siti;\n2;;\n3; ;0812\n")
    #expect(template.map(\.number) == [1])
    #expect(blank.map(\.problem) == [.numberOnly, .noName])
    let (none, _) = try parse("Nama\nSiti\n\nDewi\n")
    #expect(none.map(\.number) == [1, 2])
  }

  @Test func windows1252RostersAreTranscoded() throws {
    let bytes: [UInt8] =
      Array("Nama;Kelompok\r\nJos".utf8) + [0xE9] + Array(" Ram".utf8) + [0xED]
      + Array("rez;Mawar\r\n".utf8)
    let contents = try RosterCSV.parse(bytes).get()
    #expect(contents.encoding == .windows1252)
    #expect(contents.rows.map(\.name) == ["Jos\u{E9} Ram\u{ED}rez"])
  }

  @Test func undecodableBytesReadNothing() {
    let bytes: [UInt8] = Array("Nama\nJos\u{E9}\nAni ".utf8) + [0xE9, 0x0A]
    #expect(RosterCSV.parse(bytes).failure == .undecodable(.init(line: 3, byte: 5, value: 0xE9)))
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
