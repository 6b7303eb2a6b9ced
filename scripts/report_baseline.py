#!/usr/bin/env python3
"""The organizer's report the way one would write it without Latih: a plain Python
script (standard library only) making one pass over the journal files with the json
module. It is the baseline `scripts/bench` compares `latih report --format json` with.

It follows the rules in README.md ("The report") and PRODUCT.md: a line counts when its
CRC-32 matches and its sequence number is above the previous accepted one; events are
unique by id and taken in time order; linked records are one person; the indicator figures
are the facilitator's latest record only (a participant's own tick is reported apart);
practice runs (retrying missed questions) never count; a lesson is completed with its best
full-run score, passed if a full run passed; the course test's pre-test and post-test are
decided by time (explicit tags kept; after the post-test was opened for her training day,
or after she finished every other lesson: post; before she finished any: pre; else
neither), her first of each counting, and its row and questions come from the post-test.

usage: report_baseline.py DATA_DIR COURSE_DIR  (prints the headline numbers as JSON)
"""

import json
import os
import sys
import zlib

TRAILER = len(',"crc":"01234567"}')


def read_course(course_dir):
    """Indicator ids, lesson ids, the course test and the pass mark from course.md."""
    text = open(os.path.join(course_dir, "course.md"), encoding="utf-8").read()
    indicators, lessons, section = [], [], None
    test, pass_mark, front = None, 70, 0
    for line in text.splitlines():
        if line.strip() == "---":
            front += 1
            continue
        if front == 1:
            key, _, value = line.partition(":")
            if key.strip() == "course-test":
                test = value.strip()
            elif key.strip() == "pass-mark":
                pass_mark = int(value.strip())
            continue
        if line.startswith("## "):
            section = line[line.rfind("[") + 1:line.rfind("]")] if line.endswith("]") else None
        elif section == "indicators" and line.startswith("- "):
            indicators.append(line[2:].strip())
        elif section == "lessons" and line[:1].isdigit():
            lessons.append(line.split(".", 1)[1].strip())
    return indicators, lessons, test, pass_mark


def read_journal(path):
    """The accepted events of one journal (checksum and sequence checked)."""
    events, last = [], 0
    with open(path, "rb") as journal:
        for line in journal:
            if not line.endswith(b"\n"):
                break
            line = line[:-1]
            if len(line) <= TRAILER + 2:
                continue
            body, trailer = line[:-TRAILER], line[-TRAILER:]
            try:
                if int(trailer[8:16], 16) != zlib.crc32(body):
                    continue
                event = json.loads(line)
            except ValueError:
                continue
            seq = event.get("seq")
            if isinstance(seq, int) and seq > last:
                last = seq
                events.append(event)
    return events


def summarize(pid, events):
    """What one journal says about its participant, in a form linked records can merge:
    the latest facilitator and self-reported outcome per indicator, and per lesson the
    best score, whether a run passed, the first try per question and the test scores,
    each with the (time, id) keys that order it."""
    events = sorted((e for e in events if e.get("p") == pid), key=lambda e: (e["t"], e["id"]))
    record = {"enrolled": None, "links": [], "indicators": {}, "lessons": {}, "sessions": []}
    runs = {}
    for event in events:
        kind, key = event["type"], (event["t"], event["id"])
        if kind in ("enrolled", "session-joined") and event.get("session"):
            record["sessions"].append(event["session"])
        if kind == "enrolled" and record["enrolled"] is None:
            record["enrolled"] = key
        elif kind == "participants-linked":
            record["links"].append(event["other"])
        elif kind == "lesson-opened":
            record["lessons"].setdefault(event["lesson"], new_lesson())
            # A practice run (retrying the missed questions) never changes a figure.
            if not event.get("retry-of"):
                run = {"opened": key, "tag": event.get("tag"), "explicit": bool(event.get("tag-set")),
                       "score": None, "done": None, "answers": {}}
                runs[event["run"]] = (event["lesson"], key, run)
                record["lessons"][event["lesson"]]["runs"].append(run)
        elif kind in ("answer", "lesson-completed") and event["run"] in runs:
            lesson_id, opened, run = runs[event["run"]]
            lesson = record["lessons"][lesson_id]
            if kind == "answer":
                run["answers"].setdefault(event["question"], event["correct"])
            else:
                run["score"], run["done"] = event["score"], event["t"]
            if kind == "answer":
                first = lesson["first"].get(event["question"])
                if first is None or (opened, key) < first[0]:
                    lesson["first"][event["question"]] = ((opened, key), event["correct"])
            else:
                score = event["score"]
                lesson["best"] = score if lesson["best"] is None else max(lesson["best"], score)
                lesson["passed"] = lesson["passed"] or event["passed"]
        if kind == "checklist-item" and event.get("indicator"):
            indicator, achieved, source = event["indicator"], event["done"], "self"
            reason = None if achieved else event.get("reason")
        elif kind == "indicator-recorded":
            indicator, achieved, source = event["indicator"], event["achieved"], event["source"]
            reason = event.get("reason")
        else:
            continue
        latest = record["indicators"].setdefault(indicator, {})
        if source not in latest or key >= latest[source][0]:
            latest[source] = (key, achieved, reason)
    return record


