"""The traps a new rule author fell into, each closed: typos found early, packs added not replaced."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

import factcheck
from factcheck._bundled import bundled_example
from tests.conftest import REPO
from tests.test_cli import factcheck_cli

TYPO_IN_MESSAGE = """\
pack: mine
rules:
  - id: late-share
    title: A late share agrees with its counts
    check: share
    relation: share_of
    message: "{{ share.valu }} of {{ whole }}"
"""

TYPO_IN_SELECTOR = """\
pack: mine
rules:
  - id: minors-within-victims
    title: Minor victims are no more than victims
    check: compare
    claims:
      a: {measures: victims.minr}
      b: {measures: victims}
    message: "{{ a }} of {{ b }}"
"""


def test_lint_points_at_a_misspelt_attribute(tmp_path: Path) -> None:
    rules = tmp_path / "mine.rules.yaml"
    rules.write_text(TYPO_IN_MESSAGE, encoding="utf-8")
    done = factcheck_cli("rules", "lint", str(rules), cwd=tmp_path)
    assert done.returncode == 2
    (line,) = done.stderr.strip().splitlines()
    # line 7, column of "valu" inside the quoted message
    assert line.startswith(f"{rules}:7:24: message template: a claim has no attribute 'valu'")
    assert "did you mean 'value'?" in line
    assert "TemplateClaim" not in line
    # verify refuses the same pack as bad input before running anything
    verify = factcheck_cli("verify", "--rules", str(rules), "-o", str(tmp_path), "-f", "json",
                           cwd=tmp_path)
    assert verify.returncode == 2
    assert f"{rules}:7:24:" in verify.stderr


def test_verify_warns_when_a_selector_matches_nothing(tmp_path: Path) -> None:
    rules = tmp_path / "mine.rules.yaml"
    rules.write_text(TYPO_IN_SELECTOR, encoding="utf-8")
    outcome = factcheck.verify([bundled_example()], rules=[rules], output=None)
    (warning,) = [w for w in outcome.warnings if "minors-within-victims" in w.message]
    assert warning.file == str(rules)
    assert "'victims.minr'" in warning.message
    assert "did you mean 'victims.minor'?" in warning.message
    done = factcheck_cli("verify", str(bundled_example()), "--rules", str(rules), "-o", str(tmp_path),
                         "-f", "json", cwd=tmp_path)
    assert "did you mean 'victims.minor'?" in done.stderr


def _packs(outcome: factcheck.Verification) -> set[str]:
    return {r.pack for r in outcome.report.results}


def test_rules_add_to_the_bundled_packs_and_can_name_them(tmp_path: Path) -> None:
    rules = tmp_path / "mine.rules.yaml"
    rules.write_text(TYPO_IN_SELECTOR.replace("minr", "minor"), encoding="utf-8")
    example = [bundled_example()]
    assert _packs(factcheck.verify(example, output=None)) == {"generic", "cambodia-cross-border-crime"}
    added = factcheck.verify(example, rules=[rules], output=None)
    assert _packs(added) == {"generic", "cambodia-cross-border-crime", "mine"}
    alone = factcheck.verify(example, rules=[rules], bundled=False, output=None)
    assert _packs(alone) == {"mine"}
    named = factcheck.verify(example, rules=["generic"], bundled=False, output=None)
    assert _packs(named) == {"generic"}
    assert factcheck.bundled_rules() == REPO / "rules"
    with pytest.raises(factcheck.UsageError, match="--no-bundled needs"):
        factcheck.verify(example, bundled=False, output=None)


def test_a_rule_with_a_bundled_id_replaces_it(tmp_path: Path) -> None:
    rules = tmp_path / "mine.rules.yaml"
    rules.write_text(TYPO_IN_SELECTOR.replace("minors-within-victims", "year-plausible")
                     .replace("minr", "minor"), encoding="utf-8")
    outcome = factcheck.verify([bundled_example()], rules=[rules], output=None)
    assert {r.pack for r in outcome.report.results if r.rule == "year-plausible"} == {"mine"}


@pytest.mark.parametrize(
    ("figure", "lo", "hi"),
    [
        ("0.53", Fraction(525, 1000), Fraction(535, 1000)),
        (0.53, Fraction(525, 1000), Fraction(535, 1000)),
        (197, Fraction(393, 2), Fraction(395, 2)),
        (Decimal("0.530"), Fraction(5295, 10000), Fraction(5305, 10000)),
        (-2.5, Fraction(-255, 100), Fraction(-245, 100)),
    ],
)
def test_unround_takes_the_figure_in_any_plain_type(figure: object, lo: Fraction, hi: Fraction) -> None:
    interval = factcheck.unround(figure)  # type: ignore[arg-type]
    assert (interval.lo, interval.hi) == (lo, hi)


@pytest.mark.parametrize("figure", [Fraction(1, 2), True, None, [1]])
def test_unround_refuses_what_has_no_written_precision(figure: object) -> None:
    with pytest.raises(TypeError, match="str, int, float or Decimal"):
        factcheck.unround(figure)  # type: ignore[arg-type]
