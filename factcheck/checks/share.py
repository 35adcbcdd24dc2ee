"""share: a stated percentage agrees with the part and whole it summarises."""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

from factcheck._grim import grim_sums
from factcheck._intervals import Interval
from factcheck._models import EXACT_KINDS
from factcheck._verdicts import Status
from factcheck.checks import (
    Binding,
    Compared,
    Derived,
    Finding,
    Grade,
    NoParams,
    operand,
    register,
    verdict_only,
)
from factcheck.checks._grading import grade, hedge_threshold
from factcheck.checks._wording import at_stated_precision, bare, decimals, relation, words

#: A share on the other side of this from the truth changes "a majority" into "a minority".
MAJORITY = Fraction(50)


@register(
    "share",
    roles={"share": "one", "whole": "one", "part": "optional"},
    params=NoParams,
    example="relation: share_of   # every claim with share_of: {part: …, whole: …}",
)
def check(bound: Binding, params: NoParams) -> Iterator[Finding]:
    """A stated percentage equals 100 × part / whole, within its rounding and hedge.

    When the part is not stated and the whole is a count, the share must be
    GRIM-consistent: some whole number of the whole must give it ("37.5% of
    17 victims" is impossible: 6/17 is 35.3 % and 7/17 is 41.2 %). The check
    then reports the counts the share allows.
    """
    share, whole = bound.one("share"), bound.one("whole")
    part = bound.optional("part")
    s, w = share.interval(), whole.interval()
    thresholds = [MAJORITY, *hedge_threshold(share)]
    if part is not None:
        p = part.interval()
        computed = p / w * 100
        status = computed.within(s)
        if verdict_only():
            yield Finding(status, "")
            return
        yield Finding(
            status=status,
            explanation=f"100 × {part.stated} / {whole.stated} = "
            f"{words(computed, decimals(share.value) + 1)} %; "
            f"stated {share.stated} allows {s.describe()}; the share {status.meaning()}",
            headline=f"Stated share of {bare(share)}; the counts give "
            f"{at_stated_precision(computed, s, share.value, status, unit='%')} "
            f"({bare(part)} of {bare(whole)})" if status is not Status.PASS else None,
            compared=Compared(f"stated: {bare(share)}", s, f"{bare(part)} of {bare(whole)}", computed),
            operands=(operand("share", share, s), operand("part", part, p), operand("whole", whole, w)),
            computation=f"100 × {p} / {w} = {relation(computed, s, status)}",
            variables={"computed": str(computed)},
            grade=grade(s, computed, thresholds) if status is Status.FAIL else None,
        )
        return
    counted = whole.kind in EXACT_KINDS and w.is_point
    if counted:
        assert w.lo is not None
        n = int(w.lo)
        implied = grim_sums(s * Fraction(1, 100), n).intersect(Interval.closed(0, n).integers())
        method = f"GRIM: whole numbers k with 100 × k / {n} in {s}"
    else:
        implied = (s * w / 100).clamp_lower(0)
        if whole.kind in EXACT_KINDS:
            implied = implied.integers()
        method = f"{s} × {w} / 100"
    if implied.is_empty:
        status = Status.FAIL
        why = f"no whole number out of {whole.stated} gives {share.stated}"
        headline: str | None = (
            f"Stated share of {bare(share)} is impossible out of {bare(whole)}: no whole number "
            "of them gives it"
        )
        beyond = s.within(Interval(Fraction(0), Fraction(100))) is Status.FAIL
        graded: Grade | None = "gross" if beyond else "minor"
    else:
        status = Status.INCONCLUSIVE
        why = (
            f"{share.stated} of {whole.stated} implies {implied.describe()}; "
            "the part is not stated, so it cannot be confirmed"
        )
        graded = None
        headline = why[0].upper() + why[1:]
    yield Finding(
        status=status,
        explanation=why,
        headline=headline,
        operands=(operand("share", share, s), operand("whole", whole, w)),
        computation=f"{method} = {implied}",
        derived=(
            Derived(f"{share.measures}.count", f"the part that {share.stated} of {whole.stated} implies",
                    implied),
        ),
        grade=graded,
    )
