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

    case .testMarker: return "(tes)"
    case .hardestFlag: return "tersulit"
    case .noReasonGiven: return "tanpa alasan"
    case .noIndicators: return "Kursus ini tidak punya indikator."
    case .noQuestions: return "Belum ada soal yang dijawab."
    case .noHardest: return "Tidak ada soal yang dijawab benar oleh kurang dari separuh peserta."
    case .noTest: return "Kursus ini tidak punya tes awal dan tes akhir."
    case .nobodyNeedsHelp: return "Tidak ada."

    case .paired(let count): return "Peserta dengan tes awal dan tes akhir: \(count)"
    case .tookTests(let pre, let post): return "ikut tes awal \(pre), tes akhir \(post)"
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
      return
        "N = peserta yang sudah dinilai untuk indikator itu; yang belum dinilai tidak dihitung."
    case .lessonsNote:
      return "Selesai = minimal sekali menyelesaikan pelajaran (dari yang terdaftar); skor = "
        + "rata-rata nilai terbaik; lulus = dari yang selesai."
    case .questionsNote:
      return "Benar = benar pada percobaan pertama, dari yang menjawab; soal tersulit: "
        + "kurang dari 50% benar."

    case .participantPseudonym(let number): return "Peserta \(number)"
    case .groupPseudonym(let letters): return "Kelompok \(letters)"
    case .decimalSeparator: return ","

    case .written(let path, let format): return "Laporan (\(format)) disimpan di \(path)"
    case .unknownSession(let id):
      return "tidak ada sesi '\(TerminalSanitizer.cleanLine(id))'; lihat 'latih session list'"
    case .emptyGroup: return "--group tidak boleh kosong"
    }
  }
}
