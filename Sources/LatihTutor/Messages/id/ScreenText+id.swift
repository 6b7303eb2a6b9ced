import LatihBase

extension ScreenText {
  package var indonesian: String {
    switch self {
    case .pagePart(let page, let count, let part, let parts):
      return "Halaman \(page)/\(count) (bagian \(part)/\(parts))"
    case .part(let part, let parts): return "Bagian \(part)/\(parts)"
    case .partKeys(let canGoBack):
      return "[Enter] bagian berikutnya" + (canGoBack ? " · [<] bagian sebelumnya" : "")
        + " · [q] simpan & keluar"
    case .previousPart: return "[<] bagian sebelumnya"
    case .pressEnter: return "[Enter] lanjut"
    case .moreAbove: return "  … (masih ada di atas)"
    case .moreBelow: return "  … (masih ada di bawah)"
    case .presentKeys(let canReveal):
      return "[Enter] lanjut · [b] kembali" + (canReveal ? " · [j] jawaban" : "") + " · [q] keluar"
    }
  }
}
