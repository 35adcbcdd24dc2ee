"""average_of: a stated average of figures that are stated too is their mean, within rounding."""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction
from functools import reduce

from factcheck._intervals import Interval
from factcheck._models import EXACT_KINDS, Claim, ClaimKind
from factcheck._verdicts import Status
from factcheck.checks import Binding, Compared, Finding, NoParams, operand, register
from factcheck.checks._grading import grade, hedge_threshold
from factcheck.checks._impossible import impossible
from factcheck.checks.change import signed_change


def _value(c: Claim) -> Interval:
    return signed_change(c) if c.kind is ClaimKind.CHANGE else c.interval()


def _as_stated(mean: Claim, figures: list[Claim]) -> Interval:
    """An average of whole numbers is rarely whole: "167,000" is read at its written precision.

    When the figures averaged are all stated in round thousands (or hundreds),
    so is their average: "121,000" as the mean of 138,000, 174,000 and 50,000
    is 120,667 rounded to the thousand.
    """
    stated = _value(mean.model_copy(update={"kind": ClaimKind.AMOUNT}) if mean.kind in EXACT_KINDS else mean)
    zeros = min(_round_zeros(c.value) for c in (mean, *figures))
    if zeros == 0 or stated.lo is None or stated.hi is None:
        return stated
    middle, half = (stated.lo + stated.hi) / 2, Fraction(10**zeros, 2)
    return Interval.closed(middle - half, middle + half) if stated.hi - stated.lo < 2 * half else stated


def _round_zeros(value: str) -> int:
    """How many zeros close a figure written in whole digits ("121,000": 3); 0 for "1.2 million"."""
    digits = re.sub(r"[,\s+\u2212-]", "", value)
    if not digits.isdigit():
        return 0
    return len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0


@register(
    "average_of",
    roles={"mean": "one", "figures": "many"},
    params=NoParams,
    example="relation: mean_of   # an average with mean_of: [<ids of the figures averaged>]",
)
def check(bound: Binding, params: NoParams) -> Iterator[Finding]:
    """The stated average is the sum of the stated figures divided by how many there are.

    "180,000, 150,000 and 171,000, averaging 167,000" passes (501,000 / 3);
    "averaging 187,000" fails. Every combination of values the rounded figures
    allow gives a mean: pass if all are values the average allows, fail if none.
    """
    mean, figures = bound.one("mean"), bound.many("figures")
    stated = _as_stated(mean, figures)
    values = [_value(f) for f in figures]
    if (error := impossible([("mean", mean, stated), *(("figure", f, v) for f, v in zip(figures, values,
                                                                                          strict=True))],
                            "no average can be taken")):
        yield error
        return
    computed = reduce(Interval.__add__, values) / len(values)
    status = computed.within(stated)
    terms = ", ".join(f.stated for f in figures)
    yield Finding(
        status=status,
        explanation=f"the mean of {terms} is {computed.describe()}; stated average {mean.stated} is "
        f"{stated.describe()}; the average {status.meaning()}",
        operands=(*(operand("figure", f, v) for f, v in zip(figures, values, strict=True)),
                  operand("mean", mean, stated)),
        headline=f"Stated average of {mean.stated}; the {len(figures)} figures it is the average of "
        f"({terms}) give {computed.describe()}" if status is Status.FAIL else None,
        computation=f"({' + '.join(str(v) for v in values)}) / {len(values)} = {computed} ⊆ {stated}",
        variables={"computed": str(computed)},
        compared=Compared(f"stated average: {mean.stated}", stated, "the figures averaged", computed),
        grade=grade(stated, computed, hedge_threshold(mean)) if status is Status.FAIL else None,
    )
