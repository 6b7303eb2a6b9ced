import LatihBase

/// A participant as shown in lists where names can repeat: name, group, code, short id.
package struct ParticipantLabel: LocalizedText, Hashable {
  package var participant: Participant

  package init(_ participant: Participant) { self.participant = participant }
}
