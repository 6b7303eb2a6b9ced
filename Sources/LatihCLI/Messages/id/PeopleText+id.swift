import LatihBase

extension PeopleText {
  package var indonesian: String {
    switch self {
    case .sessionExists(let id, let title):
      return "Sesi ini sudah ada: \(id) — \(title). Sesi ini sekarang aktif."
    case .sessionRenamed(let id, let title, let details):
      return "Sesi \(id) sekarang: \(title)\(details.isEmpty ? "" : " (\(details))")"
    case .sessionRemoved(let id, let title):
      return
        "Sesi dihapus: \(id) — \(title). Datanya tetap; kembalikan dengan: latih session restore \(id)"
    case .sessionRestored(let id, let title): return "Sesi dikembalikan: \(id) — \(title)"
    case .sessionsLinked(let id, let title, let other):
      return "Sesi \(other) digabung ke \(id) — \(title): satu hari pelatihan."
    case .sessionPin(let id, let title, let policy):
      let meaning: String
      switch policy {
      case .off: meaning = "tanpa PIN"
      case .optional: meaning = "PIN boleh dipakai (peserta memilih)"
      case .required: meaning = "setiap peserta memakai PIN 4 angka"
      }
      return "Sesi \(id) — \(title): \(meaning)."
    case .invalidPinPolicy(let value):
      return
        "--pin harus off, optional atau required, bukan '\(TerminalSanitizer.cleanLine(value))'"
    case .pinCleared(let name):
      return "PIN \(name) dihapus; PIN baru dibuat saat ia belajar lagi (bila sesi memakai PIN)."
    case .nothingToEdit: return "tidak ada yang diubah; sebutkan --pin off|optional|required"
    case .sessionsAlreadyOne: return "kedua sesi itu sudah satu sesi"
    case .noSessionToJoin:
      return
        "belum ada sesi aktif; sebut --session ID atau buat dengan: latih session new \"Judul\""
    case .joinedSession(let name, let title): return "Ditambahkan ke sesi \(title): \(name)"
    case .alreadyInSession(let name): return "Sudah ada di sesi ini: \(name)"
    case .unknownRemovedSession(let id):
      return "tidak ada sesi terhapus '\(TerminalSanitizer.cleanLine(id))'"
    case .renamed(let old, let new): return "Nama diganti: \(old) → \(new)"
    case .removed(let name):
      return
        "Peserta dihapus dari daftar dan laporan: \(name). Datanya tetap; kembalikan dengan: latih participants restore \"\(name)\""
    case .restored(let name): return "Peserta dikembalikan: \(name)"
    case .noSuchRemoved(let who):
      return "tidak ada peserta terhapus '\(TerminalSanitizer.cleanLine(who))'"
    case .matchedExisting(let name, let id, let joined):
      return
        "Sudah terdaftar: \(name) (id \(id.prefix(6)))\(joined.map { $0 ? "; ditambahkan ke sesi ini" : "; sudah ada di sesi ini" } ?? "")"
    case .ambiguousMatch(let name, let count):
      return
        "'\(name)' cocok dengan \(count) peserta; sebut --code, --phone atau --group, atau pakai latih session add dengan id"
    case .importMatched(let line, let name, let id, let joined):
      return
        "baris \(line): \(name) sudah terdaftar (id \(id.prefix(6)))\(joined.map { $0 ? ", ditambahkan ke sesi ini" : ", sudah ada di sesi ini" } ?? "")"
    case .importRepeated(let line, let name, let first):
      return "baris \(line): \(name) sama dengan baris \(first); didaftarkan sekali"
    case .importAmbiguous(let line, let name, let count):
      return
        "baris \(line): \(name) cocok dengan \(count) peserta; tambahkan kolom kode atau HP, dilewati"
    case .importSummary(let new, let matched, let repeated, let bad):
      return
        "Diimpor: \(new) peserta baru; sudah terdaftar: \(matched); baris ganda: \(repeated); baris bermasalah: \(bad)."
    }
  }
}
