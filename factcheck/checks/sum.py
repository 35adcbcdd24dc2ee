"""sum: parts add up to a stated total, within what rounding and hedges allow."""

from __future__ import annotations

from collections.abc import Iterator
from functools import reduce

from factcheck._intervals import Interval
from factcheck._verdicts import Status
from factcheck.checks import Binding, Compared, Finding, NoParams, operand, register
from factcheck.checks._grading import grade, hedge_threshold
from factcheck.checks._impossible import impossible
from factcheck.checks._wording import at_stated_precision, bare, decimals, relation, words


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
    if (error := impossible([*(("part", p, i) for p, i in zip(parts, intervals, strict=True)),
                             ("total", total, t)], "the parts cannot be added up")):
        yield error  # a reading error, not a verdict: an empty set would let any sum "fit"
        return
    summed = reduce(Interval.__add__, intervals)
    status = summed.within(t)
    terms = " + ".join(p.stated for p in parts)
    unit = "%" if (total.unit or "") in ("percent", "%") else ""
    yield Finding(
        status=status,
        explanation=f"{terms} = {words(summed, decimals(total.value) + 1)}; stated total "
        f"{total.stated} is "
        f"{t.describe()}; the sum {status.meaning()}",
        operands=(*(operand("part", p, i) for p, i in zip(parts, intervals, strict=True)),
                  operand("total", total, t)),
        headline=f"Stated total of {bare(total)}; the parts add up to "
        f"{at_stated_precision(summed, t, total.value, status, unit=unit)} "
        f"({' + '.join(bare(p) for p in parts)})"
        if status is not Status.PASS else None,
        computation=f"{' + '.join(str(i) for i in intervals)} = {relation(summed, t, status)}",
        variables={"sum": str(summed)},
        compared=Compared(f"stated total: {bare(total)}", t, "the parts added up", summed),
        grade=grade(t, summed, hedge_threshold(total)) if status is Status.FAIL else None,
    )
