extension ClassroomText {
  package var indonesian: String {
    switch self {
    case .configLineWithoutEquals: return "baris ini perlu bentuk kunci=nilai"
    case .configUnknownKey(let key):
      return "kunci '\(key)' tidak dikenal (yang dikenal: data, lessons, lang, idle-minutes)"
    case .configRepeatedKey(let key): return "kunci '\(key)' ditulis dua kali"
    case .configNotAbsolute(let key): return "'\(key)' harus path lengkap yang diawali '/'"
    case .configBadLanguage(let value): return "bahasa '\(value)' tidak dikenal (id atau en)"
    case .configBadIdle(let value):
      return "idle-minutes '\(value)' harus angka menit lebih dari 0 (paling lama 1440)"
    case .configMissingKey(let key): return "kunci '\(key)=' belum ada"
    case .configInvalid(let path):
      return "pengaturan kiosk \(path) belum benar; perbaiki baris di atas"
    case .kioskOptionNotAllowed(let option):
      return "\(option) tidak dipakai oleh kiosk: tulis di file pengaturan (--config)"
    case .idleClosed(let minutes):
      return
        "Tidak ada ketikan selama \(Self.minutesText(minutes)) menit, jadi sambungan ditutup. Sambungkan lagi untuk lanjut."
    case .liveHeader(let active, let total, let order):
      let orderName: String
      switch order {
      case .name: orderName = "nama"
      case .idle: orderName = "lama diam"
      case .progress: orderName = "kemajuan"
      case .stuck: orderName = "macet dulu"
      }
      return "Latih live: \(active) tersambung dari \(total) peserta · urutan: \(orderName)"
    case .livePerLesson(let counts):
      return counts.isEmpty ? "Per pelajaran: belum ada" : "Per pelajaran (no: orang): \(counts)"
    case .liveMostMissed(let question, let lesson, let count):
      return "Paling sering salah: soal \(question) pelajaran \(lesson) (\(count)×)"
    case .liveNoMisses: return "Paling sering salah: belum ada jawaban salah"
    case .liveColumns: return "NAMA|STATUS|PELAJARAN|POSISI|SKOR|CENTANG|TANDA"
    case .liveKeys: return "[q] keluar · [s] ganti urutan · diperbarui tiap detik"
    case .liveMore(let count): return "… dan \(count) lagi (perbesar jendela, atau pakai --once)"
    case .liveOn(let minutes): return "aktif \(minutes)m"
    case .liveAway(let minutes): return "pergi \(minutes)m"
    case .liveDone: return "selesai"
    case .liveQuestion(let number, let attempt):
      return attempt > 1 ? "soal \(number)×\(attempt)" : "soal \(number)"
    case .livePage(let page, let count):
      return count.map { "hlm \(page)/\($0)" } ?? "hlm \(page)"
    case .liveStuckIdle(let minutes): return "! diam \(minutes)m"
    case .liveStuckWrong: return "! 2× salah"
    case .liveNoData(let path): return "belum ada data peserta di \(path)"
    case .setupIntro(let password, let port):
      return """
        Menyiapkan kelas: HP peserta masuk lewat ssh ke laptop ini (port \(port)) sebagai \
        pengguna \(ClassroomPlan.user), sandi ruang: \(password)
        Pengguna itu hanya bisa menjalankan latih kiosk. Data peserta ada di \(ClassroomPlan.data) \
        (milik \(ClassroomPlan.user), 0700): jalankan perintah fasilitator sebagai pengguna itu, \
        misalnya: sudo -u \(ClassroomPlan.user) latih --data \(ClassroomPlan.data) live
        Langkah-langkahnya (hanya Debian/Ubuntu; --apply menjalankannya sebagai root):
        """
    case .removeIntro(let data):
      return
        "Membatalkan persiapan kelas. Folder data \(data) TIDAK dihapus (isinya progres semua peserta)."
    case .badPassword:
      return "sandi ruang minimal 4 karakter, tanpa spasi dan tanpa ':'"
    case .needsRoot: return "--apply perlu root: sudo latih classroom ... --apply"
    case .notDebian:
      return
        "--apply hanya untuk Debian/Ubuntu. Di sistem lain lakukan sendiri langkah di atas: pengguna tanpa hak khusus, berkas pengaturan kiosk, blok Match User di sshd_config, lalu muat ulang sshd."
    case .needsOpenSSH:
      return "OpenSSH server belum terpasang: sudo apt-get install openssh-server"
    case .stepSkipped: return "  (sudah ada, dilewati)"
    case .stepFailed(let number, let problem):
      return "langkah \(number) gagal: \(problem). Langkah sesudahnya tidak dijalankan."
    case .applied: return "Selesai. Lihat cara menyambung HP: latih classroom"
    case .dryRun:
      return "Belum ada yang diubah. Jalankan dengan --apply (sebagai root) untuk menerapkan."
    case .connectHow(let addresses, let user, let port, let password, let first, let ready):
      let list =
        addresses.isEmpty
        ? "  (belum ada jaringan: nyalakan hotspot laptop)"
        : addresses.map { "  " + $0 }.joined(separator: "\n")
      return """
        Menyambungkan HP ke laptop ini\(ready ? "" : " (kelas belum disiapkan: sudo latih classroom setup --apply)")
        1. HP tersambung ke Wi-Fi yang sama (hotspot laptop). Alamat laptop:
        \(list)
        2. Di Termux (Android): pkg install openssh
           lalu:                ssh -p \(port) \(user)@\(first)
           Sandi ruang: \(password ?? "(lihat: sudo latih classroom)")
        3. Tanpa Termux: aplikasi SSH seperti JuiceSSH atau ConnectBot (Android), Termius (iPhone);
           host \(first), port \(port), pengguna \(user).
        Bila HP terputus: sambungkan lagi dan ketik nama yang sama; pelajaran lanjut dari tempat terakhir.
        """
    case .noQR: return "(Pasang qrencode untuk menampilkan kode QR alamat ssh.)"
    }
  }
}
