extension ProgressText {
  package var indonesian: String {
    switch self {
    case .enrolledOn(let date): return "terdaftar \(date)"
    case .lastActive(let time): return "terakhir aktif \(time)"
    case .never: return "belum pernah"
    case .lessonsHeading: return "Pelajaran:"
    case .indicatorsHeading: return "Indikator:"
    case .noIndicators: return "belum ada catatan"
    case .achieved: return "berhasil"
    case .notYet(let reason): return "belum — \(reason)"
    case .source(let source):
      return source == .facilitator ? "dicatat fasilitator" : "laporan sendiri"
    case .runs(let count): return "\(count)× selesai"
    case .onPage(let page, let count): return "di halaman \(page)/\(count)"
    case .test(let pre, let post): return "Tes awal: \(pre) · tes akhir: \(post)"
    case .notTaken: return "belum"
    case .summaryLine(let passed, let total): return "\(passed)/\(total) lulus"
    case .removedLesson(let id):
      return "pelajaran '\(id)' (sudah tidak ada di kursus; progres disimpan)"
    }
  }
}
