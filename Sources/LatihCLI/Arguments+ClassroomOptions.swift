/// The options of `latih kiosk`, `latih live` and `latih classroom`.
extension Arguments.Option {
  /// `--config FILE`: the kiosk's settings (only the sshd ForceCommand line sets it).
  static let config = value("config")
  /// `--once`: one snapshot of the room, then exit.
  static let once = flag("once")
  /// `--stuck-minutes N`: idle minutes on a question before someone is flagged.
  static let stuckMinutes = value("stuck-minutes")
  /// `--apply`: carry out the printed classroom steps (as root).
  static let apply = flag("apply")
  /// `--password TEXT`: the room password of the participants' account.
  static let password = value("password")
  /// `--port N`: the ssh port phones connect to.
  static let port = value("port")
}
