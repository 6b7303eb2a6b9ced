import LatihBase

extension MergeText {
  package var indonesian: String {
    switch self {
    case .known(let path):
      return "\(path) sudah pernah digabung di sini (isinya sama); dilewati."
    case .refused(let path, let count):
      return "\(path) tidak digabung, tidak ada yang diubah: \(count) masalah"
    case .busy(let path, let who):
      return
        "\(path) tidak digabung, tidak ada yang diubah: \(who) sedang belajar di jendela Latih lain. Coba lagi setelah ia selesai."
    case .invalid(let line, let id, let problem):
      let place = line.map { "baris \($0)" } ?? "peristiwa"
      return "  \(place) (\(id)): \(describe(problem, in: .id))"
    case .conflict(let id, let who, let elsewhere):
      let person = who.map { " (\($0))" } ?? ""
      return
        "  peristiwa \(id)\(person) sudah ada \(elsewhere ? "di berkas lain" : "di sini") dengan isi lain"
    case .orphan(let who, let events):
      return
        "  \(events) peristiwa untuk peserta \(who), yang tidak terdaftar di sini maupun di berkas"
    case .sessionConflict(let session):
      return "  sesi \(session) sudah ada dengan judul lain"
    case .unknownSession(let session):
      return "  sesi \(session) diubah, tetapi tidak ada di sini maupun di berkas"
    case .unknownLink(let who, let other):
      return "  tautan \(who) = \(other) menyebut orang yang tidak ada"
    case .more(let count): return "  … dan \(count) lagi"
    case .linked(let path, let first, let second):
      return "\(path) menautkan \(first) dan \(second): kini dihitung satu orang"
    }
  }
}
