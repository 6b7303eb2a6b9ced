import LatihBase
import LatihCourse
import LatihData
import LatihTutor

/// Renders ``EvaluationGrid`` output on a terminal, wrapped to its width.
struct GridView {
  let terminal: any TerminalIO
  let language: Language
  let reasons: [CourseManifest.Label]

  func show(_ outputs: [EvaluationGrid.Output]) {
    let width = terminal.width
    let style = terminal.style
    var lines: [String] = []
    func numbered(_ labels: [CourseManifest.Label]) {
      for (index, label) in labels.enumerated() {
        lines += TextWrapper.wrap(
          TerminalSanitizer.cleanLine(label.label(in: language)), width: width,
          firstPrefix: "\(index + 1). ".leftPadded(to: 6), restPrefix: "      ")
      }
    }
    for output in outputs {
      switch output {
      case .person(let number, let count, let participant):
        lines.append("")
        lines += TextWrapper.wrap(
          style.bold(
            "[\(number)/\(count)] "
              + TerminalSanitizer.cleanLine(ParticipantLabel(participant).text(in: language))),
          width: width)
      case .cell(let indicator, let current):
        lines += TextWrapper.wrap(
          FacilitatorText.evaluateCell(
            indicator: TerminalSanitizer.cleanLine(indicator.label(in: language)),
            current: TerminalSanitizer.cleanLine(current.map { verdict($0) } ?? notRecorded)
          ).text(in: language),
          width: width, firstPrefix: "  ", restPrefix: "    ")
      case .reasons(let reasons):
        numbered(reasons)
        lines.append("> ")
      case .legend(let indicators, let reasons):
        lines.append(FacilitatorText.evaluateIndicatorsHeading.text(in: language))
        numbered(indicators)
        if !reasons.isEmpty {
          lines.append(FacilitatorText.evaluateReasonsHeading.text(in: language))
          numbered(reasons)
        }
        lines += TextWrapper.wrap(FacilitatorText.evaluateRowHint.text(in: language), width: width)
      case .help:
        lines += TextWrapper.wrap(FacilitatorText.evaluateHelp.text(in: language), width: width)
      case .summary(let participant, let outcomes):
        let cells = outcomes.enumerated().map { index, outcome in
          "\(index + 1) " + (outcome.map { verdict($0, source: false) } ?? "-")
        }
        lines += TextWrapper.wrap(
          FacilitatorText.evaluateSummary(
            name: TerminalSanitizer.cleanLine(participant.name),
            cells: TerminalSanitizer.cleanLine(cells.joined(separator: " · "))
          ).text(in: language),
          width: width, firstPrefix: "", restPrefix: "  ")
      case .message(let message):
        lines += TextWrapper.wrap(message.text(in: language), width: width)
      case .keys:
        lines += TutorRenderer.keyLines(
          FacilitatorText.evaluateKeys(reasons: reasons.count).text(in: language), width: width,
          style: style)
        lines.append("> ")
      }
    }
    var text = ""
    for (index, line) in lines.enumerated() {
      text += (index == lines.count - 1 && line == "> ") ? line : line + "\n"
    }
    terminal.write(text)
  }

  var notRecorded: String { FacilitatorText.notRecordedYet.text(in: language) }

  /// "berhasil (fasilitator)", "belum (Kendala dokumen) (fasilitator)".
  func verdict(_ outcome: IndicatorOutcome, source: Bool = true) -> String {
    let word =
      outcome.achieved
      ? FacilitatorText.achievedWord.text(in: language)
      : FacilitatorText.notYetWord(
        outcome.reason.map { id in reasons.first { $0.id == id }?.label(in: language) ?? id }
          ?? FacilitatorText.noReasonGiven.text(in: language)
      ).text(in: language)
    guard source else { return word }
    return word + " (" + ProgressText.source(outcome.source).text(in: language) + ")"
  }
}
