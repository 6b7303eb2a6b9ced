#if canImport(Glibc)
  import Glibc
#endif

/// Settings of the C allocator for commands that hold much memory for a while.
package enum AllocatorTuning {
  /// Makes every block of 256 KiB or more come from the system and go back to it when
  /// freed.
  ///
  /// glibc raises its threshold for that after the first large block is freed (up to
  /// 32 MiB), and from then on keeps freed large blocks in its heap, where what a merge
  /// reads and lets go piles up beside what it keeps: 10 exports checked peaked at
  /// 134 MB instead of 113 MB. A fixed threshold costs a few system calls per MiB.
  /// (`mallopt` is declared in `<malloc.h>`, which the Glibc module does not bring in:
  /// it is looked up by name; elsewhere this does nothing.)
  package static func returnLargeBlocks() {
    #if canImport(Glibc)
      typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
      let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
      let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD
      _ = mallopt(mmapThreshold, 256 << 10)
    #endif
  }
}
