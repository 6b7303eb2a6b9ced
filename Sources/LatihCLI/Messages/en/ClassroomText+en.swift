extension ClassroomText {
  package var english: String {
    switch self {
    case .configLineWithoutEquals: return "this line needs the form key=value"
    case .configUnknownKey(let key):
      return "unknown key '\(key)' (known: data, lessons, lang, idle-minutes)"
    case .configRepeatedKey(let key): return "key '\(key)' is given twice"
    case .configNotAbsolute(let key): return "'\(key)' must be a full path starting with '/'"
    case .configBadLanguage(let value): return "unknown language '\(value)' (id or en)"
    case .configBadIdle(let value):
      return "idle-minutes '\(value)' must be a number of minutes above 0 (at most 1440)"
    case .configMissingKey(let key): return "key '\(key)=' is missing"
    case .configInvalid(let path):
      return "the kiosk settings \(path) are not right yet; fix the lines above"
    case .kioskOptionNotAllowed(let option):
      return "\(option) is not used by the kiosk: write it in the settings file (--config)"
    case .idleClosed(let minutes):
      return
        "Nothing typed for \(Self.minutesText(minutes)) minutes, so the connection is closed. Connect again to continue."
    case .liveHeader(let active, let total, let order):
      return
        "Latih live: \(active) connected of \(total) participants · sorted by: \(order.rawValue)"
    case .livePerLesson(let counts):
      return counts.isEmpty ? "Per lesson: nobody yet" : "Per lesson (no: people): \(counts)"
    case .liveMostMissed(let question, let lesson, let count):
      return "Most missed: question \(question) of lesson \(lesson) (\(count)×)"
    case .liveNoMisses: return "Most missed: no wrong answers yet"
    case .liveColumns: return "NAME|STATUS|LESSON|WHERE|SCORE|TICKS|FLAG"
    case .liveKeys: return "[q] quit · [s] sort order · refreshed every second"
    case .liveMore(let count): return "… and \(count) more (enlarge the window, or use --once)"
    case .liveOn(let minutes): return "on \(minutes)m"
    case .liveAway(let minutes): return "away \(minutes)m"
    case .liveDone: return "done"
    case .liveQuestion(let number, let attempt):
      return attempt > 1 ? "Q\(number)×\(attempt)" : "Q\(number)"
    case .livePage(let page, let count):
      return count.map { "p \(page)/\($0)" } ?? "p \(page)"
    case .liveStuckIdle(let minutes): return "! idle \(minutes)m"
    case .liveStuckWrong: return "! 2 wrong"
    case .liveNoData(let path): return "no participant data in \(path) yet"
    case .setupIntro(let password, let port):
      return """
        Preparing the classroom: participants' phones log in over ssh to this laptop (port \(port)) \
        as user \(ClassroomPlan.user), room password: \(password)
        That user can only run latih kiosk. The participants' data is in \(ClassroomPlan.data) \
        (owned by \(ClassroomPlan.user), 0700): run facilitator commands as that user, \
        for example: sudo -u \(ClassroomPlan.user) latih --data \(ClassroomPlan.data) live
        The steps (Debian/Ubuntu only; --apply runs them as root):
        """
    case .removeIntro(let data):
      return
        "Undoing the classroom setup. The data folder \(data) is NOT deleted (it holds everyone's progress)."
    case .badPassword:
      return "the room password needs at least 4 characters, no spaces and no ':'"
    case .needsRoot: return "--apply needs root: sudo latih classroom ... --apply"
    case .notDebian:
      return
        "--apply is for Debian/Ubuntu only. Elsewhere do the steps above yourself: an unprivileged user, the kiosk settings file, a Match User block in sshd_config, then reload sshd."
    case .needsOpenSSH:
      return "the OpenSSH server is not installed: sudo apt-get install openssh-server"
    case .stepSkipped: return "  (already there, skipped)"
    case .stepFailed(let number, let problem):
      return "step \(number) failed: \(problem). The steps after it were not run."
    case .applied: return "Done. How to connect phones: latih classroom"
    case .dryRun: return "Nothing was changed. Run with --apply (as root) to apply."
    case .connectHow(let addresses, let user, let port, let password, let first, let ready):
      let list =
        addresses.isEmpty
        ? "  (no network yet: turn on the laptop's hotspot)"
        : addresses.map { "  " + $0 }.joined(separator: "\n")
      return """
        Connecting phones to this laptop\(ready ? "" : " (classroom not set up yet: sudo latih classroom setup --apply)")
        1. The phone joins the same Wi-Fi (the laptop's hotspot). The laptop's addresses:
        \(list)
        2. In Termux (Android): pkg install openssh
           then:                ssh -p \(port) \(user)@\(first)
           Room password: \(password ?? "(see: sudo latih classroom)")
        3. Without Termux: an SSH app such as JuiceSSH or ConnectBot (Android), Termius (iPhone);
           host \(first), port \(port), user \(user).
        When a phone drops: connect again and type the same name; the lesson continues where it stopped.
        """
    case .noQR: return "(Install qrencode to show a QR code of the ssh address.)"
    }
  }
}
