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


@pytest.mark.parametrize(
    ("change", "status"),
    [("18.4", "fail"), ("18.5", "pass"), ("18.6", "fail")],
)
def test_the_old_figure_is_one_value_in_both_places_of_the_change(
    run_rule: RunRule, change: str, status: str
) -> None:
    """350.1 -> 285.4 is a fall of 18.45-18.51 %: treating the old figure as two independent
    values ((new - old) / old) would widen that to 18.44-18.52 % and let 18.4 % through."""
    claims = [claim("c", change, "change", direction="decrease", unit="percent", change_of="new",
                    baseline="old"),
              claim("new", "285.4", "amount", measures="tonnes", unit="tonne", period="2024"),
              claim("old", "350.1", "amount", measures="tonnes", unit="tonne", period="2023")]
    (result,) = run_rule(claims, check="change", relation="change_of")
    assert result.status == status


@settings(max_examples=200)
@given(n=st.fractions(min_value=1, max_value=10**4, max_denominator=100),
       o=st.fractions(min_value=1, max_value=10**4, max_denominator=100),
       half=st.fractions(min_value=Fraction(1, 1000), max_value=Fraction(1, 2), max_denominator=1000))
def test_the_relative_change_reaches_its_ends_at_the_corners(
    n: Fraction, o: Fraction, half: Fraction
) -> None:
    """Both ends of the set are changes some pair of allowed values really gives."""
    new, old = Interval(n - half, n + half), Interval(o + 2 * half, o + 3 * half)
    got = _relative(new, old, 100, difference=True)
    assert got.lo == ((n - half) / (o + 3 * half) - 1) * 100
    assert got.hi == ((n + half) / (o + 2 * half) - 1) * 100
