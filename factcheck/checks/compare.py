"""compare: one figure stands in a stated order to another (minor victims ≤ victims)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from factcheck._intervals import Interval
from factcheck._verdicts import Status
from factcheck.checks import Binding, Compared, Finding, operand, register

Op = Literal["<=", "<", "=", "!=", ">=", ">"]

#: What a failure of each order says, in words ("300 minor victims exceed 230 victims").
_BROKEN = {
    "<=": "is more than",
    "<": "is not less than",
    "=": "differs from",
    "!=": "equals",
    ">=": "is less than",
    ">": "is not more than",
}
_RELATIONS = {
    "<=": Interval.le,
    "<": Interval.lt,
    "=": Interval.eq,
    "!=": Interval.ne,
    ">=": Interval.ge,
    ">": Interval.gt,
}


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    op: Op = Field(default="<=", description="How a relates to b.")


@register(
    "compare",
    roles={"a": "one", "b": "one"},
    params=Params,
    example="claims: {a: {measures: victims.minor}, b: {measures: victims}}\nparams: {op: '<='}",
)
def check(bound: Binding, params: Params) -> Iterator[Finding]:
    """Figure a stands in the relation `op` to figure b (a <= b, a < b, a = b, ...).

    Passes when the relation holds for every pair of values the two figures
    allow, fails when it holds for none, and is inconclusive otherwise.
    """
    a, b = bound.one("a"), bound.one("b")
    ia, ib = a.interval(), b.interval()
    status = _RELATIONS[params.op](ia, ib)
    yield Finding(
        status=status,
        explanation=f"{a.stated} ({a.describe(ia)}) {params.op} {b.stated} ({b.describe(ib)}) "
        f"{status.meaning()}",
        operands=(operand("a", a, ia), operand("b", b, ib)),
        compared=Compared(b.stated, ib, a.stated, ia),
        headline=f"Stated {a.stated} {_BROKEN[params.op]} {b.stated}"
        if status is Status.FAIL else None,
        computation=f"{ia} {params.op} {ib}" + (": false" if status is Status.FAIL else ""),
        grade="gross" if status is Status.FAIL else None,
    )
