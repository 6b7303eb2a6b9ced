import LatihBase
import LatihCourse
import LatihData

/// Certificates as one printable HTML file: one A4 landscape page per certificate.
///
/// Every page has a fixed height inside the printable area (`@page { size: A4 landscape;
/// margin: 10mm }` leaves 277 × 190 mm; a page is 186 mm high, its overflow hidden) and
/// a page break after it, so Chromium and Firefox print exactly one sheet per person
/// however long a name or title is. Inline CSS only: no scripts, no external files;
/// every value is escaped.
package enum CertificateDocument {
  /// The HTML of `certificates` (at least one), in `language`.
  package static func html(_ certificates: [Certificate], language: Language) -> String {
    func text(_ message: CertificateText) -> String { HTML.escape(message.text(in: language)) }
    let title = certificates.count == 1 ? certificates[0].name : certificates[0].sessionTitle
    var pages = ""
    for certificate in certificates {
      pages += page(certificate, language: language)
    }
    return """
      <!DOCTYPE html>
      <html lang="\(language.rawValue)">
      <head>
      <meta charset="utf-8">
      <title>\(text(.documentTitle(title)))</title>
      <style>
      \(style)
      </style>
      </head>
      <body>
      \(pages)</body>
      </html>

      """
  }

  /// One page.
  static func page(_ certificate: Certificate, language: Language) -> String {
    func text(_ message: CertificateText) -> String { HTML.escape(message.text(in: language)) }
    let date = CertificateText.longDate(certificate.date, in: language)
    let placeDate = [certificate.place, date].compactMap { $0 }.joined(separator: ", ")
    var extra = ""
    if let score = certificate.score {
      extra += "<p class=\"detail\">\(text(.score(score)))</p>\n"
    }
    if let organizer = certificate.organizer {
      extra += "<p class=\"detail\">\(text(.organizer(organizer)))</p>\n"
    }
    var signers = ""
    for signer in certificate.signers.prefix(Certificate.maximumSigners) {
      signers +=
        "<div class=\"signer\"><div class=\"line\"></div><p>\(HTML.escape(signer))</p></div>\n"
    }
    return """
      <section class="page"><div class="frame">
      <p class="course">\(HTML.escape(certificate.courseTitle))</p>
      <h1>\(text(.heading(certificate.kind)))</h1>
      <p class="to">\(text(.presentedTo))</p>
      <p class="name">\(HTML.escape(certificate.name))</p>
      <p class="because">\(text(.because(certificate.kind)))</p>
      <p class="session">\(HTML.escape(certificate.sessionTitle))</p>
      <p class="where">\(HTML.escape(placeDate))</p>
      \(extra)<div class="signers">
      \(signers)</div>
      <p class="code">\(text(.code(certificate.code)))</p>
      </div></section>

      """
  }

  static let style = """
    @page { size: A4 landscape; margin: 10mm; }
    * { box-sizing: border-box; }
    html, body { margin: 0; padding: 0; }
    body { font-family: Georgia, "DejaVu Serif", "Times New Roman", serif; color: #222; background: #eee; }
    .page { width: 277mm; height: 186mm; margin: 0 auto; overflow: hidden; background: #fff;
      break-after: page; page-break-after: always; break-inside: avoid; }
    .page:last-child { break-after: auto; page-break-after: auto; }
    .frame { position: relative; height: 100%; border: 2.5mm double #8a6d3b; padding: 12mm 18mm 0;
      text-align: center; overflow: hidden; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    p { margin: 0; }
    .course { font-size: 12pt; letter-spacing: 1px; color: #555; max-height: 11mm; overflow: hidden; }
    h1 { font-size: 34pt; font-weight: normal; letter-spacing: 3px; color: #8a6d3b; margin: 7mm 0 8mm; }
    .to { font-size: 14pt; font-style: italic; }
    .name { font-size: 30pt; font-weight: bold; margin: 4mm 0 6mm; max-height: 28mm; overflow: hidden;
      line-height: 14mm; overflow-wrap: anywhere; }
    .because { font-size: 14pt; font-style: italic; }
    .session { font-size: 18pt; font-weight: bold; margin: 3mm 0 2mm; max-height: 16mm; overflow: hidden;
      overflow-wrap: anywhere; }
    .where { font-size: 13pt; max-height: 12mm; overflow: hidden; }
    .detail { font-size: 11pt; margin-top: 1.5mm; max-height: 6mm; overflow: hidden; }
    .signers { position: absolute; left: 18mm; right: 18mm; bottom: 14mm; display: flex;
      justify-content: space-around; }
    .signer { width: 80mm; }
    .signer .line { height: 18mm; border-bottom: 0.3mm solid #222; }
    .signer p { font-size: 11pt; margin-top: 1.5mm; max-height: 10mm; overflow: hidden; }
    .code { position: absolute; left: 0; right: 0; bottom: 4mm; font-family: "DejaVu Sans Mono", monospace;
      font-size: 8pt; color: #666; }
    @media screen { .page { margin: 8mm auto; box-shadow: 0 0 3mm #999; } }
    @media print { body { background: none; } }
    """
}
