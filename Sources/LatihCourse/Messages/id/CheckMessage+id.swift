import LatihBase

extension CheckMessage {
  package var indonesian: String {
    switch self {
    case .cannotRead(let error): return "tidak dapat dibaca: \(SystemErrorText(error).indonesian)"
    case .fileTooLarge(let limit, let size):
      return "berkas terlalu besar (\(size) bita); batasnya \(limit) bita"
    case .lineTooLong(let limit, let length):
      return "baris terlalu panjang (\(length) karakter); batasnya \(limit) karakter"
    case .invalidUTF8: return "bukan teks UTF-8 yang sah; simpan berkas sebagai UTF-8"
    case .controlCharacter(let value):
      return
        "karakter kendali atau tak terlihat \(Self.codePoint(value)) tidak diizinkan; hapus karakter ini"
    case .missingFrontMatter:
      return "berkas harus diawali baris '---' dan keterangan pelajaran (id, title, minutes)"
    case .unclosedFrontMatter: return "keterangan di awal berkas tidak ditutup dengan baris '---'"
    case .malformedFrontMatterLine: return "baris keterangan harus berbentuk 'kunci: nilai'"
    case .unknownKey(let key): return "kunci '\(key)' tidak dikenal"
    case .duplicateKey(let key): return "kunci '\(key)' ditulis dua kali"
    case .missingKey(let key): return "kunci '\(key)' wajib ada"
    case .invalidNumber(let key, let value, let range):
      return
        "'\(key)' harus bilangan bulat \(range.lowerBound)–\(range.upperBound), bukan '\(value)'"
    case .invalidID(let value):
      return "id '\(value)' tidak sah: gunakan 1–64 huruf kecil a–z, angka dan '-', diawali huruf"
    case .invalidValue(let key, let value, let allowed):
      return "'\(key)' tidak boleh '\(value)'; pilihan: \(allowed.joined(separator: ", "))"
    case .invalidDate(let key, let value):
      return "'\(key)' harus tanggal YYYY-MM-DD yang ada, misalnya 2026-11-30, bukan '\(value)'"
    case .invalidSourceKey(let key, let limit):
      return
        "kunci '\(key)' tidak dikenal; sumber ditulis source.1, source.2, … sampai source.\(limit)"
    case .textBeforeFirstPage:
      return "ada teks sebelum halaman pertama; awali setiap halaman dengan '## Judul'"
    case .noPages: return "pelajaran belum punya halaman; tambahkan '## Judul'"
    case .emptyHeading: return "judul kosong"
    case .unknownMarker(let marker, let allowed):
      return "penanda [\(marker)] tidak dikenal; yang dikenal di sini: \(Self.bracketed(allowed))"
    case .markerNotAllowedHere(let marker): return "penanda [\(marker)] tidak boleh di sini"
    case .conflictingMarkers(let first, let second):
      return "penanda [\(first)] dan [\(second)] tidak boleh dipakai bersama"
    case .titleInsidePage:
      return "judul '# ' hanya boleh sebelum halaman pertama; gunakan '## ' atau '### '"
    case .unclosedCodeBlock: return "blok ``` tidak ditutup"
    case .tableSeparatorMissing:
      return "baris kedua tabel harus pemisah seperti '|---|---|'"
    case .tableColumnCount(let expected, let found):
      return "baris tabel punya \(found) kolom, judul tabel \(expected)"
    case .checklistEmpty: return "halaman [checklist] belum punya butir '- [ ] …'"
    case .checklistItemTicked:
      return "butir daftar periksa sebaiknya ditulis kosong '- [ ]'; peserta yang mencentang"
    case .quizEmpty: return "halaman [quiz] belum punya soal '### …'"
    case .questionWithoutAnswers:
      return
        "soal belum punya jawaban: tambahkan pilihan '- ( )' / '- [ ]' atau penanda [true], [false], [order], [short]"
    case .mixedOptionStyles:
      return
        "pilihan '( )' dan '[ ]' tercampur; '( )' untuk satu jawaban, '[ ]' untuk pilih semua yang benar"
    case .noCorrectAnswer: return "soal tidak punya jawaban benar; tandai dengan (x) atau [x]"
    case .singleChoiceManyCorrect(let count):
      return
        "soal pilihan tunggal punya \(count) jawaban benar; tandai satu (x), atau pakai '- [x]' untuk pilih semua yang benar"
    case .tooFewOptions(let count): return "soal pilihan perlu minimal 2 pilihan (ada \(count))"
    case .tooManyOptions(let count):
      return "soal pilihan boleh paling banyak 10 pilihan (ada \(count))"
    case .orderTooFewItems(let count):
      return "soal [order] perlu minimal 2 butir bernomor '1. …' (ada \(count))"
    case .orderTooManyItems(let count):
      return "soal [order] boleh paling banyak 10 butir (ada \(count))"
    case .shortWithoutAnswers:
      return "soal [short] perlu minimal satu jawaban yang diterima '- jawaban'"
    case .trueFalseWithOptions:
      return "soal [true]/[false] tidak memakai pilihan; hapus daftar pilihannya"
    case .unexpectedInQuestion(let kind):
      return "baris ini tidak cocok untuk soal \(kind.name(in: .id)); lihat lessons/FORMAT.md"
    case .textAfterExplanation:
      return
        "teks setelah penjelasan '>' tidak termasuk soal; pindahkan ke atas atau jadikan soal baru '### '"
    case .optionExplanationWithoutOption:
      return "penjelasan pilihan '  >' harus tepat di bawah sebuah pilihan"
    case .duplicateID(let id, let firstLine):
      return "id '\(id)' sudah dipakai di baris \(firstLine)"
    case .unknownIndicator(let id, let known):
      return "indikator '\(id)' tidak ada di course.md; yang ada: \(known.joined(separator: ", "))"
    case .tooManyPages(let limit): return "pelajaran punya lebih dari \(limit) halaman"
    case .tooManyQuestions(let limit): return "pelajaran punya lebih dari \(limit) soal"
    case .testWithoutQuestions: return "pelajaran 'kind: test' harus punya soal [quiz]"
    case .manifestMissing(let directory):
      return "tidak ada course.md di \(directory); lihat lessons/FORMAT.md"
    case .unknownLanguage(let code):
      return "kode bahasa '\(code)' tidak dikenal; gunakan id atau en"
    case .missingTitle(let language):
      return
        "judul kursus untuk bahasa '\(language.rawValue)' belum ada (title.\(language.rawValue))"
    case .missingSection(let marker): return "bagian [\(marker)] belum ada"
    case .lessonListEntryMalformed:
      return "daftar pelajaran harus berisi id, misalnya '1. apa-itu-afiliasi'"
    case .lessonNotFound(let id, let language):
      return "pelajaran '\(id)' tidak ada di folder \(language.rawValue)/"
    case .lessonListedTwice(let id): return "pelajaran '\(id)' tercantum dua kali"
    case .lessonNotInManifest(let id):
      return "pelajaran '\(id)' tidak tercantum di [lessons] course.md, jadi tidak dipakai"
    case .duplicateLessonFile(let id, let otherPath):
      return "id pelajaran '\(id)' juga dipakai oleh \(otherPath)"
    case .missingLabel(let id, let language):
      return "'\(id)' belum punya label bahasa '\(language.rawValue)'"
    case .labelEntryMalformed:
      return "tulis '- id-nya' lalu di bawahnya '  - id: label' dan '  - en: label'"
    case .reasonTieOnIndicator:
      return "'for:' hanya untuk alasan [reasons], untuk menyebut indikator yang dijelaskannya"
    case .reasonTieEmpty:
      return
        "tulis id indikator setelah 'for:', misalnya '  - for: affiliate-account, video-content'"
    case .courseTestNotListed(let id): return "course-test '\(id)' tidak tercantum di [lessons]"
    case .courseTestNotTest(let id): return "course-test '\(id)' harus punya 'kind: test'"
    case .tooManyLessons(let limit): return "kursus punya lebih dari \(limit) pelajaran"
    case .languageFolderMissing(let language):
      return "folder bahasa \(language.rawValue)/ tidak ada"
    case .factsNeverChecked(let id):
      return
        "pelajaran '\(id)' tidak menyebut kapan faktanya diperiksa; tambahkan 'checked: YYYY-MM-DD'"
    case .factsCheckedLongAgo(let id, let date, let days, let limit):
      return
        "fakta pelajaran '\(id)' terakhir diperiksa \(date), \(days) hari lalu (lebih dari \(limit)); "
        + "cek lagi sumbernya, lalu perbarui 'checked:'"
    case .notALessonPath: return "bukan berkas .md atau folder kursus"
    case .translationLessonKind(let expected, let found, let primary):
      return
        "jenis pelajaran '\(found.rawValue)' berbeda dengan '\(expected.rawValue)' di \(primary)"
    case .translationPageCount(let expected, let found, let primary):
      return "terjemahan punya \(found) halaman, \(primary) punya \(expected)"
    case .translationPageKind(let page, let expected, let found, let primary):
      return
        "halaman \(page) adalah \(found.name(in: .id)), di \(primary) \(expected.name(in: .id))"
    case .translationItemCount(let page, let expected, let found, let primary):
      return "halaman \(page) punya \(found) butir daftar periksa, \(primary) punya \(expected)"
    case .translationItem(let number, let detail, let primary):
      return "butir daftar periksa \(number) berbeda dengan \(primary): \(detail)"
    case .translationQuestionCount(let page, let expected, let found, let primary):
      return "halaman \(page) punya \(found) soal, \(primary) punya \(expected)"
    case .translationQuestion(let number, let id, let detail, let primary):
      return "soal \(number) (\(id)) berbeda dengan \(primary): \(detail.indonesian)"
    case .summaryOK(let lessons, let languages, let questions, let indicators, let warnings):
      let tail = warnings > 0 ? " (\(warnings) peringatan)" : ""
      return
        "\(lessons) pelajaran × \(languages) bahasa, \(questions) soal, \(indicators) indikator: OK\(tail)"
    case .summaryFailed(let errors, let warnings):
      return "\(errors) kesalahan, \(warnings) peringatan"
    case .filesOK(let files, let questions, let warnings):
      let tail = warnings > 0 ? " (\(warnings) peringatan)" : ""
      return "\(files) berkas, \(questions) soal: OK\(tail)"
    }
  }
}

extension CheckMessage.QuestionMismatch {
  var indonesian: String {
    switch self {
    case .kind(let expected, let found):
      return "jenisnya \(found.name(in: .id)), seharusnya \(expected.name(in: .id))"
    case .id(let expected, let found): return "id-nya '\(found)', seharusnya '\(expected)'"
    case .optionCount(let expected, let found):
      return "punya \(found) pilihan, seharusnya \(expected)"
    case .correctOptions(let expected, let found):
      return "jawaban benarnya \(found), seharusnya \(expected)"
    case .orderCount(let expected, let found):
      return "punya \(found) butir untuk diurutkan, seharusnya \(expected)"
    case .trueFalse(let expected, let found):
      return "jawabannya [\(found)], seharusnya [\(expected)]"
    }
  }
}
