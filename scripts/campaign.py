"""Shared helpers for the reliability scripts (crash-loop, concurrency, disk-full).

Python 3 standard library only. Journals are read here independently of Latih, with the
same acceptance rules as JournalReader: a line counts when its CRC-32 matches, it parses as
JSON and its sequence number is above the last accepted one. A bad line followed by a good
one is damage in the middle (never acceptable here); bad lines at the end are a torn tail,
which Latih cuts the next time it opens the journal.
"""

import json
import os
import subprocess
import sys
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TRAILER = b',"crc":"'

# Lines Latih prints (Indonesian, the default language) that acknowledge something.
ACK_ANSWER = {"✓ Tepat!": "right", "✗ Belum tepat.": "wrong", "Jawaban tersimpan.": "saved"}
ACK_RECORD = "Dicatat: "
# The refusal of a busy journal: the tutor says "… di HP atau jendela Latih lain" (kiosk
# phones too), a merge "… di jendela Latih lain".
BUSY = "sedang belajar di "


def latih_binary():
    """The latih executable: $LATIH_BIN, else the debug build of this checkout."""
    path = os.environ.get("LATIH_BIN")
    if not path:
        bin_dir = subprocess.run(
            ["swift", "build", "--show-bin-path"], cwd=ROOT, capture_output=True, text=True,
            check=True).stdout.strip()
        path = os.path.join(bin_dir, "latih")
    if not os.access(path, os.X_OK):
        sys.exit(f"{path} not found: run 'swift build' first (or set LATIH_BIN)")
    return path


def environment(data, lessons=None):
    """The environment for a latih run on data folder `data` (Indonesian, no colour)."""
    env = dict(os.environ)
    env.update({
        "LATIH_DATA": data, "LATIH_LESSONS": lessons or os.path.join(ROOT, "lessons"),
        "LATIH_LANG": "id", "NO_COLOR": "1",
    })
    return env


class Scan:
    """What a journal holds, read independently of Latih."""

    def __init__(self):
        self.events = []          # accepted events (dicts), in file order
        self.last_seq = 0
        self.torn_tail = False    # bad bytes after the last accepted line
        self.middle_damage = []   # 1-based numbers of bad lines followed by good ones
        self.size = 0


def decode_line(line):
    """The event of one journal line (without newline), or None."""
    if len(line) < 20 or not line.startswith(b"{") or not line.endswith(b'"}'):
        return None
    trailer = line[-18:]
    if not trailer.startswith(TRAILER):
        return None
    body = line[:-18]
    try:
        stored = int(trailer[8:16].decode("ascii"), 16)
    except ValueError:
        return None
    if trailer[8:16] != trailer[8:16].lower() or zlib.crc32(body) & 0xFFFFFFFF != stored:
        return None
    try:
        event = json.loads(body + b"}")
    except ValueError:
        return None
    if not isinstance(event, dict) or not isinstance(event.get("seq"), int):
        return None
    if not all(isinstance(event.get(key), str) for key in ("id", "t", "dev", "type")):
        return None
    return event


def scan(path):
    """Reads the journal at `path` (a missing file is empty)."""
    result = Scan()
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        return result
    result.size = len(data)
    pending = []
    lines = data.split(b"\n")
    for number, line in enumerate(lines, start=1):
        if number == len(lines):
            if line:
                pending.append(number)
            break
        event = decode_line(line)
        if event is not None and event["seq"] > result.last_seq:
            result.middle_damage += pending
            pending = []
            result.events.append(event)
            result.last_seq = event["seq"]
        else:
            pending.append(number)
    result.torn_tail = bool(pending)
    return result


def journals(data):
    """Paths of every journal in data folder `data`."""
    paths = []
    sessions = os.path.join(data, "sessions.jsonl")
    if os.path.exists(sessions):
        paths.append(sessions)
    folder = os.path.join(data, "participants")
    if os.path.isdir(folder):
        paths += [os.path.join(folder, name) for name in sorted(os.listdir(folder))
                  if name.endswith(".jsonl")]
    return paths


def participant_journals(data):
    """Participant name → journal path, from each journal's `enrolled` event."""
    result = {}
    for path in journals(data):
        for event in scan(path).events:
            if event["type"] == "enrolled":
                result[event["name"]] = path
                break
    return result


def figures(title, values):
    """Prints `[figure] name: value` lines (the form RELIABILITY.md quotes)."""
    print(f"== {title}")
    for name, value in values.items():
        print(f"[figure] {name}: {value}")
