extension ParticipantLabel {
  package var indonesian: String {
    var details: [String] = []
    if let group = participant.group { details.append(ParticipantLabel.named(group, "kelompok")) }
    if let code = participant.code { details.append("kode \(code)") }
    details.append("id \(participant.id.prefix(6))")
    return "\(participant.name) (\(details.joined(separator: ", ")))"
  }
}
