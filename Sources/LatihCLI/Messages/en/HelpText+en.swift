extension HelpText {
  package var english: String {
    switch self {
    case .overview:
      return """
        latih — learn affiliate marketing in a terminal, offline

        Usage: latih [COMMAND] [OPTIONS]

        For participants:
          latih [--idle-minutes N]       start: who are you? then the lessons
          latih learn [LESSON] [--as WHO] [--no-shuffle | --seed N] [--pre | --post]
          latih lessons [--as WHO]       the lessons and progress
          latih progress [WHO] [--format text|json]

        For facilitators and organizers:
          latih participants add NAME... [--group G] [--code C] | list | import FILE.csv | link A B
                             | rename WHO NEW | remove WHO | restore WHO | reset-pin WHO
          latih session new TITLE [--place P] [--date YYYY-MM-DD] | list | use ID | add WHO...
                        | link A B | rename ID TITLE | edit ID --pin P | remove ID | restore ID
                        | post-test
          latih record WHO INDICATOR yes|no [--reason R] [--note TEXT] [--session ID]
          latih evaluate [--session ID] [--all]  quick entry of indicators
          latih present LESSON           show pages on a projector
          latih report [--session ID] [--group G] [--by session|group] [--people] [--format text|md|csv|html|json|xlsx] [--out FILE] [--anonymize]
          latih export --out FILE [--format latih|sql|csv] [--include PART,... | --full]
                                         one file for a USB stick (lean by default),
                                         or SQL (PostgreSQL) / CSV (DuckDB) for analysts
          latih merge FILE...            merge data from other laptops
          latih certificate WHO | --session ID [--out FILE.html] | verify CODE
          latih classroom [setup [--apply] | remove]   connect participants' phones to this laptop
          latih live [--once --format json] [--anonymize]   watch the room live
          latih kiosk [--config FILE]    the entry for phones (sshd ForceCommand)

        For course authors:
          latih check [PATH...] [--max-age DAYS]   check lesson files

        Global options:
          --data DIR         data folder (LATIH_DATA; default ~/.local/share/latih)
          --lessons DIR      course folder (LATIH_LESSONS; default ./lessons)
          --lang id|en       language (LATIH_LANG; default id)
          --color auto|always|never   colour (NO_COLOR honoured)
          --help, --version

        Exit status: 0 ok, 1 failed check, 64 usage, 65 bad data, 74 I/O error,
        130 interrupted (Ctrl-C).

        """
    case .check:
      return """
        Usage: latih check [PATH...] [--max-age DAYS]

        Checks a course folder (holding course.md) or lesson .md files. Without PATH: the
        course in use. Each problem is printed as path:line:col: error|warning: message
        (columns count Unicode characters). Exits with status 1 on any error. File
        format: lessons/FORMAT.md. Warns when a lesson's facts were last checked
        (checked:) more than DAYS days ago (default 180), or it gives no date.

        """
    case .lessons:
      return """
        Usage: latih lessons [--as WHO]

        Lists the course's lessons: title, minutes, number of questions and the date
        their facts were checked. With --as: that participant's progress, status and
        best score.

        """
    case .learn:
      return """
        Usage: latih learn [LESSON] [--as WHO] [--no-shuffle | --seed N] [--pre | --post]
                           [--idle-minutes N]

        Opens a lesson (id or number) exactly where the participant left off. Without
        LESSON: the suggested next lesson. Without --as: Latih asks for a name.
        --no-shuffle  answer options in file order
        --seed N      a fixed, repeatable shuffle
        --pre/--post  for the course test: tag it as pre-test / post-test
        --idle-minutes N  nothing typed for N minutes: save and close the turn (default
                      10; 0 = never). Also for latih with no command.

        Keys: Enter = next, b = back, m = menu, ? = help, q = save and quit.

        """
    case .progress:
      return """
        Usage: latih progress [WHO] [--format text|json]

        One participant's progress (or everyone's): lessons, scores, attempts,
        indicators, last activity. The JSON format is described in the README.

        """
    case .participants:
      return """
        Usage:
          latih participants add NAME... [--group G] [--code C] [--phone P] [--new] [--session ID]
          latih participants list [--session ID]
          latih participants import FILE.csv [--group G] [--session ID]
          latih participants link A B
          latih participants rename WHO NEW-NAME
          latih participants remove WHO | restore WHO
          latih participants reset-pin WHO

        add     enrols one or more names (quote names with spaces); someone already enrolled
                (same name and the same code, phone or group) is not enrolled again but
                added to the session; --new: enrol anyway
        list    lists participants; duplicate names are flagged
        import  a roster: title rows, then a header row with a name column (nama, nama
                lengkap, name); no, kelompok/dusun/RT, kode, HP/WhatsApp optional; comma,
                semicolon or tab; UTF-8, UTF-16 or Windows-1252 (converted, and said);
                --group: the group of rows without one; people already enrolled are added
                to the session and named by line
        link    says A and B are the same person (e.g. enrolled on two laptops)
        rename  changes the name (the old one stays recorded)
        remove  leaves her out of lists and reports; her data is kept, restore brings her back
        reset-pin  clears a forgotten PIN (see session --pin)

        """
    case .session:
      return """
        Usage:
          latih session new TITLE [--place PLACE] [--date YYYY-MM-DD] [--force] [--pin POLICY]
          latih session edit ID --pin off|optional|required
          latih session list
          latih session use ID
          latih session add WHO... [--session ID]
          latih session link A B
          latih session rename ID TITLE [--place PLACE] [--date YYYY-MM-DD]
          latih session remove ID | restore ID
          latih session post-test [--session ID]

        Training sessions. A new session becomes the current one; participants and record
        use the current session unless --session names another. Sessions with the same
        title, place and date (created on several laptops) are one session after merging;
        link joins two sessions that are one training day. add adds people already
        enrolled to the session. post-test opens the post-test: course tests its
        participants take after it are post-tests. --pin: off (the default) no PIN;
        optional: a participant may choose a 4-digit PIN; required: every participant
        uses one, asked before she continues her run while this session is current.
        new says which session was current before and how to switch back; the title and
        date of another session at another place are refused unless --force; a title or
        place over 120 characters is refused; a date more than 5 years from today draws a
        warning.
        list marks the current session with *.

        """
    case .record:
      return """
        Usage: latih record WHO INDICATOR yes|no [--reason REASON] [--note TEXT] [--session ID]

        Records one participant's outcome for one indicator. A later record overrides an
        earlier one (both are kept); a facilitator's record outranks a self-report.
        'no' should come with --reason: its id, its number in the course's list, or the
        start of a word of its label ('dokumen'). WHO is found with case, accents and
        apostrophes folded; an unknown WHO suggests the closest names.

        """
    case .evaluate:
      return """
        Usage: latih evaluate [--session ID] [--all]

        Quick entry in roster order: one line per participant in the order of the
        indicators, for example yyn, y2y or + (all achieved), then Enter. y = achieved,
        n = not yet without a reason, a digit = not yet with that reason, - or Enter =
        skip, /12 or /name = jump to a participant, a = ask this participant again,
        b = back, r = the reason list, ? = help, q = done (at any time). Cells recorded
        or skipped are not asked again; --all asks every cell.

        """
    case .present:
      return """
        Usage: latih present LESSON

        Shows a lesson for a projector, without scoring: one screenful at a time at
        the screen's size; each question is a screen of its own with its options.
        Enter = next, b = back, a = show the answer, q = quit.

        """
    case .report:
      return """
        Usage: latih report [--session ID] [--group G] [--by session|group] [--people]
                            [--format text|md|csv|html|json|xlsx] [--out FILE] [--anonymize]

        The evaluation report: indicators (achieved n/N and reasons for not yet),
        lessons, questions, pre/post-test, who needs help, results per participant.
        Percentages are rounded to the nearest whole number (halves up).

        --session ID  only that session's participants (id or a unique start of it);
                      without it: all data
        --group G     only participants of group G
        --by session|group   add a table comparing sessions or groups
        --people      only the results per participant (one table)
        --format      text (screen), md (Markdown), csv (spreadsheet), html (A4 print), json,
                      xlsx (Excel/LibreOffice workbook, needs --out)
        --out FILE    write to a file instead of the screen (format from .txt .md .csv
                      .html .json .xlsx unless --format says)
        --anonymize   replace participant and group names with pseudonyms
        --lang id|en  the report's language

        """
    case .export:
      return """
        Usage: latih export --out FILE [--format latih|sql|csv] [--include PART,...] [--full]

        Writes this laptop's data to one file (for a USB stick). By default the host
        name, phone numbers, facilitators' notes and typed answers are left out; every
        figure of a report stays the same once merged.
        --format latih   a file for `latih merge` (the default)
        --format sql     tables and views for PostgreSQL: psql -v ON_ERROR_STOP=1 -f FILE;
                         load other laptops' files in any order, only what is new is added
        --format csv     --out is a folder: one CSV per table, plus load-duckdb.sql
        --include host,phones,notes,answers   keep these parts
        --full        keep everything

        """
    case .merge:
      return """
        Usage: latih merge FILE... [--force] [--salvage]

        Merges export files from other laptops. Safe to repeat: nothing is duplicated. A
        damaged file is refused (--salvage: take its intact part); a file from another
        course is refused (--force: merge anyway). Each file is merged whole or not at all:
        one invalid record, one contradicting this laptop's data, or one for a participant
        who is learning right now refuses the whole file.

        """
    case .certificate:
      return """
        Usage:
          latih certificate WHO | --session ID [--kind participation|completion] [--out FILE.html]
                            [--organizer TEXT] [--signer TEXT]...
          latih certificate verify CODE

        One A4 landscape page per participant, for one session.
        --kind participation|completion  took part (recorded by the facilitator in that session)
                                         or completed (the course's rule: post-test or all lessons)
        --organizer TEXT                 who held the training
        --signer TEXT                    a signature line (at most 2)
        --out FILE.html                  write to a file (else to the screen)
        verify CODE                      check a certificate's verification code

        """
    case .kiosk:
      return """
        Usage: latih kiosk [--config FILE]

        The entry for participants' phones connected over ssh (an sshd ForceCommand), one
        process per connection: welcome, who are you, then the lesson list.
        The data folder, course, language and idle time-out come only from the settings
        file (default /etc/latih/kiosk.conf): data=, lessons=, lang=, idle-minutes=.
        Anything the phone sends (a command, environment variables) is ignored.

        """
    case .classroom:
      return """
        Usage: latih classroom [setup [--apply] [--password PASSWORD] [--port N] | remove [--apply]]

        Without a subcommand: how to connect phones to this laptop (addresses, user, room
        password, the Termux command, a QR code when qrencode is installed).
        setup: prints every step that prepares OpenSSH for the class; --apply runs them
        (as root). remove: undoes them.

        """
    case .live:
      return """
        Usage: latih live [--once --format text|json] [--anonymize] [--stuck-minutes N]

        The room, live: who is connected or idle, current lesson and page or question,
        score, checklist ticks, and who looks stuck. Keys: q quit, s sort order.
        --once prints one snapshot and exits. It changes no data.

        """
    }
  }
}
