"""Grades in the reader's terms, and headlines that say what is wrong at the precision that matters."""

from __future__ import annotations

from fractions import Fraction

import pytest

from factcheck._intervals import Interval
from factcheck._verdicts import Status
from factcheck.checks._grading import grade
from factcheck.checks._wording import plain, relation
from tests.conftest import RunRule, claim


def _ferries(new: str, old: str, rise: str) -> list[object]:
    """A ferry operator's riders this year and last, and the rise the text states."""
    return [
        claim("rise", rise, "change", unit="percent", direction="increase", change_of="now",
              baseline="before", mentions=[{"start": 0, "end": len(rise) + 1, "quote": f"{rise}%"}]),
        claim("now", new, "count", measures="riders", period="2024"),
        claim("before", old, "count", measures="riders", period="2023"),
    ]


def _late(share: str, part: str, whole: str) -> list[object]:
    """A share of surveyed crossings that ran late, with both counts."""
    return [
        claim("late-share", share, "share", unit="percent",
              share_of={"part": "late", "whole": "surveyed"}),
        claim("late", part, "count", measures="crossings.late"),
        claim("surveyed", whole, "count", measures="crossings.surveyed"),
    ]


def test_a_rise_stated_well_below_what_the_figures_give_is_a_correction(run_rule: RunRule) -> None:
    # riders went from 980,000 to about 1.2 million, yet the text calls it a 15 % rise
    (result,) = run_rule(_ferries("1.2 million", "980,000", "15"), check="change",
                         relation="change_of")
    assert result.status is Status.FAIL
    assert result.grade == "major"
    assert result.headline == "Stated rise of 15 %; the figures give 17–28 % (980,000 → 1.2 million)"
    assert "⊆" not in (result.evidence.computation or "")
    assert "∩ [14.5, 15.5] = ∅" in (result.evidence.computation or "")


def test_a_share_five_points_off_its_counts_is_a_correction(run_rule: RunRule) -> None:
    # 159 of 480 crossings ran late, which the text calls 38 %
    (result,) = run_rule(_late("38", "159", "480"), check="share", relation="share_of")
    assert result.status is Status.FAIL
    assert result.grade == "major"
    assert result.headline == "Stated share of 38 %; the counts give 33 % (159 of 480)"
    assert result.evidence.computation == "100 × 159 / 480 = 33.125 ∉ [37.5, 38.5]"


def test_a_share_just_outside_its_rounding_is_minor(run_rule: RunRule) -> None:
    # 177 of 480 is 36.9 %: "38 %" is off by a slip of the last digit
    (result,) = run_rule(_late("38", "177", "480"), check="share", relation="share_of")
    assert (result.status, result.grade) == (Status.FAIL, "minor")
    assert result.headline == "Stated share of 38 %; the counts give 37 % (177 of 480)"


@pytest.mark.parametrize(
    ("stated", "actual", "thresholds", "expected"),
    [
        (Interval(Fraction(29, 2), Fraction(31, 2)), Interval(Fraction(173, 10), Fraction(276, 10)),
         [0], "major"),
        (Interval(Fraction(29, 2), Fraction(31, 2)), Interval.point(Fraction(-5)), [0], "gross"),
        (Interval(Fraction(29, 2), Fraction(31, 2)), Interval.point(Fraction(159, 10)), [0], "minor"),
        (Interval.point(Fraction(230)), Interval.point(Fraction(231)), [], "minor"),
        (Interval.point(Fraction(230)), Interval.point(Fraction(240)), [], "major"),
    ],
)
def test_grade_by_distance(stated: Interval, actual: Interval, thresholds: list[int],
                           expected: str) -> None:
    assert grade(stated, actual, thresholds) == expected


def test_rounding_in_words_never_makes_a_failure_look_like_agreement() -> None:
    stated = Interval(Fraction(29, 2), Fraction(31, 2))
    # 15.51 rounds to 16 at the stated precision: outside the stated set, kept at 0 decimals
    assert plain(Interval.point(Fraction(1551, 100)), 0, apart_from=stated, unit="%") == "16 %"
    # 14.8 would round to 15, inside a stated [15, 16]: one more decimal is shown
    assert plain(Interval.point(Fraction(148, 10)), 0, apart_from=Interval.closed(15, 16)) == "14.8"
    assert plain(Interval(Fraction(20), None, False, False), 0, unit="%") == "above 20 %"


def test_computations_state_only_true_relations() -> None:
    a, b = Interval(Fraction(1), Fraction(2)), Interval(Fraction(5), Fraction(6))
    assert relation(a, b, Status.FAIL) == "[1, 2] ∩ [5, 6] = ∅"
    assert relation(Interval.point(Fraction(3)), b, Status.FAIL) == "3 ∉ [5, 6]"
    assert relation(a, Interval(Fraction(0), Fraction(9)), Status.PASS) == "[1, 2] ⊆ [0, 9]"
