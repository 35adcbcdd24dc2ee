"""End to end: the command a user runs, its exit codes, and the reports it writes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import factcheck
from factcheck import _files
from tests.conftest import EXAMPLE, REPO

DATA = REPO / "tests" / "data"


def factcheck_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120"}
    return subprocess.run([sys.executable, "-m", "factcheck", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def bundled_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], dict]:
    out = tmp_path_factory.mktemp("reports")
    done = factcheck_cli("verify", "--output", str(out), cwd=REPO)
    return done, json.loads((out / "report.json").read_text(encoding="utf-8"))


def test_the_bundled_example_verifies_with_no_failure(bundled_run: tuple) -> None:
    done, report = bundled_run
    assert done.returncode == 0, done.stderr
    assert report["summary"]["failed"] == 0
    assert report["summary"]["errors"] == 0
    assert "0 failed" in done.stdout


def _status(report: dict, rule: str, claim: str | None = None) -> list[str]:
    return [r["status"] for r in report["results"]
            if r["rule"] == rule and (claim is None or claim in r["claims"])]


def test_the_bundled_verdicts(bundled_run: tuple) -> None:
    _, report = bundled_run
    assert _status(report, "minor-victims-within-victims") == ["pass"]
    assert _status(report, "foreign-suspects-within-suspects") == ["pass"]
    assert _status(report, "part-within-whole") == ["pass", "pass"]
    agreeing = {r["claims"][0] for r in report["results"] if r["rule"] == "mentions-agree"}
    assert {"cases", "cases-change", "victims", "suspects", "suspects-foreign", "waste-cities",
            "energy-projects"} <= agreeing
    assert set(_status(report, "mentions-agree")) == {"pass"}
    assert _status(report, "festival-after-launch") == ["pass"]


def test_the_changes_report_the_previous_year_they_imply(bundled_run: tuple) -> None:
    _, report = bundled_run
    implied = {r["claims"][0]: r["derived"][0]["interval"] for r in report["results"]
               if r["rule"] == "change-matches-figures"}
    assert implied["cases-change"]["hi"] == "164"           # 197 after a rise of over 20 %
    assert implied["victims-minor-change"]["lo"] == "164"   # 230 after a rise of 40 %
    assert implied["victims-minor-change"]["hi"] == "164"


def test_the_json_report_contract(bundled_run: tuple) -> None:
    _, report = bundled_run
    assert set(report["summary"]) == {"passed", "failed", "inconclusive", "skipped", "errors", "coverage"}
    claims = report["documents"][0]["claims"]
    assert sum(report["summary"]["coverage"].values()) == len(report["figures"]) == claims
    for result in report["results"]:
        fields = {"rule", "status", "severity", "message", "claims", "spans", "evidence", "derived"}
        assert fields <= set(result)
        assert result["status"] in {"pass", "fail", "inconclusive", "skipped", "error"}
        for span in result["spans"]:
            assert {"document", "start", "end"} <= set(span)


def test_a_contradictory_text_fails_with_exit_1_and_points_at_the_figures(tmp_path: Path) -> None:
    done = factcheck_cli("verify", str(DATA / "contradictory.claims.yaml"), "--output", str(tmp_path),
                         "--format", "json", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    failed = {r["rule"]: r for r in report["results"] if r["status"] == "fail"}
    assert set(failed) == {"part-within-whole", "change-matches-figures", "mentions-agree"}
    assert [(s["start"], s["end"]) for s in failed["mentions-agree"]["spans"]] == [(74, 88), (291, 305)]
    assert "37.3" in failed["change-matches-figures"]["explanation"]  # (412 - 300) / 300


def test_bad_input_is_one_line_per_problem_and_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.claims.yaml"
    bad.write_text("document: {id: d, title: T}\nclaims:\n  - {id: a, kind: count, measures: v, value: x}\n",
                   encoding="utf-8")
    (tmp_path / "out").mkdir()
    kept = tmp_path / "out" / "report.json"
    kept.write_text("earlier report", encoding="utf-8")
    done = factcheck_cli("verify", str(bad), "--output", str(tmp_path / "out"), cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [f"{bad}:3:5: 'x' is not a number (write it as digits, "
                                                "e.g. '197' or '15.70')"]
    assert "Traceback" not in done.stderr
    assert kept.read_text(encoding="utf-8") == "earlier report"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["report.json"]


@pytest.mark.parametrize(
    "args", [["verify", "--no-such-option"], ["verify", "--format", "pdf"], ["frobnicate"]]
)
def test_usage_errors_are_one_line_and_exit_2(tmp_path: Path, args: list[str]) -> None:
    done = factcheck_cli(*args, "--output", str(tmp_path), cwd=tmp_path)
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "Traceback" not in done.stderr


def test_reports_are_byte_identical_across_runs(tmp_path: Path) -> None:
    for name in ("a", "b"):
        factcheck.verify([EXAMPLE], formats=["json", "markdown"], output=tmp_path / name)
    for filename in ("report.json", "report.md"):
        assert (tmp_path / "a" / filename).read_bytes() == (tmp_path / "b" / filename).read_bytes()


def test_a_failed_write_leaves_the_old_report_and_no_temp_file(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "report.json").write_text("old", encoding="utf-8")

    def crash(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(_files.os, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        factcheck.verify([EXAMPLE], formats=["json"], output=tmp_path)
    assert (tmp_path / "report.json").read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_fail_on_lets_warnings_pass_ci(tmp_path: Path) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text("pack: p\nrules:\n  - {id: w, title: T, severity: warning, check: range, "
                     "params: {max: 100}, each: {}, message: m}\n", encoding="utf-8")
    args = ["verify", str(DATA / "contradictory.claims.yaml"), "--rules", str(rules), "--no-bundled",
            "--output", str(tmp_path), "--format", "json"]
    assert factcheck_cli(*args, cwd=tmp_path).returncode == 1
    assert factcheck_cli(*args, "--fail-on", "error", cwd=tmp_path).returncode == 0


def test_the_terminal_table_is_plain_without_a_tty(bundled_run: tuple) -> None:
    done, _ = bundled_run
    assert "\x1b[" not in done.stdout
    assert "minor-victims-within-victims" in done.stdout
