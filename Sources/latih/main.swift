import LatihBase
import LatihCLI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

InterruptSignal.install()
let status = Latih.main(arguments: Array(CommandLine.arguments.dropFirst()), context: .system())
exit(status.rawValue)
