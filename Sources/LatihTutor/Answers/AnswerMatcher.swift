import LatihBase
import LatihData

/// Compares a typed short answer with the accepted ones as a person means it: case,
/// accents, hyphens, spaces and punctuation do not matter, numbers may be digits or
/// words ("enam ratus" = 600), and filler words ("600 orang", "18 thn") are dropped.
package enum AnswerMatcher {
  /// The comparable words of an answer in `language`.
  package static func words(_ text: String, in language: Language) -> [String] {
    let table = AnswerWords.of(language)
    let split = separate(joinThousands(NameKey.folded(text)))
    return numbers(dropFillers(split, table), table)
  }

  /// The comparable form of an answer: its words joined by one space.
  package static func normalize(_ text: String, in language: Language) -> String {
    words(text, in: language).joined(separator: " ")
  }

  /// Whether `typed` matches one of `accepted`.
  package static func matches(_ typed: String, accepted: [String], in language: Language) -> Bool {
    let answer = normalize(typed, in: language)
    return !answer.isEmpty && accepted.contains { normalize($0, in: language) == answer }
  }

  /// Whether `typed` is one or two letters off an accepted answer (a typo, not an
  /// answer): same words, each equal or, for a word of 5–7 letters, one edit away and
  /// for 8 or more letters two. An accepted answer itself is never a near miss, nor is a
  /// typed word that is one of the course's own words (`terms`, see ``CourseTerms``):
  /// "makro" for "mikro" is a real, wrong answer.
  package static func isNearMiss(
    _ typed: String, accepted: [String], in language: Language, terms: CourseTerms = .none
  ) -> Bool {
    guard !matches(typed, accepted: accepted, in: language) else { return false }
    let answer = words(typed, in: language)
    guard !answer.isEmpty else { return false }
    return accepted.contains { candidate in
      let target = words(candidate, in: language)
      guard target.count == answer.count else { return false }
      return zip(answer, target).allSatisfy { typedWord, word in
        if typedWord == word { return true }
        guard word.count >= 5, !terms.contains(typedWord), word.allSatisfy(\.isLetter),
          typedWord.allSatisfy(\.isLetter)
        else { return false }
        return EditDistance.between(typedWord, word) <= (word.count >= 8 ? 2 : 1)
      }
    }
  }

  /// `1.000` and `1,000` as `1000` (a separator followed by exactly three digits).
  static func joinThousands(_ text: String) -> String {
    let characters = Array(text)
    var result = ""
    for (index, character) in characters.enumerated() {
      let next = characters[(index + 1)...].prefix(4)
      if character == "." || character == ",", index > 0, characters[index - 1].isNumber,
        next.count >= 3, next.prefix(3).allSatisfy(\.isNumber),
        next.count == 3 || !next.last!.isNumber
      {
        continue
      }
      result.append(character)
    }
    return result
  }

  /// Words of letters or of digits: everything else separates them, and a letter next
  /// to a digit starts a new word (`18thn` is `18 thn`).
  static func separate(_ text: String) -> [String] {
    var words: [String] = []
    var current = ""
    for character in text {
      guard character.isLetter || character.isNumber else {
        if !current.isEmpty { words.append(current) }
        current = ""
        continue
      }
      if let last = current.last, last.isNumber != character.isNumber {
        words.append(current)
        current = ""
      }
      current.append(character)
    }
    if !current.isEmpty { words.append(current) }
    return words
  }

  static func dropFillers(_ words: [String], _ table: AnswerWords) -> [String] {
    var result: [String] = []
    var index = 0
    outer: while index < words.count {
      for filler in table.fillers where words[index...].starts(with: filler) {
        index += filler.count
        continue outer
      }
      result.append(words[index])
      index += 1
    }
    return result
  }

  /// Runs of number words (and digits before a scale word) as one number in digits.
  static func numbers(_ words: [String], _ table: AnswerWords) -> [String] {
    var result: [String] = []
    var total = 0
    var group = 0
    var unit = 0
    var inNumber = false
    func flush() {
      if inNumber { result.append(String(total + group + unit)) }
      total = 0
      group = 0
      unit = 0
      inNumber = false
    }
    for (index, word) in words.enumerated() {
      if let value = table.numbers[word] ?? Int(word).flatMap({ $0 < 1_000_000_000 ? $0 : nil }) {
        // A new number starts unless this completes a tens word ("twenty five").
        let completesTens = unit >= 20 && unit % 10 == 0 && value < 10 && Int(word) == nil
        if inNumber && (unit != 0 || Int(word) != nil) && !completesTens { flush() }
        unit += value
        inNumber = true
      } else if inNumber, table.teens.contains(word), unit < 10 {
        unit += 10
      } else if inNumber, table.tens.contains(word), unit < 10 {
        unit *= 10
      } else if let scale = table.oneScales[word] {
        // `seratus`, `seribu`: one of the scale, so nothing may stand before it.
        if group + unit != 0 { flush() }
        if scale >= 1000 { total += scale } else { group += scale }
        inNumber = true
      } else if let scale = table.scales[word] {
        if scale >= 1000 {
          total += max(group + unit, 1) * scale
          group = 0
        } else {
          group += max(unit, 1) * scale
        }
        unit = 0
        inNumber = true
      } else if inNumber, table.joiners.contains(word), index + 1 < words.count,
        table.numbers[words[index + 1]] != nil
      {
        continue
      } else {
        flush()
        result.append(word)
      }
    }
    flush()
    return result
  }
}
