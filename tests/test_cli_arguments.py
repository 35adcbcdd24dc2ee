"""One voice at the edge: every bad argument of every command is refused the same way.

One line ``factcheck: <message>`` on stderr, exit code 2, nothing written,
and no wording of the libraries underneath (typer, pydantic, enum names).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck._build import extraction_build
from factcheck._cli_common import ExitCode
from tests.conftest import REPO, run_cli

ARTICLE = str(REPO / "examples" / "cambodia-2023-illustrative.txt")
LIBRARY_WORDING = ("Value error", "Invalid value", "<arguments>", "Severity", "ExtractFormat",
                   "SchemaName", "pydantic", "typer", "click", "Traceback")

BAD_ARGUMENTS = [
    (["verify", "--format", "pdf"],
     "unknown report format 'pdf'; choose from claimreview, html, json, junit, markdown, sarif, terminal"),
    (["verify", "--fail-on", "fatal"],
     "unknown --fail-on severity 'fatal'; choose from error, warning, info"),
    (["verify", "--no-such-option"], "no such option: --no-such-option"),
    (["extract", ARTICLE, "--format", "xml"], "unknown extract format 'xml'; choose from yaml, json"),
    (["extract"], "missing argument 'article'"),
    (["schema", "article"], "unknown schema 'article'; choose from claims, rules, rule-tests, report"),
    (["schema"], "missing argument 'claims|rules|rule-tests|report'"),
    (["rules", "explain", "no-such-rule"], "no rule or check kind 'no-such-rule'"),
    (["rules", "lint", "--strict=maybe"], "option '--strict' does not take a value"),
    (["rules", "frobnicate"], "no such command 'frobnicate'"),
    (["frobnicate"], "no such command 'frobnicate'"),
]


@pytest.mark.parametrize(("args", "message"), BAD_ARGUMENTS, ids=[" ".join(a[:3]) for a, _ in BAD_ARGUMENTS])
def test_a_bad_argument_is_one_usage_line_and_exit_2(
    args: list[str], message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run_cli(args, monkeypatch, capsys)
    assert code == ExitCode.BAD_INPUT == 2
    assert err == f"factcheck: {message}\n"
    assert not [w for w in LIBRARY_WORDING if w in err]
    assert list(tmp_path.iterdir()) == []


def test_an_output_folder_that_cannot_be_made_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    code, _, err = run_cli(["verify", "--format", "json", "--output", str(blocker / "out")],
                           monkeypatch, capsys)
    assert code == ExitCode.BAD_INPUT
    assert err.startswith("factcheck: ")
    assert len(err.splitlines()) == 1
    assert "Traceback" not in err


def test_a_good_choice_is_accepted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["extract", ARTICLE, "--format", "json"], monkeypatch, capsys)
    assert code == ExitCode.OK
    assert out.startswith("{")
    code, _, _ = run_cli(["verify", "--fail-on", "warning", "--format", "json", "--output", str(tmp_path)],
                         monkeypatch, capsys)
    assert code == ExitCode.OK
    assert (tmp_path / "report.json").is_file()


def test_version_prints_the_installed_version(monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["--version"], monkeypatch, capsys)
    assert code == ExitCode.OK
    assert out == f"factcheck {factcheck.__version__} ({extraction_build()})\n"


COMMANDS = [[], ["verify"], ["extract"], ["schema"], ["rules"], ["rules", "lint"], ["rules", "list"],
            ["rules", "explain"], ["rules", "test"]]


@pytest.mark.parametrize("command", COMMANDS, ids=[" ".join(c) or "factcheck" for c in COMMANDS])
def test_dash_h_is_help_on_every_command(command: list[str], monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    code, short, _ = run_cli([*command, "-h"], monkeypatch, capsys)
    assert code == ExitCode.OK
    assert "Usage: factcheck" in short
    _, long, _ = run_cli([*command, "--help"], monkeypatch, capsys)
    assert short == long
