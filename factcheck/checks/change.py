"""change: a stated rise or fall agrees with the figures before and after.

How a claims file states a change (``unit`` of the change claim):

* ``percent`` — "rose 40%": (new - old) / old × 100, signed by ``direction``.
* ``fraction`` — "fell by a third", "up by half": the same as a fraction, with
  the value written ``1/3``, ``1/2`` (read as precise as the whole percentage
  it names: 1/3 ± 0.5 %).
* ``times`` — "doubled", "tripled", "halved": the factor between the larger
  and the smaller figure, ``2`` for doubled, ``3`` for tripled; with
  ``direction: decrease`` the figure was divided by it ("halved" = ``2``).
  Hedges apply to the factor: "nearly doubled" is ``value: "2"``,
  ``qualifier: nearly`` (1.8 to 2); "more than tripled" is ``over 3``.
* anything else — an absolute change in the figure's own unit (new - old).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction

from factcheck._intervals import Interval
from factcheck._models import EXACT_KINDS, Claim, Direction
from factcheck._verdicts import Status
from factcheck.checks import Binding, Compared, Derived, Finding, NoParams, operand, register, verdict_only
from factcheck.checks._grading import grade, hedge_threshold
from factcheck.checks._wording import bare, decimals, plain, relation, words

PERCENT_UNITS = frozenset({"percent", "%"})
FRACTION_UNITS = frozenset({"fraction"})
TIMES_UNITS = frozenset({"times", "x", "×"})
_RISE_OR_FALL = {Direction.INCREASE: "a rise", Direction.DECREASE: "a fall", None: "a change"}
_UNITS = {"percent": "%", "times": "×"}


def _what_the_figures_give(change: Claim, computed: Interval, stated: Interval) -> str:
    """The computed change in words, signed like the text: "17–28 %", "a fall of 10 %"."""
    unit = _UNITS.get(_scale(change), "")
    neutral = _neutral(change)
    rising = computed.lo is not None and computed.lo > neutral
    falling = computed.hi is not None and computed.hi < neutral
    places = decimals(change.value)
    if computed.within(stated) is not Status.FAIL:
        return plain(computed, places + 1, unit=unit)  # a doubt: where the figures fall, no rounding away
    if _scale(change) == "times":
        return plain(computed, places + 1, apart_from=stated, unit=unit)
    claimed = change.direction or Direction.INCREASE
    if rising and claimed is Direction.INCREASE:
        return plain(computed, places, apart_from=stated, unit=unit)
    if falling and claimed is Direction.DECREASE:
        return plain(-computed, places, apart_from=-stated, unit=unit)
    if rising:
        return "a rise of " + plain(computed, places, unit=unit)
    if falling:
        return "a fall of " + plain(-computed, places, unit=unit)
    return plain(computed, places, apart_from=stated, unit=unit)


def _scale(change: Claim) -> str:
    unit = change.unit or ""
    if unit in PERCENT_UNITS:
        return "percent"
    if unit in FRACTION_UNITS:
        return "fraction"
    if unit in TIMES_UNITS:
        return "times"
    return "absolute"


def signed_change(change: Claim) -> Interval:
    """The change on its own scale, signed: a decrease of "over 20%" is below -20; halved is 1/2."""
    magnitude = change.interval()
    if _scale(change) == "times":
        return magnitude.reciprocal() if change.direction is Direction.DECREASE else magnitude
    return -magnitude if change.direction is Direction.DECREASE else magnitude


def _factor(change: Claim, c: Interval) -> Interval:
    """new / old as the stated change allows it."""
    scale = _scale(change)
    if scale == "percent":
        return 1 + c / 100
    if scale == "fraction":
        return 1 + c
    return c


def _computed(change: Claim, new: Interval, old: Interval) -> tuple[str, Interval]:
    scale = _scale(change)
    if scale == "percent":
        return "(new - old) / old × 100", _relative(new, old, 100, difference=True)
    if scale == "fraction":
        return "(new - old) / old", _relative(new, old, 1, difference=True)
    if scale == "times":
        return "new / old", _relative(new, old, 1, difference=False)
    return "new - old", new - old


def _relative(new: Interval, old: Interval, scale: int, *, difference: bool) -> Interval:
    """``(new / old - 1) * scale`` (or ``new / old * scale``), the set Interval's arithmetic gives.

    Written ``(new - old) / old``, the old figure would enter twice as two independent values and
    widen the set past every change the figures allow, so a stated change just outside it would
    only ask for review.

    Every change claim with both figures computes it, and certainty re-runs it;
    Interval's operators build seven sets and twenty fractions on the way.
    For the usual case (both figures bounded, the old one above 0) this takes
    the same steps on numerators and denominators: the same four corners of
    the quotient, the same least and greatest picked, the same ends closed,
    so the very same set. Any other case takes the operators.
    """
    if difference:  # (new - old) / old is new / old - 1, where the old figure counts once
        moved = _relative(new, old, 1, difference=False) - 1
        return moved * scale if scale != 1 else moved
    nl, nh, ol, oh = new.lo, new.hi, old.lo, old.hi
    if nl is None or nh is None or ol is None or oh is None or new.is_empty or old.is_empty or ol <= 0:
        return _relative_by_operators(new, old, scale, difference=difference)
    a_lo, a_lo_c, a_hi, a_hi_c = nl, new.lo_closed, nh, new.hi_closed
    # 1 / old is [1/oh, 1/ol], closed where old is; as (numerator, denominator) pairs, both positive
    b_lo, b_lo_c = (oh.denominator, oh.numerator), old.hi_closed
    b_hi, b_hi_c = (ol.denominator, ol.numerator), old.lo_closed
    corners = []
    for a, a_c in ((a_lo, a_lo_c), (a_hi, a_hi_c)):
        for (bn, bd), b_c in ((b_lo, b_lo_c), (b_hi, b_hi_c)):
            if a == 0:  # 0 · x = 0, reached wherever a is
                corners.append((0, 1, a_c))
            else:
                corners.append((a.numerator * bn, a.denominator * bd, a_c and b_c))
    lo_n, lo_d, _ = hi_n, hi_d, _ = corners[0]
    for n, d, _ in corners[1:]:  # the first least and the first greatest, as Interval's product picks
        if lo_n * d > n * lo_d:
            lo_n, lo_d = n, d
        if n * hi_d > hi_n * d:
            hi_n, hi_d = n, d
    lo_c = any(c for n, d, c in corners if n * lo_d == lo_n * d)
    hi_c = any(c for n, d, c in corners if n * hi_d == hi_n * d)
    if lo_n * hi_d == hi_n * lo_d and not (lo_c and hi_c):  # a point open at one end is empty
        return _relative_by_operators(new, old, scale, difference=difference)
    return Interval(Fraction(lo_n * scale, lo_d), Fraction(hi_n * scale, hi_d), lo_c, hi_c)


def _relative_by_operators(new: Interval, old: Interval, scale: int, *, difference: bool) -> Interval:
    quotient = new / old - 1 if difference else new / old  # the old figure is one value, not two
    return quotient * scale if scale != 1 else quotient


def _neutral(change: Claim) -> Fraction:
    """The value of "no change" on the change's scale: its direction flips across it."""
    return Fraction(1) if _scale(change) == "times" else Fraction(0)


