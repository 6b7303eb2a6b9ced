import LatihBase
import LatihData

extension TutorDriver {
  /// The answer to "did you mean …?".
  enum SuggestionAnswer {
    /// She is this person.
    case person(Participant)
    /// None of them: go on to enrol the typed name (asked once more there).
    case newPerson
    /// Back to the name prompt.
    case cancel
  }

  /// Asks whether the typed name meant one of `close` (people with a close name, see
  /// ``NameSuggestions``). There is no default: Enter alone asks again.
  func confirmSuggestion(_ close: [Participant]) throws(Stop) -> SuggestionAnswer {
    let many = close.count > 1
    if many {
      say(.didYouMeanMany)
      let lines = close.enumerated().flatMap { index, person in
        TextWrapper.wrap(
          TerminalSanitizer.cleanLine(label(person).text(in: language)), width: terminal.width,
          firstPrefix: "\(index + 1). ", restPrefix: "   ")
      }
      terminal.write(lines.joined(separator: "\n") + "\n")
    } else {
      say(
        .didYouMean(
          name: TerminalSanitizer.cleanLine(close[0].name),
          group: close[0].group.map(TerminalSanitizer.cleanLine)))
    }
    while true {
      // Wrapped only between hints, like every key line.
      let keys = TutorText.didYouMeanKeys(many: many).text(in: language)
      terminal.write(
        TutorRenderer.keyLines(keys, width: terminal.width, style: terminal.style)
          .joined(separator: "\n") + "\n")
      prompt()
      let answer = try read().trimmingCharacters().lowercased()
      if answer == "q" { return .cancel }
      if ["n", "no", "bukan", "tidak", "tdk"].contains(answer) { return .newPerson }
      if !many, ["y", "ya", "iya", "yes"].contains(answer) { return .person(close[0]) }
      if many, let number = TypedLine.number(answer), close.indices.contains(number - 1) {
        return .person(close[number - 1])
      }
      say(.didYouMeanTypo(many: many, count: close.count))
    }
  }

  /// "Siti Aminah (kelompok Mawar)".
  private func label(_ person: Participant) -> TutorText {
    .personWithGroup(name: person.name, group: person.group)
  }
}
