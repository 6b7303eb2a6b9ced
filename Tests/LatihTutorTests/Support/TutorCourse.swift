import Foundation
import Testing

@testable import LatihBase
@testable import LatihCourse

/// Small courses for tutor tests, written into a temporary folder and loaded with
/// ``CourseLoader`` exactly as `latih` loads the bundled one.
enum TutorCourse {
  /// A manifest for one Indonesian course with a pass mark of 70 and 2 tries.
  static func manifest(lessons: [String], courseTest: String? = nil) -> String {
    """
    ---
    id: kursus-uji
    languages: id
    title.id: Kursus Uji
    pass-mark: 70
    attempts: 2\(courseTest.map { "\ncourse-test: \($0)" } ?? "")
    ---

    ## Pelajaran [lessons]
    \(lessons.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n"))

    ## Indikator [indicators]
    - installed-app
      - id: Peserta sudah menginstal aplikasi TikTok

    ## Alasan [reasons]
    - documents
      - id: Kendala dokumen
    - followers
      - id: Pengikut belum cukup
    - other
      - id: Alasan lain
    """
  }

  /// Pages: 0 and 1 reading, 2 checklist (`hp`, `instal`), 3 quiz (`tunggal`, `semua`,
  /// `benar-salah`), 4 quiz (`urutan`, `singkat`, `dua`), 5 reading.
  static let lesson = """
    ---
    id: contoh
    title: Pelajaran Contoh
    minutes: 5
    ---

    ## Pembuka
    Halo semua.

    ## Bacaan kedua
    Teks kedua.

    ## Persiapan [checklist]
    Centang yang sudah.

    - [ ] Saya punya HP {#hp}
    - [ ] Saya sudah menginstal TikTok [indicator: installed-app] {#instal}

    ## Kuis satu [quiz]
    ### Siapa yang membayar komisi? {#tunggal}
    - ( ) Konsumen
      > Konsumen hanya membeli.
    - (x) Merchant
    - ( ) Kantor pajak
    > Merchant membayar komisi.

    ### Pilih semua pihak afiliasi {#semua}
    - [x] Merchant
    - [x] Afiliator
    - [ ] Downline
    > [hint] Afiliasi bukan MLM.
    > Downline hanya ada di MLM.

    ### Afiliasi sama dengan MLM. [false] {#benar-salah}
    > Afiliasi bukan MLM.

    ## Kuis dua [quiz]
    ### Urutkan langkah berikut [order] {#urutan}
    1. Login
    2. Buka profil
    3. Pilih Creator Center

    ### Tanggal berapa orang biasanya gajian? [short] {#singkat}
    - 25
    - tanggal 25
    > Biasanya tanggal 25.

    ### Apakah komisi dibayar dari penjualan? {#dua}
    - (x) Ya
    - ( ) Tidak

    ## Penutup
    Terima kasih.
    """

  /// A course test: two single-choice questions, one try each, reviewed at the end.
  static let test = """
    ---
    id: tes
    title: Tes Awal dan Akhir
    minutes: 5
    kind: test
    ---

    ## Tes [quiz]
    ### Siapa yang membayar komisi? {#t1}
    - ( ) Konsumen
    - (x) Merchant
    - ( ) Kantor pajak
    > Merchant membayar komisi.

    ### Siapa yang membuat konten? {#t2}
    - (x) Afiliator
    - ( ) Konsumen
    - ( ) Kantor pajak
    """

  /// Loads a course of `files` (lesson id → text) and fails the test on any diagnostic.
  static func load(
    _ files: [String: String] = ["contoh": lesson, "tes": test],
    order: [String] = ["contoh", "tes"], courseTest: String? = "tes"
  ) throws -> Course {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("latih-tutor-\(UUID().uuidString)")
    let folder = directory.appendingPathComponent("id")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try manifest(lessons: order, courseTest: courseTest)
      .write(to: directory.appendingPathComponent("course.md"), atomically: false, encoding: .utf8)
    for (id, text) in files {
      try text.write(
        to: folder.appendingPathComponent(id + ".md"), atomically: false, encoding: .utf8)
    }
    let result = CourseLoader(fileSystem: SystemFileSystem()).loadCourse(at: directory.path)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    return try #require(result.course)
  }

  /// The bundled course in the repository's `lessons/`.
  static func bundled() throws -> Course {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let result = CourseLoader(fileSystem: SystemFileSystem())
      .loadCourse(at: root.appendingPathComponent("lessons").path)
    #expect(result.errorCount == 0, "\(result.diagnostics)")
    return try #require(result.course)
  }
}
