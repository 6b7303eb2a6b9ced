/// What a roster's header cell names, matched after normalising: case and accents
/// folded, parenthesised parts (`(sesuai KTP)`) dropped, then only letters and digits
/// kept, so `Nama Lengkap (sesuai KTP)`, `NAMA_LENGKAP` and `No. HP` all match.
package enum RosterHeader {
  /// A column Latih reads.
  package enum Column: String, Hashable, Sendable, CaseIterable {
    case name, number, group, code, phone, other
  }

  /// The normalised headers of each column (see the type's summary).
  static let synonyms: [Column: Set<String>] = [
    .name: [
      "nama", "namalengkap", "name", "fullname", "namapeserta", "peserta", "namalengkappeserta",
    ],
    .number: ["no", "nomor", "nourut", "nomorurut", "number", "nr", "urutan"],
    .group: [
      "kelompok", "group", "grup", "dusun", "rt", "rtrw", "kelas", "desa", "dasawisma",
      "namakelompok", "asaldusun", "asaldesa", "asalkelompok", "namadusun",
    ],
    .code: ["code", "kode", "kodepeserta", "nopeserta", "nomorpeserta", "id", "idpeserta"],
    .phone: [
      "hp", "nohp", "nomorhp", "whatsapp", "nowhatsapp", "nomorwhatsapp", "wa", "nowa",
      "nomorwa", "telepon", "notelepon", "nomortelepon", "telp", "notelp", "phone", "nohpwa",
      "nomorhpwa", "hpwa", "ponsel", "handphone",
    ],
  ]

  /// The column `header` names.
  package static func column(_ header: String) -> Column {
    let key = normalized(header)
    return synonyms.first { $0.value.contains(key) }?.key ?? .other
  }

  /// `header` folded, without parenthesised parts, letters and digits only.
  package static func normalized(_ header: String) -> String {
    var depth = 0
    var kept = ""
    for character in NameKey.folded(header) {
      switch character {
      case "(", "[": depth += 1
      case ")", "]": depth = max(0, depth - 1)
      default:
        if depth == 0, character.isLetter || character.isNumber { kept.append(character) }
      }
    }
    return kept
  }

  /// Each cell's column, a repeated column counted at its first cell only.
  package static func columns(_ cells: [String]) -> [Column] {
    var seen: Set<Column> = []
    return cells.map { cell in
      let column = column(cell)
      return column == .other || seen.insert(column).inserted ? column : .other
    }
  }
}
