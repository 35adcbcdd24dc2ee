"""range: a figure lies within plausible bounds (a share within 0-100 %, a year in a window)."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction

from pydantic import BaseModel, ConfigDict, Field

from factcheck._intervals import Interval
from factcheck._models import ClaimKind
from factcheck._stated import parse_number
from factcheck._verdicts import Status
from factcheck.checks import Binding, Compared, Finding, operand, register
from factcheck.checks._wording import relation


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    min: Decimal | None = Field(default=None, description="Smallest plausible value (inclusive).")
    max: Decimal | None = Field(default=None, description="Largest plausible value (inclusive).")
    integer: bool = Field(default=False, description="The figure must be stated as a whole number.")


@functools.lru_cache(maxsize=64)
def _domain(low: Decimal | None, high: Decimal | None) -> Interval:
    return Interval(None if low is None else Fraction(low), None if high is None else Fraction(high))


@register(
    "range",
    roles={"claim": "one"},
    params=Params,
    example="each: {kind: [percentage, share]}\nparams: {min: 0, max: 100}",
)
def check(bound: Binding, params: Params) -> Iterator[Finding]:
    """The figure lies within [min, max] (and is a whole number, with `integer`).

    An open-ended hedge is read as a bound, not as a claim that the figure is
    unbounded: "over 20%" is plausible as a share, "over 100%" is not.
    """
    claim = bound.one("claim")
    domain = _domain(params.min, params.max)
    value = claim.interval()
    status = plausible = value.plausibly_within(domain)
    stated_text = claim.stated
    why = f"{stated_text} ({value.describe()}) within {domain}: {status.meaning()}"
    headline = None
    if status is Status.FAIL:
        headline = f"Stated {stated_text} lies outside the plausible range {domain.describe()}"
    if params.integer and claim.kind is not ClaimKind.DATE:
        stated = parse_number(claim.value).value
        if stated.denominator != 1:
            status = Status.FAIL
            why = f"{stated_text} is not a whole number, yet it counts {claim.label or claim.measures}"
            headline = why[0].upper() + why[1:]
    yield Finding(
        status=status,
        explanation=why,
        operands=(operand("claim", claim, value),),
        headline=headline,
        compared=Compared("plausible range", domain, stated_text, value),
        # A bounded set has no open end to read as a bound: within() is plausibly_within().
        computation=relation(value, domain, status)
        if (plausible if value.lo is not None and value.hi is not None else value.within(domain)) is status
        else f"{value} read as a bound: {relation(value.intersect(domain), domain, status)}",
        grade="gross" if status is Status.FAIL else None,
        # The literal reading is a bound of the allowed set; within a closed domain
        # whenever the set is, so a pass here never rests on a hedge's slack.
        slack=False,
    )
