/// A table from short byte strings (ids as they stand in a journal line) to numbers,
/// looked up straight from a line's bytes: no `String` is made per lookup.
///
/// Open addressing over a power-of-two slot array, keys kept back to back in one byte
/// array. Built once per report for the course's ids, and once per journal for its run
/// ids (``CompactProgressReader``).
package struct ByteTable: Sendable {
  /// A stored key: where its bytes start in ``keys``, how many, and its value.
  private struct Slot: Sendable {
    var start: Int32
    var count: Int32
    var value: Int32
  }

  private var keys: [UInt8] = []
  /// Slot index + 1 per bucket (0: empty).
  private var buckets: [Int32]
  private var slots: [Slot] = []

  /// How many keys the table holds.
  package var count: Int { slots.count }

  /// An empty table sized for about `capacity` keys.
  package init(capacity: Int = 8) {
    var size = 16
    while size < capacity * 2 { size *= 2 }
    buckets = Array(repeating: 0, count: size)
  }

  /// A table of `entries` (id → value); the first value of a repeated id is kept.
  package init(_ entries: some Sequence<(String, Int)>) {
    let list = Array(entries)
    self.init(capacity: list.count)
    for (key, value) in list {
      var key = key
      key.withUTF8 { _ = insert($0, value: Int32(value)) }
    }
  }

  /// The value stored for `key`, if any.
  package func value(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
    let mask = buckets.count - 1
    var bucket = Self.hash(key) & mask
    while true {
      let entry = Int(buckets[bucket])
      if entry == 0 { return nil }
      if matches(slots[entry - 1], key) { return Int(slots[entry - 1].value) }
      bucket = (bucket + 1) & mask
    }
  }

  /// The value for `key`; when absent, `key` is added with `value`. Returns the value
  /// stored and whether it was added.
  @discardableResult
  package mutating func insert(_ key: UnsafeBufferPointer<UInt8>, value: Int32)
    -> (value: Int32, inserted: Bool)
  {
    if (slots.count + 1) * 2 > buckets.count { grow() }
    let mask = buckets.count - 1
    var bucket = Self.hash(key) & mask
    while true {
      let entry = Int(buckets[bucket])
      if entry == 0 { break }
      if matches(slots[entry - 1], key) { return (slots[entry - 1].value, false) }
      bucket = (bucket + 1) & mask
    }
    slots.append(Slot(start: Int32(keys.count), count: Int32(key.count), value: value))
    keys.append(contentsOf: key)
    buckets[bucket] = Int32(slots.count)
    return (value, true)
  }

  private func matches(_ slot: Slot, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    guard Int(slot.count) == key.count else { return false }
    return keys.withUnsafeBufferPointer { stored in
      ByteSearch.equal(
        UnsafeBufferPointer(rebasing: stored[Int(slot.start)..<Int(slot.start + slot.count)]),
        key)
    }
  }

  private mutating func grow() {
    buckets = Array(repeating: 0, count: buckets.count * 2)
    let mask = buckets.count - 1
    keys.withUnsafeBufferPointer { stored in
      for (index, slot) in slots.enumerated() {
        let key = UnsafeBufferPointer(
          rebasing: stored[Int(slot.start)..<Int(slot.start + slot.count)])
        var bucket = Self.hash(key) & mask
        while buckets[bucket] != 0 { bucket = (bucket + 1) & mask }
        buckets[bucket] = Int32(index + 1)
      }
    }
  }

  /// A multiply-and-fold hash over the bytes eight at a time (ids are 16 to 32 bytes:
  /// a byte at a time, each of their bytes waited on a multiply). The table's keys are
  /// not chosen by others in a way that matters: a collision costs only a longer probe.
  static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
    let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    var hash = 0xcbf2_9ce4_8422_2325 ^ UInt64(key.count)
    guard let base = key.baseAddress, key.count >= 8 else {
      for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
      return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
    let raw = UnsafeRawPointer(base)
    var offset = 0
    while offset + 8 < key.count {
      hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
      hash ^= hash >> 32
      offset += 8
    }
    // The last eight bytes (overlapping the word before when the length is not a
    // multiple of eight; the length is in the seed).
    hash =
      (hash ^ raw.loadUnaligned(fromByteOffset: key.count - 8, as: UInt64.self)) &* multiplier
    return Int(truncatingIfNeeded: hash ^ (hash >> 29))
  }
}
