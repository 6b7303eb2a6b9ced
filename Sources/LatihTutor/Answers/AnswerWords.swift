import LatihBase

/// The words a participant may type in each language: for true/false, for numbers
/// written out, and the filler words a short answer may carry ("600 orang", "18 thn").
/// One table per language, Indonesian first.
package struct AnswerWords: Sendable {
  /// Words read as "true" (all lowercase, accents removed).
  package var truthWords: Set<String>
  /// Words read as "false".
  package var falseWords: Set<String>
  /// Filler words dropped from short answers; an entry may be several words.
  package var fillers: [[String]]
  /// Number words with their value (0–19 and the tens).
  package var numbers: [String: Int]
  /// Words that add ten to the digit before them (`dua belas` = 12).
  package var teens: Set<String>
  /// Words that multiply the digit before them by ten (`dua puluh` = 20).
  package var tens: Set<String>
  /// Hundred, thousand and million words with their value.
  package var scales: [String: Int]
  /// Words that are themselves one of a scale (`seratus` = 100, `seribu` = 1000).
  package var oneScales: [String: Int]
  /// Words ignored between number words ("six hundred and five").
  package var joiners: Set<String>
  /// Checklist: "done" (`s`/`sudah`; `y`/`yes`).
  package var checklistDone: Set<String>
  /// Checklist: "not yet" (`bl`/`belum`; `n`/`not yet`).
  package var checklistNotYet: Set<String>
  /// Back to the previous item or page where a letter could mean something else
  /// (`<`, `k`/`kembali`; `b`/`back`).
  package var back: Set<String>
  /// "I don't know" in a test question (`0` in every language; the words, folded, with
  /// apostrophes dropped): counts as wrong, better than a guess.
  package var dontKnow: Set<String>

  /// The table for `language`.
  package static func of(_ language: Language) -> AnswerWords {
    switch language {
    case .id: return indonesian
    case .en: return english
    }
  }

  static let indonesian = AnswerWords(
    truthWords: ["b", "benar", "ya", "y"],
    falseWords: ["s", "salah", "tidak", "tdk"],
    fillers: [
      ["orang"], ["org"], ["pengikut"], ["followers"], ["tahun"], ["thn"], ["th"], ["tgl"],
      ["tanggal"], ["umur"], ["usia"], ["minimal"], ["min"], ["sekitar"], ["kurang", "lebih"],
      ["rp"], ["rupiah"], ["persen"],
    ],
    numbers: [
      "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
      "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11,
    ],
    teens: ["belas"], tens: ["puluh"],
    scales: ["ratus": 100, "ribu": 1000, "juta": 1_000_000],
    oneScales: ["seratus": 100, "seribu": 1000, "sejuta": 1_000_000],
    joiners: [],
    checklistDone: ["s", "sudah", "y", "ya"],
    checklistNotYet: ["bl", "belum", "tidak", "tdk"],
    back: ["<", "k", "kembali"],
    dontKnow: [
      "0", "tidak tahu", "tdk tahu", "tidak tau", "tdk tau", "gak tahu", "ga tahu", "gak tau",
      "ga tau", "nggak tahu", "nggak tau", "belum tahu", "blm tahu",
    ])

  static let english = AnswerWords(
    truthWords: ["t", "true", "y", "yes"],
    falseWords: ["f", "false", "n", "no"],
    fillers: [
      ["people"], ["followers"], ["years"], ["year"], ["old"], ["age"], ["date"], ["the"],
      ["minimum"], ["at", "least"], ["about"], ["rp"], ["percent"],
    ],
    numbers: [
      "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
      "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
      "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
      "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
      "seventy": 70, "eighty": 80, "ninety": 90,
    ],
    teens: [], tens: [],
    scales: ["hundred": 100, "thousand": 1000, "million": 1_000_000],
    oneScales: [:],
    joiners: ["and"],
    checklistDone: ["y", "yes", "done", "d"],
    checklistNotYet: ["n", "no", "not yet"],
    back: ["<", "b", "back"],
    dontKnow: ["0", "dont know", "do not know", "idk", "not sure", "no idea"])
}
