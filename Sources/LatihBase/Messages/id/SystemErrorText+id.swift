extension SystemErrorText {
  /// What a file that is not a regular file is, in Indonesian.
  static func indonesianKind(_ kind: FileInfo.Kind) -> String {
    switch kind {
    case .directory: return "folder"
    case .symbolicLink: return "tautan simbolik (symlink)"
    case .fifo: return "pipa bernama (FIFO)"
    case .characterDevice: return "perangkat karakter"
    case .blockDevice: return "perangkat blok"
    case .socket: return "soket"
    case .other: return "berkas khusus"
    case .file: return "berkas"
    }
  }

  package var indonesian: String {
    let path = error.path.isEmpty ? "" : " (\(TerminalSanitizer.cleanLine(error.path)))"
    switch error.kind {
    case .diskFull: return "disk penuh\(path); kosongkan ruang lalu coba lagi"
    case .readOnly: return "disk hanya bisa dibaca\(path)"
    case .permissionDenied: return "tidak ada izin\(path)"
    case .notFound: return "tidak ditemukan\(path)"
    case .busy: return "sedang dipakai program lain\(path)"
    case .ioError: return "kesalahan baca/tulis disk\(path); periksa disk atau flashdisk"
    case .notRegularFile:
      let what = error.found.map(Self.indonesianKind) ?? "berkas khusus"
      return "bukan berkas biasa\(path): ini \(what); Latih hanya membaca berkas biasa"
    case .tooLarge: return "berkas terlalu besar untuk dibaca\(path)"
    case .interrupted: return "dihentikan\(path)"
    case .other: return "\(error.systemText)\(path)"
    }
  }
}
