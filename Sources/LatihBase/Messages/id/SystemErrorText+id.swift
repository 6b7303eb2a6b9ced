extension SystemErrorText {
  package var indonesian: String {
    let path = error.path.isEmpty ? "" : " (\(TerminalSanitizer.cleanLine(error.path)))"
    switch error.kind {
    case .diskFull: return "disk penuh\(path); kosongkan ruang lalu coba lagi"
    case .readOnly: return "disk hanya bisa dibaca\(path)"
    case .permissionDenied: return "tidak ada izin\(path)"
    case .notFound: return "tidak ditemukan\(path)"
    case .busy: return "sedang dipakai program lain\(path)"
    case .ioError: return "kesalahan baca/tulis disk\(path); periksa disk atau flashdisk"
    case .other: return "\(error.systemText)\(path)"
    }
  }
}
