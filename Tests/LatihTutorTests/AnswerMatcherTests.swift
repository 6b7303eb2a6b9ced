import Testing

@testable import LatihBase
@testable import LatihCourse
@testable import LatihTutor

/// Answers read as people mean them, one table per language: true/false words, numbers as
/// digits or words, filler words, and near misses that are not answers.
@Suite struct AnswerMatcherTests {
  /// A question of `kind` parsed from a one-question lesson.
  func view(_ question: String) throws -> QuestionView {
    let source = "---\nid: x\ntitle: X\nminutes: 1\n---\n\n## Kuis [quiz]\n\(question)\n"
    let parsed = LessonParser.parse(Array(source.utf8), path: "x.md", indicators: nil)
    #expect(parsed.diagnostics.isEmpty)
    let lesson = try #require(parsed.lesson)
    return QuestionView(try #require(lesson.questions.first), seed: 1, shuffled: false)
  }

  @Test(arguments: [
    (Language.id, "B", true), (.id, "benar", true), (.id, "ya", true), (.id, "Y", true),
    (.id, "s", false), (.id, "Salah", false), (.id, "tidak", false), (.id, "tdk", false),
    (.en, "T", true), (.en, "true", true), (.en, "yes", true), (.en, "F", false),
    (.en, "false", false), (.en, "no", false), (.en, "n", false),
  ])
  func trueFalseWords(language: Language, typed: String, value: Bool) throws {
    let question = try view("### Afiliasi sama dengan MLM. [false] {#tf}")
    #expect(AnswerParser.parse(typed, for: question, in: language) == .success(.truth(value)))
  }

  @Test(arguments: [(Language.id, "t"), (.id, "T"), (.id, "true"), (.en, "b"), (.en, "s")])
  func lettersOfTheOtherLanguageAreNotAnswers(language: Language, typed: String) throws {
    let question = try view("### Afiliasi sama dengan MLM. [false] {#tf}")
    #expect(AnswerParser.parse(typed, for: question, in: language) == .failure(.trueOrFalse))
    #expect(
      TutorText.answerProblem(.trueOrFalse).text(in: .id) == "Ketik B (benar) atau S (salah).")
  }

  @Test(arguments: [
    ("600 orang", true), ("600 org", true), ("enam ratus", true), ("Enam-ratus orang", true),
    ("600 pengikut", true), ("minimal 600", true), ("kurang lebih 600", true),
    ("sekitar 600 followers", true), ("601", false), ("enam", false), ("6000", false),
  ])
  func indonesianNumbersAndFillers(typed: String, matches: Bool) {
    #expect(AnswerMatcher.matches(typed, accepted: ["600"], in: .id) == matches)
  }

  @Test(arguments: [
    ("18 thn", "18"), ("18thn", "18"), ("umur 18 tahun", "18"), ("tgl 25", "25"),
    ("Tanggal 25.", "25"), ("dua puluh lima", "25"), ("dua belas", "12"), ("sebelas", "11"),
    ("seratus lima", "105"), ("dua ratus lima puluh", "250"), ("seribu dua ratus", "1200"),
    ("Rp 1.000.000", "1000000"), ("satu juta rupiah", "1000000"),
    ("dua juta tiga ratus ribu", "2300000"),
    ("10 persen", "10"), ("10%", "10"), ("nol", "0"), ("hari Sabtu", "hari sabtu"),
  ])
  func indonesianNormalForms(typed: String, normal: String) {
    #expect(AnswerMatcher.normalize(typed, in: .id) == normal)
  }

  @Test(arguments: [
    ("six hundred", "600"), ("600 people", "600"), ("600 followers", "600"),
    ("at least 600", "600"), ("about 600", "600"), ("18 years old", "18"),
    ("twenty-five", "25"), ("nineteen", "19"), ("one thousand two hundred and five", "1205"),
    ("two million", "2000000"), ("The 25th", "25 th"), ("1,000", "1000"), ("10 percent", "10"),
  ])
  func englishNormalForms(typed: String, normal: String) {
    #expect(AnswerMatcher.normalize(typed, in: .en) == normal)
  }

  @Test(arguments: [
    (Language.id, "mkro", ["mikro"], true), (.id, "mikor", ["mikro"], true),
    (.id, "mikro", ["mikro"], false), (.id, "makro", ["mikro"], true),
    (.id, "nano", ["mikro"], false), (.id, "afiliasii", ["afiliasi"], true),
    (.id, "afliasii", ["afiliasi"], true), (.id, "afilx", ["afiliasi"], false),
    (.id, "kreatr konten", ["kreator konten"], true), (.id, "kreatr", ["kreator konten"], false),
    (.id, "lim", ["lima"], false), (.id, "601", ["600"], false),
    (.en, "creater", ["creator"], true), (.en, "seller", ["creator"], false),
  ])
  func nearMisses(language: Language, typed: String, accepted: [String], near: Bool) {
    #expect(AnswerMatcher.isNearMiss(typed, accepted: accepted, in: language) == near)
  }

  @Test func aNearMissIsNotAnAnswer() throws {
    let question = try view("### Jenis influencer? [short] {#jenis}\n- mikro\n- micro")
    #expect(AnswerParser.parse("mkro", for: question, in: .id) == .failure(.nearMiss))
    #expect(AnswerParser.parse("Mikro.", for: question, in: .id) == .success(.text("Mikro.")))
    #expect(AnswerParser.parse("nano", for: question, in: .id) == .success(.text("nano")))
    #expect(TutorText.answerProblem(.nearMiss).text(in: .id).hasPrefix("Hampir — periksa ejaannya"))
    #expect(
      TutorText.answerProblem(.nearMiss).text(in: .en).hasPrefix("Almost — check the spelling"))
  }

  @Test func editDistanceCountsASwapAsOne() {
    #expect(EditDistance.between("mikro", "mirko") == 1)
    #expect(EditDistance.between("", "abc") == 3)
    #expect(EditDistance.between("abc", "abc") == 0)
    #expect(EditDistance.between("kitten", "sitting") == 3)
  }
}
