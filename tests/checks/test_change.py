"""change: a stated rise or fall agrees with both figures, or implies the missing one."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck._intervals import Interval
from factcheck.checks.change import _relative, _relative_by_operators
from tests.conftest import RunRule, claim


def _claims(new: str | None, old: str | None, change: str, *, qualifier: str = "exact",
            direction: str = "increase", unit: str = "percent") -> list[object]:
    out = [claim("c", change, "change", qualifier=qualifier, direction=direction, unit=unit,
                 change_of="new" if new else None, baseline="old" if old else None)]
    if new:
        out.append(claim("new", new, measures="minors", period="2024"))
    if old:
        out.append(claim("old", old, measures="minors", period="2023"))
    return out


@pytest.mark.parametrize(
    ("claims", "status"),
    [
        (_claims("230", "164", "40"), "pass"),
        (_claims("230", "150", "40"), "fail"),
        (_claims("197", "160", "20", qualifier="over"), "pass"),
        (_claims("197", "170", "20", qualifier="over"), "fail"),
        (_claims("80", "100", "20", direction="decrease"), "pass"),
        (_claims("80", "100", "20", direction="increase"), "fail"),
        (_claims("230", "200", "30", unit="minors"), "pass"),
        (_claims("230", "210", "20", qualifier="about", unit="minors"), "pass"),
        (_claims("230", "164", "40", qualifier="about"), "pass"),
        (_claims("230", None, "40"), "inconclusive"),
        (_claims(None, "164", "40"), "inconclusive"),
    ],
)
def test_change(run_rule: RunRule, claims: list[object], status: str) -> None:
    (result,) = run_rule(claims, check="change", relation="change_of")
    assert result.status == status


@pytest.mark.parametrize(
    ("new", "change", "qualifier", "implied"),
    [
        ("230", "40", "exact", "exactly 164"),
        ("197", "20", "over", "at most 164"),
    ],
)
def test_one_figure_implies_the_other(run_rule: RunRule, new: str, change: str, qualifier: str,
                                      implied: str) -> None:
    (result,) = run_rule(_claims(new, None, change, qualifier=qualifier), check="change",
                         relation="change_of")
    assert [d.text for d in result.derived] == [implied]
    assert "164" in result.explanation


def test_no_whole_baseline_is_a_failure(run_rule: RunRule) -> None:
    # 10 after a rise of exactly 33.33 %: 10 / 1.3333 = 7.5 — no whole number of last year's cases
    (result,) = run_rule(_claims("10", None, "33.33"), check="change", relation="change_of")
    assert result.status == "fail"


def test_change_is_skipped_when_no_change_is_stated(run_rule: RunRule) -> None:
    (result,) = run_rule([claim("new", "230")], check="change", relation="change_of")
    assert result.status == "skipped"


def test_change_is_skipped_when_it_names_neither_figure(run_rule: RunRule) -> None:
    lone = claim("c", "40", "change", direction="increase", unit="percent")
    (result,) = run_rule([lone], check="change", claims={"change": {"id": "c"}})
    assert result.status == "skipped"
    assert "neither" in result.explanation


_ENDS = st.fractions(min_value=-10**6, max_value=10**6, max_denominator=400)


@st.composite
def _intervals(draw: st.DrawFn, positive: bool = False) -> Interval:
    lo, hi = sorted([draw(_ENDS), draw(_ENDS)])
    if positive:
        lo, hi = abs(lo) + Fraction(1, 1000), abs(hi) + Fraction(1, 1000)
        lo, hi = min(lo, hi), max(lo, hi)
    if draw(st.booleans()):
        hi = lo  # a point: a figure stated exactly
    return Interval(lo, hi, draw(st.booleans()), draw(st.booleans()), draw(st.booleans()))


@settings(max_examples=300)
@given(new=_intervals(), old=st.one_of(_intervals(positive=True), _intervals()),
       scale=st.sampled_from([1, 100]), difference=st.booleans())
def test_the_relative_change_is_the_set_the_operators_give(
    new: Interval, old: Interval, scale: int, difference: bool
) -> None:
    """The change's arithmetic on numerators and denominators gives exactly the Interval operators' set."""
    quick = _relative(new, old, scale, difference=difference)
    assert quick == _relative_by_operators(new, old, scale, difference=difference)
    assert str(quick) == str(_relative_by_operators(new, old, scale, difference=difference))
