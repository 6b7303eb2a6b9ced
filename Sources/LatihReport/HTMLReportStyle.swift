/// The HTML report's inline style sheet: A4 portrait, compact; printed, no table row,
/// chart or list item is cut across pages and table headers repeat on every page.
/// Charts keep their own pixel size (text 11 px), two side by side.
enum HTMLReportStyle {
  static let css = """
    @page { size: A4 portrait; margin: 10mm 11mm; }
    * { box-sizing: border-box; }
    body { font-family: sans-serif; font-size: 8pt; line-height: 1.2; color: #111;
      margin: 0 auto; max-width: 188mm; }
    h1 { font-size: 13pt; margin: 0 0 1mm; }
    h2 { font-size: 9.5pt; margin: 2mm 0 0.6mm; border-bottom: 0.3mm solid #888; }
    p { margin: 0.8mm 0; }
    table { border-collapse: collapse; width: 100%; font-size: 7.5pt; }
    th, td { padding: 0.2mm 1mm; border-bottom: 0.2mm solid #ddd; text-align: left;
      vertical-align: top; }
    th { font-weight: bold; background: #f2f2f2; }
    h3 { font-size: 8pt; margin: 1.2mm 0 0.4mm; }
    .n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    dl { display: grid; grid-template-columns: max-content 1fr max-content 1fr;
      gap: 0.2mm 3mm; margin: 0; }
    dt { font-weight: bold; }
    dd { margin: 0; }
    .note { color: #555; font-size: 6.5pt; margin: 0.5mm 0 0; }
    .charts { display: flex; flex-wrap: wrap; gap: 2mm 4mm; margin-top: 2mm; }
    .charts figure { margin: 0; width: 90mm; }
    figcaption { font-weight: bold; font-size: 8.5pt; }
    svg.chart { display: block; }
    thead { display: table-header-group; }
    ul.questions { columns: 6; column-gap: 2mm; list-style: none; padding: 0; margin: 0;
      font-size: 7pt; }
    ul.questions li { break-inside: avoid; }
    .hard { font-weight: bold; color: #a40000; }
    h2, h3, figcaption { break-after: avoid; }
    tr, li, dl, figure { break-inside: avoid; page-break-inside: avoid; }
    .nw { white-space: nowrap; }
    @media print { body { max-width: none; } }
    """
}
