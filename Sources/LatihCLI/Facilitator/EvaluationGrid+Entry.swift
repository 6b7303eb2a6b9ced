import LatihData

/// What the facilitator types at a cell: one answer, a person's row at once (`yyn2`,
/// `y+`), or a jump to someone (`/12`, `/siti`).
extension EvaluationGrid {
  /// One cell's answer in a typed row.
  enum Answer: Hashable {
    case yes
    /// Not yet, with the reason id (nil: no reason).
    case notYet(String?)
    case skip
    /// Yes for every cell of the person still to ask (`+`, last in a row).
    case restYes
  }

  /// Whole words that stand for one answer.
  static let words: [String: String] = [
    "": "-", "ya": "y", "yes": "y", "no": "n", "tidak": "n", "belum": "n",
  ]

  /// The answers in `row`, or nil when it holds anything else: `y` yes, `n` not yet with no
  /// reason, a digit (or `n` and a digit) not yet with that reason, `-` `.` `s` skip, `+`
  /// yes for the rest of the row. Spaces are ignored.
  func answers(_ row: String) -> [Answer]? {
    let characters = Array(row)
    var answers: [Answer] = []
    var index = 0
    func reason(_ character: Character) -> String? {
      guard let number = character.wholeNumberValue, reasons.indices.contains(number - 1) else {
        return nil
      }
      return reasons[number - 1].id
    }
    while index < characters.count {
      let character = characters[index]
      index += 1
      switch character {
      case " ": continue
      case "y": answers.append(.yes)
      case "-", ".", "s": answers.append(.skip)
      case "+": answers.append(.restYes)
      case "n":
        if index < characters.count, characters[index].isNumber {
          guard let id = reason(characters[index]) else { return nil }
          index += 1
          answers.append(.notYet(id))
        } else {
          answers.append(.notYet(nil))
        }
      default:
        guard let id = reason(character) else { return nil }
        answers.append(.notYet(id))
      }
    }
    if let plus = answers.firstIndex(of: .restYes), plus != answers.count - 1 { return nil }
    return answers
  }

  /// The cells of the current person the grid would ask from the current one on.
  var rowSlots: [Int] {
    let here = index(cell)
    let end = (cell.person + 1) * indicators.count
    return [here] + (here + 1..<end).filter { isAsked(position($0)) }
  }

  /// A typed row (or one answer): recorded all at once, or nothing when it does not fit.
  mutating func enter(_ key: String) -> Step {
    guard var typed = answers(Self.words[key] ?? key) else {
      return Step(output: [.message(.evaluateTypo(reasons: reasons.count)), .keys])
    }
    let slots = rowSlots
    if typed.last == .restYes {
      typed.removeLast()
      typed += Array(repeating: .yes, count: max(slots.count - typed.count, 0))
    }
    guard typed.count <= slots.count else {
      return Step(
        output: [.message(.evaluateTooMany(typed: typed.count, left: slots.count)), .keys])
    }
    guard !typed.isEmpty else { return ask(Step(), newPerson: false) }
    var step = Step()
    for (slot, answer) in zip(slots, typed) {
      cell = position(slot)
      switch answer {
      case .yes, .restYes: step.records.append(record(achieved: true, reason: nil))
      case .notYet(let reason): step.records.append(record(achieved: false, reason: reason))
      case .skip: skip()
      }
    }
    return advance(step)
  }

  /// Records one answer at the current cell and moves on (the reason prompt's answer).
  mutating func enterOne(_ answer: Answer) -> Step {
    var step = Step()
    switch answer {
    case .yes, .restYes: step.records.append(record(achieved: true, reason: nil))
    case .notYet(let reason): step.records.append(record(achieved: false, reason: reason))
    case .skip: skip()
    }
    return advance(step)
  }

  /// `/12` or `/siti`: that person's row, every cell asked. A number is her roster number
  /// when someone has it, else her place in the grid; a name matches from its start (or
  /// any word's start), case and accents folded.
  mutating func jump(_ target: String) -> Step {
    let wanted = target.trimmingCharacters()
    guard !wanted.isEmpty else {
      return Step(output: [.message(.evaluateTypo(reasons: reasons.count)), .keys])
    }
    var matches: [Int] = []
    if let number = Int(wanted) {
      if let byRoster = people.firstIndex(where: { $0.rosterNumber == number }) {
        // Roster numbers first (the paper sheet's `No`), else the place in the grid.
        matches = [byRoster]
      } else if people.indices.contains(number - 1) {
        matches = [number - 1]
      }
    } else {
      let folded = NameKey.folded(wanted)
      let names = people.map { NameKey.folded($0.name) }
      matches = names.indices.filter { names[$0].hasPrefix(folded) }
      if matches.isEmpty {
        matches = names.indices.filter { index in
          names[index].split(separator: " ").contains { $0.hasPrefix(folded) }
        }
      }
    }
    guard matches.count == 1 else {
      let message: FacilitatorText =
        matches.isEmpty
        ? .evaluateNoSuchPerson(wanted)
        : .evaluateWhichPerson(
          matches.prefix(6).map { "/\(number(of: $0)) \(people[$0].name)" }.joined(separator: ", "))
      return Step(output: [.message(message), .keys])
    }
    var step = Step()
    leavePerson(&step)
    cell = (matches[0], 0)
    openPerson = matches[0]
    return ask(step, newPerson: true)
  }
}
