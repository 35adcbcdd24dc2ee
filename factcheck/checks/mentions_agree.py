"""mentions_agree: every mention of one figure allows a common value."""

from __future__ import annotations

from collections.abc import Iterator
from functools import reduce
from itertools import combinations

from factcheck._intervals import Interval
from factcheck._verdicts import Status
from factcheck.checks import Binding, Compared, Finding, Grade, NoParams, Operand, register
from factcheck.checks._grading import grade, hedge_threshold


@register(
    "mentions_agree",
    roles={"claim": "one"},
    params=NoParams,
    example="each: {min_mentions: 2}",
)
def check(bound: Binding, params: NoParams) -> Iterator[Finding]:
    """All mentions of the same figure agree, hedges and rounding allowed.

    The mentions describe one true value, so they agree when some value is
    allowed by all of them: "nearly 200" agrees with "197", "under 20%"
    contradicts "over 20%". A pass that needs a hedge's slack says so.
    """
    claim = bound.one("claim")
    if len(claim.mentions) < 2:
        yield Finding(Status.SKIPPED, f"{claim.id} is mentioned once; nothing to compare")
        return
    sets = [claim.mention_interval(m) for m in claim.mentions]
    operands = tuple(
        Operand(f"mention {n}", claim.id, m.quote, i)
        for n, (m, i) in enumerate(zip(claim.mentions, sets, strict=True), start=1)
    )
    common = reduce(Interval.intersect, sets)
    quotes = " / ".join(f"'{m.quote}'" for m in claim.mentions)
    if common.is_empty:
        (n1, s1), (n2, s2) = next(
            ((x, y) for x, y in combinations(enumerate(sets, start=1), 2) if not x[1].overlaps(y[1])),
            ((1, sets[0]), (2, sets[1])),
        )
        explanation = (
            f"mention {n1} allows {s1.describe()} but mention {n2} allows {s2.describe()}: "
            "no value satisfies both"
        )
        status = Status.FAIL
        m1, m2 = claim.mentions[n1 - 1], claim.mentions[n2 - 1]
        bounds = [*hedge_threshold(claim, m1.value, m1.qualifier),
                  *hedge_threshold(claim, m2.value, m2.qualifier)]
        graded: Grade | None = grade(s1, s2, bounds)
        headline: str | None = (
            f"The text gives {claim.label or claim.measures} as “{m1.quote}” and later as "
            f"“{m2.quote}”; no value fits both"
        )
    else:
        same = all(i == sets[0] for i in sets)
        explanation = (
            f"the {len(sets)} mentions ({quotes}) state the same figure"
            if same
            else f"the mentions ({quotes}) agree on {common.describe()}, within their hedges "
            "and rounding"
        )
        status = Status.PASS
        graded = None
        headline = None
    yield Finding(
        status=status,
        explanation=explanation,
        headline=headline,
        compared=None if status is Status.PASS else Compared(
            f"“{m1.quote}”", s1, f"“{m2.quote}”", s2),
        operands=operands,
        computation=" ∩ ".join(str(i) for i in sets) + f" = {common}",
        variables={"common": str(common)},
        grade=graded,
    )
