"""How bad a failure is: the thresholds a figure's wording commits to.

A failure that survives every rounding reading is *gross* when the truth lies
on the other side of something the text asserts qualitatively: the direction
of a change (0), a majority (50 %), or the bound of a hedge ("over 20%"
asserts 20 is exceeded). Otherwise it is *minor*: the number is off but what
the sentence says still stands. The geometry is :func:`factcheck._intervals.separates`.
"""

from __future__ import annotations

from collections.abc import Iterable
from fractions import Fraction

from factcheck._intervals import Interval
from factcheck._models import Claim, Qualifier
from factcheck._stated import parse_number, separates
from factcheck.checks import Grade

__all__ = ["BOUND_QUALIFIERS", "grade", "hedge_threshold"]

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


def grade(stated: Interval, actual: Interval, thresholds: Iterable[Fraction | int]) -> Grade:
    """Gross when a threshold separates what the text states from what the figures allow."""
    return "gross" if separates(stated, actual, thresholds) else "minor"
