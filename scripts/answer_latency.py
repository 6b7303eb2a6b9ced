"""Answer latency seen from outside: the real `latih learn` driven through a pipe and
through a pseudo-terminal, timed from the moment an answer's Enter is written to the
first byte of the program's reply (the driver appends and fsyncs the answer before it
writes anything, so this covers reading, grading, the durable append and the first
write, plus the kernel's pipe or tty hand-over both ways).

The input lines are the in-process benchmark's own (`latih-bench answer-script`), typed
one at a time, each only once the program waits for input (its output ends in a prompt
and nothing more arrives), so every timed answer finds the program idle in read().
Used by scripts/bench; runs alone as
  python3 scripts/answer_latency.py LATIH LATIH_BENCH LESSONS WORKDIR [COUNT]
"""

import fcntl
import json
import os
import pty
import re
import select
import shutil
import statistics
import struct
import subprocess
import sys
import termios
import time

ANSI = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>78]")
PROMPT = b"> "
SETTLE = 0.015  # seconds of silence after a prompt before the next line is typed


def percentile(values, p):
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, int(-(-p * len(ordered) // 1)) - 1))
    return ordered[rank]


class Session:
    """One running `latih learn` on a pipe or a pseudo-terminal."""

    def __init__(self, argv, env, terminal, size=(24, 80)):
        self.terminal = terminal
        if terminal:
            master, slave = pty.openpty()
            fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", size[0], size[1], 0, 0))
            self.process = subprocess.Popen(
                argv, env=env, stdin=slave, stdout=slave, stderr=subprocess.DEVNULL,
                start_new_session=True)
            os.close(slave)
            self.read_fd = self.write_fd = master
        else:
            self.process = subprocess.Popen(
                argv, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL)
            self.read_fd = self.process.stdout.fileno()
            self.write_fd = self.process.stdin.fileno()
        self.tail = b""

    def read(self, timeout):
        ready, _, _ = select.select([self.read_fd], [], [], timeout)
        if not ready:
            return None
        try:
            chunk = os.read(self.read_fd, 65536)
        except OSError:  # EIO: the pty's other side has closed
            return b""
        return chunk

    def wait_for_prompt(self, limit=10.0):
        """Reads until the output ends in a prompt and stays quiet for SETTLE."""
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            chunk = self.read(SETTLE)
            if chunk == b"":
                return False
            if chunk is None:
                if ANSI.sub(b"", self.tail).rstrip(b"\r").endswith(PROMPT):
                    return True
                continue
            self.tail = (self.tail + chunk)[-256:]
        raise SystemExit("answer latency: no prompt within 10 s; last output %r" % self.tail)

    def screen_wait(self):
        """Whether the prompt is the terminal layout's own, not the lesson's: the pause
        after feedback ("[Enter] lanjut" alone) or the keys between the parts of a long
        page. Such a prompt takes a plain Enter, which is not an answer and not timed."""
        text = ANSI.sub(b"", self.tail).replace(b"\r", b"").decode("utf-8", "replace")
        lines = text.replace("\u00a0", " ").split("\n")
        keys = lines[-2].strip() if len(lines) > 1 else ""
        return keys == "[Enter] lanjut" or keys.startswith("[Enter] bagian berikutnya")

    def type_line(self, text, timed):
        """Types `text` and Enter; with `timed`, the seconds to the first reply byte."""
        data = text.encode() + (b"\r" if self.terminal else b"\n")
        # The echo comes first: the terminal's own, or, on a pipe, latih's repeat of the
        # line after the prompt (written as soon as the line is read). Not the reply.
        echo = text.encode() + (b"\r\n" if self.terminal else b"\n")
        self.tail = b""
        start = time.perf_counter()
        os.write(self.write_fd, data)
        seen = b""
        while True:
            chunk = self.read(10.0)
            if not chunk:
                raise SystemExit("answer latency: no reply to %r" % text)
            seen += chunk
            if len(seen) > len(echo) or not echo.startswith(seen):
                elapsed = time.perf_counter() - start
                self.tail = seen[-256:]
                return elapsed if timed else None

    def close(self):
        try:
            os.close(self.write_fd) if self.terminal else self.process.stdin.close()
        except OSError:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.terminal:
            try:
                os.close(self.read_fd)
            except OSError:
                pass


def run(latih, bench, lessons, work, count=1000, terminal=False):
    """Latencies (seconds) of `count` answers through a pipe or a pseudo-terminal."""
    script = json.loads(subprocess.run(
        [bench, "answer-script", "--count", str(count), "--lessons", lessons],
        capture_output=True, check=True).stdout)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    data = os.path.join(work, "data")
    common = ["--data", data, "--lessons", lessons, "--lang", "id"]
    subprocess.run([latih, "participants", "add", script["name"]] + common,
                   check=True, capture_output=True)
    env = dict(os.environ, TERM="xterm-256color", LC_ALL="C.UTF-8")
    session = Session(
        [latih, "learn", script["lesson"], "--as", script["name"], "--seed",
         str(script["seed"])] + common, env, terminal)
    latencies = []
    try:
        for line in script["lines"]:
            if not session.wait_for_prompt():
                break
            while terminal and session.screen_wait():
                session.type_line("", False)
                if not session.wait_for_prompt():
                    break
            elapsed = session.type_line(line["text"], line["answer"])
            if elapsed is not None:
                latencies.append(elapsed)
    finally:
        session.close()
    return latencies


def describe(latencies):
    return {
        "answers": len(latencies),
        "p50_ms": percentile(latencies, 0.5) * 1000,
        "p90_ms": percentile(latencies, 0.9) * 1000,
        "p99_ms": percentile(latencies, 0.99) * 1000,
        "max_ms": max(latencies) * 1000,
        "mean_ms": statistics.mean(latencies) * 1000,
    }


if __name__ == "__main__":
    latih, bench, lessons, work = sys.argv[1:5]
    count = int(sys.argv[5]) if len(sys.argv) > 5 else 200
    for terminal in (False, True):
        figures = describe(run(latih, bench, lessons, os.path.join(work, "pty" if terminal else "pipe"), count, terminal))
        print(json.dumps(dict(figures, through="pty" if terminal else "pipe")))