def _thresholds(change: Claim) -> list[Fraction]:
    bounds = hedge_threshold(change)
    if _scale(change) == "times" and change.direction is Direction.DECREASE:
        bounds = [1 / b for b in bounds if b]
    elif change.direction is Direction.DECREASE:
        bounds = [-b for b in bounds]
    return [_neutral(change), *bounds]


def _other_period(period: str | None, step: int) -> str | None:
    """The period before (or after) a year; other periods are left unknown."""
    if period is not None and re.fullmatch(r"\d{4}", period):
        return str(int(period) + step)
    return None


def _implied(change: Claim, known: Claim, *, known_is_new: bool) -> Interval:
    c = signed_change(change)
    k = known.interval()
    if _scale(change) == "absolute":
        value = k - c if known_is_new else k + c
    else:
        factor = _factor(change, c)
        value = k / factor if known_is_new else k * factor
    if known.kind in EXACT_KINDS:
        return value.clamp_lower(0).integers()
    return value


@register(
    "change",
    roles={"change": "one", "new": "optional", "old": "optional"},
    params=NoParams,
    example="relation: change_of   # every change claim with change_of: <new figure id>",
)
def check(bound: Binding, params: NoParams) -> Iterator[Finding]:
    """A stated change (absolute, percent, fraction or times) agrees with the figures.

    With both figures, the change computed over every value they allow must
    fall in the stated change (pass), or none may (fail). With one, the check
    reports the figure the change implies for the other period ("230, 40%
    higher" implies 164 the year before; "197, over 20% higher" at most 164)
    as a derived claim, and fails only when no whole number fits.
    """
    change = bound.one("change")
    new, old = bound.optional("new"), bound.optional("old")
    c = signed_change(change)
    scale = _scale(change)
    suffix = " %" if scale == "percent" else "×" if scale == "times" else ""
    if new is not None and old is not None:
        n, o = new.interval(), old.interval()
        formula, computed = _computed(change, n, o)
        status = computed.within(c)
        if verdict_only():
            yield Finding(status, "")
            return
        shown = formula.replace("new", new.stated).replace("old", old.stated)
        word = _RISE_OR_FALL[change.direction].removeprefix("a ")
        gives = _what_the_figures_give(change, computed, c)
        yield Finding(
            status=status,
            explanation=f"{shown} = {words(computed, decimals(change.value) + 1)}{suffix}; "
            f"{_RISE_OR_FALL[change.direction]} of {change.stated} allows {c.describe()}{suffix}; "
            f"the change {status.meaning()}",
            headline=f"Stated {word} of {bare(change)}; the figures give {gives} "
            f"({bare(old)} → {bare(new)})" if status is not Status.PASS else None,
            compared=Compared(f"stated: {bare(change)}", c, f"{bare(old)} → {bare(new)}", computed),
            operands=(operand("change", change, c), operand("new", new, n), operand("old", old, o)),
            computation=f"{formula} = {relation(computed, c, status)}",
            variables={"computed": str(computed)},
            grade=grade(c, computed, _thresholds(change)) if status is Status.FAIL else None,
        )
        return
    known = new or old
    if known is None:
        yield Finding(Status.SKIPPED, f"{change.id} names neither the figure before nor after")
        return
    implied = _implied(change, known, known_is_new=new is not None)
    other = "previous" if new is not None else "following"
    period = _other_period(known.period, -1 if new is not None else 1)
    floor = None
    if known.kind in EXACT_KINDS:
        floor = Fraction(0) if scale == "absolute" else Fraction(1)
    text = implied.describe(floor=floor)
    when = f"the {other} period" + (f" ({period})" if period else "")
    if implied.is_empty:
        status = Status.FAIL
        why = (
            f"no whole number in {when} gives {known.stated} after "
            f"{_RISE_OR_FALL[change.direction]} of {change.stated}"
        )
        headline: str | None = (
            f"{_RISE_OR_FALL[change.direction].capitalize()} of {bare(change)} cannot lead to "
            f"{bare(known)}: no whole number in {when} fits"
        )
    else:
        status = Status.INCONCLUSIVE
        why = (
            f"{known.stated} after {_RISE_OR_FALL[change.direction]} of {change.stated} implies "
            f"{text} in {when}, which the text does not state"
        )
        headline = why[0].upper() + why[1:]
    how = {
        "absolute": ("new - change", "old + change"),
        "percent": ("new / (1 + change/100)", "old × (1 + change/100)"),
        "fraction": ("new / (1 + change)", "old × (1 + change)"),
        "times": ("new / factor", "old × factor"),
    }[scale][0 if new is not None else 1]
    yield Finding(
        status=status,
        explanation=why,
        headline=headline,
        operands=(operand("change", change, c), operand("new" if new else "old", known)),
        computation=f"{how} = {implied}",
        derived=(
            Derived(
                f"{known.measures}@{period or other}",
                f"{known.label or known.measures} in {when}, as implied",
                implied,
                floor=floor,
                measures=known.measures,
                kind=known.kind,
                period=period,
                place=known.place,
                unit=known.unit,
                sources=(known.id, change.id),
            ),
        ),
        grade="minor" if status is Status.FAIL else None,
    )
