import Testing

@testable import LatihCourse

/// Reading content (FORMAT.md "What a page can contain") parses into ``Block`` values.
@Suite struct LessonParserBlockTests {
  /// A one-item-per-entry unordered list of plain items.
  private func bullets(_ items: [String], ordered: Bool = false) -> Block {
    .list(ListBlock(ordered: ordered, items: items.map { .init(text: .plain($0)) }))
  }

  @Test func paragraphLinesAreJoinedAndBlankLinesSeparate() throws {
    let blocks = try Fixture.blocks("## P\nBaris satu\n   baris dua.\n\nParagraf **dua**.\n")
    #expect(
      blocks == [
        .paragraph(.plain("Baris satu baris dua.")),
        .paragraph(RichText(spans: [.init("Paragraf "), .init("dua", .strong), .init(".")])),
      ])
  }

  @Test func bulletedListWithSubItemsAndContinuations() throws {
    let blocks = try Fixture.blocks(
      """
      ## P
      - Merchant
        yang menjual barang
      * Afiliasi
        - Nano
        - Mikro
          10.000–100.000
      + Konsumen

      """)
    let expected = ListBlock(
      ordered: false,
      items: [
        .init(text: .plain("Merchant yang menjual barang")),
        .init(
          text: .plain("Afiliasi"), children: [.plain("Nano"), .plain("Mikro 10.000–100.000")]),
        .init(text: .plain("Konsumen")),
      ])
    #expect(blocks == [.list(expected)])
  }

  @Test func numberedListAndBlankLineBetweenItems() throws {
    let blocks = try Fixture.blocks("## P\n1. Login\n\n2) Buka profil\n10. Pilih\n")
    #expect(blocks == [bullets(["Login", "Buka profil", "Pilih"], ordered: true)])
  }

  @Test func listKindChangeStartsNewList() throws {
    let blocks = try Fixture.blocks("## P\n- a\n1. b\nteks\n")
    #expect(blocks == [bullets(["a"]), bullets(["b"], ordered: true), .paragraph(.plain("teks"))])
  }

  @Test func subheadingNoteRuleAndFence() throws {
    let blocks = try Fixture.blocks(
      """
      ## P
      ### Sub *judul*
      > Catatan satu
      > catatan dua
      ---
      ```
      #promo  **tidak** diformat
        indentasi tetap
      ```
      * * *

      """)
    #expect(
      blocks == [
        .subheading(RichText(spans: [.init("Sub "), .init("judul", .emphasis)])),
        .note(.plain("Catatan satu catatan dua")),
        .rule,
        .preformatted(["#promo  **tidak** diformat", "  indentasi tetap"]),
        .rule,
      ])
  }

  @Test func emptyFence() throws {
    #expect(try Fixture.blocks("## P\n```\n```\n") == [.preformatted([])])
  }

  @Test func tableWithHeaderRowsAndEscapedPipe() throws {
    let blocks = try Fixture.blocks(
      """
      ## P
      | Tingkat | Pengikut |
      |:---|---:|
      | Nano | 1.000–10.000 |
      | **Mikro** | a \\| b |

      """)
    let table = TableBlock(
      header: [.plain("Tingkat"), .plain("Pengikut")],
      rows: [
        [.plain("Nano"), .plain("1.000–10.000")],
        [RichText(spans: [.init("Mikro", .strong)]), .plain("a | b")],
      ])
    #expect(blocks == [.table(table)])
  }

  @Test func tableWithoutOuterPipes() throws {
    let blocks = try Fixture.blocks("## P\n| a | b\n|---|---\n| 1 | 2\n")
    let table = TableBlock(header: [.plain("a"), .plain("b")], rows: [[.plain("1"), .plain("2")]])
    #expect(blocks == [.table(table)])
  }

  @Test func raggedTableRowsArePaddedOrCut() throws {
    let (lesson, diagnostics) = Fixture.parseBody("## P\n|a|b|\n|-|-|\n|1|\n|1|2|3|\n")
    #expect(
      diagnostics == [
        warning(9, 1, .tableColumnCount(expected: 2, found: 1)),
        warning(10, 1, .tableColumnCount(expected: 2, found: 3)),
      ])
    let table = TableBlock(
      header: [.plain("a"), .plain("b")],
      rows: [[.plain("1"), .plain("")], [.plain("1"), .plain("2")]])
    #expect(lesson?.pages.first?.blocks == [.table(table)])
  }

  @Test func linksInListItemsAndSubheadingsStayText() throws {
    let blocks = try Fixture.blocks("## P\n### Lihat [catatan]\n- Buka [situs](https://x.id)\n")
    #expect(
      blocks == [
        .subheading(.plain("Lihat [catatan]")),
        .list(
          ListBlock(
            ordered: false,
            items: [
              .init(
                text: RichText(spans: [.init("Buka "), .init("situs", .link(url: "https://x.id"))]))
            ]
          )),
      ])
  }

  @Test func readingPageTurnsBoxesIntoText() throws {
    let blocks = try Fixture.blocks("## P\n- [ ] bukan checklist\n")
    #expect(blocks == [bullets(["[ ] bukan checklist"])])
  }

  @Test func quizPageTextBeforeFirstQuestion() throws {
    let lesson = try Fixture.lesson("## Kuis [quiz]\nJawab semua.\n\n### Benar? [true]\n")
    #expect(lesson.pages[0].blocks == [.paragraph(.plain("Jawab semua."))])
    #expect(lesson.questions.count == 1)
  }

  @Test func tabsCountAsIndentation() throws {
    let blocks = try Fixture.blocks("## P\n- a\n\t- sub\n")
    #expect(
      blocks == [
        .list(
          ListBlock(ordered: false, items: [.init(text: .plain("a"), children: [.plain("sub")])]))
      ])
  }
}
