/// The HTML report's inline style sheet: A4 portrait, compact enough that a normal
/// session (a few indicators, about seven lessons, some people to help) fits one page.
enum HTMLReportStyle {
  static let css = """
    @page { size: A4; margin: 12mm; }
    * { box-sizing: border-box; }
    body { font-family: sans-serif; font-size: 8.5pt; line-height: 1.3; color: #111;
      margin: 0 auto; max-width: 186mm; }
    h1 { font-size: 13pt; margin: 0 0 1.5mm; }
    h2 { font-size: 10pt; margin: 3.5mm 0 1mm; border-bottom: 0.3mm solid #888; }
    table { border-collapse: collapse; width: 100%; }
    th, td { padding: 0.3mm 1.2mm; border-bottom: 0.2mm solid #ddd; text-align: left;
      vertical-align: top; }
    th { font-weight: bold; background: #f2f2f2; }
    .n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    dl { display: grid; grid-template-columns: max-content 1fr max-content 1fr;
      gap: 0.3mm 3mm; margin: 0; }
    dt { font-weight: bold; }
    dd { margin: 0; }
    .note { color: #555; font-size: 7pt; margin: 0.8mm 0 0; }
    .charts { display: flex; gap: 6mm; margin-top: 2mm; }
    .charts figure { flex: 1; margin: 0; }
    figcaption { font-weight: bold; font-size: 8pt; }
    svg.chart { width: 100%; height: auto; }
    svg text { font-family: sans-serif; font-size: 8px; fill: #111; }
    svg .track { fill: #e6e6e6; }
    svg .bar { fill: #2e7d32; }
    ul.questions { columns: 5; column-gap: 3mm; list-style: none; padding: 0; margin: 0;
      font-size: 7.5pt; }
    ul.questions li { break-inside: avoid; }
    .hard { font-weight: bold; color: #a40000; }
    section { break-inside: avoid; }
    @media print { body { max-width: none; } }
    """
}
