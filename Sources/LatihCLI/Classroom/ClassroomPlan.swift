import LatihBase
import LatihCourse
import LatihData
import LatihTutor

/// What `latih classroom setup` and `remove` do on a Debian or Ubuntu laptop: a dedicated
/// participants' user whose only program is the kiosk, its data folder, the kiosk's
/// settings and an sshd drop-in.
package struct ClassroomPlan: Sendable {
  /// The participants' account.
  package static let user = "latih-peserta"
  package static let home = "/var/lib/latih-peserta"
  package static let data = "/var/lib/latih-peserta/data"
  package static let kioskConfig = KioskConfig.standardPath
  package static let roomConfig = "/etc/latih/room.conf"
  package static let sshdDropIn = "/etc/ssh/sshd_config.d/latih.conf"

  package var latih: String
  package var lessons: String
  package var language: Language
  package var password: String
  package var port: Int

  package init(latih: String, lessons: String, language: Language, password: String, port: Int) {
    self.latih = latih
    self.lessons = lessons
    self.language = language
    self.password = password
    self.port = port
  }

  /// The steps of `setup`, in order.
  package var setupSteps: [ClassroomStep] {
    [
      .run(
        [
          "useradd", "--system", "--create-home", "--home-dir", Self.home, "--shell", "/bin/sh",
          "--comment", "Latih classroom participants", Self.user,
        ], skipIfUserExists: Self.user),
      .run(["chpasswd"], input: "\(Self.user):\(password)"),
      .run(["install", "-d", "-o", Self.user, "-g", Self.user, "-m", "0700", Self.home, Self.data]),
      .run(["install", "-d", "-m", "0755", "/etc/latih"]),
      .write(
        path: Self.kioskConfig,
        contents: """
          # latih kiosk: what every phone connected over ssh gets (latih classroom setup)
          data=\(Self.data)
          lessons=\(lessons)
          lang=\(language.rawValue)
          idle-minutes=10

          """, permissions: 0o644),
      .write(
        path: Self.roomConfig,
        contents: "user=\(Self.user)\nport=\(port)\npassword=\(password)\n", permissions: 0o600),
      .write(path: Self.sshdDropIn, contents: sshdDropIn, permissions: 0o644),
      .run(["sshd", "-t"]),
      .run(["systemctl", "reload-or-restart", "ssh"]),
    ]
  }

  /// The steps of `remove`: the sshd drop-in and settings go, the account is locked and
  /// removed; the data folder stays (it holds everyone's progress).
  package static var removeSteps: [ClassroomStep] {
    [
      .remove(path: sshdDropIn),
      .run(["sshd", "-t"]),
      .run(["systemctl", "reload-or-restart", "ssh"]),
      .run(["pkill", "-KILL", "-u", user]),
      .run(["userdel", user]),
      .remove(path: roomConfig),
      .remove(path: kioskConfig),
    ]
  }

  /// The `Match User` block: the kiosk and nothing else for the participants' account.
  package var sshdDropIn: String {
    let ports =
      port == 22
      ? ""
      : "# Phones connect on port \(port); 22 stays open for others.\nPort 22\nPort \(port)\n\n"
    return """
      # Latih classroom (latih classroom setup). Remove with: latih classroom remove --apply
      \(ports)Match User \(Self.user)
          ForceCommand \(latih) kiosk --config \(Self.kioskConfig)
          PasswordAuthentication yes
          KbdInteractiveAuthentication yes
          PubkeyAuthentication no
          PermitTTY yes
          DisableForwarding yes
          AllowTcpForwarding no
          AllowStreamLocalForwarding no
          AllowAgentForwarding no
          X11Forwarding no
          PermitTunnel no
          PermitUserRC no
          ClientAliveInterval 15
          ClientAliveCountMax 3
          MaxSessions 1

      """
  }
}
