import LatihBase

/// The placeholder name of a person whose enrolment line is damaged: she is still listed,
/// with her id, so nobody disappears because one line could not be read.
package struct UnreadableNameText: LocalizedText, Hashable {
  package var participant: String

  package init(participant: String) { self.participant = participant }
}
