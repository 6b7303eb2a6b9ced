#if canImport(Glibc)
  import Glibc
#endif

/// Settings of the C allocator for commands that hold much memory for a while.
package enum AllocatorTuning {
  /// Makes every block of 2 MiB or more come from the system and go back to it when
  /// freed, and keeps up to 64 MiB of freed heap instead of trimming it.
  ///
  /// glibc raises its threshold for the first after a large block is freed (up to
  /// 32 MiB), and from then on keeps freed large blocks in its heap, where what a merge
  /// reads and lets go piles up beside what it keeps: 10 exports checked peaked at
  /// 134 MB instead of 113 MB. Setting a threshold also stops glibc adjusting the trim
  /// threshold (128 KiB), so every freed 1 MiB read buffer at the top of the heap was
  /// given back and faulted in again: a re-merge of 460 MB took 0.5 s instead of 0.17 s.
  /// (`mallopt` is declared in `<malloc.h>`, which the Glibc module does not bring in:
  /// it is looked up by name; elsewhere this does nothing.)
  package static func returnLargeBlocks() {
    #if canImport(Glibc)
      typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
      let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
      let trimThreshold: Int32 = -1  // M_TRIM_THRESHOLD
      let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD
      _ = mallopt(mmapThreshold, 2 << 20)
      _ = mallopt(trimThreshold, 64 << 20)
    #endif
  }
}
