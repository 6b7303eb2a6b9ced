extension UnreadableNameText {
  package var indonesian: String { "(nama rusak — \(participant.prefix(8)))" }
}
