import Testing

@testable import LatihCourse

/// Front matter, pages and checklists parse into the model FORMAT.md describes.
@Suite struct LessonParserTests {
  @Test func frontMatterKeys() throws {
    let text = """
      ---
      # a comment line is ignored
      id: daftar-kreator
      title: Daftar sebagai Kreator

      minutes: 20
      kind: test
      attempts: 3
      ---

      ## Kuis [quiz]
      ### Benar? [true]

      """
    let (parsed, diagnostics) = Fixture.parse(text)
    #expect(diagnostics == [])
    let lesson = try #require(parsed)
    #expect(lesson.id == "daftar-kreator")
    #expect(lesson.title == "Daftar sebagai Kreator")
    #expect(lesson.minutes == 20)
    #expect(lesson.kind == .test)
    #expect(lesson.attempts == 3)
    #expect(lesson.path == Fixture.path)
  }

  @Test func optionalKeysDefault() throws {
    let lesson = try Fixture.lesson("## Halo\nTeks.\n")
    #expect(lesson.kind == .lesson)
    #expect(lesson.attempts == nil)
  }

  @Test(arguments: [
    ("\u{FEFF}", "\n"), ("", "\r\n"), ("\u{FEFF}", "\r\n"),
  ])
  func byteOrderMarkAndCRLF(prefix: String, newline: String) throws {
    let lines = ["---", "id: a", "title: Judul", "minutes: 1", "---", "## Halaman", "Isi.", ""]
    let text = prefix + lines.joined(separator: newline)
    let (parsed, diagnostics) = Fixture.parse(text)
    #expect(diagnostics == [])
    let lesson = try #require(parsed)
    #expect(lesson.title == "Judul")
    #expect(lesson.pages.map(\.title.plainText) == ["Halaman"])
    #expect(lesson.pages.first?.blocks == [.paragraph(.plain("Isi."))])
  }

  @Test func titleLineAndBlankLinesBeforeFirstPage() throws {
    let lesson = try Fixture.lesson("\n# Judul untuk handout\n\n## Satu\n")
    #expect(lesson.pages.count == 1)
    #expect(lesson.pages[0].location.line == 9)
  }

  @Test func pageKindsTitlesAndLocations() throws {
    let lesson = try Fixture.lesson(
      """
      ## Sebelum **mulai**
      Teks.
      ## Langkah [checklist]
      - [ ] Login
      ## Kuis [quiz]
      ### Benar? [false]

      """)
    #expect(lesson.pages.map(\.kind) == [.reading, .checklist, .quiz])
    #expect(lesson.pages.map(\.location.line) == [6, 8, 10])
    #expect(lesson.pages.map(\.location.column) == [1, 1, 1])
    #expect(lesson.pages[0].title == RichText(spans: [.init("Sebelum "), .init("mulai", .strong)]))
    #expect(lesson.pages[1].title == .plain("Langkah"))
    #expect(lesson.pages[2].title == .plain("Kuis"))
  }

  @Test(arguments: [
    ("## Harga \\[promo]", Page.Kind.reading, "Harga [promo]"),
    ("## Harga [promo\\]", .reading, "Harga [promo]"),
    ("## Harga \\\\[quiz]\n### Q [true]", .quiz, "Harga \\"),
    ("## Harga \\[quiz\\] [quiz]\n### Q [true]", .quiz, "Harga [quiz]"),
  ])
  func escapedBracketsInHeadings(line: String, kind: Page.Kind, title: String) throws {
    let lesson = try Fixture.lesson(line + "\n")
    #expect(lesson.pages[0].kind == kind)
    #expect(lesson.pages[0].title.plainText == title)
  }

  @Test func headingInsideFenceDoesNotStartPage() throws {
    let lesson = try Fixture.lesson("## Satu\n```\n## bukan halaman\n```\n## Dua\n")
    #expect(lesson.pages.map(\.title.plainText) == ["Satu", "Dua"])
    #expect(lesson.pages[0].blocks == [.preformatted(["## bukan halaman"])])
  }

