"""The catalogue of hostile and broken inputs (``cases.yaml``): each answered as documented.

Every case builds its files in an empty folder (literally under ``files:`` or
with a generator from :mod:`tests.hostile.generators` under ``make:``), runs
the ``factcheck`` command line in-process, and checks the exit code, the exact
lines on standard error, and what was (or was not) written. Whatever the case,
no traceback is printed and no temporary file is left behind.
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck import cli
from tests.hostile.generators import GENERATORS

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "cases.yaml").read_text(encoding="utf-8")
)
# a problem in an input, or a usage error (an argument, an output folder)
PROBLEM_LINE = re.compile(r"^(\S.*:\d+:\d+: |factcheck: )\S")


def _make(folder: Path, case: dict[str, Any]) -> None:
    for step in case.get("make", []):
        ((name, args),) = step.items()
        GENERATORS[name](folder, *(args if isinstance(args, list) else [args]))
    for name, text in (case.get("files") or {}).items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")


def _read(folder: Path, name: str, out: str) -> str:
    return out if name == "stdout" else (folder / name).read_text(encoding="utf-8")


def test_the_catalogue_covers_every_class_with_at_least_sixty_cases() -> None:
    classes = {c["class"] for c in CASES}
    assert len(CASES) >= 60
    assert classes == {
        "reads only what it was given", "rules are bounded", "every bad input is exit 2",
        "nothing lost", "no silent acceptance", "outputs are safe for their readers",
    }
    assert len({c["id"] for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_hostile_input_is_answered_as_documented(
    case: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _make(tmp_path, case)
    monkeypatch.chdir(tmp_path)
    for name, value in (case.get("env") or {}).items():
        monkeypatch.setenv(name, str(value))
    monkeypatch.setattr(sys, "argv", ["factcheck", *map(str, case["run"])])
    with pytest.raises(SystemExit) as done:
        cli.main()
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    assert done.value.code == case["exit"], err
    if "stderr" in case:
        assert err.splitlines() == case["stderr"]
    if case["exit"] == 2:
        assert err
        assert all(PROBLEM_LINE.match(line) for line in err.splitlines()), err
    for name, texts in (case.get("contains") or {}).items():
        content = _read(tmp_path, name, out)
        for text in texts:
            assert text in content, (name, text)
    for name, texts in (case.get("excludes") or {}).items():
        content = _read(tmp_path, name, out)
        for text in texts:
            assert text not in content, (name, text)
    for name in case.get("xml") or []:
        ET.parse(tmp_path / name)
    for name, text in (case.get("unchanged") or {}).items():
        assert (tmp_path / name).read_text(encoding="utf-8") == text
    for name in case.get("absent") or []:
        assert not (tmp_path / name).exists(), name
    if "errors" in case:
        report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
        assert [r["message"] for r in report["results"] if r["status"] == "error"] == case["errors"]
    assert not [p for p in tmp_path.rglob("*.tmp")], "a temporary file was left behind"
