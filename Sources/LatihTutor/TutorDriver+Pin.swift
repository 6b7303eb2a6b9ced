import LatihBase
import LatihData

extension TutorDriver {
  /// Wrong PINs allowed before going back to the welcome screen.
  static let pinTries = 3

  /// The PIN policy of the current session (`off` without one).
  func pinPolicy() throws(Stop) -> PinPolicy {
    guard let current = try reading(store.currentSession) else { return .off }
    let sessions = try reading { () throws(SystemError) in try SessionList.load(store) }
    return sessions.find(current)?.pin ?? .off
  }

  /// Her PIN now: the latest `pin-set` of her records (nil: none, or cleared).
  static func pin(in events: [Event]) -> PinHash? {
    var pin: PinHash?
    for event in events.sorted(by: Event.chronological) {
      if case .pinSet(let value) = event.body { pin = value }
    }
    return pin
  }

  /// Asks for her PIN before her run continues, or for a new one, as the current
  /// session's policy says: `required`, on her first turn under it; `optional`, offered
  /// once, just after she enrolled. False when she is not let in: three wrong PINs, or `q`.
  func checkPin(_ turn: ParticipantTurn) throws(Stop) -> Bool {
    let policy = try pinPolicy()
    guard policy != .off else { return true }
    if let pin = Self.pin(in: turn.progress.events) {
      for attempt in 1...Self.pinTries {
        say(.askPin)
        prompt()
        let typed = try readSecret()
        if typed.lowercased() == "q" { return false }
        if PinHash.isValid(typed) && pin.matches(typed) { return true }
        if attempt < Self.pinTries { say(.pinWrong(left: Self.pinTries - attempt)) }
      }
      say(.pinLocked)
      return false
    }
    guard policy == .required || justEnrolled else { return true }
    return try choosePin(turn, required: policy == .required)
  }

  /// A new PIN, typed twice and saved as a salted hash; Enter skips it when optional.
  private func choosePin(_ turn: ParticipantTurn, required: Bool) throws(Stop) -> Bool {
    while true {
      say(.choosePin(required: required))
      prompt()
      let first = try readSecret()
      if first.lowercased() == "q" { return false }
      if first.isEmpty && !required { return true }
      guard PinHash.isValid(first) else {
        say(.pinNotFourDigits)
        continue
      }
      say(.repeatPin)
      prompt()
      guard try readSecret() == first else {
        say(.pinMismatch)
        continue
      }
      let pin = PinHash(pin: first, salt: store.identifiers.hex(bytes: 8))
      try persist([.pinSet(pin)], turn: turn)
      say(.pinSaved)
      return true
    }
  }
}
