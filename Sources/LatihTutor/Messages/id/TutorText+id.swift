import LatihBase

extension TutorText {
  package var indonesian: String {
    switch self {
    case .pageOf(let page, let count): return "Halaman \(page)/\(count)"
    case .questionOf(let number, let count): return "Soal \(number)/\(count)"
    case .instruction(let kind, let letters):
      let last = QuestionView.letter(max(letters - 1, 0))
      switch kind {
      case .single: return "Ketik satu huruf (a–\(last)), lalu Enter."
      case .multiple: return "Pilih semua yang benar: ketik huruf-hurufnya, misalnya: a c"
      case .trueFalse: return "Ketik B jika benar, atau S jika salah."
      case .order:
        return "Ketik huruf sesuai urutan yang benar, misalnya: \(TutorText.orderExample(letters))"
      case .short: return "Ketik jawaban singkat Anda, lalu Enter."
      }
    case .attemptOf(let attempt, let tries): return "Percobaan \(attempt) dari \(tries)"
    case .trueFalseChoices: return "B = Benar    S = Salah"
    case .checklistQuestion: return "Sudah? (s = sudah, bl = belum)"
    case .reasonsHeading: return "Apa kendalanya? Ketik nomornya:"
    case .itemDone: return "✓ Dicatat: sudah."
    case .itemNotYet: return "Dicatat: belum. Tidak apa-apa, bisa dilanjutkan nanti."
    case .markDone: return "sudah"
    case .markNotYet(let reason): return "belum (\(reason))"
    case .markOpen: return "belum diisi"
    case .right: return "✓ Tepat!"
    case .wrong: return "✗ Belum tepat."
    case .recorded: return "Jawaban tersimpan."
    case .tryAgain(let left):
      return left == 1 ? "Coba sekali lagi." : "Coba lagi (\(left) kesempatan lagi)."
    case .rightAnswerIs(let answer): return "Jawaban yang benar: \(answer)"
    case .hintLabel: return "Petunjuk:"
    case .answerProblem(let problem):
      switch problem {
      case .empty: return "Belum ada jawaban. Ketik jawaban Anda, atau ? untuk bantuan."
      case .chooseOne(let letters):
        return "Pilih satu huruf saja (a–\(QuestionView.letter(letters - 1)))."
      case .unknownLetter(let text, let letters):
        return
          "'\(TerminalSanitizer.cleanLine(String(text.prefix(20))))' bukan pilihan. Gunakan huruf a–\(QuestionView.letter(letters - 1))."
      case .repeatedLetter(let letter): return "Huruf '\(letter)' ditulis dua kali."
      case .orderIncomplete(let letters):
        return "Gunakan setiap huruf a–\(QuestionView.letter(letters - 1)) tepat satu kali."
      case .trueOrFalse: return "Ketik B (benar) atau S (salah)."
      case .nearMiss: return "Hampir — periksa ejaannya, lalu ketik lagi."
      }
    case .keys(let hints):
      switch hints {
      case .reading(let canGoBack):
        return
          (["[Enter] lanjut"] + (canGoBack ? ["[b] kembali"] : []) + [
            "[m] menu", "[?] bantuan", "[q] simpan & keluar",
          ])
          .joined(separator: " · ")
      case .checklistItem:
        return "[s] sudah · [bl] belum · [Enter] lanjut · [<] kembali · [q] simpan & keluar"
      case .reason(let count): return "[1–\(count)] alasan · [Enter] batal"
      case .note: return "[Enter] selesai · [q] simpan & keluar"
      case .overview(let count):
        return "[1–\(count)] ubah butir · [Enter] lanjut · [<] kembali · [q] simpan & keluar"
      case .question(_, _, _, let test):
        return (test ? "[0] tidak tahu · " : "")
          + "[<] baca lagi · [?] bantuan · [m] menu · [q] simpan & keluar"
      case .rereading(let back, let forward):
        return
          (["[Enter] kembali ke soal"] + (back ? ["[<] halaman sebelumnya"] : [])
          + (forward ? ["[>] halaman berikutnya"] : []) + ["[q] simpan & keluar"])
          .joined(separator: " · ")
      case .summary(let canRetry):
        return (canRetry ? "[r] ulangi soal yang salah · " : "") + "[Enter] selesai · [q] keluar"
      }
    case .help(let hints):
      switch hints {
      case .reading:
        return
          "Baca halaman ini, lalu tekan Enter untuk halaman berikutnya. b = halaman sebelumnya, m = daftar pelajaran, q = simpan dan keluar (nanti dilanjutkan dari sini)."
      case .checklistItem:
        return
          "Jika sudah, ketik s. Jika belum, ketik bl lalu pilih alasannya. Enter = butir berikutnya tanpa mengubah, < = butir sebelumnya. Setelah butir terakhir, semua butir bisa diubah."
      case .reason: return "Ketik nomor alasan yang paling cocok, lalu Enter. Enter saja = batal."
      case .note:
        return
          "Tulis kendala Anda dengan singkat (paling banyak 80 huruf), lalu Enter. Enter saja = tanpa catatan."
      case .overview:
        return
          "Ketik nomor butir untuk mengubah jawabannya, atau Enter untuk lanjut. < = butir terakhir."
      case .question(let kind, let letters, let tries, let test):
        return TutorText.instruction(kind, letters: letters).indonesian
          + (tries > 1
            ? " Jawaban salah? Anda bisa mencoba lagi."
            : " Setiap soal dijawab satu kali.")
          + (test
            ? " Tidak tahu jawabannya? Ketik 0 (tidak tahu): dihitung salah, tetapi lebih baik daripada menebak."
            : "")
          + " < = baca lagi halaman pelajaran (lalu Enter kembali ke soal ini), m = daftar pelajaran, q = simpan dan keluar."
      case .rereading:
        return
          "Baca lagi halaman ini. Enter = kembali ke soal, < dan > = halaman sebelumnya dan berikutnya, q = simpan dan keluar."
      case .summary:
        return "Enter = kembali ke daftar pelajaran. r = ulangi hanya soal yang salah (jika ada)."
      }
    case .resumed(let page, let pageCount): return "Melanjutkan dari halaman \(page)/\(pageCount)."
    case .firstPage: return "Ini halaman pertama."
    case .readingTypo: return "Tekan Enter untuk lanjut (atau b, m, ?, q)."
    case .rereadTypo: return "Tekan Enter untuk kembali ke soal (atau <, >, ?, q)."
    case .checklistTypo:
      return "Ketik s (sudah) atau bl (belum), Enter untuk lanjut, atau < untuk kembali."
    case .reasonTypo(let count): return "Ketik nomor 1–\(count), atau Enter untuk batal."
    case .checklistChange(let count):
      return "Ketik nomor butir (1–\(count)) untuk mengubahnya, atau Enter untuk lanjut."
    case .askNote: return "Tulis kendalanya dengan singkat, lalu Enter (Enter saja = lewati):"
    case .pageAnswered: return "Semua soal di halaman ini sudah dijawab."
    case .summaryTypo(let canRetry):
      return canRetry
        ? "Tekan Enter untuk selesai, atau r untuk mengulang soal yang salah."
        : "Tekan Enter untuk selesai."
    case .finished(let title): return "Selesai: \(title)"
    case .score(let correct, let total, let percent):
      return "Skor: \(correct) dari \(total) soal benar (\(percent)%)."
    case .passed(let passMark): return "LULUS ✓ (batas lulus \(passMark)%)"
    case .notPassed(let passMark):
      return "BELUM LULUS (batas lulus \(passMark)%). Pelajari lagi, lalu coba kembali."
    case .readingDone: return "Pelajaran ini selesai dibaca."
    case .testTagged(let tag):
      return tag == .pre ? "Tercatat sebagai tes awal." : "Tercatat sebagai tes akhir."
    case .reviewHeading: return "Soal yang belum tepat:"
    case .testReviewHeading: return "Pembahasan semua soal:"
    case .yourAnswer(let answer): return "Jawaban Anda: \(answer)"
    case .dontKnowAnswer: return "tidak tahu"
    case .courseFinished:
      return "Kursus selesai! Terima kasih. Minta sertifikat Anda kepada fasilitator."
    case .lessonsDoneTakePostTest(let number):
      return "Semua pelajaran sudah selesai! Berikutnya tes akhir (pelajaran \(number)): "
        + "tekan Enter. Sesudah tes akhir, minta sertifikat Anda kepada fasilitator."
    case .progressSaved: return "Progres Anda tersimpan. Sampai jumpa!"
    case .idleSaved(let minutes):
      return "Tidak ada ketikan selama \(TutorText.minutes(minutes)) menit. Progres sudah "
        + "tersimpan; giliran ditutup."
    case .saveFailed(let reason, let unsaved):
      switch unsaved {
      case .answer:
        return "Gagal menyimpan: \(reason). Jawaban terakhir BELUM tersimpan; yang sebelumnya aman."
      case .place:
        return
          "Gagal menyimpan: \(reason). Posisi terakhir di pelajaran belum tersimpan; semua jawaban sebelumnya aman."
      case .enrolment:
        return
          "Gagal menyimpan: \(reason). Pendaftaran belum tersimpan; tidak ada data yang hilang."
      case .nothing:
        return
          "Gagal membuka berkas progres: \(reason). Belum ada yang ditulis; tidak ada data yang hilang."
      }
    case .journalRepaired(let line):
      return
        "Catatan terakhir (baris \(line)) di berkas progres terpotong, mungkin karena listrik padam. Bagian itu dibuang; progres sebelumnya aman."
    case .journalSkipped(let lines):
      return "Baris \(lines) di berkas progres rusak dan dilewati; baris lainnya dipakai."
    case .readFailed(let reason):
      return "Gagal membaca progres yang tersimpan: \(reason). Tidak ada yang diubah."
    case .participantBusy(let name):
      return
        "\(name) sedang belajar di HP atau jendela Latih lain. Tutup yang itu dulu, lalu coba lagi. (Baru tersambung ulang? Tunggu 1 menit.)"
    case .welcome(let course): return "Selamat datang di Latih!\n\(course)"
    case .askName: return "Siapa nama Anda? Ketik nama lalu Enter (q = keluar)."
    case .nameEmpty: return "Ketik nama Anda, atau q untuk keluar."
    case .chooseAmong: return "Ada beberapa peserta dengan nama itu. Ketik nomor Anda:"
    case .chooseTypo(let count): return "Ketik nomor 1–\(count), atau Enter untuk batal."
    case .confirmEnroll(let name):
      return
        "Nama '\(name)' belum terdaftar. Daftarkan sebagai peserta baru? [Enter/y] ya · [n] tidak"
    case .confirmTypo: return "Tekan Enter atau y untuk mendaftar, n untuk batal."
    case .didYouMean(let name, let group):
      return "Maksud Anda \(TutorText.personWithGroup(name: name, group: group).indonesian)?"
    case .didYouMeanMany: return "Maksud Anda salah satu dari mereka?"
    case .personWithGroup(let name, let group):
      return group.map { "\(name) (kelompok \($0))" } ?? name
    case .didYouMeanKeys(let many):
      return (many ? "[nomor] itu saya" : "[y] ya, itu saya")
        + " · [n] bukan, saya peserta baru · [q] batal"
    case .didYouMeanTypo(let many, let count):
      return many
        ? "Ketik nomor Anda (1–\(count)), atau n jika bukan salah satu dari mereka."
        : "Ketik y jika itu Anda, atau n jika bukan."
    case .enrolled(let name): return "Selamat bergabung, \(name)! Anda sudah terdaftar."
    case .greeting(let name): return "Halo, \(name)!"
    case .askPin: return "Ketik PIN Anda (4 angka), lalu Enter (q = batal):"
    case .pinWrong(let left):
      return "PIN salah. Coba lagi (\(left) kesempatan lagi)."
    case .pinLocked:
      return "PIN salah 3 kali. Kembali ke layar awal. Lupa PIN? Minta fasilitator "
        + "menghapusnya."
    case .choosePin(let required):
      return required
        ? "Sesi ini memakai PIN supaya orang lain tidak bisa melanjutkan belajar Anda. "
          + "Buat PIN 4 angka dan ingat baik-baik (q = batal):"
        : "Mau memakai PIN 4 angka supaya orang lain tidak bisa melanjutkan belajar Anda? "
          + "Ketik 4 angka, atau Enter saja untuk melewati:"
    case .repeatPin: return "Ketik PIN itu sekali lagi:"
    case .pinNotFourDigits: return "PIN harus tepat 4 angka, misalnya 2580."
    case .pinMismatch: return "Kedua PIN tidak sama. Ulangi dari awal."
    case .pinSaved: return "PIN tersimpan. Ingat baik-baik; PIN ditanya setiap kali Anda lanjut."
    case .lessonsHeading: return "Daftar pelajaran:"
    case .status(let status):
      switch status {
      case .notStarted: return "belum mulai"
      case .inProgress: return "sedang belajar"
      case .passed: return "lulus"
      case .needsReview: return "perlu diulang"
      }
    case .bestScore(let score): return "nilai terbaik \(score)%"
    case .preTestDone: return "tes awal selesai"
    case .preTestThanks:
      return "Terima kasih, tes awal selesai! Tes ini hanya untuk melihat titik awal Anda, "
        + "tidak ada lulus atau tidak lulus. Berikutnya: mulai pelajaran pertama. Setelah "
        + "semua pelajaran, Anda mengerjakan tes akhir."
    case .testMidCourse:
      return "Tes ini dikerjakan di tengah kursus, jadi tidak dihitung sebagai tes awal "
        + "atau tes akhir."
    case .practiceScore(let correct, let total):
      return "Latihan: \(correct) dari \(total) soal benar."
    case .officialScoreKept(let score):
      return score.map { "Ini latihan; nilai resmi Anda tetap \($0)% (percobaan pertama)." }
        ?? "Ini latihan; nilai resmi hanya dari percobaan pertama."
    case .practiceRuns(let count): return "latihan \(count)×"
    case .suggestion(let number, let title):
      return "Saran: pelajaran \(number), \(TutorText.sentence(title))"
    case .allPassed: return "Selamat! Semua pelajaran sudah lulus."
    case .menuKeys: return "[nomor] buka pelajaran · [Enter] ikuti saran · [q] selesai"
    case .menuTypo(let count): return "Ketik nomor pelajaran 1–\(count), Enter untuk saran, atau q."
    case .nextParticipant: return "Terima kasih! Giliran peserta berikutnya."
    case .goodbye: return "Sampai jumpa!"
    case .noSuchParticipant(let who):
      return
        "Tidak ada peserta '\(TerminalSanitizer.cleanLine(who))'. Lihat 'latih participants list'."
    case .ambiguousParticipant(let who):
      return
        "'\(TerminalSanitizer.cleanLine(who))' cocok dengan beberapa peserta; sebutkan kode atau id:"
    case .participantLine(let name, let details): return "\(name) (\(details))"
    case .unknownQuestions(let count):
      return "\(count) jawaban untuk soal yang sudah tidak ada di kursus (disimpan)"
    }
  }
}
