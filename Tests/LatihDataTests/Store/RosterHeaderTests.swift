import Testing

@testable import LatihData

@Suite struct RosterHeaderTests {
  @Test(arguments: [
    ("Nama", RosterHeader.Column.name), ("NAMA LENGKAP", .name),
    ("Nama lengkap (sesuai KTP)", .name), ("Name", .name), ("nama_lengkap", .name),
    ("No", .number), ("No.", .number), ("Nomor", .number),
    ("HP", .phone), ("No. HP", .phone), ("Nomor HP", .phone), ("Nomor WhatsApp", .phone),
    ("WhatsApp", .phone), ("WA", .phone), ("Telepon", .phone),
    ("Kelompok", .group), ("Group", .group), ("Dusun", .group), ("RT", .group),
    ("Kode", .code), ("Tanda tangan", .other), ("Daftar Nama Peserta", .other),
    ("Asal Dusun", .group), ("Stempel waktu", .other), ("No. HP/WA", .phone),
  ])
  func headerSynonymsAreMatchedAfterNormalising(header: String, column: RosterHeader.Column) {
    #expect(RosterHeader.column(header) == column)
  }

  @Test func normalisingFoldsAccentsAndDropsParenthesisedParts() {
    #expect(RosterHeader.normalized("Nómor  WhatsApp (aktif)") == "nomorwhatsapp")
    #expect(RosterHeader.normalized("Nama [wajib]") == "nama")
  }

  @Test func aRepeatedColumnCountsAtItsFirstCell() {
    #expect(RosterHeader.columns(["Nama", "Nama lengkap", "HP"]) == [.name, .other, .phone])
  }
}
