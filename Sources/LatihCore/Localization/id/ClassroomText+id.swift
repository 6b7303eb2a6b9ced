extension ClassroomText {
  public var indonesian: String {
    switch self {
    case .configLineWithoutEquals: return "baris ini perlu bentuk kunci=nilai"
    case .configUnknownKey(let key):
      return "kunci '\(key)' tidak dikenal (yang dikenal: data, lessons, lang, idle-minutes)"
    case .configRepeatedKey(let key): return "kunci '\(key)' ditulis dua kali"
    case .configNotAbsolute(let key): return "'\(key)' harus path lengkap yang diawali '/'"
    case .configBadLanguage(let value): return "bahasa '\(value)' tidak dikenal (id atau en)"
    case .configBadIdle(let value):
      return "idle-minutes '\(value)' harus angka menit lebih dari 0 (paling lama 1440)"
    case .configMissingKey(let key): return "kunci '\(key)=' belum ada"
    case .configInvalid(let path):
      return "pengaturan kiosk \(path) belum benar; perbaiki baris di atas"
    case .kioskOptionNotAllowed(let option):
      return "\(option) tidak dipakai oleh kiosk: tulis di file pengaturan (--config)"
    case .idleClosed(let minutes):
      return
        "Tidak ada ketikan selama \(Self.minutesText(minutes)) menit, jadi sambungan ditutup. Sambungkan lagi untuk lanjut."
    case .liveHeader(let active, let total, let order):
      let orderName: String
      switch order {
      case .name: orderName = "nama"
      case .idle: orderName = "lama diam"
      case .progress: orderName = "kemajuan"
      case .stuck: orderName = "macet dulu"
      }
      return "Latih live: \(active) tersambung dari \(total) peserta · urutan: \(orderName)"
    case .livePerLesson(let counts):
      return counts.isEmpty ? "Per pelajaran: belum ada" : "Per pelajaran (no: orang): \(counts)"
    case .liveMostMissed(let question, let lesson, let count):
      return "Paling sering salah: soal \(question) pelajaran \(lesson) (\(count)×)"
    case .liveNoMisses: return "Paling sering salah: belum ada jawaban salah"
    case .liveColumns: return "NAMA|STATUS|PELAJARAN|POSISI|SKOR|CENTANG|TANDA"
    case .liveKeys: return "[q] keluar · [s] ganti urutan · diperbarui tiap detik"
    case .liveMore(let count): return "… dan \(count) lagi (perbesar jendela, atau pakai --once)"
    case .liveOn(let minutes): return "aktif \(minutes)m"
    case .liveAway(let minutes): return "pergi \(minutes)m"
    case .liveDone: return "selesai"
    case .liveQuestion(let number, let attempt):
      return attempt > 1 ? "soal \(number)×\(attempt)" : "soal \(number)"
    case .livePage(let page, let count):
      return count.map { "hlm \(page)/\($0)" } ?? "hlm \(page)"
    case .liveStuckIdle(let minutes): return "! diam \(minutes)m"
    case .liveStuckWrong: return "! 2× salah"
    case .liveNoData(let path): return "belum ada data peserta di \(path)"
    }
  }
}
