import Testing

@testable import LatihBase
@testable import LatihCourse

/// The course test (pre-test and post-test) is fair: parallel items, never a lesson's own
/// question copied, and order items short enough to answer on a phone.
@Suite struct CourseTestFairnessTests {
  /// The most items an order question of the course test may have.
  static let longestOrder = 4

  /// A finding of ``audit(_:in:)``: the test question and what is wrong with it.
  struct Finding: Equatable, CustomStringConvertible {
    var question: String
    var problem: String
    var description: String { "\(question): \(problem)" }
  }

  /// Lower case, one space between words, no space at the ends.
  static func normalised(_ text: String) -> String {
    text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// The question's prompt, normalised.
  static func prompt(_ question: Question) -> String { normalised(question.prompt.plainText) }

  /// The texts a participant chooses among (options or items to order), normalised; empty
  /// for other kinds.
  static func choices(_ question: Question) -> [String] {
    switch question.key {
    case .single(let options), .multiple(let options):
      return options.map { normalised($0.text.plainText) }
    case .order(let items): return items.map { normalised($0.plainText) }
    case .trueFalse, .short: return []
    }
  }

  /// What is unfair in the course test of `course` in `language`: a question or an option
  /// whose text is a lesson question's text (whitespace and case aside), an order question
  /// with more than ``longestOrder`` items.
  static func audit(_ course: Course, in language: Language) -> [Finding] {
    guard let testID = course.manifest.courseTest,
      let test = course.lesson(testID, in: language)
    else { return [] }
    let lessonQuestions = course.lessonIDs.filter { $0 != testID }
      .compactMap { course.lesson($0, in: language) }.flatMap(\.questions)
    let prompts = Set(lessonQuestions.map(prompt))
    var findings: [Finding] = []
    for question in test.questions {
      if prompts.contains(prompt(question)) {
        findings.append(Finding(question: question.id, problem: "a lesson question word for word"))
      }
      if let copied = choices(question).first(where: prompts.contains) {
        findings.append(
          Finding(question: question.id, problem: "option \"\(copied)\" is a lesson question"))
      }
      if case .order(let items) = question.key, items.count > longestOrder {
        findings.append(Finding(question: question.id, problem: "\(items.count) items to order"))
      }
    }
    return findings
  }

  @Test(arguments: Language.allCases)
  func theBundledCourseTestCopiesNoLessonQuestion(_ language: Language) throws {
    let course = try SmallCourse.bundled()
    #expect(course.manifest.courseTest != nil)
    #expect(Self.audit(course, in: language) == [])
  }

  @Test func aCopiedQuestionOrOptionAndALongOrderAreFoundButNotAParallelItem() throws {
    let lesson = """
      ---
      id: contoh
      title: Contoh
      minutes: 5
      ---

      ## Kuis [quiz]
      ### Siapa yang membayar komisi? {#komisi}
      - ( ) Konsumen
      - (x) Merchant

      ### Urutkan langkahnya. [order] {#urutan}
      1. Satu
      2. Dua
      3. Tiga
      """
    let test = """
      ---
      id: tes
      title: Tes
      minutes: 5
      kind: test
      ---

      ## Tes [quiz]
      ### Siapa  yang membayar KOMISI? {#salinan}
      - ( ) Pembeli
      - (x) Penjual

      ### Susun langkah berikut. [order] {#urutan-sejajar}
      1. Satu
      2. Dua
      3. Tiga

      ### Mana yang benar? {#opsi-soal}
      - (x) Siapa yang membayar komisi?
      - ( ) Tidak ada

      ### Susun lima langkah. [order] {#terlalu-panjang}
      1. A
      2. B
      3. C
      4. D
      5. E

      ### Siapa pemilik produk? {#sejajar}
      - (x) Merchant
      - ( ) Konsumen
      """
    let course = try SmallCourse.load(
      ["contoh": lesson, "tes": test], order: ["contoh", "tes"], courseTest: "tes")
    #expect(
      Self.audit(course, in: .id).map(\.question) == [
        "salinan", "opsi-soal", "terlalu-panjang",
      ])
  }
}
