extension SystemErrorText {
  /// What a file that is not a regular file is, in English.
  static func englishKind(_ kind: FileInfo.Kind) -> String {
    switch kind {
    case .directory: return "a folder"
    case .symbolicLink: return "a symbolic link"
    case .fifo: return "a named pipe (FIFO)"
    case .characterDevice: return "a character device"
    case .blockDevice: return "a block device"
    case .socket: return "a socket"
    case .other: return "a special file"
    case .file: return "a file"
    }
  }

  package var english: String {
    let path = error.path.isEmpty ? "" : " (\(TerminalSanitizer.cleanLine(error.path)))"
    switch error.kind {
    case .diskFull: return "the disk is full\(path); free some space and try again"
    case .readOnly: return "the disk is read-only\(path)"
    case .permissionDenied: return "permission denied\(path)"
    case .notFound: return "not found\(path)"
    case .busy: return "in use by another program\(path)"
    case .ioError: return "disk read/write error\(path); check the disk or USB stick"
    case .notRegularFile:
      let what = error.found.map(Self.englishKind) ?? "a special file"
      return "not a regular file\(path): it is \(what); Latih reads only regular files"
    case .tooLarge: return "the file is too large to read\(path)"
    case .interrupted: return "interrupted\(path)"
    case .other: return "\(error.systemText)\(path)"
    }
  }
}
