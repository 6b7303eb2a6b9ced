extension CourseText {
  package var indonesian: String {
    switch self {
    case .minutes(let count): return "\(count) menit"
    case .questions(let count): return "\(count) soal"
    case .testTag: return "tes awal/akhir"
    case .unavailable: return "berkas bermasalah, belum bisa dipakai"
    }
  }
}
