"""implied_whole: shares of one whole that is not stated, each beside its part, imply the same whole."""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction
from functools import reduce
from itertools import combinations

from factcheck._intervals import Interval
from factcheck._models import EXACT_KINDS
from factcheck._verdicts import Status
from factcheck.checks import Binding, Compared, Derived, Finding, NoParams, operand, register
from factcheck.checks._impossible import impossible
from factcheck.checks._wording import bare


def _together(wholes: list[Interval], counted: bool) -> Interval:
    """The wholes every set allows (whole numbers, for a whole of counted things)."""
    common = reduce(Interval.intersect, wholes)
    return common.integers() if counted else common


@register(
    "implied_whole",
    roles={"shares": "many", "parts": "many"},
    params=NoParams,
    example="relation: one_whole   # shares with share_of: {part: …} and no whole, of one measure",
)
def check(bound: Binding, params: NoParams) -> Iterator[Finding]:
    """ "411 MPs (63% of MPs)" … "121 MPs (19% of MPs)": each pair gives the whole, 100 × part / share.

    The whole is not stated, but it is one: the wholes the pairs imply must have
    a value in common (650 seats lies in both 411 / 63 % and 121 / 19 %, within
    rounding). A count's whole is a whole number. Fail when no whole fits every
    pair whatever the parts' true values; pass when one does and the parts are
    exact (a rounded part may have a true value no whole fits).
    """
    shares, parts = bound.many("shares"), bound.many("parts")
    share_sets = [s.interval() for s in shares]
    part_sets = [p.interval() for p in parts]
    operands = [*(("share", s, i) for s, i in zip(shares, share_sets, strict=True)),
                *(("part", p, i) for p, i in zip(parts, part_sets, strict=True))]
    if error := impossible(operands, "no whole can be implied"):
        yield error
        return
    positive = Interval(Fraction(0), None, False, False)
    wholes = [(p / s.intersect(positive) * 100) for p, s in zip(part_sets, share_sets, strict=True)]
    counted = any(p.kind in EXACT_KINDS for p in parts)
    common = _together(wholes, counted)
    pairs = "; ".join(f"{p.stated} at {s.stated}" for p, s in zip(parts, shares, strict=True))
    shown = tuple(operand(role, c, i) for role, c, i in operands)
    if common.is_empty:
        a, b = next(((x, y) for x, y in combinations(range(len(wholes)), 2)
                     if _together([wholes[x], wholes[y]], counted).is_empty), (0, len(wholes) - 1))
        wa, wb = wholes[a], wholes[b]
        yield Finding(
            status=Status.FAIL,
            explanation=f"{parts[a].stated} at {shares[a].stated} implies a whole of {wa.describe()}, but "
            f"{parts[b].stated} at {shares[b].stated} implies {wb.describe()}: no one whole fits both",
            headline=f"{bare(parts[a])} ({bare(shares[a])}) and {bare(parts[b])} ({bare(shares[b])}) "
            "cannot be shares of one whole: no whole fits both",
            operands=shown,
            computation=" ∩ ".join(str(w) for w in wholes) + " = ∅",
            compared=Compared(f"whole from {bare(parts[a])}", wa, f"whole from {bare(parts[b])}", wb),
            grade="major",
        )
        return
    if not all(p.is_point for p in part_sets):
        yield Finding(
            status=Status.INCONCLUSIVE,
            explanation=f"as stated, the pairs ({pairs}) agree on a whole of {common.describe()}, but the "
            "parts are rounded: other values they allow may fit no one whole",
            operands=shown,
            computation=" ∩ ".join(str(w) for w in wholes) + f" = {common}",
            variables={"common": str(common)},
        )
        return
    yield Finding(
        status=Status.PASS,
        explanation=f"the pairs ({pairs}) agree on a whole of {common.describe()}",
        operands=shown,
        computation=" ∩ ".join(str(w) for w in wholes) + f" = {common}",
        variables={"common": str(common)},
        derived=(Derived(f"{shares[0].measures}.whole", f"the whole that {pairs} imply", common),),
    )
