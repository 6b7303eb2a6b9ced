import LatihBench

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// The benchmark's developer tool; see `BenchCommandLine` and `scripts/bench`.
exit(BenchCommandLine.main(Array(CommandLine.arguments.dropFirst())))
