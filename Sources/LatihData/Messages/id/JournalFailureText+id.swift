import LatihBase

extension JournalFailureText {
  package var indonesian: String {
    switch error {
    case .system(let failure): return SystemErrorText(failure).indonesian
    case .busy: return "berkas progres sedang dipakai jendela Latih lain"
    case .failedEarlier(let failure):
      return
        "penyimpanan sebelumnya gagal (\(SystemErrorText(failure).indonesian)); tidak ada lagi yang ditulis"
    }
  }
}
