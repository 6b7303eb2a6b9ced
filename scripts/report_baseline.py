#!/usr/bin/env python3
"""The organizer's report the way one would write it without Latih: a plain Python
script (standard library only) making one pass over the journal files with the json
module. It is the baseline `scripts/bench` compares `latih report --format json` with.

It follows the rules in README.md and PRODUCT.md: a line counts when its CRC-32 matches
and its sequence number is above the previous accepted one; events are unique by id and
taken in time order; a facilitator's indicator record outranks a participant's own
checklist tick, and the latest of each counts; linked records are one person; a lesson is
completed with its best score, passed if any run passed; the course test gives the first
pre-test and the last post-test score.

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
    record = {"enrolled": None, "links": [], "indicators": {}, "lessons": {}}
    runs = {}
    for event in events:
        kind, key = event["type"], (event["t"], event["id"])
        if kind == "enrolled" and record["enrolled"] is None:
            record["enrolled"] = key
        elif kind == "participants-linked":
            record["links"].append(event["other"])
        elif kind == "lesson-opened":
            runs[event["run"]] = (event["lesson"], key)
            record["lessons"].setdefault(event["lesson"], new_lesson())
        elif kind in ("answer", "lesson-completed") and event["run"] in runs:
            lesson_id, opened = runs[event["run"]]
            lesson = record["lessons"][lesson_id]
            if kind == "answer":
                first = lesson["first"].get(event["question"])
                if first is None or (opened, key) < first[0]:
                    lesson["first"][event["question"]] = ((opened, key), event["correct"])
            else:
                score = event["score"]
                lesson["best"] = score if lesson["best"] is None else max(lesson["best"], score)
                lesson["passed"] = lesson["passed"] or event["passed"]
                tag = event.get("tag")
                if tag == "pre" and (lesson["pre"] is None or opened < lesson["pre"][0]):
                    lesson["pre"] = (opened, score)
                if tag == "post" and (lesson["post"] is None or opened >= lesson["post"][0]):
                    lesson["post"] = (opened, score)
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
    return {"best": None, "passed": False, "first": {}, "pre": None, "post": None}


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
            if lesson["pre"] and (mine["pre"] is None or lesson["pre"][0] < mine["pre"][0]):
                mine["pre"] = lesson["pre"]
            if lesson["post"] and (mine["post"] is None or lesson["post"][0] > mine["post"][0]):
                mine["post"] = lesson["post"]
    outcome = {}
    for indicator, latest in indicators.items():
        _, achieved, reason = latest.get("facilitator") or latest["self"]
        outcome[indicator] = (achieved, reason)
    return outcome, lessons


def main():
    data, course = sys.argv[1], sys.argv[2]
    indicators, lesson_ids, test, _ = read_course(course)
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
            for question, (_, correct) in lesson["first"].items():
                counts = report["questions"].setdefault(lesson_id + "/" + question, [0, 0])
                counts[0] += 1
                counts[1] += 1 if correct else 0
            if lesson["best"] is not None:
                row["completed"] += 1
                row["passed"] += 1 if lesson["passed"] else 0
        tested = lessons.get(test) or {}
        pre, post = tested.get("pre"), tested.get("post")
        report["test"]["tookPre"] += pre is not None
        report["test"]["tookPost"] += post is not None
        report["test"]["paired"] += pre is not None and post is not None
    json.dump(report, sys.stdout, sort_keys=True)
    print()


if __name__ == "__main__":
    main()
