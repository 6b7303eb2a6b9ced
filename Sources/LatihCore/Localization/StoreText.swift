/// A journal that could not be opened or written, in words for the user.
public struct JournalFailureText: LocalizedText, Hashable {
  public var error: JournalError

  public init(_ error: JournalError) { self.error = error }
}

/// A participant as shown in lists where names can repeat: name, group, code, short id.
public struct ParticipantLabel: LocalizedText, Hashable {
  public var participant: Participant

  public init(_ participant: Participant) { self.participant = participant }
}

/// The placeholder name of a person whose enrolment line is damaged: she is still listed,
/// with her id, so nobody disappears because one line could not be read.
public struct UnreadableNameText: LocalizedText, Hashable {
  public var participant: String

  public init(participant: String) { self.participant = participant }
}
