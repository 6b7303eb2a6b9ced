import LatihBase
import LatihData

/// Names, groups, codes, phone numbers, session titles and places for generated data:
/// Indonesian, with accents and the odd duplicate name, as a real roster has.
enum SyntheticPeople {
  static let givenNames = [
    "Siti", "Dewi", "Sri", "Nur", "Ani", "Rina", "Yuli", "Wati", "Ratna", "Endang", "Lestari",
    "Fitri", "Indah", "Putri", "Ayu", "Rahma", "Nurul", "Dian", "Eka", "Tuti", "Suryani",
    "Aisyah", "Zahra", "Bunga", "Citra", "Rizky", "Budi", "Agus", "Andi", "Dimas", "Fajar",
    "Hendra", "Ilham", "Joko", "Rudi", "Yusuf", "Bayu", "Gilang", "Hafiz", "Zoë", "Désirée",
  ]

  static let familyNames = [
    "Aminah", "Rahayu", "Wulandari", "Susanti", "Handayani", "Purnamasari", "Kurniawati",
    "Hidayat", "Saputra", "Setiawan", "Nugroho", "Pratama", "Siregar", "Nasution", "Lubis",
    "Harahap", "Simanjuntak", "Sihombing", "Tanjung", "Hasibuan", "Pohan", "Daulay", "Ritonga",
  ]

  static let places = [
    "GSG Jaya Tinggi", "Balai Desa Sukamaju", "Aula Kecamatan Medan Johor", "Posyandu Melati",
    "Rumah Ibu RT 03", "Gedung PKK Kelurahan Titi Kuning", "Masjid Al-Ikhlas (ruang serbaguna)",
  ]

  /// A name for participant `index`: usually two parts, sometimes one or three.
  static func name(using random: inout BenchRandom) -> String {
    switch random.int(0...9) {
    case 0: return random.pick(givenNames)
    case 1:
      return random.pick(givenNames) + " " + random.pick(givenNames) + " "
        + random.pick(familyNames)
    default: return random.pick(givenNames) + " " + random.pick(familyNames)
    }
  }

  /// The enrolment of participant `index` (a code for half, a phone for a third).
  static func enrollment(index: Int, using random: inout BenchRandom) -> Enrollment {
    let group = random.chance(0.8) ? String(UnicodeScalar(UInt8(65 + random.int(0...4)))) : nil
    let code = random.chance(0.5) ? "P" + String(index + 1).leftZeroPadded(5) : nil
    let phone =
      random.chance(0.33) ? "08" + String(random.int(1_000_000_000...9_999_999_999)) : nil
    return Enrollment(name: name(using: &random), group: group, code: code, phone: phone)
  }

  /// The title of session `index`.
  static func sessionTitle(_ index: Int) -> String {
    "Pelatihan TikTok Affiliate \(index + 1)"
  }

  /// The date of session `index` of `count`, spread over 2026 (YYYY-MM-DD).
  static func sessionDate(_ index: Int, of count: Int) -> (text: String, millis: Int64) {
    let day = Int64(count > 1 ? index * 330 / (count - 1) : 0)
    let start = Timestamp.parse(Array("2026-01-10T01:00:00.000Z".utf8)) ?? 0
    let millis = start + day * 86_400_000
    return (Timestamp.date(millis), millis)
  }
}

extension String {
  /// Left-padded with zeros to `width` characters.
  func leftZeroPadded(_ width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