def new_lesson():
    return {"best": None, "passed": False, "first": {}, "runs": []}


def merge(records):
    """One person's outcomes from the summaries of their linked records: per indicator
    the latest facilitator record, else the latest self-report; per lesson the merged
    lesson summaries."""
    indicators, lessons = {}, {}
    for record in records:
        for indicator, latest in record["indicators"].items():
            mine = indicators.setdefault(indicator, {})
            for source, value in latest.items():
                if source not in mine or value[0] > mine[source][0]:
                    mine[source] = value
        for lesson_id, lesson in record["lessons"].items():
            mine = lessons.setdefault(lesson_id, new_lesson())
            if lesson["best"] is not None:
                mine["best"] = lesson["best"] if mine["best"] is None else max(mine["best"], lesson["best"])
            mine["passed"] = mine["passed"] or lesson["passed"]
            for question, first in lesson["first"].items():
                if question not in mine["first"] or first[0] < mine["first"][question][0]:
                    mine["first"][question] = first
            mine["runs"] += lesson["runs"]
    # The verified figure: only the facilitator's latest record counts (README, "The
    # report"); a participant's own tick is reported apart and never changes it.
    outcome = {}
    for indicator, latest in indicators.items():
        if "facilitator" in latest:
            _, achieved, reason = latest["facilitator"]
            outcome[indicator] = (achieved, reason)
    return outcome, lessons


def read_sessions(path):
    """Training days: sessions with the same title, place and date, or linked, are one
    day; each day's first post-test opening."""
    events = read_journal(path) if os.path.exists(path) else []
    parent = {}

    def root(session):
        parent.setdefault(session, session)
        while parent[session] != session:
            session = parent[session]
        return session

    def join(a, b):
        a, b = root(a), root(b)
        if a != b:
            parent[max(a, b)] = min(a, b)

    first = {}
    for event in sorted(events, key=lambda e: (e["t"], e["id"])):
        if event["type"] == "session-created":
            day = (event.get("title"), event.get("place"), event.get("date"))
            join(event["session"], first.setdefault(day, event["session"]))
        elif event["type"] == "sessions-linked":
            join(event["session"], event["other"])
    post = {}
    for event in events:
        if event["type"] == "post-test-opened":
            day = root(event["session"])
            post[day] = min(post.get(day, event["t"]), event["t"])
    return {"root": root, "post": post}


