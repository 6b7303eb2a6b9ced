import LatihBase

extension WorkbookText {
  package var indonesian: String {
    switch self {
    case .summarySheet: return "Ringkasan"
    case .indicatorsSheet: return "Indikator"
    case .reasonsSheet: return "Alasan belum"
    case .lessonsSheet: return "Pelajaran"
    case .questionsSheet: return "Soal"
    case .needsHelpSheet: return "Perlu dibantu"
    case .comparisonSheet: return "Perbandingan"
    case .peopleSheet: return "Peserta"

    case .itemColumn: return "Butir"
    case .valueColumn: return "Nilai"
    case .idColumn: return "ID"
    case .percentColumn: return "%"
    case .countColumn: return "Jumlah"
    case .kindColumn: return "Jenis"
    case .questionsCountColumn: return "Jumlah soal"
    case .practicedColumn: return "Latihan ulang"
    case .lessonIDColumn: return "ID pelajaran"
    case .numberColumn: return "No"
    case .phaseColumn: return "Dari"
    case .hardestColumn: return "Tersulit"
    case .participantIDColumn: return "ID peserta"
    case .itemIDColumn: return "ID butir"
    case .scoreColumn: return "Skor"
    case .reasonIDColumn: return "ID alasan"
    case .reasonColumn: return "Alasan"
    case .lessonsTotalColumn: return "Jumlah pelajaran"
    case .noteColumn: return "Catatan fasilitator"
    case .selfYesColumn: return "Lapor sendiri: berhasil"
    case .selfNoColumn: return "Lapor sendiri: belum"

    case .courseID: return "ID kursus"
    case .sessionID: return "ID sesi"
    case .anonymizedField: return "Nama disamarkan"
    case .testTitle: return "Tes"
    case .tookPre: return "Ikut tes awal"
    case .tookPost: return "Ikut tes akhir"
    case .paired: return "Dengan tes awal dan akhir"
    case .tookNeither: return "Tes di tengah kursus (tidak dihitung)"
    case .improvedPercent: return "Nilai naik (%)"

    case .lessonKind: return "pelajaran"
    case .testKind: return "tes"
    case .indicatorKind: return "indikator"

    case .needsOut:
      return "format xlsx adalah berkas biner, tidak ditampilkan di layar: tulis dengan "
        + "--out BERKAS.xlsx"
    }
  }
}
