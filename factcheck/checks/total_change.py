"""total_change: a change stated as the total of several figures' changes adds them up."""

from __future__ import annotations

from collections.abc import Iterator
from functools import reduce

from factcheck._intervals import Interval
from factcheck._models import Direction
from factcheck._verdicts import Status
from factcheck.checks import Binding, Compared, Finding, NoParams, operand, register
from factcheck.checks._grading import grade, hedge_threshold
from factcheck.checks._impossible import impossible
from factcheck.checks._wording import bare, decimals, plain, relation, words
from factcheck.checks.change import signed_change


@register(
    "total_change",
    roles={"total": "one", "figures": "many", "baselines": "many"},
    params=NoParams,
    example="relation: total_change   # a change with total_change_of: [<figure ids, each with a baseline>]",
)
def check(bound: Binding, params: NoParams) -> Iterator[Finding]:
    """Each figure minus its baseline, added up, is the stated total change.

    "July was revised from 245,000 to 223,000 and August from 173,000 to
    136,000; taken together, 59,000 fewer jobs": (223 − 245) + (136 − 173)
    = −59 thousand. Rounded figures leave a range of totals: all of them
    within the stated change passes, none fails.
    """
    total = bound.one("total")
    figures, baselines = bound.many("figures"), bound.many("baselines")
    stated = signed_change(total)
    falling = total.direction is Direction.DECREASE
    word = "fall" if falling else "rise"
    if (error := impossible([("total", total, total.interval()),
                             *(("figure", c, c.interval()) for c in [*figures, *baselines])],
                            "the changes cannot be added up")):
        yield error
        return
    steps = [f.interval() - b.interval() for f, b in zip(figures, baselines, strict=True)]
    summed = reduce(Interval.__add__, steps)
    status = summed.within(stated)
    terms = " + ".join(f"({f.stated} − {b.stated})" for f, b in zip(figures, baselines, strict=True))
    yield Finding(
        status=status,
        explanation=f"{terms} = {words(summed, decimals(total.value))}; stated total change "
        f"{total.stated} allows {stated.describe()}; the total {status.meaning()}",
        headline=f"Stated total {word} of {bare(total)}; the figures give "
        f"{_signed(summed, stated, falling, decimals(total.value))}" if status is not Status.PASS else None,
        operands=(operand("total", total, stated),
                  *(o for f, b in zip(figures, baselines, strict=True)
                    for o in (operand("figure", f), operand("baseline", b)))),
        computation=f"{' + '.join(str(s) for s in steps)} = {relation(summed, stated, status)}",
        variables={"sum": str(summed)},
        compared=Compared(f"stated: {bare(total)}", stated, "the changes added up", summed),
        grade=grade(stated, summed, [0, *hedge_threshold(total)]) if status is Status.FAIL else None,
    )


def _signed(summed: Interval, stated: Interval, falling: bool, places: int) -> str:
    """The computed total as the text would say it: "a fall of 59,000", "a rise of 12"."""
    if falling and summed.hi is not None and summed.hi <= 0:
        return "a fall of " + plain(-summed, places, apart_from=-stated)
    if not falling and summed.lo is not None and summed.lo >= 0:
        return "a rise of " + plain(summed, places, apart_from=stated)
    return plain(summed, places, apart_from=stated)
