import LatihBase

extension JournalFailureText {
  package var english: String {
    switch error {
    case .system(let failure): return SystemErrorText(failure).english
    case .busy: return "the progress file is in use by another Latih window"
    case .failedEarlier(let failure):
      return "an earlier save failed (\(SystemErrorText(failure).english)); nothing more is written"
    }
  }
}
