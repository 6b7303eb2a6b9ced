import Testing

@testable import LatihCourse

/// Inline Markdown: bold, italic, code, links, autolinks, images and escapes; anything
/// unclosed stays literal text.
@Suite struct InlineParserTests {
  typealias Span = RichText.Span

  static let cases: [(text: String, spans: [Span])] = [
    ("teks biasa", [Span("teks biasa")]),
    ("", []),
    ("**tebal**", [Span("tebal", .strong)]),
    ("a **tebal** b", [Span("a "), Span("tebal", .strong), Span(" b")]),
    ("*miring*", [Span("miring", .emphasis)]),
    ("_miring_ saja", [Span("miring", .emphasis), Span(" saja")]),
    ("`kode`", [Span("kode", .code)]),
    ("`**tidak tebal**`", [Span("**tidak tebal**", .code)]),
    (
      "[tautan](https://seller-id.tokopedia.com)",
      [Span("tautan", .link(url: "https://seller-id.tokopedia.com"))]
    ),
    (
      "lihat <https://x.id/a>.",
      [Span("lihat "), Span("https://x.id/a", .link(url: "https://x.id/a")), Span(".")]
    ),
    ("<mailto:a@b.id>", [Span("mailto:a@b.id", .link(url: "mailto:a@b.id"))]),
    ("<bukan tautan>", [Span("<bukan tautan>")]),
    ("![logo](logo.png) toko", [Span("logo"), Span(" toko")]),
    ("\\*bukan miring\\*", [Span("*bukan miring*")]),
    ("\\_ \\` \\[ \\\\", [Span("_ ` [ \\")]),
    ("C:\\dokumen", [Span("C:\\dokumen")]),
    ("akhir\\", [Span("akhir\\")]),
    ("**belum ditutup", [Span("**belum ditutup")]),
    ("*belum", [Span("*belum")]),
    ("`belum", [Span("`belum")]),
    ("[teks](tanpa tutup", [Span("[teks](tanpa tutup")]),
    ("[ada spasi](https://a b)", [Span("[ada spasi](https://a b)")]),
    ("snake_case_word", [Span("snake_case_word")]),
    ("2*3*4", [Span("2*3*4")]),
    ("* bukan", [Span("* bukan")]),
    ("****", [Span("****")]),
    ("``", [Span("``")]),
    ("**a\\*b**", [Span("a*b", .strong)]),
    ("[a\\]b](u)", [Span("a]b", .link(url: "u"))]),
    ("é **ü** 😀", [Span("é "), Span("ü", .strong), Span(" 😀")]),
  ]

  @Test(arguments: cases.indices)
  func spans(_ index: Int) {
    let row = Self.cases[index]
    #expect(InlineParser.parse(row.text).spans == row.spans, "\(row.text)")
  }

  @Test(arguments: [
    ("[teks](https://a.id)", "teks (https://a.id)"),
    ("<https://a.id>", "https://a.id"),
    ("**a** _b_ `c`", "a b c"),
  ])
  func plainText(text: String, expected: String) {
    #expect(InlineParser.parse(text).plainText == expected)
  }

  @Test func parsesSubstrings() {
    let line = "xx **y** zz"
    let slice = line.dropFirst(3).dropLast(3)
    #expect(InlineParser.parse(slice).spans == [Span("y", .strong)])
  }

  @Test func joinedAddsOneSpace() {
    let joined = RichText(plain: "a").joined(with: RichText(spans: [Span("b", .strong)]))
    #expect(joined.spans == [Span("a"), Span(" "), Span("b", .strong)])
    #expect(RichText(plain: "").joined(with: RichText(plain: "b")) == RichText(plain: "b"))
    #expect(RichText(plain: "a").joined(with: RichText(plain: "")) == RichText(plain: "a"))
  }
}
