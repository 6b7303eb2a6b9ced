/// String operations on slash-separated paths (no file-system access).
package enum PathName {
  /// `directory/name`, without doubling a slash.
  package static func join(_ directory: String, _ name: String) -> String {
    if directory.isEmpty { return name }
    if directory.hasSuffix("/") { return directory + name }
    return directory + "/" + name
  }

  /// The directory part of `path` (`.` for a bare name, `/` for the root).
  package static func parent(of path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    guard let slash = trimmed.lastIndex(of: "/") else { return "." }
    if slash == trimmed.startIndex { return "/" }
    return String(trimmed[..<slash])
  }

  /// The last component of `path`.
  package static func lastComponent(of path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    guard let slash = trimmed.lastIndex(of: "/") else { return String(trimmed) }
    return String(trimmed[trimmed.index(after: slash)...])
  }

  /// `path` relative to the working directory made absolute against `base`.
  package static func absolute(_ path: String, base: String) -> String {
    path.hasPrefix("/") ? path : join(base, path)
  }

  /// `path` (absolute) with its links resolved as far as it exists: the deepest existing
  /// folder is resolved by the system and the missing rest appended, so a file not yet
  /// made is placed where it would land. For "is this inside that folder?".
  package static func resolved(_ path: String) -> String {
    if let real = Syscall.resolvedPath(path) { return real }
    let parent = parent(of: path)
    if parent == path { return path }
    return join(resolved(parent), lastComponent(of: path))
  }

  /// Whether `path` is `folder` or inside it, after resolving links in both.
  package static func isInside(_ path: String, _ folder: String) -> Bool {
    let path = resolved(path)
    let folder = resolved(folder)
    return path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
  }
}
