"""mean: a reported mean of whole-number data is possible with its sample size (GRIM)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction

from pydantic import BaseModel, ConfigDict, Field

from factcheck._grim import grim_sums
from factcheck._intervals import Interval
from factcheck._verdicts import Status
from factcheck.checks import Binding, Derived, Finding, operand, register
from factcheck.checks._impossible import impossible

#: A hedged sample size ("about 300 people") is tried size by size up to this many sizes.
MAX_SIZES = 10_000


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    items: int = Field(default=1, ge=1, description="Items (questions) the mean is taken over.")
    n: int | None = Field(default=None, ge=1, description="The sample size, if no claim states it.")
    percent: bool = Field(default=False, description="The mean is a percentage (of 0/1 answers).")
    scale_min: Decimal | None = Field(default=None, description="Lowest possible answer, e.g. 1.")
    scale_max: Decimal | None = Field(default=None, description="Highest possible answer, e.g. 7.")


@register(
    "mean",
    roles={"mean": "one", "n": "optional"},
    params=Params,
    example="claims: {mean: {measures: survey.trust.mean}, n: {measures: survey.respondents}}\n"
    "params: {items: 3, scale_min: 1, scale_max: 7}",
)
def check(bound: Binding, params: Params) -> Iterator[Finding]:
    """A mean of whole-number answers is a whole-number sum over n × items (GRIM).

    "A mean score of 5.19 from 28 respondents" is impossible: 145/28 is 5.18
    and 146/28 is 5.21. With n × items at least 10^decimals every mean is
    possible, so the check passes. A hedged sample size is tried size by size:
    pass if the mean is possible for every size, fail if for none.
    """
    mean = bound.one("mean")
    n_claim = bound.optional("n")
    m = mean.interval()
    if (error := impossible([("mean", mean, m), *((("n", n_claim, n_claim.interval()),) if n_claim else ())],
                            "no mean can be checked against it")):
        yield error
        return
    if params.percent or mean.unit in ("percent", "%"):
        m = m * Fraction(1, 100)
    if n_claim is not None:
        sizes = n_claim.interval().integers().intersect(Interval.closed(1, None))
    elif params.n is not None:
        sizes = Interval.point(params.n, integer=True)
    else:
        yield Finding(Status.SKIPPED, f"{mean.id}: no sample size (role n or param n) is given")
        return
    if sizes.is_empty:
        yield Finding(Status.SKIPPED, f"{mean.id}: the sample size allows no whole number")
        return
    if sizes.hi is None or sizes.lo is None or sizes.hi - sizes.lo >= MAX_SIZES:
        yield Finding(Status.INCONCLUSIVE, f"the sample size ({sizes.describe()}) is open-ended; "
                      "a large enough sample makes every mean possible")
        return
    lo, hi = int(sizes.lo), int(sizes.hi)
    scale = Interval(
        None if params.scale_min is None else Fraction(params.scale_min),
        None if params.scale_max is None else Fraction(params.scale_max),
    )
    possible = {}
    for n in range(lo, hi + 1):
        sums = grim_sums(m.intersect(scale), n * params.items)
        if not sums.is_empty:
            possible[n] = sums
    status = (
        Status.PASS if len(possible) == hi - lo + 1 else Status.FAIL if not possible else Status.INCONCLUSIVE
    )
    n_text = n_claim.stated if n_claim is not None else str(params.n)
    per = f"{n_text} × {params.items} items" if params.items > 1 else n_text
    if status is Status.FAIL:
        outside = m.intersect(scale).is_empty
        why = (
            f"{mean.stated} lies outside the scale {scale}" if outside
            else f"no whole-number total over {per} gives a mean of {mean.stated} ({m.describe()})"
        )
    elif lo == hi:
        why = f"a mean of {mean.stated} over {per} is possible: a whole-number total of " \
              f"{possible[lo].describe()} gives it"
    else:
        why = f"a mean of {mean.stated} is possible for {len(possible)} of the {hi - lo + 1} sample " \
              f"sizes {n_text} allows ({sizes.describe()})"
    derived: tuple[Derived, ...] = ()
    if lo == hi and possible:
        derived = (Derived(f"{mean.measures}.total", "the whole-number total of all answers",
                           possible[lo]),)
    yield Finding(
        status=status,
        explanation=why,
        operands=(operand("mean", mean, m),
                  *((operand("n", n_claim, sizes),) if n_claim is not None else ())),
        computation=f"{m} × {per} ∩ ℤ = " + (
            str(possible[lo]) if lo == hi and possible else "∅" if lo == hi
            else f"{len(possible)} of {hi - lo + 1} sizes possible"
        ),
        derived=derived,
        slack=False,
        grade=("gross" if status is Status.FAIL and m.intersect(scale).is_empty
               else "minor" if status is Status.FAIL else None),
    )
