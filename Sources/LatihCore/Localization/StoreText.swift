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
