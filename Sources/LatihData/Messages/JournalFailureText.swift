import LatihBase

/// A journal that could not be opened or written, in words for the user.
package struct JournalFailureText: LocalizedText, Hashable {
  package var error: JournalError

  package init(_ error: JournalError) { self.error = error }
}