  @Test func checklistItemsIndicatorsAndIDs() throws {
    let lesson = try Fixture.lesson(
      """
      ## Persiapan [checklist]
      Centang yang sudah Anda siapkan.

      - [ ] Saya punya akun TikTok yang aktif
      - [ ] Saya sudah menginstal aplikasi [indicator: installed-app]
      - [ ] Rekening bank atas nama sendiri {#rekening}
      * [ ] Keduanya [indicator: video-content] {#video}
        dengan baris lanjutan
      ## Lagi [checklist]
      - [ ] Item di halaman kedua

      """, indicators: ["installed-app", "video-content"])
    let items = lesson.checklistItems
    #expect(items.map(\.id) == ["item-1", "item-2", "rekening", "video", "item-5"])
    #expect(items.map(\.indicator) == [nil, "installed-app", nil, "video-content", nil])
    #expect(items.map(\.location.line) == [9, 10, 11, 12, 15])
    #expect(
      items.map(\.text.plainText) == [
        "Saya punya akun TikTok yang aktif", "Saya sudah menginstal aplikasi",
        "Rekening bank atas nama sendiri", "Keduanya dengan baris lanjutan",
        "Item di halaman kedua",
      ])
    #expect(lesson.pages[0].blocks == [.paragraph(.plain("Centang yang sudah Anda siapkan."))])
    #expect(lesson.pages[0].items.count == 4)
    #expect(lesson.pages[1].items.count == 1)
  }

  @Test func indicatorsAreNotCheckedWithoutACourse() throws {
    let lesson = try Fixture.lesson("## C [checklist]\n- [ ] A [indicator: apa-saja]\n")
    #expect(lesson.checklistItems.first?.indicator == "apa-saja")
  }

  @Test func checklistPageKeepsReadingContent() throws {
    let lesson = try Fixture.lesson(
      """
      ## Langkah [checklist]
      ### Di aplikasi
      > Pastikan baterai cukup.
      - [ ] Buka aplikasi

      """)
    let page = lesson.pages[0]
    #expect(
      page.blocks == [.subheading(.plain("Di aplikasi")), .note(.plain("Pastikan baterai cukup."))])
    #expect(page.items.map(\.text.plainText) == ["Buka aplikasi"])
  }

  /// FORMAT.md: "On a `[checklist]` page, every `- [ ] …` line is an item", also right
  /// after an ordinary list.
  @Test func checklistItemAfterOrdinaryList() throws {
    let lesson = try Fixture.lesson(
      """
      ## Langkah [checklist]
      - siapkan KTP
      - [ ] Buka aplikasi

      - [ ] Login

      """)
    let page = lesson.pages[0]
    #expect(page.items.map(\.text.plainText) == ["Buka aplikasi", "Login"])
    #expect(page.items.map(\.location.line) == [8, 10])
    #expect(
      page.blocks == [.list(ListBlock(ordered: false, items: [.init(text: .plain("siapkan KTP"))]))]
    )
  }

  @Test func questionAndItemIDsAreCountedAcrossPages() throws {
    let lesson = try Fixture.lesson(
      """
      ## A [quiz]
      ### Satu [true]
      ### Dua [false] {#dua}
      ## B [checklist]
      - [ ] x
      - [ ] y {#ye}
      ## C [quiz]
      ### Tiga [true]
      ## D [checklist]
      - [ ] z

      """)
    #expect(lesson.questions.map(\.id) == ["q1", "dua", "q3"])
    #expect(lesson.checklistItems.map(\.id) == ["item-1", "ye", "item-3"])
    #expect(lesson.question(id: "dua")?.location.line == 8)
    #expect(lesson.question(id: "q2") == nil)
  }

  @Test func titleIsSanitizedAndTrimmed() throws {
    let (parsed, _) = Fixture.parse(
      "---\nid: a\ntitle:   Judul \u{202E}x  \nminutes: 1\n---\n## P\n")
    #expect(parsed?.title == "Judul \u{FFFD}x")
  }
}
