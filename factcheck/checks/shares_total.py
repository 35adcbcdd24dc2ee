"""shares_total: shares of one whole add up to at most 100 %, and to 100 % when the list is complete."""

from __future__ import annotations

from collections.abc import Iterator
from functools import reduce

from factcheck._intervals import Interval
from factcheck._models import Claim
from factcheck._verdicts import Status
from factcheck.checks import Binding, Compared, Finding, NoParams, operand, register
from factcheck.checks._grading import grade
from factcheck.checks._impossible import impossible
from factcheck.checks._wording import plain, words

#: The last part of a share's ``measures`` that names the rest of the whole ("vote.other").
_REMAINDER = frozenset({"other", "others", "the_rest", "rest", "remainder", "all_others", "other_parties"})

_WHOLE = Interval.point(100)


def complete(shares: list[Claim]) -> bool:
    """Does the list name the rest of the whole ("other 0.7%")? Then it covers all of it."""
    return any(s.measures.rsplit(".", 1)[-1] in _REMAINDER for s in shares)


@register(
    "shares_total",
    roles={"shares": "many"},
    params=NoParams,
    example="relation: listed_shares   # shares listed together with listed_with: <first share id>",
)
def check(bound: Binding, params: NoParams) -> Iterator[Finding]:
    """Disjoint shares of one whole add up to at most 100 %; to 100 % if one of them is "the rest".

    Every combination of values the rounded shares allow gives a sum: if all of
    them fit (at most 100 %, or 100 % itself for a complete list) it passes, if
    none does the list contradicts itself (vote shares that add up to 112 %),
    otherwise rounding leaves it inconclusive (a complete list of rounded
    shares can only pass if stated exactly).
    """
    shares = bound.many("shares")
    intervals = [s.interval() for s in shares]
    if (error := impossible([("share", s, i) for s, i in zip(shares, intervals, strict=True)],
                            "a share lies between 0 and 100 %, and the list cannot be added up")):
        yield error  # a reading error, not a verdict: an empty set would let any sum "fit"
        return
    summed = reduce(Interval.__add__, intervals)
    whole = complete(shares)
    status = summed.within(_WHOLE) if whole else summed.le(_WHOLE)
    terms = " + ".join(s.stated for s in shares)
    wanted = "100 %, the whole (the list names the rest)" if whole else "at most 100 %, the whole"
    yield Finding(
        status=status,
        explanation=f"{terms} = {words(summed, 2)} %; shares of one whole must add up to {wanted}; "
        f"the sum {status.meaning()}",
        operands=tuple(operand("share", s, i) for s, i in zip(shares, intervals, strict=True)),
        headline=f"The shares of one whole add up to {plain(summed, 1, apart_from=_WHOLE, unit='%')}, "
        f"not {'100 %' if whole else 'at most 100 %'} ({' + '.join(s.stated for s in shares)})"
        if status is Status.FAIL else None,
        computation=f"{' + '.join(str(i) for i in intervals)} = {summed} "
        f"{'∋ 100' if whole else '≤ 100'}",
        variables={"sum": str(summed)},
        compared=Compared("the whole: 100 %", _WHOLE if whole else Interval(None, _WHOLE.hi),
                          "the shares added up", summed),
        grade=grade(_WHOLE, summed, []) if status is Status.FAIL else None,
    )
