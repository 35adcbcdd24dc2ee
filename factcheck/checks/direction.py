"""direction: a figure stated as up (or down) from another is larger (or smaller) than it."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck._models import Direction
from factcheck._verdicts import Status
from factcheck.checks import Binding, Compared, Finding, NoParams, operand, register
from factcheck.checks._wording import bare


@register(
    "direction",
    roles={"new": "one", "old": "one"},
    params=NoParams,
    example="relation: moved_from   # a figure with direction and baseline: <old figure id>",
)
def check(bound: Binding, params: NoParams) -> Iterator[Finding]:
    """ "£283m, up from £245m" holds when every value of the new figure is above every value of the old.

    No size of the change is stated, so only its direction is checked; rounded
    figures that overlap ("about 14" down from "15") leave it inconclusive.
    """
    new, old = bound.one("new"), bound.one("old")
    n, o = new.interval(), old.interval()
    rising = new.direction is not Direction.DECREASE
    status = n.gt(o) if rising else n.lt(o)
    word, sign = ("up", ">") if rising else ("down", "<")
    yield Finding(
        status=status,
        explanation=f"{new.stated} ({n.describe()}) {word} from {old.stated} ({o.describe()}): "
        f"the direction {status.meaning()}",
        headline=f"Stated as {word} from {bare(old)}, but {bare(new)} is "
        f"{'not above' if rising else 'not below'} it" if status is Status.FAIL else None,
        operands=(operand("new", new, n), operand("old", old, o)),
        computation=f"{n} {sign} {o}",
        compared=Compared(f"before: {bare(old)}", o, f"after: {bare(new)}", n),
        variables={"word": word},
        grade="gross" if status is Status.FAIL else None,
    )
