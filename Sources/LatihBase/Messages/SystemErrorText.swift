/// What a failed system call means for the user, in words they can act on.
package struct SystemErrorText: LocalizedText, Hashable {
  package var error: SystemError

  package init(_ error: SystemError) { self.error = error }
}
