import LatihBase
import LatihData

extension CLIMessage {
  package var indonesian: String {
    switch self {
    case .unknownCommand(let name):
      return "perintah '\(TerminalSanitizer.cleanLine(name))' tidak dikenal; lihat 'latih --help'"
    case .unknownOption(let option, let command):
      return
        "opsi '\(TerminalSanitizer.cleanLine(option))' tidak dikenal; lihat '\(Self.help(command))'"
    case .missingValue(let option): return "opsi \(option) perlu nilai"
    case .unexpectedValue(let option): return "opsi \(option) tidak memakai nilai"
    case .invalidOptionValue(let option, let value, let allowed):
      return
        "\(option) tidak boleh '\(TerminalSanitizer.cleanLine(value))'; pilihan: \(allowed.joined(separator: ", "))"
    case .missingArgument(let what, let command):
      return "\(what) belum diberikan; lihat '\(Self.help(command))'"
    case .tooManyArguments(let command):
      return "terlalu banyak argumen; lihat '\(Self.help(command))'"
    case .courseNotFound(let searched):
      return
        "kursus (course.md) tidak ditemukan. Dicari di: \(searched.joined(separator: ", ")). Gunakan --lessons FOLDER."
    case .courseHasErrors(let errors, let directory):
      return "kursus di \(directory) punya \(errors) kesalahan; jalankan 'latih check \(directory)'"
    case .lessonNotFound(let id, let available):
      return
        "pelajaran '\(TerminalSanitizer.cleanLine(id))' tidak ada. Pilihan: \(available.joined(separator: ", "))"
    case .lessonUnavailable(let id):
      return
        "pelajaran '\(id)' belum bisa dipakai karena berkasnya bermasalah; jalankan 'latih check'"
    case .journalDamage(let path, let finding):
      let file = TerminalSanitizer.cleanLine(path)
      switch finding {
      case .skipped(let lines):
        return
          "\(file): baris \(Self.lineList(lines)) rusak dan dilewati (dibiarkan di berkas); baris lainnya tetap dipakai"
      case .tailCut(let line, let bytes):
        return
          "\(file): baris terakhir (\(line)) tidak selesai ditulis (\(bytes) bita, terputus) dan dipotong; baris sebelumnya utuh"
      case .tailIgnored(let line, let bytes):
        return
          "\(file): baris terakhir (\(line)) tidak selesai ditulis (\(bytes) bita, terputus) dan diabaikan"
      case .unreadable(let error):
        return "\(file) dilewati: \(SystemErrorText(error.withoutPath).indonesian)"
      case .nameUnreadable(let participant):
        return
          "\(file): data pendaftaran (nama) tidak terbaca; orangnya tetap ditampilkan sebagai \(UnreadableNameText(participant: participant).indonesian)"
      }
    case .moreJournalsDamaged(let count):
      return "\(count) berkas lain di folder data juga rusak atau dilewati"
    case .noDataFolder:
      return
        "tidak tahu di mana folder data: HOME dan XDG_DATA_HOME tidak diatur. Pakai --data FOLDER atau atur LATIH_DATA."
    case .outputInsideData(let path):
      return
        "\(TerminalSanitizer.cleanLine(path)) ada di dalam folder data Latih; simpan hasil di folder lain agar catatan tidak tertimpa"
    case .programmeLoadHint(let path, let csv):
      let shown = TerminalSanitizer.cleanLine(path)
      return csv
        ? "Tabel CSV di \(shown); untuk DuckDB jalankan load-duckdb.sql dari folder itu."
        : "Muat ke PostgreSQL dengan: psql -v ON_ERROR_STOP=1 -f \(shown) (memuat ulang hanya menambah yang baru)."
    case .exportIncomplete(let path):
      return
        "ekspor \(TerminalSanitizer.cleanLine(path)) TIDAK LENGKAP: catatan yang rusak atau tidak terbaca (lihat di atas) tidak ikut"
    case .cannotUseData(let error):
      return "folder data tidak bisa dipakai: \(SystemErrorText(error).indonesian)"
    case .cannotWrite(let error): return "gagal menyimpan: \(SystemErrorText(error).indonesian)"
    case .cannotRead(let path, let error):
      return
        "\(TerminalSanitizer.cleanLine(path)) tidak dapat dibaca: \(SystemErrorText(error).indonesian)"
    case .cannotWriteJournal(let error):
      return "gagal menyimpan: \(JournalFailureText(error).indonesian)"
    case .version(let version): return "latih \(version)"
    case .seeHelp(let command): return "Lihat '\(Self.help(command))'."
    case .exclusiveOptions(let first, let second):
      return "\(first) dan \(second) tidak bisa dipakai bersama"
    case .notANumber(let option, let value):
      return "\(option) harus bilangan bulat, bukan '\(TerminalSanitizer.cleanLine(value))'"
    case .noSuchParticipant(let who, let suggestions):
      guard !suggestions.isEmpty else {
        return
          "tidak ada peserta '\(TerminalSanitizer.cleanLine(who))'; lihat 'latih participants list'"
      }
      return "tidak ada peserta '\(TerminalSanitizer.cleanLine(who))'; mungkin maksudnya:\n  "
        + suggestions.map(TerminalSanitizer.cleanLine).joined(separator: "\n  ")
    case .ambiguousParticipant(let who, let candidates):
      return
        "'\(TerminalSanitizer.cleanLine(who))' cocok dengan beberapa peserta; sebutkan kode atau id:\n  "
        + candidates.map(TerminalSanitizer.cleanLine).joined(separator: "\n  ")
    case .noParticipants: return "belum ada peserta"
    }
  }
}
