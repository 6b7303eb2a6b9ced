import LatihData
import LatihTutor

/// `latih learn [LESSON] [--as WHO] [--no-shuffle | --seed N] [--pre | --post]`.
enum LearnCommand: Command {
  static let name = "learn"
  static let options: [Arguments.Option] = [
    .who, .noShuffle, .seed, .pre, .post, .idleMinutes,
  ]
  static let help = HelpText.learn

  static func run(_ invocation: Invocation) throws(CommandFailure) -> ExitCode {
    try invocation.expectPositionals(atMost: 1)
    let arguments = invocation.arguments
    if arguments.flag(.noShuffle) && arguments.value(.seed) != nil {
      throw CommandFailure(CLIMessage.exclusiveOptions("--no-shuffle", "--seed"), .usage)
    }
    if arguments.flag(.pre) && arguments.flag(.post) {
      throw CommandFailure(CLIMessage.exclusiveOptions("--pre", "--post"), .usage)
    }
    var options = TutorOptions(
      shuffle: !arguments.flag(.noShuffle), idleMinutes: try invocation.idleMinutes())
    if let seed = arguments.value(.seed) {
      guard let value = UInt64(seed) else {
        throw CommandFailure(CLIMessage.notANumber(option: "--seed", value: seed), .usage)
      }
      options.seed = value
    }
    options.testTag = arguments.flag(.pre) ? .pre : arguments.flag(.post) ? .post : nil

    let course = try invocation.loadCourse()
    let lesson = arguments.positionals.first
    if let lesson {
      let menu = CourseMenu(course: course, language: invocation.language, progress: nil)
      guard let row = menu.row(for: lesson) else {
        throw CommandFailure(CLIMessage.lessonNotFound(lesson, available: course.lessonIDs), .usage)
      }
      guard row.available else {
        throw CommandFailure(CLIMessage.lessonUnavailable(row.lessonID), .badData)
      }
    }
    let store = try invocation.openStore(create: true)
    var participant: Participant?
    if let who = arguments.value(.who) {
      participant = try invocation.participant(who, in: invocation.roster(store))
    }
    let terminal = invocation.context.makeTerminal(
      invocation.colorChoice, invocation.context.environment)
    let driver = TutorDriver(
      terminal: terminal, store: store, course: course, language: invocation.language,
      options: options)
    return ExitCode(driver.runLearn(participant: participant, lesson: lesson))
  }
}
