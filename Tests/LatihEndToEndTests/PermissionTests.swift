import Foundation
import Testing

/// Directories 0700 and files 0600 whatever the umask (000, 022, 077, 777), for everything
/// the real executable creates: the data folder and its missing parents, journals, the device and current-session
/// files, and exports, reports and certificates written with `--out`.
///
/// These check modes, which holds as root too; a test that *denies* access by mode would
/// prove nothing here, since root ignores permissions (the machine these run on is root).
@Suite struct PermissionTests {
  /// A one-lesson course (one true/false question) that a certificate can be earned in.
  static let course: [String: String] = [
    "course.md": """
    ---
    id: kursus
    languages: id
    title.id: Kursus
    ---
    ## Pelajaran [lessons]
    1. satu
    ## Indikator [indicators]
    - installed-app
      - id: Sudah instal
    ## Alasan [reasons]
    - documents
      - id: Dokumen

    """,
    "id/satu.md": """
    ---
    id: satu
    title: Satu
    minutes: 5
    ---
    ## Kuis [quiz]
    ### Benar? [true]

    """,
  ]

  @Test(arguments: [0o000, 0o022, 0o077, 0o777])
  func everythingCreatedIsPrivate(umask: Int) throws {
    guard let executable = UmaskedRun.executable else {
      Issue.record("the latih executable was not found next to the tests")
      return
    }
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("latih-e2e-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    for (path, text) in Self.course {
      let url = root.appendingPathComponent("lessons/" + path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: false, encoding: .utf8)
    }
    let data = root.appendingPathComponent("home/latih/data").path
    let out = root.appendingPathComponent("keluar")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    let latih = UmaskedRun(
      executable: executable,
      environment: [
        "LATIH_DATA": data, "LATIH_LESSONS": root.appendingPathComponent("lessons").path,
        "PATH": "/usr/bin:/bin", "HOME": root.path,
      ], umask: umask)
    let commands: [([String], String)] = [
      (["session", "new", "Pelatihan", "--date", "2023-08-05"], ""),
      (["participants", "add", "Siti Aminah"], ""),
      (["record", "Siti Aminah", "installed-app", "no", "--reason", "documents"], ""),
      (["learn", "satu", "--as", "Siti Aminah"], "b\n\nq\n"),
      (["export", "--out", out.appendingPathComponent("laptop.latih").path], ""),
      (
        ["report", "--format", "html", "--out", out.appendingPathComponent("laporan.html").path], ""
      ),
      (
        [
          "certificate", "Siti Aminah", "--out", out.appendingPathComponent("sertifikat.html").path,
        ], ""
      ),
    ]
    for (arguments, input) in commands {
      let result = try latih.run(arguments, input: input)
      #expect(result.status == 0, "\(arguments): \(result.errors)")
    }
    // The umask really applied: a file made by the shell under it has the masked mode.
    _ = try UmaskedRun(
      executable: URL(fileURLWithPath: "/usr/bin/touch"), environment: [:], umask: umask
    ).run([out.appendingPathComponent("kontrol").path])
    let control =
      try FileManager.default.attributesOfItem(
        atPath: out.appendingPathComponent("kontrol").path)[.posixPermissions] as? Int
    #expect(control == 0o666 & ~umask)

    var checked = 0
    var wrong: [String] = []
    let paths =
      ["home", "home/latih"].map { root.appendingPathComponent($0).path } + [data]
      + (FileManager.default.subpaths(atPath: data) ?? []).map { data + "/" + $0 }
      + ["laptop.latih", "laporan.html", "sertifikat.html"].map {
        out.appendingPathComponent($0).path
      }
    for path in paths {
      let attributes = try FileManager.default.attributesOfItem(atPath: path)
      let mode = (attributes[.posixPermissions] as? Int) ?? -1
      let isDirectory = attributes[.type] as? FileAttributeType == .typeDirectory
      checked += 1
      if mode != (isDirectory ? 0o700 : 0o600) {
        wrong.append("\(path): \(String(mode, radix: 8))")
      }
    }
    #expect(checked >= 11, "too few files: \(paths)")
    #expect(wrong.isEmpty, "\(wrong)")
    print("[figure] permission checks under umask \(String(umask, radix: 8)): \(checked)")
  }
}
