import LatihBase

/// Whether someone being enrolled (a typed name, a roster row) is a person already
/// enrolled: the rule that keeps one person one person across sessions.
///
/// Two enrolments are the same person when their names match (``NameKey/key(_:)``) and
/// - both have a code: the codes match; else
/// - both have a phone: the phones match (digits only, `+62`/`62` read as `0`); else
/// - their groups match (both without a group counts as a match).
///
/// Namesakes with a different code, phone or group are different people (and flagged).
package enum PersonMatch {
  /// Whether `a` and `b` are the same person by the rule above.
  package static func isSame(_ a: Enrollment, _ b: Enrollment) -> Bool {
    guard NameKey.key(a.name) == NameKey.key(b.name) else { return false }
    return isSameDetails(a, b)
  }

  /// The rule's code, phone and group part (names already known to match).
  static func isSameDetails(_ a: Enrollment, _ b: Enrollment) -> Bool {
    if let codeA = key(a.code), let codeB = key(b.code) { return codeA == codeB }
    if let phoneA = phone(a.phone), let phoneB = phone(b.phone) { return phoneA == phoneB }
    return key(a.group) == key(b.group)
  }

  /// The people in `roster` (not removed) who are `enrollment`'s person: a record of
  /// theirs matches by the rule above.
  package static func matches(_ enrollment: Enrollment, in roster: Roster) -> [Participant] {
    let name = NameKey.key(enrollment.name)
    return roster.people.filter { person in
      roster.records(of: person.id).contains { record in
        roster.nameKey(of: record) == name && isSameDetails(enrollment, record.enrollment)
      }
    }
  }

  /// A phone number as digits, with the country code 62 read as a leading 0.
  static func phone(_ text: String?) -> String? {
    guard let text else { return nil }
    var digits = String(text.unicodeScalars.filter { ("0"..."9").contains($0) }.map(Character.init))
    if digits.hasPrefix("62") { digits = "0" + digits.dropFirst(2) }
    return digits.isEmpty ? nil : digits
  }

  private static func key(_ text: String?) -> String? {
    guard let text else { return nil }
    let key = NameKey.key(text)
    return key.isEmpty ? nil : key
  }
}

extension Participant {
  /// What this record was enrolled with (its current name).
  package var enrollment: Enrollment {
    Enrollment(name: name, group: group, code: code, phone: phone)
  }
}