def test_runs(lessons, test, lesson_ids, post_opened):
    """Her first pre-test and first post-test run (finished), decided by time: explicit
    tags kept; after the post-test was opened for her day, or after she finished every
    other lesson: post; before she finished any: pre; else neither."""
    done = []
    for lesson_id in lesson_ids:
        if lesson_id == test:
            continue
        times = [run["done"] for run in lessons.get(lesson_id, {"runs": []})["runs"] if run["done"]]
        done.append(min(times) if times else None)
    first = min((t for t in done if t), default=None)
    every = max(done) if done and all(done) else None
    pre = post = None
    runs = sorted(lessons.get(test, {"runs": []})["runs"], key=lambda run: run["opened"])
    for run in runs:
        time = run["opened"][0]
        if run["explicit"] and run["tag"]:
            role = run["tag"]
        elif post_opened is not None and time > post_opened:
            role = "post"
        elif every is not None and time > every:
            role = "post"
        elif first is None or time <= first:
            role = "pre"
        else:
            role = "neither"
        if run["done"] is None:
            continue
        if role == "pre" and pre is None:
            pre = run
        elif role == "post" and post is None:
            post = run
    return pre, post


def main():
    data, course = sys.argv[1], sys.argv[2]
    indicators, lesson_ids, test, pass_mark = read_course(course)
    folder = os.path.join(data, "participants")
    records = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith(".jsonl"):
            pid = name[:-6]
            records[pid] = summarize(pid, read_journal(os.path.join(folder, name)))
    people = {pid: r for pid, r in records.items() if r["enrolled"]}
    parent = {pid: pid for pid in people}

    def root(pid):
        while parent[pid] != pid:
            pid = parent[pid]
        return pid

    for pid, record in records.items():
        for other in record["links"]:
            if pid in parent and other in parent:
                a, b = root(pid), root(other)
                if a != b:
                    keep_a = (people[a]["enrolled"][0], a) <= (people[b]["enrolled"][0], b)
                    parent[b if keep_a else a] = a if keep_a else b
    days = read_sessions(os.path.join(data, "sessions.jsonl"))
    groups = {}
    for pid in people:
        groups.setdefault(root(pid), []).append(people[pid])

    report = {
        "enrolled": len(groups), "assessed": 0,
        "indicators": {i: {"assessed": 0, "achieved": 0, "reasons": {}} for i in indicators},
        "lessons": {l: {"started": 0, "completed": 0, "passed": 0} for l in lesson_ids},
        "questions": {}, "test": {"tookPre": 0, "tookPost": 0, "paired": 0},
    }
    for members in groups.values():
        outcome, lessons = merge(members)
        opened = [days["post"][days["root"](session)] for member in members
                  for session in member["sessions"] if days["root"](session) in days["post"]]
        pre, post = test_runs(lessons, test, lesson_ids, min(opened) if opened else None)
        counted = {i: outcome[i] for i in indicators if i in outcome}
        if counted:
            report["assessed"] += 1
        for indicator, (achieved, reason) in counted.items():
            row = report["indicators"][indicator]
            row["assessed"] += 1
            if achieved:
                row["achieved"] += 1
            else:
                key = str(reason or None)
                row["reasons"][key] = row["reasons"].get(key, 0) + 1
        for lesson_id in lesson_ids:
            lesson = lessons.get(lesson_id)
            if lesson is None:
                continue
            row = report["lessons"][lesson_id]
            row["started"] += 1
            if lesson_id == test:
                # The course test's row is the post-test: completed = took it, passed = at
                # or above the pass mark, questions from her first post-test.
                if post is not None:
                    row["completed"] += 1
                    row["passed"] += 1 if post["score"] >= pass_mark else 0
                    for question, correct in post["answers"].items():
                        counts = report["questions"].setdefault(lesson_id + "/" + question, [0, 0])
                        counts[0] += 1
                        counts[1] += 1 if correct else 0
                continue
            for question, (_, correct) in lesson["first"].items():
                counts = report["questions"].setdefault(lesson_id + "/" + question, [0, 0])
                counts[0] += 1
                counts[1] += 1 if correct else 0
            if lesson["best"] is not None:
                row["completed"] += 1
                row["passed"] += 1 if lesson["passed"] else 0
        report["test"]["tookPre"] += pre is not None
        report["test"]["tookPost"] += post is not None
        report["test"]["paired"] += pre is not None and post is not None
    json.dump(report, sys.stdout, sort_keys=True)
    print()


if __name__ == "__main__":
    main()
