import LatihBase

/// A participant as shown in lists where names can repeat: name, group, code, short id.
package struct ParticipantLabel: LocalizedText, Hashable {
  package var participant: Participant

  package init(_ participant: Participant) { self.participant = participant }

  /// A group as a label shows it: "kelompok Mawar", but "Kelompok Wanita Tani Mawar" as
  /// it is (a name that already starts with "kelompok" or "group" gets no prefix).
  static func named(_ group: String, _ word: String) -> String {
    let start = NameKey.folded(group)
    return start.hasPrefix("kelompok") || start.hasPrefix("group") ? group : word + " " + group
  }
}
