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
        "--no-bundled", "--format", "terminal"]


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


def _run_cli(
    *extra: str, tmp_path: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "factcheck.cli", *ARGS[:5], *extra, "-o", str(tmp_path)]
    full_env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"} | (env or {}) | {"COLUMNS": "120"}
    return subprocess.run(command, cwd=REPO, env=full_env, capture_output=True, text=True, check=False)


def test_failures_lead_and_skipped_checks_are_folded(demo_run: Run) -> None:
    text = render(demo_run, ["terminal"])["terminal"]
    statuses = [line.split("│")[1].split()[0] for line in text.splitlines()
                if line.startswith("│") and line.split("│")[1].strip()]
    assert statuses[: demo_run.report.summary.failed] == ["fail"] * demo_run.report.summary.failed
    assert statuses.index("pass") > statuses.index("inconclusive")
    failed = [r for r in demo_run.report.results if r.status == "fail"]
    for r in failed:
        assert r.headline.split(";")[0] in " ".join(text.split())


def test_only_failed_keeps_failures_and_the_summary(demo_run: Run) -> None:
    text = render(replace(demo_run, only_failed=True), ["terminal"])["terminal"]
    passed = [r for r in demo_run.report.results if r.status == "pass"]
    for r in passed:
        assert r.rule not in text
    assert "fail" in text
    assert text.rstrip().splitlines()[-1] == "1 passed, 2 failed, 1 inconclusive, 0 skipped, 0 errors"


def test_quiet_prints_the_summary_line_only(tmp_path: Path) -> None:
    for flag in ("-q", "--quiet"):
        done = _run_cli("--format", "terminal", flag, tmp_path=tmp_path)
        assert done.returncode == 1
        assert done.stdout == "1 passed, 2 failed, 1 inconclusive, 0 skipped, 0 errors\n"


def test_a_summary_line_closes_a_run_without_the_terminal_format(tmp_path: Path) -> None:
    done = _run_cli("--format", "json", tmp_path=tmp_path, env={"NO_COLOR": "1"})
    assert done.returncode == 1
    assert done.stdout == ("coverage: 6 of 6 figures checked against another figure, 0 only sanity-checked, "
                           "0 unchecked\n1 passed, 2 failed, 1 inconclusive, 0 skipped, 0 errors\n")
    assert ESC not in done.stdout
    assert f"wrote {tmp_path / 'report.json'}" in done.stderr


def test_help_lists_the_formats_and_the_terminal_options(tmp_path: Path) -> None:
    from factcheck.reports import formats

    done = subprocess.run([sys.executable, "-m", "factcheck.cli", "verify", "--help"], cwd=REPO,
                          env={**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}, capture_output=True,
                          text=True, check=False)
    squeezed = " ".join(done.stdout.replace("│", " ").split())
    assert ", ".join(formats()) in squeezed
    for option in ("--only-failed", "--quiet", "-q", "--no-bundled"):
        assert option in squeezed


def test_a_failure_says_where_its_figures_stand(demo_run: Run) -> None:
    from factcheck.reports._common import LineIndex

    text = " ".join(render(replace(demo_run, width=200), ["terminal"])["terminal"].split())
    doc = demo_run.documents[0]
    assert doc.text is not None
    failed = next(r for r in demo_run.report.results if r.status == "fail" and r.spans)
    span = failed.spans[0]
    line, column = LineIndex.of(doc.text).position(span.start)
    assert f"at {line}:{column} “{span.quote}”" in text
