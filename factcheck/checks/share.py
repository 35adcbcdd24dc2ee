"""share: a stated percentage agrees with the part and whole it summarises."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck._intervals import Status
from factcheck._models import EXACT_KINDS
from factcheck.checks import Binding, Derived, Finding, NoParams, operand, register


@register(
    "share",
    roles={"share": "one", "whole": "one", "part": "optional"},
    params=NoParams,
    example="relation: share_of   # every claim with share_of: {part: …, whole: …}",
)
def check(bound: Binding, params: NoParams) -> Iterator[Finding]:
    """A stated percentage equals 100 × part / whole, within its rounding and hedge.

    When the part is not stated, the check derives the counts the percentage
    allows; if the whole is a count and no whole number of the part fits
    ("37.5% of 17 victims"), the percentage is impossible.
    """
    share, whole = bound.one("share"), bound.one("whole")
    part = bound.optional("part")
    s, w = share.interval(), whole.interval()
    if part is not None:
        p = part.interval()
        computed = p / w * 100
        status = computed.within(s)
        yield Finding(
            status=status,
            explanation=f"100 × {part.stated} / {whole.stated} = {computed.describe()} %; "
            f"stated {share.stated} allows {s.describe()}; the share {status.meaning()}",
            operands=(operand("share", share, s), operand("part", part, p), operand("whole", whole, w)),
            computation=f"100 × {p} / {w} = {computed} ⊆ {s}",
            variables={"computed": str(computed)},
        )
        return
    implied = (s * w / 100).clamp_lower(0)
    if whole.kind in EXACT_KINDS:
        implied = implied.integers()
    name = f"{share.measures}.count"
    if implied.is_empty:
        status = Status.FAIL
        why = f"no whole number out of {whole.stated} gives {share.stated}"
    else:
        status = Status.INCONCLUSIVE
        why = (
            f"{share.stated} of {whole.stated} implies {implied.describe()}; "
            "the part is not stated, so it cannot be confirmed"
        )
    yield Finding(
        status=status,
        explanation=why,
        operands=(operand("share", share, s), operand("whole", whole, w)),
        computation=f"{s} × {w} / 100 = {implied}",
        derived=(Derived(name, f"the part that {share.stated} of {whole.stated} implies", implied),),
    )
