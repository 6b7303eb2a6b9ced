extension SystemErrorText {
  package var english: String {
    let path = error.path.isEmpty ? "" : " (\(TerminalSanitizer.cleanLine(error.path)))"
    switch error.kind {
    case .diskFull: return "the disk is full\(path); free some space and try again"
    case .readOnly: return "the disk is read-only\(path)"
    case .permissionDenied: return "permission denied\(path)"
    case .notFound: return "not found\(path)"
    case .busy: return "in use by another program\(path)"
    case .ioError: return "disk read/write error\(path); check the disk or USB stick"
    case .other: return "\(error.systemText)\(path)"
    }
  }
}
