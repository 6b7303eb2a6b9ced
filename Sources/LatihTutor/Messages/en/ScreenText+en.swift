import LatihBase

extension ScreenText {
  package var english: String {
    switch self {
    case .pagePart(let page, let count, let part, let parts):
      return "Page \(page)/\(count) (part \(part)/\(parts))"
    case .part(let part, let parts): return "Part \(part)/\(parts)"
    case .partKeys(let canGoBack):
      return "[Enter] next part" + (canGoBack ? " · [<] previous part" : "")
        + " · [q] save & quit"
    case .previousPart: return "[<] previous part"
    case .pressEnter: return "[Enter] continue"
    case .moreAbove: return "  … (more above)"
    case .moreBelow: return "  … (more below)"
    case .presentKeys(let canReveal):
      return "[Enter] next · [b] back" + (canReveal ? " · [a] answer" : "") + " · [q] quit"
    }
  }
}
