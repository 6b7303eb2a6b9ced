import Foundation
import LatihTestSupport
import Testing

/// A seeded mutation-based fuzzer for one input format: starts from a corpus of valid
/// files, applies one to three ``Mutator`` mutations (sometimes on top of an earlier
/// mutant), runs the target on each input and records every broken invariant with the
/// seed and input number, so `LATIH_FUZZ_SEED=<seed>` reproduces it.
///
/// `LATIH_FUZZ_INPUTS` scales the number of inputs for longer runs (CI uses the default).
struct FuzzCampaign {
  /// Inputs per target unless `LATIH_FUZZ_INPUTS` says otherwise.
  static let defaultInputs = 10_000
  /// The longest one input may take (generous for a debug build): longer is a hang.
  static let timeLimit: Duration = .seconds(2)

  static var inputs: Int {
    ProcessInfo.processInfo.environment["LATIH_FUZZ_INPUTS"].flatMap(Int.init) ?? defaultInputs
  }

  let name: String
  let corpus: [[UInt8]]
  /// What the target made of one input.
  struct Verdict {
    /// Whether the input was refused or reported as damaged (proof the mutations bite).
    var rejected: Bool
    /// Broken invariants (empty when all hold).
    var problems: [String]
  }

  /// Checks one input.
  let check: ([UInt8]) -> Verdict

  /// Runs `count` inputs; returns how many ran. Failures are recorded as issues (the first
  /// five, each with the seed and the mutations that made it).
  @discardableResult
  func run(count: Int = FuzzCampaign.inputs, seed: UInt64 = MalformedLessonTests.seed) -> Int {
    var mutator = Mutator(random: SplitMix64(seed: seed ^ UInt64(name.utf8.count)))
    var previous = corpus[0]
    var failures = 0
    var rejected = 0
    let clock = ContinuousClock()
    for number in 0..<count where failures < 5 {
      let base =
        mutator.random.below(4) == 0 ? previous : corpus[mutator.random.below(corpus.count)]
      let (bytes, applied) = mutator.mutate(base)
      previous = bytes.count < 300_000 ? bytes : corpus[0]
      var verdict = Verdict(rejected: false, problems: [])
      let elapsed = clock.measure { verdict = check(bytes) }
      var problems = verdict.problems
      if verdict.rejected { rejected += 1 }
      if elapsed > Self.timeLimit { problems.append("took \(elapsed)") }
      if !problems.isEmpty {
        failures += 1
        Issue.record(
          """
          \(name): LATIH_FUZZ_SEED=0x\(String(seed, radix: 16)) input \(number) \
          \(applied.map(\.rawValue)): \(problems.prefix(3))
          \(String(decoding: bytes.prefix(600), as: UTF8.self).debugDescription)
          """)
      }
    }
    CampaignFigures.report("fuzz inputs (\(name))", count)
    CampaignFigures.report("fuzz inputs", count)
    CampaignFigures.report("fuzz inputs rejected or reported damaged (\(name))", rejected)
    #expect(rejected > count / 4, "\(name): only \(rejected) of \(count) inputs rejected")
    return count
  }

  /// The repository's root, for the bundled course.
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The bytes of every bundled lesson (both languages).
  static let bundledLessons: [[UInt8]] = {
    var files: [[UInt8]] = []
    for language in ["id", "en"] {
      let folder = repository.appendingPathComponent("lessons/\(language)")
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      for name in names.sorted() where name.hasSuffix(".md") {
        if let data = FileManager.default.contents(
          atPath: folder.appendingPathComponent(name).path)
        {
          files.append(Array(data))
        }
      }
    }
    return files
  }()
}
