"""difference: a balance or net figure equals one figure minus another, within rounding."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck._intervals import Interval
from factcheck._models import Claim, ClaimKind
from factcheck._verdicts import Status
from factcheck.checks import Binding, Finding, NoParams, operand, register
from factcheck.checks._grading import grade, hedge_threshold
from factcheck.checks._impossible import impossible


@register(
    "difference",
    roles={"difference": "one", "minuend": "one", "subtrahend": "one"},
    params=NoParams,
    example="relation: difference",
)
def check(bound: Binding, params: NoParams) -> Iterator[Finding]:
    """The stated difference equals minuend − subtrahend (a deficit is imports − exports).

    Every combination of values the two figures allow gives a difference; if
    all of them are values the stated figure allows it passes, if none is the
    text contradicts itself, and rounding may leave it inconclusive. A figure
    stated with a minus sign ("-$55.2bn") is taken as signed, and so is a
    change by its direction (a fall of 69 is −69 in a balance of changes).
    """
    difference, minuend, subtrahend = bound.one("difference"), bound.one("minuend"), bound.one("subtrahend")
    d, m, s = _signed(difference), _signed(minuend), _signed(subtrahend)
    if (error := impossible([("minuend", minuend, m), ("subtrahend", subtrahend, s),
                             ("difference", difference, d)], "the difference cannot be computed")):
        yield error
        return
    computed = m - s
    status = computed.within(d)
    yield Finding(
        status=status,
        explanation=f"{_as_signed(minuend)} − {_as_signed(subtrahend)} = {computed.describe()}; stated "
        f"{_as_signed(difference)} is {d.describe()}; the difference {status.meaning()}",
        operands=(operand("minuend", minuend, m), operand("subtrahend", subtrahend, s),
                  operand("difference", difference, d)),
        computation=f"{m} − {s} = {computed} ⊆ {d}",
        variables={"computed": str(computed)},
        grade=grade(d, computed, hedge_threshold(difference)) if status is Status.FAIL else None,
    )


def _a_fall(claim: Claim) -> bool:
    """Is the claim a change stated as a decrease without a minus sign ("a fall of €69 million")?"""
    unsigned = not claim.value.lstrip().startswith(("-", "−"))
    return claim.kind is ClaimKind.CHANGE and claim.direction == "decrease" and unsigned


def _signed(claim: Claim) -> Interval:
    """The claim's values, negated for a fall."""
    return -claim.interval() if _a_fall(claim) else claim.interval()


def _as_signed(claim: Claim) -> str:
    return f"(−{claim.stated})" if _a_fall(claim) else claim.stated
