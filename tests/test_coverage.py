"""Coverage: each figure is checked against another, only sanity-checked, or unchecked — in every report."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from factcheck import evaluate, load_rules
from factcheck._coverage import COMPARED, SANITY, UNCHECKED, CoverageCounts, merge_figures
from factcheck._loading import load_claims
from factcheck._results import Report
from factcheck.reports import Run, render

CLAIMS = """\
schema: factcheck/claims/v1
document: {id: %(id)s, title: A made-up note}
claims:
  - {id: housed, kind: count, measures: families.housed, value: "90"}
  - {id: registered, kind: count, measures: families.registered, value: "110"}
  - {id: staff, kind: count, measures: staff, value: "12"}
  - {id: budget, kind: amount, measures: budget, value: "3", unit: "EUR million"}
"""

RULES = """\
schema: factcheck/rules/v1
pack: coverage-test
rules:
  - id: housed-within-registered
    title: Families housed are not more than families registered
    check: compare
    params: {op: "<="}
    claims:
      a: {measures: families.housed}
      b: {measures: families.registered}
    message: "{{ a }} housed vs {{ b }} registered"
  - id: count-whole
    title: A count is a whole number
    check: range
    params: {min: 0, integer: true}
    each: {kind: count}
    message: "{{ claim }} as a count"
"""


@pytest.fixture
def run(tmp_path: Path) -> Run:
    (tmp_path / "note.claims.yaml").write_text(CLAIMS % {"id": "note"}, encoding="utf-8")
    (tmp_path / "note.rules.yaml").write_text(RULES, encoding="utf-8")
    documents = [load_claims(tmp_path / "note.claims.yaml")]
    return Run(report=evaluate(documents, load_rules([tmp_path / "note.rules.yaml"])), documents=documents)


def test_each_figure_gets_the_best_level_a_check_that_ran_gave_it(run: Run) -> None:
    levels = {f.claim: f.coverage for f in run.report.figures}
    assert levels == {"housed": COMPARED, "registered": COMPARED, "staff": SANITY, "budget": UNCHECKED}
    assert run.report.summary.coverage == CoverageCounts(compared=2, sanity=1, unchecked=1)


def test_merging_reports_keeps_each_figure_once_at_its_best_level(run: Run) -> None:
    figures = run.report.figures
    worse = [f.model_copy(update={"coverage": UNCHECKED}) for f in figures]
    merged = merge_figures([worse, figures])
    assert [f.coverage for f in merged] == [f.coverage for f in figures]
    assert Report.merge([run.report, run.report]).summary.coverage == run.report.summary.coverage


def test_json_lists_every_figure_and_the_counts(run: Run) -> None:
    data = json.loads(render(run, ["json"])["json"])
    assert data["summary"]["coverage"] == {"compared": 2, "sanity": 1, "unchecked": 1}
    assert [(f["claim"], f["coverage"]) for f in data["figures"]][-1] == ("budget", "unchecked")


def test_markdown_says_per_figure_and_in_the_summary(run: Run) -> None:
    text = render(run, ["markdown"])["markdown"]
    assert ("Coverage: 2 of 4 figures checked against another figure, 1 only sanity-checked, "
            "1 unchecked.") in text
    assert "| — | `staff` | only sanity-checked (no check against another figure) |" in text
    assert "| — | `budget` | not checked by any rule that ran |" in text


def test_the_terminal_names_the_figures_left_open_and_counts_them(run: Run) -> None:
    lines = render(run, ["terminal"])["terminal"].splitlines()
    assert "1 only sanity-checked: staff" in lines
    assert "1 unchecked: budget" in lines
    assert lines[-2].startswith("coverage: 2 of 4 figures checked against another figure")


def test_junit_and_sarif_carry_the_coverage(run: Run) -> None:
    suite = ET.fromstring(render(run, ["junit"])["junit"]).find("testsuite")
    assert suite is not None
    props = {p.get("name"): p.get("value") for p in suite.iter("property")}
    counts = [props[f"coverage.{level}"] for level in ("compared", "sanity", "unchecked")]
    assert counts == ["2", "1", "1"]
    assert props["coverage.claim.budget"] == "unchecked"
    sarif = json.loads(render(run, ["sarif"])["sarif"])
    assert sarif["runs"][0]["properties"]["coverage"] == {"compared": 2, "sanity": 1, "unchecked": 1}


def test_the_corpus_aggregate_adds_up_the_coverage(tmp_path: Path) -> None:
    from factcheck._runner import verify_corpus

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("one", "two"):
        (corpus / f"{name}.claims.yaml").write_text(CLAIMS % {"id": name}, encoding="utf-8")
    (tmp_path / "note.rules.yaml").write_text(RULES, encoding="utf-8")
    verify_corpus([corpus], rules=[tmp_path / "note.rules.yaml"], output=tmp_path / "out", jobs=1,
                  bundled=False)
    data = json.loads((tmp_path / "out" / "aggregate.json").read_text(encoding="utf-8"))
    assert data["summary"]["coverage"] == {"compared": 4, "sanity": 2, "unchecked": 2}
    assert "Coverage: 4 of 8 figures checked against another figure" in \
        (tmp_path / "out" / "aggregate.md").read_text(encoding="utf-8")
