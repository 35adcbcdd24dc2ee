"""Errors that point: each bad file in tests/data/errors states the lines it must produce.

A file's ``# expect: LINE:COL: message`` comments (or, for JSON, those of
``<name>.expect`` beside it) are every problem the command must report for it:
one ``file:line:col: message`` line each, all at once, exit 2, no traceback.
Claims files go through ``factcheck verify``, rules and tests files through
``factcheck rules lint``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli

ERRORS = REPO / "tests" / "data" / "errors"
AUTHORING = REPO / "tests" / "data" / "authoring"
BAD_FILES = sorted(p for p in ERRORS.iterdir() if p.suffix != ".expect")


def expectations(path: Path) -> list[str]:
    source = path.with_name(path.name + ".expect") if path.suffix == ".json" else path
    return [line.removeprefix("# expect: ") for line in source.read_text(encoding="utf-8").splitlines()
            if line.startswith("# expect: ")]


def command_for(path: Path, tmp_path: Path) -> list[str]:
    if ".claims." in path.name:
        return ["verify", str(path), "--rules", str(AUTHORING / "rules.yaml"), "--no-bundled", "--output",
                str(tmp_path), "--format", "json"]
    return ["rules", "lint", str(path)]


@pytest.mark.parametrize("path", BAD_FILES, ids=[p.name for p in BAD_FILES])
def test_a_bad_file_gives_one_pointed_line_per_problem(
    path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = expectations(path)
    assert expected, f"{path.name} states no '# expect:' line"
    code, _, err = run_cli(command_for(path, tmp_path), monkeypatch, capsys)
    lines = err.strip().splitlines()
    assert code == 2
    assert "Traceback" not in err
    assert len(lines) == len(expected), lines
    for want in expected:
        assert sum(line.startswith(f"{path}:{want}") for line in lines) == 1, (want, lines)
    assert not list((tmp_path).iterdir()), "nothing is written when an input is bad"


def test_every_kind_of_mistake_has_a_bad_file() -> None:
    messages = " ".join(m for p in BAD_FILES for m in expectations(p))
    for kind in ("YAML syntax", "unknown field", "did you mean", "is not one of", "expected a",
                 "unknown check kind", "no claim has id", "no rule has id", "duplicate claim id",
                 "duplicate rule id", "duplicate key", "does not compile", "no role named",
                 "message template"):
        assert kind in messages, kind


def test_debug_shows_the_traceback_after_the_problems(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = ERRORS / "unknown-kind.rules.yaml"
    code, _, err = run_cli(["rules", "lint", str(bad), "--debug"], monkeypatch, capsys)
    assert code == 2
    assert err.startswith(f"{bad}:6:12: unknown check kind 'compair'")
    assert "Traceback (most recent call last)" in err
    assert "InputError" in err


def test_debug_may_come_before_the_command(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(["--debug", "rules", "lint", str(AUTHORING)], monkeypatch, capsys)
    assert code == 0
    assert "2 rules, 5 test cases: no problems" in out


def test_problems_of_several_files_come_together(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    files = [ERRORS / "unknown-kind.rules.yaml", ERRORS / "unknown-param.rules.yaml"]
    code, _, err = run_cli(["rules", "lint", *map(str, files)], monkeypatch, capsys)
    assert code == 2
    assert [line.split(":")[0] for line in err.strip().splitlines()] == [str(f) for f in files]


def test_a_selector_no_claim_matches_is_a_warning_not_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text(
        "pack: p\nrules:\n  - id: r\n    title: T\n    check: compare\n    claims:\n"
        "      a: {measures: victims.minors}\n      b: {measures: victims}\n    message: m\n",
        encoding="utf-8",
    )
    claims = tmp_path / "doc.claims.yaml"
    claims.write_text(
        "document: {id: d, title: T}\nclaims:\n"
        "  - {id: v, kind: count, measures: victims, value: '10'}\n"
        "  - {id: m, kind: count, measures: victims.minor, value: '3'}\n",
        encoding="utf-8",
    )
    code, _, err = run_cli(["rules", "lint", str(rules), "--claims", str(claims)], monkeypatch, capsys)
    assert code == 0
    assert err.strip() == (f"{rules}:3:5: warning: r: a: no claim in d has measures 'victims.minors' "
                           "(did you mean 'victims.minor'?)")
    code, _, _ = run_cli(["rules", "lint", str(rules), "--claims", str(claims), "--strict"],
                         monkeypatch, capsys)
    assert code == 1
