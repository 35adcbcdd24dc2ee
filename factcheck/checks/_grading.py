"""How bad a failure is, in the reader's terms: what a correction would have to change.

A failure that survives every rounding reading is

* *gross* when the truth lies on the other side of something the text asserts
  qualitatively: the direction of a change (0), a majority (50 %), or the
  bound of a hedge ("over 20%" asserts 20 is exceeded) — the sentence says
  the wrong thing (:func:`factcheck._intervals.separates`);
* *major* when the number is off by more than one rounding step of the stated
  figure, or by more than 5 % of it: a stated 15 % rise that the figures put
  at 17–28 %, a 38 % share that the counts put at 33 % — a correction;
* *minor* when the truth lies within one rounding step beyond what the figure
  allows, and within 5 % of it: 38 % for 36.9 %, 230 for 231 — a slip of the
  last digit that leaves the sentence standing.
"""

from __future__ import annotations

from collections.abc import Iterable
from fractions import Fraction

from factcheck._intervals import Interval
from factcheck._models import Claim, Qualifier
from factcheck._stated import parse_number, separates
from factcheck.checks import Grade

__all__ = ["BOUND_QUALIFIERS", "GRADE_MEANINGS", "gap", "grade", "hedge_threshold"]

#: What each grade tells an editor, for reports.
GRADE_MEANINGS: dict[str, str] = {
    "gross": "the sentence says the wrong thing (a rise that was a fall, a majority that was not)",
    "major": "the figure is off by more than its rounding: a correction",
    "minor": "the figure is just outside its rounding: a slip of the last digit",
}
#: Beyond this share of the stated figure, a discrepancy is never minor.
MINOR_SHARE = Fraction(1, 20)

#: Hedges that assert a threshold rather than a value.
BOUND_QUALIFIERS = frozenset(
    {Qualifier.OVER, Qualifier.UNDER, Qualifier.AT_LEAST, Qualifier.AT_MOST, Qualifier.NEARLY}
)


def hedge_threshold(
    claim: Claim, text: str | None = None, qualifier: Qualifier | None = None
) -> list[Fraction]:
    """The threshold a bound-type hedge asserts ("over 20%" → 20), if any."""
    if (qualifier or claim.qualifier) not in BOUND_QUALIFIERS:
        return []
    try:
        return [parse_number(text or claim.value).value]
    except ValueError:
        return []


def gap(stated: Interval, actual: Interval) -> Fraction | None:
    """How far apart two sets are (0 when they meet; ``None`` when one is empty)."""
    if stated.is_empty or actual.is_empty:
        return None
    if actual.lo is not None and stated.hi is not None and actual.lo >= stated.hi:
        return actual.lo - stated.hi
    if stated.lo is not None and actual.hi is not None and stated.lo >= actual.hi:
        return stated.lo - actual.hi
    return Fraction(0)


def _step(stated: Interval) -> Fraction:
    """One rounding step of the stated figure: its set's width, or 1 for an exact whole number."""
    if stated.lo is not None and stated.hi is not None and stated.hi > stated.lo:
        return stated.hi - stated.lo
    if stated.is_point and stated.lo is not None and stated.lo.denominator != 1:
        return Fraction(1, stated.lo.denominator)
    return Fraction(1)


def _size(stated: Interval) -> Fraction:
    """The stated figure's magnitude: its middle, or its one finite bound for a hedge."""
    ends = [abs(b) for b in (stated.lo, stated.hi) if b is not None]
    return sum(ends, Fraction(0)) / len(ends) if ends else Fraction(0)


def grade(stated: Interval, actual: Interval, thresholds: Iterable[Fraction | int]) -> Grade:
    """Gross when a threshold separates stated from actual; else major or minor by the gap.

    Minor only when the gap is within one rounding step of the stated figure
    and within :data:`MINOR_SHARE` of its size; otherwise major.
    """
    if separates(stated, actual, thresholds):
        return "gross"
    distance = gap(stated, actual)
    if distance is None:
        return "major"
    size = _size(stated)
    tolerance = min(_step(stated), MINOR_SHARE * size) if size else _step(stated)
    return "minor" if distance <= tolerance else "major"
