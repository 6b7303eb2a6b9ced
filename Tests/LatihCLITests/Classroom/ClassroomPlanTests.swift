import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihCLI
@testable import LatihCourse
@testable import LatihData

/// What `latih classroom setup` would do, shown before anything is applied.
struct ClassroomPlanTests {
  private let plan = ClassroomPlan(
    latih: "/usr/local/bin/latih", lessons: "/usr/local/share/latih/lessons", language: .id,
    password: "rahasia1", port: 2222)

  @Test func theDropInForcesTheKioskAndTurnsEverythingElseOff() {
    let dropIn = plan.sshdDropIn
    for directive in [
      "Match User latih-peserta",
      "ForceCommand /usr/local/bin/latih kiosk --config /etc/latih/kiosk.conf",
      "DisableForwarding yes", "AllowTcpForwarding no", "AllowAgentForwarding no",
      "X11Forwarding no", "PermitTunnel no", "PermitUserRC no", "PermitTTY yes",
      "ClientAliveInterval 15", "ClientAliveCountMax 3", "MaxSessions 1", "Port 2222",
    ] {
      #expect(dropIn.contains(directive), "\(directive)")
    }
  }

  @Test func stepsShowEveryFileAndNeverThePasswordOnACommandLine() {
    let lines = plan.setupSteps.map(\.shellLine)
    #expect(lines.contains { $0.contains("useradd --system") && $0.hasSuffix("latih-peserta") })
    #expect(lines.contains("echo 'latih-peserta:…' | chpasswd"))
    #expect(
      lines.contains {
        $0.contains("/etc/latih/kiosk.conf") && $0.contains("data=/var/lib/latih-peserta/data")
      })
    #expect(lines.contains { $0.contains("-m 0700 /var/lib/latih-peserta") })
    #expect(lines.filter { $0.contains("rahasia1") }.count == 1)  // only in the root-only room.conf
    #expect(lines.first { $0.contains("rahasia1") }?.contains("install -m 600") == true)
  }

  @Test func removeKeepsTheDataFolder() {
    let lines = ClassroomPlan.removeSteps.map(\.shellLine)
    #expect(lines.contains("rm -f /etc/ssh/sshd_config.d/latih.conf"))
    #expect(lines.contains("userdel latih-peserta"))
    #expect(!lines.contains { $0.contains("/var/lib/latih-peserta") || $0.contains("userdel -r") })
  }

  @Test func shellWordsAreQuoted() {
    #expect(ClassroomStep.quoted("plain-word") == "plain-word")
    #expect(ClassroomStep.quoted("it's here") == "'it'\\''s here'")
  }
}
