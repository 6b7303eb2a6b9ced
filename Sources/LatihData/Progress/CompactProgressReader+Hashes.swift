extension CompactProgressReader {
  /// The hashes of the event ids met so far in one journal (``ByteTable/hash(_:)``),
  /// to see that none repeats: an open-addressing table of the hashes themselves, with
  /// none of `Set`'s rehashing of every insert. Two ids with the same hash read as a
  /// repeat, which only sends the journal to the exact (slower) reading.
  struct Hashes {
    /// Hash values, 0 for an empty slot (a hash of 0 is stored as 1).
    private var slots: [UInt64]
    private var count = 0

    /// An empty set sized for about `capacity` hashes.
    init(capacity: Int) {
      var size = 16
      while size < capacity * 2 { size *= 2 }
      slots = Array(repeating: 0, count: size)
    }

    /// Adds `hash`; false if it was there already.
    mutating func insert(_ hash: Int) -> Bool {
      if (count + 1) * 2 > slots.count { grow() }
      let value = UInt64(bitPattern: Int64(hash)) | (hash == 0 ? 1 : 0)
      return Self.place(value, in: &slots, count: &count)
    }

    /// Puts `value` in its slot of `table`; false if it was there.
    private static func place(_ value: UInt64, in table: inout [UInt64], count: inout Int)
      -> Bool
    {
      let mask = table.count - 1
      // The low bits are the hash's least mixed: the slot comes from the high ones.
      var slot = Int(truncatingIfNeeded: value >> 40) & mask
      while table[slot] != 0 {
        if table[slot] == value { return false }
        slot = (slot + 1) & mask
      }
      table[slot] = value
      count += 1
      return true
    }

    private mutating func grow() {
      let old = slots
      var table = [UInt64](repeating: 0, count: slots.count * 2)
      count = 0
      for value in old where value != 0 { _ = Self.place(value, in: &table, count: &count) }
      slots = table
    }
  }
}
