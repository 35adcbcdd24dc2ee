"""How checks put numbers into words for an editor: at the precision that matters, and truthfully.

An explanation that says "between 17.3469 and 27.551 %" makes the reader do
the rounding; one that says "17–28 %" does it for them. The precision is the
stated figure's own (a stated "15 %" is compared in whole percent), widened
only when rounding would make a failing number look like the stated one. A
computation never claims a relation that does not hold: a failure reads
``∉`` or ``∩ … = ∅``, never ``⊆``.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction

from factcheck._intervals import Interval
from factcheck._models import Claim, ClaimKind, Qualifier
from factcheck._verdicts import Status

__all__ = ["bare", "decimals", "plain", "relation", "words"]

#: How a hedge reads before a bare figure ("over 20%").
HEDGES = {
    Qualifier.EXACT: "",
    Qualifier.ABOUT: "about ",
    Qualifier.OVER: "over ",
    Qualifier.UNDER: "under ",
    Qualifier.AT_LEAST: "at least ",
    Qualifier.AT_MOST: "at most ",
    Qualifier.NEARLY: "nearly ",
}
_NUMERIC_KINDS = frozenset(
    {ClaimKind.COUNT, ClaimKind.AMOUNT, ClaimKind.PERCENTAGE, ClaimKind.SHARE, ClaimKind.CHANGE,
     ClaimKind.RATE, ClaimKind.MEAN, ClaimKind.RATIO}
)
_SYMBOLS = {"percent": " %", "%": " %", "times": "×", "x": "×", "×": "×"}
#: More decimals than this is noise to a reader, whatever the numbers.
MAX_DECIMALS = 4


def bare(claim: Claim) -> str:
    """The figure as stated, without its noun: "450" for "450 households", "over 20%".

    Years, dates, ages and durations are their phrase as written ("by 2050",
    "mid-April"), which carries no noun worth removing.
    """
    # __dict__, not getattr: a plain Claim has no such field, and pydantic's miss is slow
    if claim.kind not in _NUMERIC_KINDS or claim.__dict__.get("derived", False):
        return claim.stated  # a derived value has no figure as written: "exactly 164 (implied)"
    symbol = _SYMBOLS.get(claim.unit or "", "")
    return f"{HEDGES[claim.qualifier]}{claim.value}{symbol}"


def decimals(written: str) -> int:
    """How many decimals a written figure states ("15" → 0, "37.5" → 1, "1.25 million" → 0)."""
    if re.search(r"[a-z]", written, re.I):
        return 0  # "1.2 million": a count, shown whole
    m = re.search(r"[.·](\d+)\s*%?\s*$", written.strip())
    return len(m.group(1)) if m else 0


def _round(x: Fraction, places: int) -> Decimal:
    exact = Decimal(x.numerator) / Decimal(x.denominator)
    return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)


def _text(d: Decimal) -> str:
    if d == d.to_integral_value():
        n = int(d)
        return f"{n:,}" if abs(n) >= 10_000 else str(n)
    return f"{d.normalize():f}"


def plain(interval: Interval, places: int = 0, *, apart_from: Interval | None = None,
          unit: str = "") -> str:
    """An interval in words at ``places`` decimals: "33 %", "17–28 %", "above 20 %".

    With ``apart_from`` (the stated set of a failure), decimals are added
    until the rounded numbers no longer fall inside it, so rounding never
    makes a discrepancy look like agreement.
    """
    if interval.is_empty:
        return "no value"
    suffix = f" {unit}" if unit and unit != "×" else unit
    places = max(0, places)
    while True:
        lo = None if interval.lo is None else _round(interval.lo, places)
        hi = None if interval.hi is None else _round(interval.hi, places)
        clash = apart_from is not None and any(
            Fraction(b) in apart_from for b in (lo, hi) if b is not None
        )
        if not clash or places >= MAX_DECIMALS:
            break
        places += 1
    if lo is None and hi is None:
        return "any value"
    if lo is None:
        assert hi is not None
        return f"{'at most' if interval.hi_closed else 'below'} {_text(hi)}{suffix}"
    if hi is None:
        return f"{'at least' if interval.lo_closed else 'above'} {_text(lo)}{suffix}"
    if lo == hi:
        return f"{_text(lo)}{suffix}"
    return f"{_text(lo)}–{_text(hi)}{suffix}"


def at_stated_precision(computed: Interval, stated: Interval, written: str, status: Status,
                        unit: str = "") -> str:
    """What the figures give, in a headline: at the stated figure's precision for a failure (kept apart
    from the stated set), one decimal finer for a doubt."""
    if status is Status.FAIL:
        return plain(computed, decimals(written), apart_from=stated, unit=unit)
    return plain(computed, decimals(written) + 1, unit=unit)


def words(interval: Interval, places: int) -> str:
    """Like :meth:`Interval.describe`, rounded to ``places`` decimals where that loses something.

    "exactly 33" stays exact; 33.125 at one decimal reads "about 33.1"; a range
    reads "between 17.3 and 27.6". Unbounded sets read as ``describe`` has them.
    """
    if interval.is_empty or interval.lo is None or interval.hi is None:
        return interval.describe()
    lo, hi = _round(interval.lo, places), _round(interval.hi, places)
    if interval.is_point:
        return ("exactly " if Fraction(lo) == interval.lo else "about ") + _text(lo)
    if Fraction(lo) == interval.lo and Fraction(hi) == interval.hi:
        return interval.describe()
    return f"between about {_text(lo)} and {_text(hi)}"


def relation(computed: Interval, stated: Interval, status: Status) -> str:
    """The computed set's relation to the stated one, as it truly is.

    ``⊆``/``∈`` only for a pass; a failure says the sets do not meet; doubt
    says they meet without one holding the other.
    """
    point = computed.is_point
    if status is Status.PASS:
        return f"{computed} {'∈' if point else '⊆'} {stated}"
    if status is Status.FAIL:
        return f"{computed} ∉ {stated}" if point else f"{computed} ∩ {stated} = ∅"
    return f"{computed} ∩ {stated} ≠ ∅ but {computed} ⊄ {stated}"
