import LatihBase
import LatihCourse
import LatihData
import LatihTutor

/// One step of `latih classroom setup` or `remove`: shown always, run only with `--apply`.
package enum ClassroomStep: Sendable, Equatable {
  /// Runs a program; `input` goes to its standard input (shown as `<<<`, a password
  /// masked); `skipIf` names a check that makes the step unneeded.
  case run([String], input: String? = nil, skipIfUserExists: String? = nil)
  /// Writes a file with the given permission bits.
  case write(path: String, contents: String, permissions: UInt32)
  /// Deletes a file if it exists.
  case remove(path: String)

  /// The step as a shell line a facilitator could type.
  package var shellLine: String {
    switch self {
    case .run(let arguments, let input, _):
      let line = arguments.map(Self.quoted).joined(separator: " ")
      guard let input else { return line }
      let shown = input.contains(":") ? String(input.prefix { $0 != ":" }) + ":…" : input
      return "echo \(Self.quoted(shown)) | " + line
    case .write(let path, let contents, let permissions):
      return "install -m \(String(permissions, radix: 8)) /dev/stdin \(Self.quoted(path)) <<'EOF'\n"
        + contents + "EOF"
    case .remove(let path):
      return "rm -f \(Self.quoted(path))"
    }
  }

  /// Single quotes around anything a shell would read otherwise.
  static func quoted(_ word: String) -> String {
    let plain = word.allSatisfy { $0.isLetter || $0.isNumber || "-_./=:@,+".contains($0) }
    if plain && !word.isEmpty { return word }
    return "'" + word.replacingOccurrences("'", "'\\''") + "'"
  }
}

extension String {
  /// `self` with every `target` replaced (no Foundation).
  fileprivate func replacingOccurrences(_ target: Character, _ replacement: String) -> String {
    var result = ""
    for character in self {
      if character == target { result += replacement } else { result.append(character) }
    }
    return result
  }
}
