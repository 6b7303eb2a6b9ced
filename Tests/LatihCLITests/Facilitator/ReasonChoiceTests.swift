import LatihBase
import LatihCourse
import Testing

@testable import LatihCLI

@Suite struct ReasonChoiceTests {
  static func reason(_ id: String, _ indonesian: String) -> CourseManifest.Label {
    CourseManifest.Label(
      id: id, labels: [.id: indonesian, .en: id],
      location: SourceLocation(path: "course.md", line: 1, column: 1))
  }

  static let reasons = [
    reason("documents", "Kendala input dokumen persyaratan"),
    reason("followers", "Jumlah pengikut belum cukup"),
    reason("age", "Usia belum 18 tahun"),
    reason("bank-account", "Belum punya rekening bank atas nama sendiri"),
    reason("other", "Alasan lain"),
  ]

  func id(_ typed: String) -> String? {
    if case .one(let reason) = ReasonChoice.match(typed, in: Self.reasons, language: .id) {
      return reason.id
    }
    return nil
  }

  @Test(arguments: [
    ("documents", "documents"), ("DOCUMENTS", "documents"), ("1", "documents"),
    ("dokumen", "documents"), ("Dokumén", "documents"), ("kendala", "documents"),
    ("input dok", "documents"), ("3", "age"), ("usia", "age"), ("bank", "bank-account"),
    ("5", "other"), ("alasan", "other"),
  ])
  func aReasonIsFoundByIdNumberOrLabelStart(typed: String, expected: String) {
    #expect(id(typed) == expected)
  }

  @Test func anAmbiguousStartListsTheMatchesAndUnknownIsNone() {
    #expect(
      ReasonChoice.match("belum", in: Self.reasons, language: .id)
        == .many([Self.reasons[1], Self.reasons[2], Self.reasons[3]]))
    #expect(ReasonChoice.match("0", in: Self.reasons, language: .id) == .none)
    #expect(ReasonChoice.match("6", in: Self.reasons, language: .id) == .none)
    #expect(ReasonChoice.match("okumen", in: Self.reasons, language: .id) == .none)
    #expect(ReasonChoice.match("", in: Self.reasons, language: .id) == .none)
  }

  @Test func theListingNumbersByTheWholeList() {
    #expect(
      ReasonChoice.listing(Self.reasons, only: [Self.reasons[2]], language: .id)
        == ["3 age (Usia belum 18 tahun)"])
  }
}
