extension CommonText {
  package var indonesian: String {
    switch self {
    case .questionKind(let kind):
      switch kind {
      case .single: return "pilihan tunggal"
      case .multiple: return "pilih semua yang benar"
      case .trueFalse: return "benar/salah"
      case .order: return "urutkan"
      case .short: return "jawaban singkat"
      }
    case .pageKind(let kind):
      switch kind {
      case .reading: return "halaman bacaan"
      case .checklist: return "daftar periksa [checklist]"
      case .quiz: return "kuis [quiz]"
      }
    case .lessonKind(let kind):
      switch kind {
      case .lesson: return "pelajaran"
      case .test: return "tes"
      }
    case .yes: return "ya"
    case .no: return "tidak"
    case .trueWord: return "Benar"
    case .falseWord: return "Salah"
    }
  }
}
