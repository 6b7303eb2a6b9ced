import LatihBase
import LatihCourse

extension TutorText {
  package var english: String {
    switch self {
    case .pageOf(let page, let count): return "Page \(page)/\(count)"
    case .questionOf(let number, let count): return "Question \(number)/\(count)"
    case .instruction(let kind, let letters):
      let last = QuestionView.letter(max(letters - 1, 0))
      switch kind {
      case .single: return "Type one letter (a–\(last)), then Enter."
      case .multiple: return "Choose all that are right: type their letters, for example: a c"
      case .trueFalse: return "Type T if it is true, or F if it is false."
      case .order:
        return
          "Type the letters in the right order, for example: \(TutorText.orderExample(letters))"
      case .short: return "Type your short answer, then Enter."
      }
    case .attemptOf(let attempt, let tries): return "Try \(attempt) of \(tries)"
    case .trueFalseChoices: return "T = True    F = False"
    case .checklistQuestion: return "Is this true for you? (y = yes, n = not yet)"
    case .reasonsHeading: return "What is in the way? Type its number:"
    case .itemDone: return "✓ Noted: done."
    case .itemNotYet: return "Noted: not yet. That is fine, you can continue later."
    case .markDone: return "done"
    case .markNotYet(let reason): return "not yet (\(reason))"
    case .markOpen: return "not answered"
    case .right: return "✓ Right!"
    case .wrong: return "✗ Not quite."
    case .recorded: return "Answer saved."
    case .tryAgain(let left):
      return left == 1 ? "Try once more." : "Try again (\(left) more tries)."
    case .rightAnswerIs(let answer): return "The right answer: \(answer)"
    case .hintLabel: return "Hint:"
    case .answerProblem(let problem):
      switch problem {
      case .empty: return "No answer yet. Type your answer, or ? for help."
      case .chooseOne(let letters):
        return "Choose just one letter (a–\(QuestionView.letter(letters - 1)))."
      case .unknownLetter(let text, let letters):
        return
          "'\(TerminalSanitizer.cleanLine(String(text.prefix(20))))' is not a choice. Use the letters a–\(QuestionView.letter(letters - 1))."
      case .repeatedLetter(let letter): return "The letter '\(letter)' is typed twice."
      case .orderIncomplete(let letters):
        return "Use each letter a–\(QuestionView.letter(letters - 1)) exactly once."
      case .trueOrFalse: return "Type T (true) or F (false)."
      case .nearMiss: return "Almost — check the spelling and type it again."
      }
    case .keys(let hints):
      switch hints {
      case .reading(let canGoBack):
        return
          (["[Enter] next"] + (canGoBack ? ["[b] back"] : []) + [
            "[m] menu", "[?] help", "[q] save & quit",
          ])
          .joined(separator: " · ")
      case .checklistItem:
        return "[y] yes · [n] not yet · [Enter] next · [b] back · [q] save & quit"
      case .reason(let count): return "[1–\(count)] reason · [Enter] cancel"
      case .note: return "[Enter] done · [q] save & quit"
      case .overview(let count):
        return "[1–\(count)] change item · [Enter] next · [b] back · [q] save & quit"
      case .question(_, _, _, let test):
        return (test ? "[0] don't know · " : "")
          + "[<] read again · [?] help · [m] menu · [q] save & quit"
      case .rereading(let back, let forward):
        return
          (["[Enter] back to the question"] + (back ? ["[<] previous page"] : [])
          + (forward ? ["[>] next page"] : []) + ["[q] save & quit"])
          .joined(separator: " · ")
      case .summary(let canRetry):
        return (canRetry ? "[r] retry missed questions · " : "") + "[Enter] done · [q] quit"
      }
    case .help(let hints):
      switch hints {
      case .reading:
        return
          "Read this page, then press Enter for the next one. b = previous page, m = lesson list, q = save and quit (you will continue from here)."
      case .checklistItem:
        return
          "If it is true for you, type y. If not yet, type n and choose the reason. Enter = next item without changing, b = previous item. After the last item you can change any of them."
      case .reason:
        return "Type the number of the reason that fits best, then Enter. Enter alone = cancel."
      case .note:
        return
          "Write what is in the way in a few words (at most 80 letters), then Enter. Enter alone = no note."
      case .overview:
        return "Type an item's number to change its answer, or Enter to go on. b = the last item."
      case .question(let kind, let letters, let tries, let test):
        return TutorText.instruction(kind, letters: letters).english
          + (tries > 1 ? " Wrong answer? You can try again." : " Each question is answered once.")
          + (test
            ? " Don't know the answer? Type 0 (don't know): it counts as wrong, but it is better than a guess."
            : "")
          + " < = read the lesson pages again (then Enter comes back to this question), m = lesson list, q = save and quit."
      case .rereading:
        return
          "Read this page again. Enter = back to the question, < and > = previous and next page, q = save and quit."
      case .summary:
        return "Enter = back to the lesson list. r = retry only the questions you missed (if any)."
      }
    case .resumed(let page, let pageCount): return "Continuing from page \(page)/\(pageCount)."
    case .firstPage: return "This is the first page."
    case .readingTypo: return "Press Enter to continue (or b, m, ?, q)."
    case .rereadTypo: return "Press Enter to go back to the question (or <, >, ?, q)."
    case .checklistTypo:
      return "Type y (yes) or n (not yet), Enter for the next item, or b to go back."
    case .reasonTypo(let count): return "Type a number 1–\(count), or Enter to cancel."
    case .checklistChange(let count):
      return "Type an item's number (1–\(count)) to change it, or Enter to go on."
    case .askNote:
      return "Write what is in the way in a few words, then Enter (Enter alone = skip):"
    case .pageAnswered: return "All questions on this page are answered."
    case .summaryTypo(let canRetry):
      return canRetry
        ? "Press Enter to finish, or r to retry the missed questions." : "Press Enter to finish."
    case .finished(let title): return "Finished: \(title)"
    case .score(let correct, let total, let percent):
      return "Score: \(correct) of \(total) questions right (\(percent)%)."
    case .passed(let passMark): return "PASSED ✓ (pass mark \(passMark)%)"
    case .notPassed(let passMark):
      return "NOT PASSED YET (pass mark \(passMark)%). Review the lesson and try again."
    case .readingDone: return "You have finished reading this lesson."
    case .testTagged(let tag):
      return tag == .pre ? "Recorded as the pre-test." : "Recorded as the post-test."
    case .reviewHeading: return "The questions you missed:"
    case .testReviewHeading: return "Review of every question:"
    case .yourAnswer(let answer): return "Your answer: \(answer)"
    case .dontKnowAnswer: return "don't know"
    case .courseFinished:
      return "You have finished the course! Thank you. Ask the facilitator for your certificate."
    case .lessonsDoneTakePostTest(let number):
      return "Every lesson is done! Next: the post-test (lesson \(number)): press Enter. "
        + "After the post-test, ask the facilitator for your certificate."
    case .progressSaved: return "Your progress is saved. See you!"
    case .idleSaved(let minutes):
      return "Nothing was typed for \(TutorText.minutes(minutes)) minutes. Your progress is "
        + "saved; the turn is closed."
    case .saveFailed(let reason, let unsaved):
      switch unsaved {
      case .answer:
        return
          "Could not save: \(reason). The last answer is NOT saved; everything before it is safe."
      case .place:
        return
          "Could not save: \(reason). Your last place in the lesson is not saved; every answer before it is safe."
      case .enrolment:
        return "Could not save: \(reason). The enrolment is not saved; nothing was lost."
      case .nothing:
        return
          "Could not open the progress file: \(reason). Nothing was written yet; nothing was lost."
      }
    case .journalRepaired(let line):
      return
        "The last entry (line \(line)) of the progress file was cut short, probably by a power cut. It was removed; earlier progress is safe."
    case .journalSkipped(let lines):
      return
        "Line \(lines) of the progress file is damaged and was skipped; the other lines are used."
    case .readFailed(let reason):
      return "Could not read the saved progress: \(reason). Nothing was changed."
    case .participantBusy(let name):
      return
        "\(name) is already studying on another phone or Latih window. Close that one first, then try again. (Just reconnected? Wait a minute.)"
    case .welcome(let course): return "Welcome to Latih!\n\(course)"
    case .askName: return "What is your name? Type it and press Enter (q = quit)."
    case .nameEmpty: return "Type your name, or q to quit."
    case .chooseAmong: return "Several participants have that name. Type your number:"
    case .chooseTypo(let count): return "Type a number 1–\(count), or Enter to cancel."
    case .confirmEnroll(let name):
      return "'\(name)' is not enrolled yet. Enrol as a new participant? [Enter/y] yes · [n] no"
    case .didYouMean(let name, let group):
      return "Did you mean \(TutorText.personWithGroup(name: name, group: group).english)?"
    case .didYouMeanMany: return "Did you mean one of them?"
    case .personWithGroup(let name, let group):
      return group.map { "\(name) (group \($0))" } ?? name
    case .didYouMeanKeys(let many):
      return (many ? "[number] that is me" : "[y] yes, that is me")
        + " · [n] no, I am new · [q] cancel"
    case .didYouMeanTypo(let many, let count):
      return many
        ? "Type your number (1–\(count)), or n if you are none of them."
        : "Type y if that is you, or n if it is not."
    case .confirmTypo: return "Press Enter or y to enrol, n to cancel."
    case .enrolled(let name): return "Welcome, \(name)! You are enrolled."
    case .greeting(let name): return "Hello, \(name)!"
    case .askPin: return "Type your PIN (4 digits), then Enter (q = cancel):"
    case .pinWrong(let left): return "Wrong PIN. Try again (\(left) more tries)."
    case .pinLocked:
      return "Wrong PIN 3 times. Back to the welcome screen. Forgot your PIN? Ask the "
        + "facilitator to clear it."
    case .choosePin(let required):
      return required
        ? "This session uses a PIN so nobody else can continue your lessons. Choose a "
          + "4-digit PIN and remember it (q = cancel):"
        : "Would you like a 4-digit PIN so nobody else can continue your lessons? Type 4 "
          + "digits, or just Enter to skip:"
    case .repeatPin: return "Type the PIN once more:"
    case .pinNotFourDigits: return "A PIN is exactly 4 digits, for example 2580."
    case .pinMismatch: return "The two PINs are not the same. Start again."
    case .pinSaved: return "PIN saved. Remember it: it is asked every time you continue."
    case .lessonsHeading: return "Lessons:"
    case .status(let status):
      switch status {
      case .notStarted: return "not started"
      case .inProgress: return "in progress"
      case .passed: return "passed"
      case .needsReview: return "needs review"
      }
    case .bestScore(let score): return "best score \(score)%"
    case .preTestDone: return "pre-test done"
    case .preTestThanks:
      return "Thank you, the pre-test is done! It only shows where you start; there is no "
        + "pass or fail. Next: start the first lesson. After all the lessons you take the "
        + "post-test."
    case .testMidCourse:
      return "This test was taken part-way through the course, so it counts as neither the "
        + "pre-test nor the post-test."
    case .practiceScore(let correct, let total):
      return "Practice: \(correct) of \(total) questions right."
    case .officialScoreKept(let score):
      return score.map { "This was practice; your official score stays \($0)% (first attempt)." }
        ?? "This was practice; the official score comes from the first attempt only."
    case .practiceRuns(let count): return "practice \(count)×"
    case .suggestion(let number, let title):
      return "Suggested: lesson \(number), \(TutorText.sentence(title))"
    case .allPassed: return "Congratulations! You have passed every lesson."
    case .menuKeys: return "[number] open a lesson · [Enter] take the suggestion · [q] done"
    case .menuTypo(let count):
      return "Type a lesson number 1–\(count), Enter for the suggestion, or q."
    case .nextParticipant: return "Thank you! Next participant, please."
    case .goodbye: return "Goodbye!"
    case .noSuchParticipant(let who):
      return "No participant '\(TerminalSanitizer.cleanLine(who))'. See 'latih participants list'."
    case .ambiguousParticipant(let who):
      return
        "'\(TerminalSanitizer.cleanLine(who))' matches several participants; give a code or id:"
    case .participantLine(let name, let details): return "\(name) (\(details))"
    case .unknownQuestions(let count):
      return "\(count) answers to questions no longer in the course (kept)"
    }
  }
}
