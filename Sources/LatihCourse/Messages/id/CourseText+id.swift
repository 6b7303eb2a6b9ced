extension CourseText {
  package var indonesian: String {
    switch self {
    case .minutes(let count): return "\(count) menit"
    case .questions(let count): return "\(count) soal"
    case .testTag: return "tes awal/akhir"
    case .unavailable: return "berkas bermasalah, belum bisa dipakai"
    case .factsChecked(let date, let stale):
      let day = Self.longDate(date, months: Self.indonesianMonths)
      return "Fakta diperiksa: \(day)" + (stale ? " (sudah lama, cek lagi)" : "")
    }
  }

  static let indonesianMonths = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
  ]
}
