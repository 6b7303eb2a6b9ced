import LatihCourse

/// A small valid course in two languages, written into a ``TemporaryDirectory``.
package enum CourseFixture {
  /// `course.md`; lesson `satu` is listed on line 9 and `tes` on line 10 (column 4).
  package static let manifest = """
    ---
    id: kursus
    languages: id, en
    title.id: Kursus
    title.en: Course
    course-test: tes
    ---
    ## Pelajaran [lessons]
    1. satu
    2. tes
    ## Indikator [indicators]
    - installed-app
      - id: Sudah instal
      - en: Installed
    ## Alasan [reasons]
    - documents
      - id: Dokumen
      - en: Documents

    """

  /// Lesson `satu` with the words of a language: a reading page, a checklist with an
  /// indicator and a true/false question on line 11.
  package static func satu(_ words: (title: String, page: String, answer: String)) -> String {
    """
    ---
    id: satu
    title: \(words.title)
    minutes: 10
    ---
    ## \(words.page)
    Teks.
    ## Cek [checklist]
    - [ ] Instal [indicator: installed-app]
    ## Kuis [quiz]
    ### Benar? [\(words.answer)]

    """
  }

  /// The course test `tes` (kind: test, two questions).
  package static func tes(kind: String = "test") -> String {
    """
    ---
    id: tes
    title: Tes
    minutes: 5
    kind: \(kind)
    ---
    ## Tes [quiz]
    ### A [true]
    ### B
    - (x) a
    - ( ) b

    """
  }

  /// Writes the whole valid course into `directory`.
  package static func write(into directory: TemporaryDirectory) throws {
    try directory.write("course.md", manifest)
    try directory.write("id/satu.md", satu(("Satu", "Baca", "true")))
    try directory.write("en/satu.md", satu(("One", "Read", "true")))
    try directory.write("id/tes.md", tes())
    try directory.write("en/tes.md", tes())
  }
}
