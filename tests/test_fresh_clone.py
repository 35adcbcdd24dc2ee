"""A fresh clone stays clean, and a run says what it could not check.

``factcheck verify`` writes to ``reports/`` by default; the committed example
reports live in ``examples/reports/``, so running the README's first command
in a clone leaves ``git status`` clean. A claims file whose article text
cannot be read still verifies, with one warning line saying its quotes went
unchecked.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

import factcheck
from factcheck._cli_common import ExitCode
from tests.conftest import EXAMPLE, REPO, run_cli

CLAIMS = """\
document: {id: d, title: T}
claims:
  - {id: a, kind: count, measures: v, value: "12", mentions: [{start: 0, end: 2, quote: "12"}]}
"""


def _claims_naming(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "d.claims.yaml"
    path.write_text(CLAIMS.replace("title: T}", f"title: T,\n  text: {text}}}"), encoding="utf-8")
    return path


def test_the_default_output_folder_is_ignored_by_git() -> None:
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    ignored = subprocess.run(["git", "check-ignore", "-q", "reports/report.json"], cwd=REPO, check=False)
    assert ignored.returncode == 0
    tracked = subprocess.run(["git", "ls-files", "reports"], cwd=REPO, capture_output=True, text=True,
                             check=True)
    assert tracked.stdout == ""
    assert (REPO / "examples" / "reports" / "report.json").is_file()


def test_verify_creates_the_output_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, _ = run_cli(["verify", str(EXAMPLE), "--format", "json"], monkeypatch, capsys)
    assert code == ExitCode.OK
    assert (tmp_path / "reports" / "report.json").is_file()


def test_a_text_that_cannot_be_found_is_one_warning_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    claims = _claims_naming(tmp_path, "gone.txt")
    outcome = factcheck.verify([claims], formats=["json"], output=None)
    assert [str(w) for w in outcome.warnings] == [
        f"{claims}:2:9: warning: document text 'gone.txt' not found; its quotes and offsets go unchecked"]
    code, _, err = run_cli(["verify", str(claims), "--format", "json", "-o", str(tmp_path / "out")],
                           monkeypatch, capsys)
    assert code == ExitCode.OK
    assert [line for line in err.splitlines() if "warning" in line] == [str(outcome.warnings[0])]


def test_a_text_that_is_found_gives_no_warning(tmp_path: Path) -> None:
    (tmp_path / "here.txt").write_text("12 people", encoding="utf-8")
    outcome = factcheck.verify([_claims_naming(tmp_path, "here.txt")], formats=["json"], output=None)
    assert outcome.warnings == []
    (tmp_path / "here.txt").write_text("21 people", encoding="utf-8")  # now the quote is checked
    with pytest.raises(factcheck.InputError, match="does not match the text"):
        factcheck.verify([_claims_naming(tmp_path, "here.txt")], formats=["json"], output=None)
