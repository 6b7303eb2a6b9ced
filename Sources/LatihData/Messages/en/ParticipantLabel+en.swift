extension ParticipantLabel {
  package var english: String {
    var details: [String] = []
    if let group = participant.group { details.append(ParticipantLabel.named(group, "group")) }
    if let code = participant.code { details.append("code \(code)") }
    details.append("id \(participant.id.prefix(6))")
    return "\(participant.name) (\(details.joined(separator: ", ")))"
  }
}
