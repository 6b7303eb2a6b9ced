import Testing

@testable import LatihData

@Suite struct CompactProgressHashesTests {
  /// Every new hash is taken and every repeat refused, through several growths of the
  /// table, against `Set`.
  @Test func takesNewHashesAndRefusesRepeatsAsASetDoes() {
    var hashes = CompactProgressReader.Hashes(capacity: 1)
    var reference = Set<Int>()
    var state: UInt64 = 0x1234_5678
    for step in 0..<20_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      // Every third value repeats one met before; the rest are new (or by chance old).
      let value =
        step % 3 == 2
        ? reference.first! : Int(truncatingIfNeeded: state >> (step % 2 == 0 ? 0 : 24))
      let taken = hashes.insert(value)
      #expect(taken == reference.insert(value).inserted, "step \(step)")
    }
  }

  /// A hash of 0 is kept as 1 (0 marks an empty slot): the two read as one, which only
  /// sends a journal to the exact reading.
  @Test func zeroIsKeptAsOne() {
    var hashes = CompactProgressReader.Hashes(capacity: 4)
    let taken = [hashes.insert(0), hashes.insert(0), hashes.insert(1), hashes.insert(2)]
    #expect(taken == [true, false, false, true])
  }
}
