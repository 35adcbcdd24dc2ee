"""change: multiplicative words, fractions, hedges, grades, and the baselines a change implies."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.checks import Binding, NoParams, get
from tests.conftest import RunRule, claim


def _claims(new: str | None, old: str | None, change: str, *, unit: str, qualifier: str = "exact",
            direction: str = "increase", kind: str = "count") -> list[object]:
    out = [claim("c", change, "change", qualifier=qualifier, direction=direction, unit=unit,
                 change_of="new" if new else None, baseline="old" if old else None)]
    if new:
        out.append(claim("new", new, kind, measures="visitors", period="2024", place="Here"))
    if old:
        out.append(claim("old", old, kind, measures="visitors", period="2023", place="Here"))
    return out


@pytest.mark.parametrize(
    ("new", "old", "change", "unit", "qualifier", "direction", "status"),
    [
        ("400", "200", "2", "times", "exact", "increase", "pass"),  # doubled
        ("380", "200", "2", "times", "nearly", "increase", "pass"),  # nearly doubled: 1.9×
        ("420", "200", "2", "times", "nearly", "increase", "fail"),  # more than doubled
        ("610", "200", "3", "times", "exact", "increase", "pass"),  # tripled: 3.05× rounds to 3
        ("100", "200", "2", "times", "exact", "decrease", "pass"),  # halved
        ("200", "300", "1/3", "fraction", "exact", "decrease", "pass"),  # fell by a third
        ("180", "300", "1/3", "fraction", "exact", "decrease", "fail"),  # fell by 40 %
        ("150", "100", "1/2", "fraction", "exact", "increase", "pass"),  # up by half
        ("230", "164", "40", "percent", "exact", "increase", "pass"),  # 40.24 % rounds to 40
        ("230", "164", "40", "percent", "about", "increase", "pass"),
    ],
)
def test_change_words(run_rule: RunRule, new: str, old: str, change: str, unit: str, qualifier: str,
                      direction: str, status: str) -> None:
    (result,) = run_rule(_claims(new, old, change, unit=unit, qualifier=qualifier, direction=direction),
                         check="change", relation="change_of")
    assert result.status == status


@pytest.mark.parametrize(
    ("new", "old", "change", "qualifier", "grade"),
    [
        ("90", "100", "20", "exact", "gross"),  # said a rise, was a fall
        ("115", "100", "20", "over", "gross"),  # "over 20%" but 15 %
        ("118", "100", "20", "exact", "major"),  # 18 % for "20%": off by more than its rounding
        ("119", "100", "20", "exact", "minor"),  # 19 % for "20%": just outside its rounding
    ],
)
def test_failures_are_graded(run_rule: RunRule, new: str, old: str, change: str, qualifier: str,
                             grade: str) -> None:
    (result,) = run_rule(_claims(new, old, change, unit="percent", qualifier=qualifier),
                         check="change", relation="change_of")
    assert (result.status, result.grade) == ("fail", grade)


def test_a_pass_resting_on_rounding_says_so(run_rule: RunRule) -> None:
    (loose,) = run_rule(_claims("230", "164", "40", unit="percent"), check="change", relation="change_of")
    (tight,) = run_rule(_claims("230", "115", "2", unit="times"), check="change", relation="change_of")
    assert (loose.status, loose.slack) == ("pass", True)  # 40.24 %, not 40 %
    assert (tight.status, tight.slack) == ("pass", False)


@pytest.mark.parametrize(
    ("new", "change", "unit", "qualifier", "direction", "text"),
    [
        ("230", "40", "percent", "exact", "increase", "exactly 164"),
        ("197", "20", "percent", "over", "increase", "at most 164"),
        ("400", "2", "times", "nearly", "increase", "a whole number from 200 to 266"),
        ("200", "1/3", "fraction", "exact", "decrease", "a whole number from 298 to 302"),
    ],
)
def test_the_implied_baseline(run_rule: RunRule, new: str, change: str, unit: str, qualifier: str,
                              direction: str, text: str) -> None:
    (result,) = run_rule(_claims(new, None, change, unit=unit, qualifier=qualifier, direction=direction),
                         check="change", relation="change_of")
    (derived,) = result.derived
    assert result.status == "inconclusive"
    assert derived.text == text
    assert derived.claim == "visitors@2023"


@settings(max_examples=60, deadline=None)
@given(new=st.integers(1, 400), percent=st.integers(1, 150))
def test_the_implied_baseline_is_exactly_the_whole_numbers_that_fit(new: int, percent: int) -> None:
    """Brute force: every old count whose rise to ``new`` rounds to the stated percent, and no other."""
    change = claim("c", str(percent), "change", unit="percent", direction="increase", change_of="new")
    known = claim("new", str(new), measures="visitors", period="2024")
    (finding,) = get("change").function(Binding({"change": change, "new": known, "old": None}), NoParams())
    fits = [old for old in range(1, new + 1)
            if Fraction(percent * 2 - 1, 2) <= Fraction(new - old, old) * 100 <= Fraction(percent * 2 + 1, 2)]
    implied = finding.derived[0].interval if finding.derived else None
    assert implied is not None
    assert [old for old in range(1, new + 1) if old in implied] == fits
    assert (finding.status.value == "fail") is (fits == [])
