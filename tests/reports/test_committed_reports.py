"""The reports committed in ``examples/reports/`` are what ``scripts/regenerate_reports.py`` writes today."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.reports import formats

REPO = Path(__file__).resolve().parents[2]
ARTICLE = REPO.parent / "shared" / "articles" / "cambodia-cross-border-crime.txt"
COMMITTED = REPO / "examples" / "reports"


def _render_committed() -> Callable[[], dict[str, str]]:
    script = REPO / "scripts" / "regenerate_reports.py"
    spec = importlib.util.spec_from_file_location("regenerate_reports", script)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    render: Callable[[], dict[str, str]] = module.render_committed
    return render


@pytest.fixture(scope="module")
def fresh() -> dict[str, str]:
    if not ARTICLE.is_file():
        pytest.skip(f"the source article is not at {ARTICLE}; reports are regenerated where it is")
    return _render_committed()()


def test_every_file_format_is_committed(fresh: dict[str, str]) -> None:
    expected = {f.filename for f in formats().values() if f.filename is not None}
    assert set(fresh) == {n for n, f in formats().items() if f.filename is not None}
    assert {p.name for p in COMMITTED.iterdir() if p.is_file()} >= expected


def test_committed_reports_are_not_stale(fresh: dict[str, str]) -> None:
    stale = [
        formats()[name].filename
        for name, text in fresh.items()
        if (COMMITTED / str(formats()[name].filename)).read_text(encoding="utf-8") != text
    ]
    assert stale == [], (
        "stale reports: run `python scripts/regenerate_reports.py` and commit examples/reports/")


def test_committed_reports_hold_nothing_machine_specific() -> None:
    for path in COMMITTED.iterdir():
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"(/home/|/tmp/|/work/|/Users/|[A-Z]:\\\\|file://)", text), path.name


def test_the_committed_html_does_not_copy_the_article(fresh: dict[str, str]) -> None:
    html = (COMMITTED / "report.html").read_text(encoding="utf-8")
    assert '<div class="article">' not in html
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", ARTICLE.read_text(encoding="utf-8"))]
    long_ones = [s for s in sentences if len(s) > 60]
    assert long_ones
    assert not [s for s in long_ones if s in html]


def test_regeneration_refuses_without_the_article_text() -> None:
    from factcheck import load_claims
    from factcheck._documents import LoadedClaims

    script = REPO / "scripts" / "regenerate_reports.py"
    spec = importlib.util.spec_from_file_location("regenerate_reports_refusal", script)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    doc = load_claims(REPO / "tests" / "reports" / "data" / "demo.claims.yaml")
    assert doc.text is not None
    module.refuse_without_text([doc])  # with its text: goes ahead
    textless = LoadedClaims(doc.claims_file, doc.path, None, None)
    with pytest.raises(SystemExit, match="Nothing was written"):
        module.refuse_without_text([textless])
