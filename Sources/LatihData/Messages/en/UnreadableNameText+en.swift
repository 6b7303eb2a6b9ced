extension UnreadableNameText {
  package var english: String { "(damaged name — \(participant.prefix(8)))" }
}
