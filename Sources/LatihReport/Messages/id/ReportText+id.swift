import LatihBase

extension ReportText {
  package var indonesian: String {
    switch self {
    case .title: return "Laporan Evaluasi Pelatihan"
    case .course: return "Kursus"
    case .session: return "Sesi"
    case .place: return "Tempat"
    case .date: return "Tanggal"
    case .group: return "Kelompok"
    case .generated: return "Dibuat"
    case .enrolled: return "Terdaftar"
    case .assessed: return "Dinilai"
    case .selfReportedPeople: return "Lapor sendiri"
    case .passMark: return "Batas lulus"
    case .allData: return "semua data"
    case .people(let count): return "\(count) peserta"
    case .anonymized: return "Nama peserta dan kelompok disamarkan."

    case .indicatorsHeading: return "Indikator keberhasilan"
    case .lessonsHeading: return "Pelajaran"
    case .questionsHeading: return "Soal"
    case .hardestHeading: return "Soal tersulit"
    case .testHeading: return "Tes awal dan tes akhir"
    case .needsHelpHeading: return "Peserta yang perlu dibantu"
    case .selfReportedHeading: return "Laporan peserta sendiri (belum diverifikasi)"

    case .indicatorColumn: return "Indikator"
    case .achievedColumn: return "Berhasil"
    case .notYetColumn: return "Belum"
    case .reasonsColumn: return "Alasan belum berhasil"
    case .lessonColumn: return "Pelajaran"
    case .startedColumn: return "Mulai"
    case .completedColumn: return "Selesai"
    case .meanScoreColumn: return "Skor"
    case .passedColumn: return "Lulus"
    case .questionColumn: return "Soal"
    case .answeredColumn: return "Dijawab"
    case .correctColumn: return "Benar"
    case .nameColumn: return "Nama"
    case .groupColumn: return "Kelompok"
    case .helpColumn: return "Perlu bantuan"
    case .selfAnsweredColumn: return "Menjawab"
    case .preTestPhase: return "tes awal"
    case .postTestPhase: return "tes akhir"

    case .testMarker: return "(tes)"
    case .hardestFlag: return "tersulit"
    case .noReasonGiven: return "tanpa alasan"
    case .noIndicators: return "Kursus ini tidak punya indikator."
    case .noQuestions: return "Belum ada soal yang dijawab."
    case .noHardest: return "Tidak ada soal yang dijawab benar oleh kurang dari separuh peserta."
    case .noTest: return "Kursus ini tidak punya tes awal dan tes akhir."
    case .nobodyNeedsHelp: return "Tidak ada."
    case .noSelfReported: return "Belum ada peserta yang mengisi daftar periksanya sendiri."

    case .paired(let count): return "Peserta dengan tes awal dan tes akhir: \(count)"
    case .tookTests(let pre, let post, let neither):
      return "ikut tes awal \(pre), tes akhir \(post); tes di tengah kursus, tidak dihitung: "
        + "\(neither)"
    case .meanPre: return "Rata-rata tes awal"
    case .meanPost: return "Rata-rata tes akhir"
    case .gain: return "Gain ternormalisasi"
    case .improved: return "Nilai naik"
    case .gainUndefined: return "tidak dihitung (rata-rata tes awal 100)"

    case .belowPassMark(let lesson, let score, let passMark):
      return "\(lesson): nilai terbaik \(score)% (batas lulus \(passMark)%)"
    case .postTestBelowPassMark(let test, let score, let passMark):
      return "\(test): tes akhir \(score)% (batas lulus \(passMark)%)"
    case .notAchieved(let indicator, let reason): return "\(indicator): belum — \(reason)"
    case .note(let note): return "catatan: \(note)"

    case .indicatorsChart: return "Indikator tercapai (%)"
    case .lessonsChart: return "Pelajaran selesai (% dari terdaftar)"
    case .roundingNote:
      return "Persentase dibulatkan ke bilangan bulat terdekat (0,5 ke atas) dan selalu "
        + "ditampilkan bersama jumlahnya; rata-rata dibulatkan ke satu desimal."
    case .indicatorsNote:
      return "Angka resmi dari penilaian fasilitator. N = peserta yang sudah dinilai "
        + "fasilitator untuk indikator itu; yang belum dinilai tidak dihitung."
    case .lessonsNote:
      return "Selesai = minimal sekali menyelesaikan pelajaran (dari yang terdaftar); skor = "
        + "rata-rata nilai terbaik; lulus = dari yang selesai. Mengulang soal yang salah "
        + "adalah latihan dan tidak mengubah nilai. Baris tes: selesai, skor dan lulus dari tes "
        + "akhir."
    case .questionsNote:
      return "Benar = benar pada percobaan pertama (putaran lengkap pertama; soal tes dari "
        + "tes akhir), dari yang menjawab; soal tersulit: kurang dari 50% benar. Tes awal "
        + "ditampilkan terpisah dan tidak menentukan soal tersulit."
    case .selfReportedNote:
      return "Jawaban daftar periksa peserta sendiri, belum diverifikasi fasilitator; tidak "
        + "mengubah angka resmi. Dari peserta yang menjawab."

    case .participantPseudonym(let number): return "Peserta \(number)"
    case .groupPseudonym(let letters): return "Kelompok \(letters)"
    case .decimalSeparator: return ","

    case .comparisonHeading(.session): return "Perbandingan antar sesi"
    case .comparisonHeading(.group): return "Perbandingan antar kelompok"
    case .comparisonChart(.session): return "Indikator tercapai per sesi (%)"
    case .comparisonChart(.group): return "Indikator tercapai per kelompok (%)"
    case .comparisonNote(let kind):
      return "Tiap indikator: berhasil n/N (%), N = peserta "
        + (kind == .session ? "sesi itu" : "kelompok itu")
        + " yang sudah dinilai fasilitator. Lulus tes akhir: nilai tes akhir minimal batas "
        + "lulus, dari yang ikut tes akhir."
    case .noComparisonRows(.session): return "Tidak ada sesi untuk dibandingkan."
    case .noComparisonRows(.group): return "Tidak ada kelompok untuk dibandingkan."
    case .passRateColumn: return "Lulus tes akhir"
    case .noGroup: return "(tanpa kelompok)"
    case .reasonsChart: return "Alasan belum berhasil (dari yang dinilai)"
    case .peopleHeading: return "Hasil per peserta"
    case .peopleNote:
      return "ya / belum = penilaian fasilitator; ya* / belum* = jawaban peserta sendiri, "
        + "belum diverifikasi; (n) = nomor alasan; – = belum dinilai. Pelajaran: selesai "
        + "dari semua pelajaran (tanpa tes), lulus. Tes awal dan tes akhir: nilai pertama."
    case .lessonsDoneColumn: return "Pelajaran"
    case .preTestColumn: return "Tes awal"
    case .postTestColumn: return "Tes akhir"
    case .preTestShort: return "Awal"
    case .postTestShort: return "Akhir"
    case .statusAchieved: return "ya"
    case .statusNotYet: return "belum"
    case .statusSelfAchieved: return "ya*"
    case .statusSelfNotYet: return "belum*"
    case .reasonsLegend: return "Alasan"
    case .noPeople: return "Belum ada peserta."

    case .written(let path, let format): return "Laporan (\(format)) disimpan di \(path)"
    case .unknownSession(let id, let known):
      let name = TerminalSanitizer.cleanLine(id)
      guard !known.isEmpty else {
        return "tidak ada sesi '\(name)'; belum ada sesi (buat dengan 'latih session new')"
      }
      return "tidak ada sesi '\(name)'; sesi yang ada:\n"
        + known.map { "  " + TerminalSanitizer.cleanLine($0) }.joined(separator: "\n")
    case .unknownGroup(let group, let known):
      let name = TerminalSanitizer.cleanLine(group)
      guard !known.isEmpty else { return "tidak ada kelompok '\(name)'; belum ada kelompok" }
      return "tidak ada kelompok '\(name)'; kelompok yang ada: "
        + known.map(TerminalSanitizer.cleanLine).joined(separator: ", ")
    case .unknownExtension(let path, let formats, let extensions):
      return "format untuk '\(TerminalSanitizer.cleanLine(path))' tidak dikenal: pakai akhiran "
        + extensions.joined(separator: ", ") + " atau --format "
        + formats.joined(separator: "|")
    case .pdfByPrinting(let html):
      return "Latih tidak menulis PDF: tulis laporannya sebagai HTML (--out "
        + TerminalSanitizer.cleanLine(html)
        + "), buka di peramban, lalu cetak ke PDF (Ctrl+P, Simpan sebagai PDF)"
    case .emptyGroup: return "--group tidak boleh kosong"
    }
  }
}
