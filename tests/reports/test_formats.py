"""All formats together: one run, the agreed file names, byte-identical output, readable files."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

from factcheck.reports import Run, formats, render

REPO = Path(__file__).resolve().parents[2]
FILES = {
    "json": "report.json",
    "markdown": "report.md",
    "html": "report.html",
    "junit": "report.junit.xml",
    "sarif": "report.sarif",
    "claimreview": "claimreview.jsonld",
}


def test_each_format_writes_its_agreed_file_name() -> None:
    assert {name: f.filename for name, f in formats().items() if f.filename} == FILES
    assert formats()["terminal"].filename is None


def test_every_format_renders_the_same_run_byte_for_byte_twice(demo_run: Run) -> None:
    first = render(demo_run, list(formats()))
    second = render(demo_run, list(formats()))
    assert first == second
    assert all(text.endswith("\n") for text in first.values())


def _verify(output: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "factcheck.cli", "verify", "tests/reports/data/demo.claims.yaml",
               "-r", "tests/reports/data/demo.rules.yaml", "--no-bundled", "-o", str(output)]
    for name in FILES:
        command += ["--format", name]
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)


def test_several_formats_in_one_cli_run(tmp_path: Path) -> None:
    done = _verify(tmp_path / "a")
    assert done.returncode == 1, done.stderr  # the demo has failed checks
    written = {p.name for p in (tmp_path / "a").iterdir()}
    assert written == set(FILES.values())
    report = json.loads((tmp_path / "a" / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["failed"] == 2
    mask = os.umask(0o022)
    os.umask(mask)
    for path in (tmp_path / "a").iterdir():  # like any file the user creates, not mkstemp's 0600
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask, path.name
    _verify(tmp_path / "b")
    for name in FILES.values():
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
        assert str(tmp_path) not in (tmp_path / "a" / name).read_text(encoding="utf-8")


def test_every_format_puts_failures_first_and_says_what_is_wrong(demo_run: Run) -> None:
    import re
    import xml.etree.ElementTree as ET

    failed = [r for r in demo_run.report.results if r.status == "fail"]
    assert failed
    out = render(demo_run, ["markdown", "html", "junit", "sarif", "terminal"])

    md_rows = [line for line in out["markdown"].splitlines() if line.startswith("| ") and "`" in line]
    assert all("fail" in row for row in md_rows[: len(failed)])
    assert "⏭ skipped" not in "".join(md_rows)  # skipped folded into one line, not table rows

    html_statuses = re.findall(r'<tr class="result" id="r\d+" data-status="(\w+)"', out["html"])
    assert html_statuses[: len(failed)] == ["fail"] * len(failed)
    assert html_statuses == sorted(
        html_statuses, key=["fail", "error", "inconclusive", "pass", "skipped"].index)

    cases = ET.fromstring(out["junit"].split("?>", 1)[1]).iter("testcase")
    first = [c.find("failure") for c in list(cases)[: len(failed)]]
    assert all(f is not None and f.get("message") in {r.headline for r in failed} for f in first)

    sarif = json.loads(out["sarif"])["runs"][0]["results"]
    assert [r["kind"] for r in sarif[: len(failed)]] == ["fail"] * len(failed)

    for r in failed:
        assert r.headline
        assert r.headline != r.message
        assert "⊆" not in (r.evidence.computation or "")
        assert r.headline in out["markdown"]
