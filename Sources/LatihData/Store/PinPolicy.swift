/// Whether a session's participants give a PIN before continuing their run (`latih
/// session new|edit --pin off|optional|required`). Stored in `session-pin` records.
package enum PinPolicy: String, Hashable, Sendable, CaseIterable, Codable {
  /// No PIN is asked or offered (also every session without a `session-pin` record).
  case off
  /// A participant may choose a PIN; one who has a PIN is asked for it.
  case optional
  /// Every participant chooses a PIN on her first turn and is asked for it after.
  case required
}
