"""change_both_ways: a change stated as a percentage and as an amount agrees with itself and its level."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck._verdicts import Status
from factcheck.checks import Binding, Compared, Finding, NoParams, operand, register
from factcheck.checks._grading import grade, hedge_threshold
from factcheck.checks._wording import bare, decimals, plain, relation, words
from factcheck.checks.change import signed_change


@register(
    "change_both_ways",
    roles={"relative": "one", "absolute": "one", "new": "one"},
    params=NoParams,
    example="relation: change_both_ways   # a percent and an amount change, both with change_of: <new id>",
)
def check(bound: Binding, params: NoParams) -> Iterator[Finding]:
    """The amount of a change and the figure after it give the figure before; the percentage must follow.

    "rose 4 %, or €633 million, to €14.87 billion": before = 14.87 − 0.633
    billion, and 0.633 / 14.237 = 4.4 %, which rounds to the stated 4 %. Every
    value the rounded figures allow is tried: if all give the stated percentage
    it passes, if none does the text contradicts itself.
    """
    relative, absolute, new = bound.one("relative"), bound.one("absolute"), bound.one("new")
    stated = signed_change(relative)
    by = signed_change(absolute)
    n = new.interval()
    old = (n - by).clamp_lower(0)
    computed = by / old * 100
    status = computed.within(stated)
    word = "rise" if stated.lo is not None and stated.lo >= 0 else "fall"
    yield Finding(
        status=status,
        explanation=f"{new.stated} after a change of {absolute.stated} was {words(old, 2)} before; "
        f"{absolute.stated} of it is {words(computed, decimals(relative.value) + 1)} %; stated "
        f"{relative.stated} allows {stated.describe()} %; the change {status.meaning()}",
        headline=f"Stated {word} of {bare(relative)}; {bare(absolute)} to {bare(new)} gives "
        f"{plain(computed, decimals(relative.value), apart_from=stated, unit='%')}"
        if status is not Status.PASS else None,
        operands=(operand("relative", relative, stated), operand("absolute", absolute, by),
                  operand("new", new, n)),
        computation=f"change / (new − change) × 100 = {relation(computed, stated, status)}",
        variables={"computed": str(computed), "old": str(old)},
        compared=Compared(f"stated: {bare(relative)}", stated, f"{bare(absolute)} → {bare(new)}", computed),
        grade=grade(stated, computed, [0, *hedge_threshold(relative)]) if status is Status.FAIL else None,
    )
