import Foundation
import Testing

/// Rosters as Indonesian PCs write them, and finding people as facilitators type them,
/// on the built binary (issue 12, items 1 and 2).
@Suite struct RosterImportTests {
  typealias Run = (status: Int32, text: String)

  /// `latih arguments` on `data`: status and stdout + stderr.
  static func latih(_ arguments: [String], _ data: URL) throws -> Run {
    let run = try LatihProcess.run(arguments, data: data)
    return (run.status, run.output + run.errors)
  }

  /// Writes `bytes` next to the data folder and returns its path.
  static func file(_ name: String, _ bytes: [UInt8], near data: URL) throws -> String {
    let url = data.deletingLastPathComponent().appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  /// The people `participants list` shows, one line each.
  static func list(_ data: URL) throws -> String { try latih(["participants", "list"], data).text }

  /// Windows-1252 bytes of ASCII text with `é` and `í` (Excel's "CSV" on Windows).
  static func windows1252(_ text: String) -> [UInt8] {
    text.unicodeScalars.map { scalar in
      switch scalar {
      case "é": return 0xE9
      case "í": return 0xED
      case "’": return 0x92
      default: return UInt8(scalar.value)
      }
    }
  }

  @Test func aWindows1252RosterEnrolsTheRightNamesAndSaysItWasConverted() throws {
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    let roster = try Self.file(
      "excel.csv", Self.windows1252("Nama;Kelompok\r\nJosé Ramírez;Mawar\r\nSiti Nur’aini;\r\n"),
      near: data)
    let run = try Self.latih(["participants", "import", roster], data)
    #expect(run.status == 0, "\(run.text)")
    #expect(run.text.contains("Berkas dibaca sebagai Windows-1252 dan diubah ke UTF-8."))
    let list = try Self.list(data)
    #expect(list.contains("José Ramírez (kelompok Mawar"), "\(list)")
    #expect(list.contains("Siti Nur\u{2019}aini"), "\(list)")
    #expect(!list.contains("\u{FFFD}"))
    // The name is found as typed, accents or not.
    let recorded = try Self.latih(["record", "José Ramírez", "installed-app", "yes"], data)
    #expect(recorded.status == 0, "\(recorded.text)")
  }

  @Test func aUTF16TabSeparatedRosterKeepsNamesPhonesAndTheNoOrder() throws {
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    let text =
      "No\tNama lengkap (sesuai KTP)\tNomor WhatsApp\tDusun\r\n"
      + "2\tJosé Ramírez\t0812-1111\tKrajan\r\n1\tDédé Rosali\t0813-2222\tKrajan\r\n"
    let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let roster = try Self.file("unicode.txt", bytes, near: data)
    let run = try Self.latih(["participants", "import", roster], data)
    #expect(run.status == 0, "\(run.text)")
    #expect(run.text.contains("Berkas dibaca sebagai UTF-16LE dan diubah ke UTF-8."))
    let list = try Self.list(data)
    #expect(list.contains("José Ramírez (kelompok Krajan"), "\(list)")
    let journals = try FileManager.default.contentsOfDirectory(
      at: data.appendingPathComponent("participants"), includingPropertiesForKeys: nil)
    let lines = try journals.map { try String(contentsOf: $0, encoding: .utf8) }.joined()
    #expect(
      lines.contains(#""name":"José Ramírez","group":"Krajan","phone":"0812-1111","roster":2"#))
    #expect(
      lines.contains(#""name":"Dédé Rosali","group":"Krajan","phone":"0813-2222","roster":1"#))
  }

  @Test func aBrokenByteEnrolsNobodyAndNamesLineAndByte() throws {
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    // Valid UTF-8 (é) mixed with a lone Windows-1252 byte: neither encoding, refused.
    let bytes = Array("Nama\nJosé\nAni Ram".utf8) + [0xED] + Array("rez\n".utf8)
    let roster = try Self.file("rusak.csv", bytes, near: data)
    let run = try Self.latih(["participants", "import", roster], data)
    #expect(run.status == 65, "\(run.text)")
    #expect(run.text.contains("rusak.csv:3: byte ke-8 (0xED)"), "\(run.text)")
    #expect(run.text.contains("tidak ada peserta yang didaftarkan"))
    #expect(try Self.list(data).contains("belum ada peserta"))
  }

  @Test func aOneColumnRosterWithTitleRowsKeepsCommaNamesWhole() throws {
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    let roster = try Self.file(
      "satu-kolom.csv",
      Array("DAFTAR HADIR, DESA SUKAMAJU\n\nNama\nHj. Aminah, S.Pd\n\"Dewi, A.Md\"\n".utf8),
      near: data)
    let run = try Self.latih(["participants", "import", roster], data)
    #expect(run.status == 0, "\(run.text)")
    #expect(run.text.contains("satu-kolom.csv:1: baris di atas judul kolom, dilewati"))
    #expect(run.text.contains("Diimpor: 2 peserta baru"), "\(run.text)")
    let list = try Self.list(data)
    #expect(list.contains("Hj. Aminah, S.Pd (id"), "\(list)")
    #expect(list.contains("Dewi, A.Md (id"), "\(list)")
  }

  @Test func aHeaderErrorShowsTheRowItFound() throws {
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    let roster = try Self.file(
      "tanpa-nama.csv", Array("Peserta ke;Kelompok\n1;Mawar\n".utf8), near: data)
    let run = try Self.latih(["participants", "import", roster], data)
    #expect(run.status == 65)
    #expect(run.text.contains("(baris 1): 'Peserta ke' | 'Kelompok'"), "\(run.text)")
  }

  @Test func duplicateAndNamelessRowsAreNamedByLineAndGroupFillsTheGaps() throws {
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    let roster = try Self.file(
      "mawar.csv",
      Array(
        "No;Nama;Kelompok;HP\n1;Siti Aminah;;0812\n2;Rina;Melati;\n3;Siti Aminah;;0812\n4;;;\n5; ;Mawar;\n"
          .utf8),
      near: data)
    let run = try Self.latih(["participants", "import", roster, "--group", "Mawar"], data)
    #expect(run.status == 65, "a nameless row is a bad row: \(run.text)")
    #expect(run.text.contains("baris ganda: 1; baris bermasalah: 1."), "\(run.text)")
    #expect(run.text.contains("baris 4: Siti Aminah sama dengan baris 2; didaftarkan sekali"))
    #expect(run.text.contains("mawar.csv:5: hanya nomor tanpa nama"), "\(run.text)")
    #expect(run.text.contains("mawar.csv:6: baris tanpa nama, dilewati"), "\(run.text)")
    let list = try Self.list(data)
    #expect(list.contains("Siti Aminah (kelompok Mawar"), "\(list)")
    #expect(list.contains("Rina (kelompok Melati"), "\(list)")
  }

  @Test func namesAreFoundFoldedAndUnknownNamesGetSuggestions() throws {
    let data = try Paths.freshData()
    defer { Paths.remove(data) }
    let roster = try Self.file(
      "peserta.csv",
      Array("Nama,Kelompok\nDédé Rosali,Mawar\nSiti Nur'aini,Melati\nSiti Aminah,Mawar\n".utf8),
      near: data)
    #expect(try Self.latih(["participants", "import", roster], data).status == 0)
    let dede = try Self.latih(["record", "dede rosali", "installed-app", "yes"], data)
    #expect(dede.status == 0, "\(dede.text)")
    #expect(dede.text.contains("Dicatat: Dédé Rosali"))
    let curly = try Self.latih(
      ["record", "Siti Nur\u{2019}aini", "affiliate-account", "no", "--reason", "dokumen"], data)
    #expect(curly.status == 0, "\(curly.text)")
    #expect(curly.text.contains("Siti Nur'aini"))
    #expect(curly.text.contains("belum (Kendala input dokumen persyaratan)"), "\(curly.text)")
    let byNumber = try Self.latih(
      ["record", "siti aminah", "affiliate-account", "no", "--reason", "1"], data)
    #expect(byNumber.text.contains("belum (Kendala input dokumen persyaratan)"), "\(byNumber.text)")
    let siti = try Self.latih(["record", "siti", "installed-app", "yes"], data)
    #expect(siti.status == 64)
    #expect(siti.text.contains("tidak ada peserta 'siti'; mungkin maksudnya:"), "\(siti.text)")
    #expect(siti.text.contains("Siti Aminah (kelompok Mawar"))
    #expect(siti.text.contains("Siti Nur'aini (kelompok Melati"))
    let renamed = try Self.latih(["participants", "rename", "DEDE ROSALI", "Dede Rosalia"], data)
    #expect(renamed.status == 0, "\(renamed.text)")
    let ambiguous = try Self.latih(
      ["record", "Siti Aminah", "affiliate-account", "no", "--reason", "belum"], data)
    #expect(ambiguous.status == 64)
    #expect(
      ambiguous.text.contains("2 followers (Jumlah pengikut belum cukup)"), "\(ambiguous.text)")
    let report = try Self.latih(["report", "--format", "json"], data)
    #expect(report.text.contains("documents"))
  }
}
