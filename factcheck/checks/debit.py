"""debit: a proportion of yes/no answers and its standard deviation fit the sample size (DEBIT)."""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

from pydantic import BaseModel, ConfigDict, Field

from factcheck._grim import debit_counts
from factcheck._intervals import Interval
from factcheck._models import Claim, ClaimKind
from factcheck._verdicts import Status
from factcheck.checks import Binding, Finding, operand, register

PERCENT_KINDS = frozenset({ClaimKind.PERCENTAGE, ClaimKind.SHARE})


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    n: int | None = Field(default=None, ge=2, description="The sample size, if no claim states it.")


def _as_proportion(claim: Claim) -> Interval:
    """Percentages (by unit or kind) become proportions; others are taken as 0-1 already."""
    i = claim.interval()
    if claim.unit in ("percent", "%") or (claim.unit is None and claim.kind in PERCENT_KINDS):
        return i * Fraction(1, 100)
    return i


@register(
    "debit",
    roles={"proportion": "one", "sd": "one", "n": "optional"},
    params=Params,
    example="claims: {proportion: {measures: poll.yes}, sd: {measures: poll.yes.sd}, "
    "n: {measures: poll.respondents}}",
)
def check(bound: Binding, params: Params) -> Iterator[Finding]:
    """The mean and SD of binary data are both possible with n answers (DEBIT).

    k answers of "yes" among n give the mean k/n and the SD
    sqrt(k(n-k)/(n(n-1))); some whole k must give both stated figures after
    rounding (scrutiny's exact DEBIT). 0.19 with an SD of 0.35 among 1683 is
    impossible: 0.19 implies an SD of 0.39.
    """
    prop, sd = bound.one("proportion"), bound.one("sd")
    n_claim = bound.optional("n")
    p, s = _as_proportion(prop), _as_proportion(sd)
    if n_claim is not None:
        sizes = n_claim.interval().integers()
        if not sizes.is_point:
            yield Finding(Status.INCONCLUSIVE, f"DEBIT needs an exact sample size; {n_claim.stated} "
                          f"allows {sizes.describe()}")
            return
        assert sizes.lo is not None
        n = int(sizes.lo)
    elif params.n is not None:
        n = params.n
    else:
        yield Finding(Status.SKIPPED, f"{prop.id}: no sample size (role n or param n) is given")
        return
    counts = debit_counts(p, s, n)
    status = Status.PASS if counts else Status.FAIL
    shown = ", ".join(map(str, counts[:5])) + (", …" if len(counts) > 5 else "")
    why = (
        f"{shown} of {n} give a proportion of {prop.stated} with an SD of {sd.stated}"
        if counts
        else f"no number of ones among {n} gives both a proportion of {prop.stated} "
        f"and an SD of {sd.stated}"
    )
    operands = [operand("proportion", prop, p), operand("sd", sd, s)]
    if n_claim is not None:
        operands.append(operand("n", n_claim))
    yield Finding(
        status=status,
        explanation=why,
        operands=tuple(operands),
        computation=f"k/{n} ∈ {p} and sqrt(k({n}-k)/({n}·{n - 1})) ∈ {s}: k ∈ {{{shown}}}",
        grade="minor" if status is Status.FAIL else None,
        slack=False,
    )
