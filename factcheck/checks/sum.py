"""sum: parts add up to a stated total, within what rounding and hedges allow."""

from __future__ import annotations

from collections.abc import Iterator
from functools import reduce

from factcheck._intervals import Interval
from factcheck._verdicts import Status
from factcheck.checks import Binding, Finding, NoParams, operand, register
from factcheck.checks._grading import grade, hedge_threshold


@register(
    "sum",
    roles={"parts": "many", "total": "one"},
    params=NoParams,
    example="claims: {parts: {measures: 'suspects.*'}, total: {measures: suspects}}",
)
def check(bound: Binding, params: NoParams) -> Iterator[Finding]:
    """The parts add up to the stated total.

    The sum of every combination of values the parts allow must be a value the
    total allows (pass); if no combination is (fail) the text contradicts
    itself; rounded parts may leave it inconclusive (33% + 33% + 33% vs 100%).
    """
    parts, total = bound.many("parts"), bound.one("total")
    intervals = [p.interval() for p in parts]
    t = total.interval()
    summed = reduce(Interval.__add__, intervals)
    status = summed.within(t)
    terms = " + ".join(p.stated for p in parts)
    yield Finding(
        status=status,
        explanation=f"{terms} = {summed.describe()}; stated total {total.stated} is "
        f"{t.describe()}; the sum {status.meaning()}",
        operands=(*(operand("part", p, i) for p, i in zip(parts, intervals, strict=True)),
                  operand("total", total, t)),
        computation=f"{' + '.join(str(i) for i in intervals)} = {summed} ⊆ {t}",
        variables={"sum": str(summed)},
        grade=grade(t, summed, hedge_threshold(total)) if status is Status.FAIL else None,
    )
