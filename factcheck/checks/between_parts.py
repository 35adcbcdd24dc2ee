"""between_parts: a combined rate, percentage or average lies between its groups' figures.

"Food inflation was 3.08 % in rural areas and 3.28 % in urban areas;
all-India 3.41 %" cannot be right as published: a rate or an average of a
whole is a weighted mean of its groups' figures, so whatever the weights it
lies between the lowest and the highest of them. Counts and amounts add up
instead (``sum``), so they are skipped here.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from fractions import Fraction

from factcheck._intervals import Interval
from factcheck._models import Claim, ClaimKind
from factcheck._verdicts import Status
from factcheck.checks import Binding, Compared, Finding, NoParams, operand, register
from factcheck.checks._grading import grade
from factcheck.checks._impossible import impossible

#: Kinds a whole's figure is a weighted mean of its groups' figures for; counts and amounts add.
AVERAGED_KINDS = frozenset({ClaimKind.PERCENTAGE, ClaimKind.SHARE, ClaimKind.RATE, ClaimKind.MEAN,
                            ClaimKind.RATIO})


def _widest(parts: Sequence[Interval]) -> Interval:
    """Every value the lowest or the highest group's figure may take: outside it, never between them."""
    lows = [p for p in parts if p.lo is not None]
    highs = [p for p in parts if p.hi is not None]
    lo: Fraction | None = None
    lo_closed = False
    if len(lows) == len(parts):
        lo = min(p.lo for p in lows if p.lo is not None)
        lo_closed = any(p.lo == lo and p.lo_closed for p in lows)
    hi: Fraction | None = None
    hi_closed = False
    if len(highs) == len(parts):
        hi = max(p.hi for p in highs if p.hi is not None)
        hi_closed = any(p.hi == hi and p.hi_closed for p in highs)
    return Interval(lo, hi, lo_closed, hi_closed)


def _surely_between(parts: Sequence[Interval]) -> Interval | None:
    """The values between the lowest and the highest figure whatever values the groups take, if any."""
    highs = [p.hi for p in parts if p.hi is not None]
    lows = [p.lo for p in parts if p.lo is not None]
    if not highs or not lows or min(highs) > max(lows):
        return None
    return Interval.closed(min(highs), max(lows))


@register(
    "between_parts",
    roles={"combined": "one", "parts": "many"},
    params=NoParams,
    example="relation: combined_of   # a whole's rate with combined_of: [<group ids>]",
)
def check(bound: Binding, params: NoParams) -> Iterator[Finding]:
    """The whole's rate lies between the lowest and the highest of its groups' rates.

    Pass if it does for every value the rounded figures allow, fail if for none
    (3.41 % is above both 3.08 % and 3.28 %), otherwise inconclusive (groups
    whose rounded rates overlap leave no room that is surely between them).
    """
    combined, parts = bound.one("combined"), bound.many("parts")
    claims: list[Claim] = [combined, *parts]
    added = [c.id for c in claims if c.kind not in AVERAGED_KINDS]
    if added:
        yield Finding(Status.SKIPPED, f"{', '.join(added)}: only rates, percentages, averages and ratios "
                      "lie between their groups' figures; counts and amounts add up instead")
        return
    if len({c.unit for c in claims}) > 1:
        yield Finding(Status.SKIPPED, "the figures are stated in different units: "
                      + ", ".join(f"{c.stated} ({c.unit or 'no unit'})" for c in claims))
        return
    c = combined.interval()
    intervals = [p.interval() for p in parts]
    named = [("combined", combined, c), *(("part", p, i) for p, i in zip(parts, intervals, strict=True))]
    if (error := impossible(named, "it cannot be placed between the groups' figures")):
        yield error
        return
    widest = _widest(intervals)
    surely = _surely_between(intervals)
    if c.intersect(widest).is_empty:
        status = Status.FAIL
    elif surely is not None and c.within(surely) is Status.PASS:
        status = Status.PASS
    else:
        status = Status.INCONCLUSIVE
    listed = ", ".join(p.stated for p in parts)
    low, high = min(parts, key=lambda p: p.interval().lo or 0), max(parts, key=lambda p: p.interval().hi or 0)
    side = "above the highest" if widest.hi is not None and c.lo is not None and c.lo >= widest.hi else \
        "below the lowest"
    yield Finding(
        status=status,
        explanation=f"the whole's {combined.stated} ({c.describe()}) must lie between its groups' figures "
        f"{listed} ({widest.describe()} at the widest), whatever the weights; it {status.meaning()}",
        operands=tuple(operand(role, claim, i) for role, claim, i in named),
        headline=f"Stated {combined.stated} for the whole is {side} of its groups' figures ({listed}); "
        f"a combined figure lies between them" if status is Status.FAIL else None,
        computation=f"{c} ⊆ [{low.stated}, {high.stated}] = " + (str(surely) if surely else "—")
        + f"; ∩ {widest} " + ("= ∅" if status is Status.FAIL else "≠ ∅"),
        compared=Compared("the whole as stated", c, "between its groups' figures", widest),
        grade=grade(c, widest, []) if status is Status.FAIL else None,
    )
