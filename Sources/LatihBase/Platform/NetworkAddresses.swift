#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// This machine's IPv4 addresses per network interface (`getifaddrs`), loopback left out:
/// what a phone on the laptop's hotspot or the hall's Wi-Fi connects to.
package enum NetworkAddresses {
  package struct Entry: Sendable, Equatable {
    package var interface: String
    package var address: String
  }

  package static func current() -> [Entry] {
    var list: UnsafeMutablePointer<ifaddrs>?
    guard getifaddrs(&list) == 0, let first = list else { return [] }
    defer { freeifaddrs(list) }
    var entries: [Entry] = []
    var cursor: UnsafeMutablePointer<ifaddrs>? = first
    while let item = cursor {
      defer { cursor = item.pointee.ifa_next }
      guard let socket = item.pointee.ifa_addr, socket.pointee.sa_family == sa_family_t(AF_INET),
        item.pointee.ifa_flags & UInt32(IFF_LOOPBACK) == 0,
        item.pointee.ifa_flags & UInt32(IFF_UP) != 0
      else { continue }
      var host = [CChar](repeating: 0, count: Int(NI_MAXHOST))
      let length = socklen_t(MemoryLayout<sockaddr_in>.size)
      guard getnameinfo(socket, length, &host, socklen_t(host.count), nil, 0, NI_NUMERICHOST) == 0
      else { continue }
      entries.append(
        Entry(
          interface: String(cString: item.pointee.ifa_name),
          address: String(
            decoding: host.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)))
    }
    return entries
  }
}
