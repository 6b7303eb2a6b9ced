import LatihBase

/// `--help` texts: the overview and one per command.
package enum HelpText: LocalizedText, Hashable {
  case overview
  case check
  case lessons
  case learn
  case progress
  case participants
  case session
  case record
  case evaluate
  case present
  case report
  case export
  case merge
  case certificate
}
