extension JournalFailureText {
  public var indonesian: String {
    switch error {
    case .system(let failure): return SystemErrorText(failure).indonesian
    case .busy: return "berkas progres sedang dipakai jendela Latih lain"
    case .failedEarlier(let failure):
      return
        "penyimpanan sebelumnya gagal (\(SystemErrorText(failure).indonesian)); tidak ada lagi yang ditulis"
    }
  }
}

extension ParticipantLabel {
  public var indonesian: String {
    var details: [String] = []
    if let group = participant.group { details.append("kelompok \(group)") }
    if let code = participant.code { details.append("kode \(code)") }
    details.append("id \(participant.id.prefix(6))")
    return "\(participant.name) (\(details.joined(separator: ", ")))"
  }
}

extension UnreadableNameText {
  public var indonesian: String { "(nama rusak — \(participant.prefix(8)))" }
}
