extension JournalFailureText {
  public var english: String {
    switch error {
    case .system(let failure): return SystemErrorText(failure).english
    case .busy: return "the progress file is in use by another Latih window"
    case .failedEarlier(let failure):
      return "an earlier save failed (\(SystemErrorText(failure).english)); nothing more is written"
    }
  }
}

extension ParticipantLabel {
  public var english: String {
    var details: [String] = []
    if let group = participant.group { details.append("group \(group)") }
    if let code = participant.code { details.append("code \(code)") }
    details.append("id \(participant.id.prefix(6))")
    return "\(participant.name) (\(details.joined(separator: ", ")))"
  }
}

extension UnreadableNameText {
  public var english: String { "(damaged name — \(participant.prefix(8)))" }
}
