import Foundation
import LatihBase
import LatihCourse
import LatihData
import LatihTutor
import Synchronization
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Classroom mode end to end: the real OpenSSH server on 127.0.0.1 forcing `latih kiosk`,
/// ten phones through a lesson at once, `latih live` watching, and every trick a phone
/// could try refused or harmless with the journals intact.
@Suite(.serialized)
struct ClassroomSSHTests {
  static let lessonID = "apa-itu-afiliasi"

  @Test(
    .enabled(
      if: SSHServer.available,
      "skipped: needs root and OpenSSH's sshd (.ci/run installs openssh-server)"))
  func tenPhonesThroughALessonAndEveryTrickRefused() throws {
    let server = try SSHServer()
    defer { server.stop() }
    let script = try CourseScript(.id)
    Self.stage("tenParticipants")
    try tenParticipants(server, script)
    Self.stage("shellsCommandsAndCopiesAreRefused")
    try shellsCommandsAndCopiesAreRefused(server)
    Self.stage("forwardingIsRefused")
    try forwardingIsRefused(server)
    Self.stage("clientEnvironmentIsIgnored")
    try clientEnvironmentIsIgnored(server)
    Self.stage("pastesEscapesAndJobControlAreHarmless")
    try pastesEscapesAndJobControlAreHarmless(server, script)
    Self.stage("droppedConnectionSavesAndReleases")
    try droppedConnectionSavesAndReleases(server, script)
    Self.stage("secondPhoneForTheSamePersonIsTurnedAway")
    try secondPhoneForTheSamePersonIsTurnedAway(server)
    Self.stage("journalsAreIntact")
    try journalsAreIntact(server)
  }

  // MARK: Ten at once

  private func tenParticipants(_ server: SSHServer, _ script: CourseScript) throws {
    let lesson = try script.lesson(Self.lessonID)
    let opened = DispatchSemaphore(value: 0)
    let go = DispatchSemaphore(value: 0)
    let failures = Mutex<[String]>([])
    let group = DispatchGroup()
    for number in 1...10 {
      group.enter()
      Thread.detachNewThread {
        defer { group.leave() }
        do {
          let phone = try server.client()
          try phone.waitForPrompt(1)
          try phone.step("Peserta \(number)")
          try phone.step("y")
          try phone.step("1")
          opened.signal()
          go.wait()
          let seed = try Self.seed(of: "Peserta \(number)", data: server.data)
          try phone.steps(Self.lines(through: lesson, seed: seed, script: script))
          try phone.step("")  // summary → menu
          try phone.step("q")  // menu → welcome
          phone.send("q")
          let status = try phone.waitForExit()
          if status != 0 { throw LatihProcessError(description: "exit \(status)\n\(phone.output)") }
        } catch {
          opened.signal()
          failures.withLock { $0.append("phone \(number): \(error)") }
        }
      }
    }
    for _ in 1...10 { opened.wait() }
    // All ten are in the lesson, each holding her journal: live sees them connected.
    let during = try live(server)
    for _ in 1...10 { go.signal() }
    group.wait()
    let problems = failures.withLock { $0 }
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    #expect(during["active"] as? Int == 10)
    #expect(during["participants"] as? Int == 10)

    let after = try live(server)
    let people = try #require(after["people"] as? [[String: Any]])
    #expect(people.count == 10)
    #expect(
      people.allSatisfy {
        $0["completed_score"] as? Int == 100 && $0["lesson"] as? String == Self.lessonID
      })
    #expect(after["active"] as? Int == 0)

