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
    }
  }
}
