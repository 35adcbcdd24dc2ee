"""Custom check kinds: a distribution that declares a ``factcheck.checks`` entry point is found."""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

import factcheck
from factcheck import _authoring, checks
from factcheck.testing import as_loaded

PLUGIN = '''
"""A custom check kind, as a newsroom would ship it in its own package."""
from pydantic import BaseModel, ConfigDict, Field

from factcheck import Status
from factcheck.checks import Binding, Finding, operand, register


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    digits: int = Field(default=4, ge=1, description="How many digits the figure has at most.")


@register("short_figure", roles={"claim": "one"}, params=Params, example="each: {kind: count}")
def check(bound: Binding, params: Params):
    """The figure is written with at most `digits` digits."""
    claim = bound.one("claim")
    digits = sum(ch.isdigit() for ch in claim.value)
    status = Status.PASS if digits <= params.digits else Status.FAIL
    yield Finding(status, f"{claim.value} has {digits} digits", (operand("claim", claim),))
'''


@pytest.fixture
def installed_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A real (unpacked) distribution on sys.path: module, METADATA and entry_points.txt."""
    (tmp_path / "newsroom_checks.py").write_text(PLUGIN, encoding="utf-8")
    info = tmp_path / "newsroom_checks-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: newsroom-checks\nVersion: 0.1\n",
                                   encoding="utf-8")
    (info / "entry_points.txt").write_text(
        "[factcheck.checks]\nshort_figure = newsroom_checks\n", encoding="utf-8")
    checks.kinds()  # built-in kinds registered first: their modules register only on first import
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(checks, "KINDS", checks.KINDS.copy(discover_again=True))
    yield tmp_path
    sys.modules.pop("newsroom_checks", None)


def test_an_entry_point_check_kind_is_discovered_and_runs(installed_plugin: Path, tmp_path: Path) -> None:
    assert "short_figure" in checks.kinds()
    rules = tmp_path / "rules.yaml"
    rules.write_text(textwrap.dedent("""\
        pack: newsroom
        rules:
          - id: counts-are-short
            title: Counts have at most four digits
            check: short_figure
            params: {digits: 4}
            each: {kind: count}
            message: "{{ claim }}"
        """), encoding="utf-8")
    cf = factcheck.ClaimsFile.model_validate({
        "document": {"id": "d", "title": "T"},
        "claims": [{"id": "a", "kind": "count", "measures": "v", "value": "197"},
                   {"id": "b", "kind": "count", "measures": "w", "value": "123456"}]})
    report = factcheck.evaluate([as_loaded(cf)], factcheck.load_rules([rules]))
    assert [(r.claims, r.status) for r in report.results] == [(["a"], "pass"), (["b"], "fail")]


def test_a_plugin_kind_gets_the_same_authoring_support(installed_plugin: Path, tmp_path: Path) -> None:
    text = _authoring.explain("short_figure")
    assert text.startswith("check kind short_figure: The figure is written with at most `digits` digits.")
    assert "digits: int, default 4" in text
    rules = tmp_path / "rules.yaml"
    rules.write_text("pack: p\nrules:\n  - {id: r, title: T, check: short_figure, params: {digit: 3},"
                     " each: {}, message: m}\n", encoding="utf-8")
    with pytest.raises(factcheck.InputError) as caught:
        factcheck.load_rules([rules])
    assert [p.message for p in caught.value.problems] == ["unknown field 'digit' (did you mean 'digits'?)"]
    (tmp_path / "tests.yaml").write_text(textwrap.dedent("""\
        cases:
          - rule: r
            expect: fail
            claims: [{id: a, kind: count, measures: v, value: "12345"}]
        """), encoding="utf-8")
    rules.write_text("pack: p\nrules:\n  - {id: r, title: T, check: short_figure, params: {digits: 3},"
                     " each: {}, message: m}\n", encoding="utf-8")
    run = _authoring.run_rule_tests([tmp_path])
    assert [(o.rule, o.verdict) for o in run.outcomes] == [("r", "passed")]


def test_a_plugin_kind_stays_out_of_the_committed_schema(installed_plugin: Path) -> None:
    assert "short_figure" in checks.kinds()
    schema = _authoring.json_schema("rules")
    assert "short_figure" not in str(schema)
