import LatihBase

extension FacilitatorText {
  package var indonesian: String {
    switch self {
    case .sessionCreated(let id, let title, let details):
      return
        "Sesi dibuat: \(id) — \(title)\(details.isEmpty ? "" : " (\(details))"). Sesi ini sekarang aktif."
    case .postTestOpened(let id, let title):
      return "Tes akhir dibuka untuk sesi \(id) — \(title). Tes kursus yang dikerjakan peserta "
        + "sesi ini mulai sekarang dihitung sebagai tes akhir."
    case .noSessionForPostTest:
      return "Belum ada sesi aktif; sebutkan --session ID (lihat 'latih session list')."
    case .sessionNowCurrent(let id, let title): return "Sesi aktif sekarang: \(id) — \(title)"
    case .noSessions: return "Belum ada sesi. Buat dengan: latih session new \"Judul\""
    case .unknownSession(let id):
      return "tidak ada sesi '\(TerminalSanitizer.cleanLine(id))'; lihat 'latih session list'"
    case .invalidDate(let text):
      return
        "tanggal '\(TerminalSanitizer.cleanLine(text))' tidak sah; gunakan YYYY-MM-DD antara 2000 dan 2099, misalnya 2023-08-05"
    case .emptyTitle: return "judul sesi belum diberikan"
    case .sessionLine(let current, let id, let title, let details, let participants):
      return
        "\(current ? "*" : " ") \(id)  \(title)\(details.isEmpty ? "" : " (\(details))") · \(participants) peserta\(current ? " · aktif" : "")"
    case .sessionWasCurrent(let id, let title):
      return
        "Sesi sebelumnya (\(id) — \(title)) tidak aktif lagi. Kembali ke sesi itu: latih session use \(id)"
    case .sessionSameTitleAndDate(let id, let title, let details):
      return
        "sudah ada sesi dengan judul dan tanggal yang sama: \(id) — \(title) (\(details)). Pakai sesi itu: latih session use \(id); atau buat sesi baru juga dengan --force"
    case .sessionDateFar(let date, let today):
      return
        "perhatian: tanggal \(date) lebih dari 5 tahun dari hari ini (\(today)); periksa lagi (ubah dengan: latih session rename ID JUDUL --date YYYY-MM-DD)"
    case .sessionTextTooLong(let characters, let limit):
      return
        "judul atau tempat terlalu panjang: \(characters) karakter (maks. \(limit)); tidak ada yang disimpan"
    case .enrolledLine(let name, let id): return "Terdaftar: \(name) (id \(id.prefix(6)))"
    case .emptyName: return "nama tidak boleh kosong"
    case .sameNameInSession(let name, let count):
      return
        "perhatian: ada \(count) peserta bernama '\(name)'; bedakan dengan --code atau --group (tidak digabung otomatis)"
    case .sameNameElsewhere(let name, let others):
      return "'\(name)' juga terdaftar sebagai \(others)"
    case .rosterHeader: return "Peserta:"
    case .rosterLine(let name, let details): return "\(name) \(details)"
    case .duplicateFlag: return "[nama kembar]"
    case .sessionsCount(let count): return "\(count) sesi"
    case .likelyDuplicate(let names, let ids):
      return "Mungkin orang yang sama: \(names). Jika benar: \(FacilitatorText.linkCommands(ids))"
    case .importRowProblem(let path, let line, let problem):
      let detail: String
      switch problem {
      case .noName: detail = "baris tanpa nama, dilewati"
      case .numberOnly: detail = "hanya nomor tanpa nama: baris kosong, dilewati"
      case .tooLong(let column):
        detail =
          "kolom '\(column)' terlalu panjang (maks. \(RosterCSV.maximumCell) karakter), dilewati"
      case .unclosedQuote: detail = "tanda kutip tidak ditutup; baris ini dan sesudahnya dilewati"
      case .tooManyRows(let limit): detail = "lebih dari \(limit) baris; sisanya dilewati"
      }
      return "\(path):\(line): \(detail)"
    case .importTooLarge(let limit):
      return "berkas daftar peserta terlalu besar (maks. \(limit / 1024) KiB)"
    case .importNoNameColumn(let path, let line, let found):
      guard let line else { return "\(path): berkas kosong; tidak ada peserta yang didaftarkan" }
      return
        "\(path): tidak ada baris judul kolom dengan kolom nama ('Nama', 'Nama lengkap', 'Name'). "
        + "Baris pertama yang ditemukan (baris \(line)): \(found)"
    case .importUndecodable(let path, let line, let byte, let value):
      return
        "\(path):\(line): byte ke-\(byte) (0x\(hex(value))) tidak bisa dibaca sebagai UTF-8, "
        + "UTF-16 atau Windows-1252; tidak ada peserta yang didaftarkan. Simpan ulang sebagai "
        + "\"CSV UTF-8\" lalu impor lagi."
    case .importTranscoded(let encoding):
      return "Berkas dibaca sebagai \(encoding) dan diubah ke UTF-8."
    case .importTitleSkipped(let path, let line):
      return "\(path):\(line): baris di atas judul kolom, dilewati"
    case .linked(let first, let second):
      return "Digabung sebagai orang yang sama: \(first) dan \(second)"
    case .linkSame: return "keduanya sudah tercatat sebagai orang yang sama"
    case .unknownIndicator(let id, let known):
      return
        "indikator '\(TerminalSanitizer.cleanLine(id))' tidak ada; pilihan: \(known.joined(separator: ", "))"
    case .unknownReason(let id, let known):
      return
        "alasan '\(TerminalSanitizer.cleanLine(id))' tidak ada; pilihan:\n  \(known.joined(separator: "\n  "))"
    case .ambiguousReason(let typed, let matches):
      return
        "alasan '\(TerminalSanitizer.cleanLine(typed))' cocok dengan beberapa alasan; ketik lebih panjang, id atau nomornya:\n  "
        + matches.joined(separator: "\n  ")
    case .invalidOutcome(let word):
      return "hasil harus 'yes' atau 'no' (ya/tidak), bukan '\(TerminalSanitizer.cleanLine(word))'"
    case .reasonWithYes: return "--reason hanya untuk hasil 'no'"
    case .recorded(let name, let indicator, let outcome):
      return "Dicatat: \(name) — \(indicator): \(outcome)"
    case .missingReasonWarning:
      return "perhatian: hasil 'no' tanpa --reason; laporan akan menulis 'tanpa alasan'"
    case .achievedWord: return "berhasil"
    case .notYetWord(let reason): return "belum (\(reason))"
    case .noReasonGiven: return "tanpa alasan"
    case .evaluateIntro(let people, let indicators):
      return
        "Isian cepat: \(people) peserta × \(indicators) indikator, urut daftar peserta. Isian yang sudah dicatat fasilitator atau sudah dilewati tidak ditanya lagi (semua: latih evaluate --all)."
    case .evaluatePerson(let number, let count, let name): return "[\(number)/\(count)] \(name)"
    case .evaluateCell(let indicator, let current): return "\(indicator) — sekarang: \(current)"
    case .evaluateKeys(let reasons):
      return
        "[y] berhasil · [n] belum · [1-\(reasons)] belum+alasan · [Enter/-] lewati · [?] bantuan · [q] selesai"
    case .evaluateHelp:
      return
        "Satu baris per peserta, sesuai urutan indikator, misalnya yyn atau y2y lalu Enter. y = berhasil; n = belum, tanpa alasan; angka = belum, dengan alasan bernomor itu; - atau . = lewati; + = sisanya berhasil (y+ atau +). Satu huruf = satu isian. /12 atau /nama = lompat ke peserta (semua isiannya ditanya); a = tanya ulang semua isian peserta ini; b = kembali; r = daftar alasan; q = selesai (kapan saja)."
    case .evaluateRowHint:
      return
        "Satu baris per peserta, misalnya yyn, y2y atau + (semua berhasil), lalu Enter. ? = semua tombol."
    case .evaluateIndicatorsHeading: return "Indikator (urutan isian):"
    case .evaluateReasonsHeading: return "Alasan belum:"
    case .evaluateTypo(let reasons):
      return
        "Tidak dikenal; tidak ada yang dicatat. Ketik y, n, 1-\(reasons), -, +, /nama, b, ? atau q."
    case .evaluateReasonTypo(let count):
      return
        "Ketik nomor alasan (1-\(count)) atau awal namanya, n tanpa alasan, Enter untuk batal, atau q."
    case .evaluateTooMany(let typed, let left):
      return
        "\(typed) isian diketik, peserta ini tinggal \(left) isian; tidak ada yang dicatat. Ketik ulang barisnya."
    case .evaluateNoSuchPerson(let wanted):
      return "Tidak ada peserta '\(TerminalSanitizer.cleanLine(wanted))' di isian ini."
    case .evaluateWhichPerson(let candidates):
      return "Lebih dari satu peserta cocok: \(candidates). Ketik nomornya, misalnya /3."
    case .evaluateSkippedAgain(let count):
      return "Tinggal \(count) isian yang dulu dilewati: sekarang ditanya."
    case .evaluateAllRecorded(let cells):
      return
        "Semua \(cells) isian sudah dicatat. Untuk mengubah: latih evaluate --all, atau latih record."
    case .evaluateSummary(let name, let cells): return "→ \(name): \(cells)"
    case .evaluateSkipsUnreadable:
      return "perhatian: daftar isian yang dulu dilewati tidak bisa dibaca; isian itu ditanya lagi."
    case .evaluateSkipsNotKept:
      return
        "perhatian: isian yang dilewati tidak bisa disimpan untuk lain kali (folder data tidak bisa ditulis); catatan tetap tersimpan."
    case .evaluateBusy(let name):
      return
        "\(name) sedang belajar di jendela Latih lain: catatan ini belum disimpan. Isi lagi nanti dengan 'latih evaluate' atau 'latih record'."
    case .importWaiting:
      return "Menunggu impor lain di folder data ini selesai…"
    case .importBusy(let seconds):
      return
        "impor lain masih berjalan di folder data ini setelah \(seconds) detik; tidak ada yang diimpor. Coba lagi setelah impor itu selesai."
    case .importInterrupted: return "impor dibatalkan; tidak ada yang diimpor"
    case .evaluateDone(let recorded, let skipped):
      return
        "Selesai. \(recorded) catatan disimpan\(skipped > 0 ? "; \(skipped) isian dilewati" : ""). Bisa dilanjutkan kapan saja dengan 'latih evaluate'."
    case .evaluateNothing: return "Tidak ada peserta atau indikator untuk diisi."
    case .notRecordedYet: return "belum dicatat"
    case .exported(let path, let events, let participants):
      return "Ekspor ditulis: \(path) (\(events) catatan, \(participants) peserta)"
    case .exportOmitted(let parts):
      return "Tidak disertakan: \(parts) (pakai --include atau --full untuk menyertakan)."
    case .exportModeLost(let path, let mode, let lean):
      return
        "perhatian: media \(path) tidak menyimpan izin berkas (\(mode), bukan 0600; misalnya flashdisk FAT): siapa pun yang memegangnya bisa membacanya."
        + (lean
          ? " Nomor telepon, catatan, jawaban dan nama host memang tidak disertakan."
          : " Ekspor tanpa --full/--include tidak menyertakan nomor telepon, catatan, jawaban dan nama host.")
    case .exportPart(let part):
      switch part {
      case .host: return "nama host"
      case .phones: return "nomor telepon"
      case .notes: return "catatan fasilitator"
      case .answers: return "jawaban yang diketik"
      }
    case .mergeSummary(let path, let added, let present, let people):
      return "\(path): \(added) catatan baru dari \(people) peserta; \(present) sudah ada."
    case .mergeDamaged(let path, let lines):
      return
        "\(path) rusak (baris \(lines)); tidak digabung. Minta ekspor ulang, atau pakai --salvage untuk mengambil bagian yang utuh."
    case .mergeSalvaged(let path, let kept, let skipped, let lines):
      return
        "\(path) rusak: \(kept) catatan utuh diambil, \(skipped) baris rusak dilewati (baris \(lines))."
    case .mergeNotAnExport(let path): return "\(path) bukan berkas ekspor Latih"
    case .mergeWrongCourse(let path, let theirs, let ours):
      return
        "\(path) berasal dari kursus '\(theirs)', bukan '\(ours)'; tidak digabung (pakai --force jika memang sengaja)"
    case .mergeTooLarge(let path, let limit):
      return "\(path) terlalu besar (maks. \(limit / 1024 / 1024) MiB)"
    case .mergeRejectedEvent(let path, let line): return "\(path):\(line): catatan ditolak"
    case .mergeDuplicatesHint:
      return
        "Periksa dengan 'latih participants list'; gabungkan orang yang sama dengan 'latih participants link A B'."
    case .presentKeys: return "[Enter] lanjut · [b] kembali · [q] keluar"
    case .presentEnd: return "Selesai."
    }
  }
}
