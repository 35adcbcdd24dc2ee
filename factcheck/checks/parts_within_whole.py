"""parts_within_whole: no part exceeds its whole, nor (if disjoint) do the parts together."""

from __future__ import annotations

from collections.abc import Iterator
from functools import reduce

from pydantic import BaseModel, ConfigDict, Field

from factcheck._intervals import Interval
from factcheck._verdicts import Status
from factcheck.checks import Binding, Compared, Finding, operand, register
from factcheck.checks._impossible import impossible


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    disjoint: bool = Field(
        default=False,
        description="The parts do not overlap, so their sum must not exceed the whole either.",
    )


@register(
    "parts_within_whole",
    roles={"whole": "one", "parts": "many"},
    params=Params,
    example="relation: part_of   # every claim with part_of: <whole id>",
)
def check(bound: Binding, params: Params) -> Iterator[Finding]:
    """Each part is at most its whole; with `disjoint`, so is the sum of the parts.

    "including 30 foreigners" among 273 suspects passes; 300 minor victims
    among 230 victims fails.
    """
    whole = bound.one("whole")
    parts = bound.many("parts")
    w = whole.interval()
    if (error := impossible([("whole", whole, w), *(("part", p, p.interval()) for p in parts)],
                            "the parts cannot be compared with the whole")):
        yield error
        return
    verdicts = [(p, p.interval(), p.interval().le(w)) for p in parts]
    statuses = [v for _, _, v in verdicts]
    lines = [f"{p.stated} ({i.describe()}) ≤ {whole.stated} ({w.describe()}): {v}" for p, i, v in verdicts]
    computation = "; ".join(f"{i} ≤ {w}" for _, i, _ in verdicts)
    if params.disjoint and len(parts) > 1:
        total = reduce(Interval.__add__, (i for _, i, _ in verdicts))
        statuses.append(total.le(w))
        lines.append(f"sum of parts ({total.describe()}) ≤ {whole.stated}: {statuses[-1]}")
        computation += f"; Σ parts = {total} ≤ {w}"
    status = Status.all_of(statuses)
    over = [p.stated for p, _, v in verdicts if v is Status.FAIL]
    headline = None
    if status is Status.FAIL:
        headline = (f"Stated {' and '.join(over)} {'is' if len(over) == 1 else 'are'} more than "
                    f"the whole they are part of, {whole.stated}" if over else
                    f"Together the parts are more than the whole they are part of, {whole.stated}")
    worst_part = next((x for x in verdicts if x[2] is Status.FAIL), verdicts[0] if verdicts else None)
    yield Finding(
        status=status,
        headline=headline,
        compared=None if worst_part is None else Compared(
            f"the whole: {whole.stated}", Interval(None, w.hi, hi_closed=w.hi_closed),
            worst_part[0].stated, worst_part[1]),
        explanation=f"{'; '.join(lines)}; the relation {status.meaning()}",
        operands=(operand("whole", whole, w), *(operand("part", p, i) for p, i, _ in verdicts)),
        computation=computation,
        grade="gross" if status is Status.FAIL else None,
    )
