/// Every option of the command line, declared once: commands list these in their
/// `options` and read them back with `arguments.value(.reason)` or
/// `arguments.flag(.force)`, so a misspelt option does not compile.
extension Arguments.Option {
  // Global options (``Invocation/globalOptions``).
  static let data = value("data")
  static let lessons = value("lessons")
  static let lang = value("lang")
  static let color = value("color")
  static let help = flag("help", short: "h")
  static let version = flag("version")

  // Command options.
  /// `--as WHO`: the participant.
  static let who = value("as")
  /// `evaluate --all`: ask every cell, recorded or not.
  static let all = flag("all")
  static let anonymize = flag("anonymize")
  /// `report --by session|group`: the comparison table.
  static let by = value("by")
  static let code = value("code")
  static let date = value("date")
  static let force = flag("force")
  static let format = value("format")
  /// `export --full`: keep every part.
  static let full = flag("full")
  static let group = value("group")
  /// `--idle-minutes N`: a turn ends, saved, after N minutes without a key (0: never).
  static let idleMinutes = value("idle-minutes")
  /// `export --include host,phones,notes,answers`.
  static let include = value("include")
  static let kind = value("kind")
  /// `--new`: enrol a namesake even when someone already enrolled matches.
  static let new = flag("new")
  /// `--max-age DAYS`: when a lesson's `checked:` date draws a warning.
  static let maxAge = value("max-age")
  static let noShuffle = flag("no-shuffle")
  static let note = value("note")
  static let organizer = value("organizer")
  static let out = value("out")
  /// `report --people`: only the per-person table.
  static let people = flag("people")
  static let phone = value("phone")
  /// `session new|edit --pin off|optional|required`.
  static let pin = value("pin")
  static let place = value("place")
  static let post = flag("post")
  static let pre = flag("pre")
  static let reason = value("reason")
  static let salvage = flag("salvage")
  static let seed = value("seed")
  static let session = value("session")
  /// `--signer TEXT`, repeatable: a certificate's signature lines.
  static let signer = value("signer")
}
