/// A realistic roster of 30 PKK members as a village secretary would export it from a
/// spreadsheet: semicolon-separated, Indonesian headers, groups by dasawisma, phone
/// numbers written in several ways.
enum PKKRoster {
  static let names = [
    "Siti Aminah", "Dewi Lestari", "Rina Marlina", "Sri Wahyuni", "Nur Hasanah", "Yuli Astuti",
    "Eka Susanti", "Ani Rahmawati", "Lilis Suryani", "Tuti Handayani", "Ida Farida",
    "Wati Sumiati", "Neneng Hasanah", "Euis Komariah", "Iis Aisyah", "Dian Puspitasari",
    "Fitri Yanti", "Ratna Sari", "Yeni Mulyani", "Endang Sulastri", "Heni Nuraeni",
    "Cucu Sumiati", "Mimin Mintarsih", "Ai Rohimah", "Nining Kurniasih", "Oom Komariah",
    "Titin Supriatin", "Entin Kartini", "Atikah Nurjanah", "Popon Rosita",
  ]

  static var csv: String {
    var lines = ["Nama Lengkap;Kelompok;No HP"]
    for (index, name) in names.enumerated() {
      let group = ["Dasawisma Mawar", "Dasawisma Melati", "Dasawisma Anggrek"][index % 3]
      let number = String(1000 + index * 37)
      let phone = index % 4 == 0 ? "+62 812-7345-\(number)" : "0812 7345 \(number)"
      lines.append("\(name);\(group);\(phone)")
    }
    return lines.joined(separator: "\r\n") + "\r\n"
  }
}
