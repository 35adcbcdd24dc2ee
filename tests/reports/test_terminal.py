"""Terminal: a rich table, coloured only for a terminal that wants colour, with a summary last."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from factcheck.reports import Run, render

REPO = Path(__file__).resolve().parents[2]
ESC = "\x1b["
ARGS = ["verify", "tests/reports/data/demo.claims.yaml", "-r", "tests/reports/data/demo.rules.yaml",
        "--format", "terminal"]


def test_plain_when_colour_is_off(demo_run: Run) -> None:
    text = render(demo_run, ["terminal"])["terminal"]
    assert ESC not in text
    for r in demo_run.report.results:
        assert r.rule in text
    assert text.rstrip().splitlines()[-1] == "1 passed, 2 failed, 1 inconclusive, 0 skipped, 0 errors"


def test_coloured_when_asked(demo_run: Run) -> None:
    text = render(replace(demo_run, color=True), ["terminal"])["terminal"]
    assert ESC in text
    assert "failed" in text.splitlines()[-1]


def _cli(env: dict[str, str], *, tty: bool, tmp_path: Path) -> str:
    command = [sys.executable, "-m", "factcheck.cli", *ARGS, "-o", str(tmp_path)]
    full_env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"} | env | {"COLUMNS": "120"}
    if not tty:
        done = subprocess.run(command, cwd=REPO, env=full_env, capture_output=True, text=True, check=False)
        assert done.returncode == 1, done.stderr
        return done.stdout
    leader, follower = pty.openpty()
    process = subprocess.Popen(command, cwd=REPO, env=full_env, stdout=follower,
                               stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    assert process.wait(timeout=60) == 1
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_cli_colours_a_tty_but_not_with_no_color_or_a_pipe(tmp_path: Path) -> None:
    assert ESC in _cli({}, tty=True, tmp_path=tmp_path)
    assert ESC not in _cli({"NO_COLOR": "1"}, tty=True, tmp_path=tmp_path)
    piped = _cli({}, tty=False, tmp_path=tmp_path)
    assert ESC not in piped
    assert "2 failed" in piped.splitlines()[-1]