    let journals = try Self.journals(server.data)
    #expect(journals.count == 10)
    for (_, contents) in journals {
      let answers = contents.events.compactMap { event -> AnswerRecord? in
        if case .answer(let answer) = event.body { return answer }
        return nil
      }
      #expect(answers.count == lesson.questions.count)
      #expect(answers.allSatisfy { $0.correct && $0.attempt == 1 })
      #expect(
        contents.events.contains {
          if case .lessonCompleted(let result) = $0.body { return result.score == 100 }
          return false
        })
      #expect(Set(contents.events.map(\.id)).count == contents.events.count)
    }
    let report = try LatihProcess.run(["report", "--format", "json"], data: server.data)
    #expect(report.status == 0, "\(report.errors)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(report.output.utf8)) as? [String: Any])
    let header = object["scope"] as? [String: Any] ?? object
    #expect(
      (header["enrolled"] ?? object["enrolled"]) as? Int == 10
        || report.output.contains("\"enrolled\":10"))
    #expect(report.output.contains("\"completed\":{\"n\":10"))
  }

  // MARK: Security cases

  private func shellsCommandsAndCopiesAreRefused(_ server: SSHServer) throws {
    // A command without a terminal: the kiosk runs instead, reads end of input, exits.
    for command in [["bash"], ["cat /etc/passwd"], ["sh", "-c", "'id; cat /etc/passwd'"]] {
      let phone = try server.client(command: command, tty: false)
      phone.closeInput()
      try phone.waitForExit()
      #expect(!phone.output.contains("root:x:0:0"))
      #expect(!phone.output.contains("uid=0"))
      #expect(phone.output.contains("Selamat datang di Latih"))
    }
    // With a terminal: typing shell commands is a name, never run.
    let phone = try server.client(command: ["bash"])
    try phone.waitForPrompt(1)
    try phone.step("echo PWNED$((6*7)); cat /etc/passwd")
    try phone.step("n")
    phone.send("q")
    try phone.waitForExit()
    #expect(!phone.output.contains("PWNED42") && !phone.output.contains("root:x:0:0"))
    // scp and sftp: the kiosk answers instead of a file server; nothing is copied.
    let copy = server.folder.appendingPathComponent("copied")
    let scp = try LatihProcess(
      program: URL(fileURLWithPath: "/usr/bin/scp"),
      server.connection(portOption: "-P") + ["root@127.0.0.1:/etc/passwd", copy.path],
      environment: ["PATH": "/usr/bin:/bin", "HOME": server.folder.path])
    scp.closeInput()
    #expect(try scp.waitForExit() != 0)
    let legacy = try LatihProcess(
      program: URL(fileURLWithPath: "/usr/bin/scp"),
      ["-O"] + server.connection(portOption: "-P") + ["root@127.0.0.1:/etc/passwd", copy.path],
      environment: ["PATH": "/usr/bin:/bin", "HOME": server.folder.path])
    legacy.closeInput()
    try legacy.waitForExit()
    let copied = (try? String(contentsOf: copy, encoding: .utf8)) ?? ""
    #expect(!copied.contains("root:x:0:0"))
    let sftp = try LatihProcess(
      program: URL(fileURLWithPath: "/usr/bin/sftp"),
      ["-b", "-"] + server.connection(portOption: "-P") + ["root@127.0.0.1"],
      environment: ["PATH": "/usr/bin:/bin", "HOME": server.folder.path])
    sftp.send("get /etc/passwd \(copy.path)")
    sftp.closeInput()
    #expect(try sftp.waitForExit() != 0)
    #expect(!((try? String(contentsOf: copy, encoding: .utf8)) ?? "").contains("root:x:0:0"))
  }

  private func forwardingIsRefused(_ server: SSHServer) throws {
    let local = Int.random(in: 20_000...60_000)
    let socks = local + 1
    // -L and -D: the client listens, but the server refuses every channel through it.
    let tunnel = try server.client(
      ["-N", "-L", "127.0.0.1:\(local):127.0.0.1:\(server.port)", "-D", "127.0.0.1:\(socks)"],
      tty: false)
    defer { tunnel.signal(SIGTERM) }
    var listening = false
    for _ in 0..<100 where !listening {
      usleep(100_000)
      listening = TCPProbe.exchange(port: socks, send: [5, 1, 0], seconds: 0.3).count > 0
    }
    let throughL = TCPProbe.exchange(port: local, send: [], seconds: 2)
    #expect(!throughL.starts(with: Array("SSH-".utf8)), "-L forwarded to sshd")
    // SOCKS5: no authentication, then CONNECT 127.0.0.1:port.
    let request: [UInt8] =
      [5, 1, 0] + [5, 1, 0, 1, 127, 0, 0, 1, UInt8(server.port >> 8), UInt8(server.port & 0xFF)]
    let throughD = TCPProbe.exchange(port: socks, send: request, seconds: 2)
    #expect(!String(decoding: throughD, as: UTF8.self).contains("SSH-"), "-D forwarded to sshd")
    // -R: the server refuses to listen; with ExitOnForwardFailure the client gives up.
    let reverse = try server.client(
      ["-N", "-o", "ExitOnForwardFailure=yes", "-R", "127.0.0.1:\(local + 2):127.0.0.1:22"],
      tty: false)
    #expect(try reverse.waitForExit() != 0)
    #expect(TCPProbe.exchange(port: local + 2, send: [], seconds: 0.5).isEmpty)
  }

  private func clientEnvironmentIsIgnored(_ server: SSHServer) throws {
    let elsewhere = server.folder.appendingPathComponent("elsewhere")
    let phone = try server.client(
      ["-o", "SendEnv=LATIH_DATA LATIH_LESSONS LATIH_LANG LANG LC_ALL HOME XDG_DATA_HOME"],
      environment: [
        "LATIH_DATA": elsewhere.path, "LATIH_LESSONS": "/nonexistent", "LATIH_LANG": "en",
        "LANG": "C", "LC_ALL": "C", "XDG_DATA_HOME": elsewhere.path, "TERM": "dumb",
      ])
    try phone.waitForPrompt(1)
    try phone.step("Tamu Env")
    try phone.step("y")
    phone.send("q")
    try phone.waitForPrompt(4)
    phone.send("q")
    try phone.waitForExit()
    #expect(!FileManager.default.fileExists(atPath: elsewhere.path))
    #expect(phone.output.contains("Selamat datang"))  // Indonesian from kiosk.conf, not LATIH_LANG
    #expect(!phone.output.contains("\u{1B}"))  // TERM=dumb: no escapes
    #expect(phone.output.utf8.allSatisfy { $0 < 0x80 })  // LANG=C: ASCII bars
    #expect(phone.output.contains("[..........]"))
    #expect(try Self.journals(server.data).count == 11)
  }

  private func pastesEscapesAndJobControlAreHarmless(_ server: SSHServer, _ script: CourseScript)
    throws
  {
    let lesson = try script.lesson(Self.lessonID)
    let phone = try server.client(environment: ["TERM": "vt100"])
    let paste = [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 20) + [0x0D]
    let escapes = Array("\u{1B}[2J\u{1B}]0;evil\u{7}\u{1B}[6n\u{1B}P+q\u{1B}\\".utf8)
    try phone.waitForPrompt(1)
    for _ in 0..<2 {  // a 1 MB name, then refused enrolment
      let shown = phone.prompts
      phone.sendRaw(escapes + paste)
      try phone.waitForPrompt(shown + 1)
      try phone.step("n")
    }
    phone.sendRaw([0x1A, 0x1C])  // Ctrl-Z, Ctrl-\ at the prompt
    try phone.step("Tempel Panjang")
    try phone.step("y")
    try phone.step("1")
    let seed = try Self.seed(of: "Tempel Panjang", data: server.data)
    var pageIndex = 0
    for line in Self.lines(through: lesson, seed: seed, script: script) {
      if line.isEmpty && pageIndex < 2 {
        // A reading page: a 1 MB paste is a typo, Ctrl-Z / Ctrl-\ nothing.
        let shown = phone.prompts
        phone.sendRaw(paste + [0x1A, 0x1C])
        try phone.waitForPrompt(shown + 1)
        pageIndex += 1
      }
      let shown = phone.prompts
      phone.sendRaw(escapes + [0x1B, 0x5B, 0x41] + Array("\u{1B}[200~\(line)\u{1B}[201~\r\n".utf8))
      try phone.waitForPrompt(shown + 1)
    }
    try phone.step("")
    try phone.step("q")
    phone.send("q")
    #expect(try phone.waitForExit() == 0)
    #expect(!phone.output.contains("evil"))
    let contents = try #require(try Self.journal(of: "Tempel Panjang", data: server.data))
    let answers = contents.events.compactMap { event -> AnswerRecord? in
      if case .answer(let answer) = event.body { return answer }
      return nil
    }
    #expect(answers.count == lesson.questions.count)
    #expect(answers.allSatisfy { $0.correct && $0.attempt == 1 })
  }

  private func droppedConnectionSavesAndReleases(_ server: SSHServer, _ script: CourseScript)
    throws
  {
    let phone = try server.client()
    try phone.waitForPrompt(1)
    try phone.step("Putus Sinyal")
    try phone.step("y")
    try phone.step("1")
    try phone.step("")  // page 2 acknowledged
    phone.sendRaw(Array("sebagian jawab".utf8))  // half an answer, no Enter
    usleep(200_000)
    phone.signal(SIGKILL)  // the phone drops
    _ = try? phone.waitForExit()
    // The kiosk notices (SIGHUP / end of input), saves and exits: her journal is free.
    var released = false
    for _ in 0..<100 where !released {
      let people = try live(server)["people"] as? [[String: Any]] ?? []
      released = people.contains {
        $0["name"] as? String == "Putus Sinyal" && $0["connected"] as? Bool == false
      }
      if !released { usleep(200_000) }
    }
    #expect(released, "the kiosk of a dropped phone kept her journal")
    let contents = try #require(try Self.journal(of: "Putus Sinyal", data: server.data))
    #expect(
      !contents.events.contains { if case .answer = $0.body { return true } else { return false } })
    #expect(
      contents.events.contains {
        if case .pageReached(let visit) = $0.body { return visit.page == 1 }
        return false
      })
  }

  private func secondPhoneForTheSamePersonIsTurnedAway(_ server: SSHServer) throws {
    let first = try server.client()
    try first.waitForPrompt(1)
    try first.step("Dua HP")
    try first.step("y")
    let second = try server.client(environment: ["TERM": "xterm-256color"])
    try second.waitForPrompt(1)
    try second.step("Dua HP")
    #expect(second.output.contains("sedang belajar di HP atau jendela Latih lain"))
    #expect(second.output.contains("Siapa nama Anda?"))
    second.send("q")
    #expect(try second.waitForExit() == 0)
    let shown = first.prompts  // counted before sending: the welcome may come back at once
    first.send("q")
    try first.waitForPrompt(shown + 1)
    first.send("q")
    #expect(try first.waitForExit() == 0)
  }

  private func journalsAreIntact(_ server: SSHServer) throws {
    for (path, contents) in try Self.journals(server.data) {
      #expect(contents.skippedLines.isEmpty, "\(path)")
      #expect(contents.tornTail == nil, "\(path)")
    }
    let check = try LatihProcess.run(["progress", "--format", "json"], data: server.data)
    #expect(check.status == 0 && check.errors.isEmpty, "\(check.errors)")
  }

  // MARK: Helpers

  /// Says on standard error which part runs (a hang shows where).
  static func stage(_ name: String) {
    FileHandle.standardError.write(Data("classroom ssh test: \(name)\n".utf8))
  }

  /// `latih live --once --format json` on the server's data folder.
  private func live(_ server: SSHServer) throws -> [String: Any] {
    let run = try LatihProcess.run(["live", "--once", "--format", "json"], data: server.data)
    #expect(run.status == 0, "\(run.errors)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
  }

  /// Every journal of the data folder, read.
  static func journals(_ data: URL) throws -> [(String, JournalContents)] {
    let folder = data.appendingPathComponent("participants")
    return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
      .filter { $0.hasSuffix(".jsonl") }
      .map { name in
        let bytes = try Data(contentsOf: folder.appendingPathComponent(name))
        return (name, JournalReader.read([UInt8](bytes)))
      }
  }

  /// The journal of the person enrolled as `name`.
  static func journal(of name: String, data: URL) throws -> JournalContents? {
    try journals(data).map(\.1).first { contents in
      contents.events.contains {
        if case .enrolled(let enrollment) = $0.body { return enrollment.name == name }
        return false
      }
    }
  }

  /// The shuffle seed of `name`'s open lesson run.
  static func seed(of name: String, data: URL) throws -> UInt64 {
    let contents = try #require(try journal(of: name, data: data))
    let seeds = contents.events.compactMap { event -> UInt64? in
      if case .lessonOpened(let opening) = event.body { return opening.seed }
      return nil
    }
    return try #require(seeds.last)
  }

  /// Right answers through `lesson` as a run with `seed` shows its options.
  static func lines(through lesson: Lesson, seed: UInt64, script: CourseScript) -> [String] {
    lesson.pages.flatMap { page -> [String] in
      switch page.kind {
      case .reading: return [""]
      case .checklist: return page.items.map { _ in "y" }
      case .quiz:
        return page.questions.map { question in
          switch question.key {
          case .single, .multiple, .order:
            return QuestionView(question, seed: seed, shuffled: true).correctLetters
          default: return script.right(question)
          }
        }
      }
    }
  }
}
