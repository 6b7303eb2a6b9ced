import Foundation
import Testing

/// The module layers hold: no module imports a module above it or beside it, in the
/// sources or in Package.swift. Lowest first:
///
///     LatihBase → {LatihCourse, LatihData} → {LatihTutor, LatihReport} → LatihCLI
///
/// LatihTestSupport (fakes and fixtures) may import the layers up to LatihData, and no
/// product module may import it or LatihBench.
@Suite struct LayeringTests {
  /// Each product module's layer; a module may import only modules of a lower layer.
  static let layers: [String: Int] = [
    "LatihBase": 0, "LatihCourse": 1, "LatihData": 1, "LatihTutor": 2, "LatihReport": 2,
    "LatihCLI": 3, "LatihTestSupport": 2,
  ]
  /// Modules no product module may import.
  static let testOnly: Set<String> = ["LatihTestSupport", "LatihBench"]

  /// The package's root folder (holding Package.swift), or `LATIH_LAYERING_ROOT` (to check
  /// another copy of the sources, say one with an upward import that would not build).
  static let root: URL = {
    if let path = ProcessInfo.processInfo.environment["LATIH_LAYERING_ROOT"] {
      return URL(fileURLWithPath: path)
    }
    var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while !FileManager.default.fileExists(
      atPath: folder.appendingPathComponent("Package.swift").path)
    {
      folder.deleteLastPathComponent()
    }
    return folder
  }()

  /// Why `module` may not import `imported`, or nil when it may.
  static func violation(_ module: String, imports imported: String) -> String? {
    guard let own = layers[module], imported != module else { return nil }
    if testOnly.contains(imported) && module != "LatihTestSupport" {
      return "\(module) imports the test-only module \(imported)"
    }
    guard let other = layers[imported], !testOnly.contains(imported) else { return nil }
    if other > own {
      return "\(module) (layer \(own)) imports \(imported), a layer above (\(other))"
    }
    if other == own { return "\(module) imports \(imported), a module of the same layer (\(own))" }
    return nil
  }

  /// The modules a Swift file imports (`import X`, `@testable import X`, `import struct X.Y`).
  static func imports(_ source: String) -> [String] {
    source.split(separator: "\n").compactMap { line in
      var words = line.split(separator: " ").map(String.init)
      if words.first == "@testable" { words.removeFirst() }
      guard words.first == "import", words.count >= 2 else { return nil }
      let path = words.count >= 3 ? words[2] : words[1]
      return String(path.split(separator: ".")[0])
    }
  }

  @Test func sourcesImportOnlyLowerLayers() throws {
    let sources = Self.root.appendingPathComponent("Sources")
    var checked = 0
    for module in Self.layers.keys.sorted() {
      let folder = sources.appendingPathComponent(module)
      guard let files = FileManager.default.enumerator(atPath: folder.path) else {
        Issue.record("no folder Sources/\(module)")
        continue
      }
      for case let file as String in files where file.hasSuffix(".swift") {
        let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        for imported in Self.imports(text) {
          checked += 1
          if let problem = Self.violation(module, imports: imported) {
            Issue.record("Sources/\(module)/\(file): \(problem)")
          }
        }
      }
    }
    #expect(checked > 100, "too few imports found: is the layout still Sources/<Module>/?")
  }

  @Test func packageDependenciesPointDown() throws {
    let manifest = try String(
      contentsOf: Self.root.appendingPathComponent("Package.swift"), encoding: .utf8)
    let targets = Self.targets(manifest)
    #expect(Set(Self.layers.keys).isSubset(of: Set(targets.keys)), "\(targets.keys.sorted())")
    for (target, dependencies) in targets.sorted(by: { $0.key < $1.key }) {
      for dependency in dependencies {
        if let problem = Self.violation(target, imports: dependency) {
          Issue.record("Package.swift: \(problem)")
        }
      }
    }
  }

  /// Each `.target(name: "X", dependencies: [...])` of the manifest: X and its dependencies.
  static func targets(_ manifest: String) -> [String: [String]] {
    var result: [String: [String]] = [:]
    for chunk in manifest.components(separatedBy: ".target(").dropFirst() {
      let declaration = chunk.components(separatedBy: ".target(")[0]
        .components(separatedBy: ".executableTarget(")[0]
        .components(separatedBy: ".testTarget(")[0]
      guard let name = Self.quoted(after: "name:", in: declaration) else { continue }
      var dependencies: [String] = []
      if let start = declaration.range(of: "dependencies:"),
        let open = declaration[start.upperBound...].firstIndex(of: "["),
        let close = declaration[open...].firstIndex(of: "]")
      {
        dependencies = declaration[declaration.index(after: open)..<close]
          .split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
          .filter { $0.hasPrefix("\"") }.map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
          }
      }
      result[name] = dependencies
    }
    return result
  }

  /// The first string literal after `label` in `text`.
  static func quoted(after label: String, in text: String) -> String? {
    guard let start = text.range(of: label) else { return nil }
    let rest = text[start.upperBound...]
    guard let open = rest.firstIndex(of: "\"") else { return nil }
    let after = rest[rest.index(after: open)...]
    guard let close = after.firstIndex(of: "\"") else { return nil }
    return String(after[..<close])
  }
}
