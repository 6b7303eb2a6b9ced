import LatihBase
import LatihCourse
import LatihData

extension CertificateText {
  package var indonesian: String {
    switch self {
    case .heading(.participation): return "Sertifikat Keikutsertaan"
    case .heading(.completion): return "Sertifikat Kelulusan"
    case .presentedTo: return "diberikan kepada"
    case .because(.participation): return "atas keikutsertaannya dalam pelatihan"
    case .because(.completion): return "yang telah menyelesaikan dengan baik pelatihan"
    case .course(let title): return "Materi: \(title)"
    case .score(let score): return "Nilai: \(score)"
    case .organizer(let name): return "Penyelenggara: \(name)"
    case .code(let code):
      return "Kode verifikasi \(code) · periksa: latih certificate verify \(code)"
    case .documentTitle(let title): return "Sertifikat — \(title)"
    case .written(let path, let count): return "Sertifikat ditulis ke \(path) (\(count) halaman)"
    case .noSession:
      return
        "sertifikat dibuat untuk satu sesi pelatihan; sebut --session ID (lihat: latih session list)"
    case .kindNotOffered(let kind, let offered):
      return
        "jenis sertifikat '\(TerminalSanitizer.cleanLine(kind))' tidak tersedia di kursus ini; pilihan: \(offered.joined(separator: ", "))"
    case .tooManySigners(let limit): return "paling banyak \(limit) --signer"
    case .notInSession(let name, let title): return "\(name) tidak terdaftar di sesi \(title)"
    case .notRecorded(let name, let title):
      return
        "\(name) belum dicatat fasilitator di sesi \(title) (latih record atau latih evaluate); sertifikat keikutsertaan belum bisa dibuat"
    case .lessonsMissing(let name, let lessons):
      return "\(name) belum lulus: \(lessons)"
    case .postTestBelow(let name, let score, let passMark):
      if let score { return "\(name): nilai tes akhir \(score), batas lulus \(passMark)" }
      return "\(name) belum mengerjakan tes akhir"
    case .noneEligible(let title, let kind, let people):
      return
        "belum ada yang memenuhi syarat \(CertificateText.heading(kind).indonesian.lowercased()) di sesi \(title) (\(people) peserta)"
    case .skipped(let count):
      return "\(count) peserta belum memenuhi syarat dan tidak diberi sertifikat"
    case .verified(let name, let kind, let title, let details):
      return
        "Sah: \(CertificateText.heading(kind).indonesian) untuk \(name) — \(title)\(details.isEmpty ? "" : " (\(details))")"
    case .noLongerEligible:
      return "perhatian: menurut data sekarang, peserta ini tidak lagi memenuhi syarat"
    case .notFound(let code):
      return "kode \(code) tidak ditemukan di data ini (sertifikat tidak dibuat dengan data ini)"
    case .invalidCode(let code):
      return
        "'\(TerminalSanitizer.cleanLine(code))' bukan kode sertifikat (10 huruf/angka, misalnya ABCDE-23456)"
    }
  }
}
