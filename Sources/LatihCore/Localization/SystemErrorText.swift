/// What a failed system call means for the user, in words they can act on.
public struct SystemErrorText: LocalizedText, Hashable {
  public var error: SystemError

  public init(_ error: SystemError) { self.error = error }
}
