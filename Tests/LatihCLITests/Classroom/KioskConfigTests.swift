import LatihTestSupport
import Testing

@testable import LatihBase
@testable import LatihCLI
@testable import LatihCourse
@testable import LatihData

/// The facilitator's kiosk settings file.
struct KioskConfigTests {
  @Test func readsEveryKeyWithCommentsAndSpaces() throws {
    let text = """
      # Latih kiosk
      data = /var/lib/latih/data
      lessons=/usr/local/share/latih/lessons

      lang=en
      idle-minutes=2.5
      """
    let config = try KioskConfig.parse(text).get()
    #expect(
      config
        == KioskConfig(
          data: "/var/lib/latih/data", lessons: "/usr/local/share/latih/lessons", language: .en,
          idleMinutes: 2.5))
  }

  @Test func defaultsAreIndonesianAndTenMinutes() throws {
    let config = try KioskConfig.parse("data=/d\nlessons=/l\n").get()
    #expect(config.language == .id)
    #expect(config.idleMinutes == 10)
  }

  @Test func everyProblemIsReportedWithItsLine() {
    let text = "data=relative\nlang=fr\nidle-minutes=0\nshell=/bin/sh\nnonsense\nlang=id\n"
    guard case .failure(let list) = KioskConfig.parse(text) else {
      Issue.record("accepted a broken file")
      return
    }
    #expect(
      list.problems == [
        .init(line: 1, message: .configNotAbsolute("data")),
        .init(line: 2, message: .configBadLanguage("fr")),
        .init(line: 3, message: .configBadIdle("0")),
        .init(line: 4, message: .configUnknownKey("shell")),
        .init(line: 5, message: .configLineWithoutEquals),
        .init(line: 6, message: .configRepeatedKey("lang")),
        .init(line: 0, message: .configMissingKey("lessons")),
      ])
  }
}
