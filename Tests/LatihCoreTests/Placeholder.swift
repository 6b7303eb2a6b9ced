import Testing
@testable import LatihCore

@Test func debugDecode() {
  let line = Array(#"{"seq":1,"id":"c4e0e60b68b41cad8ee6b33155f25e36","t":"2026-11-23T09:54:07.578Z","dev":"a4e87d3f6cb5cbbd","p":"0d4b2ae80b4b06ff","type":"enrolled","name":"Siti","crc":"9b13b71d"}"#.utf8)
  let result = JournalLine.decode(line[...])
  print(result)
  let encoded = JournalLine.encode(Event(id: "ab", time: 0, device: "d", participant: "p", body: .enrolled(Enrollment(name: "S"))), sequence: 1)
  print(String(decoding: encoded, as: UTF8.self))
  print(JournalLine.decode(encoded.dropLast()))
}
