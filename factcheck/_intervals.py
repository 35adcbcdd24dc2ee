"""Sets of true values and three-valued verdicts.

A figure in a news text is rarely a point: "40%" is any share that rounds to
40, "over 20%" is any share above 20, "nearly 200" is a little under 200. This
module turns a stated figure into the :class:`Interval` of values the text
allows and evaluates relations over such intervals, answering *pass* (holds
for every allowed value), *fail* (holds for none) or *inconclusive* (holds for
some). It is the one place where that logic lives; checks only call it.

Bounds are exact rationals (:class:`fractions.Fraction`) so that no verdict
ever depends on binary floating point; an unbounded side is ``None``.
"""

from __future__ import annotations

import functools
import math
import re
import typing
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from fractions import Fraction
from typing import Literal

__all__ = [
    "ABOUT_TOLERANCE",
    "NEARLY_TOLERANCE",
    "Interval",
    "Rounding",
    "StatedNumber",
    "Status",
    "parse_number",
    "reround",
    "separates",
    "unround",
]

#: "about 20" allows 10 % either side of the stated figure (after rounding).
ABOUT_TOLERANCE = Fraction(1, 10)
#: "nearly 200" allows up to 10 % below the stated figure, and the figure itself.
NEARLY_TOLERANCE = Fraction(1, 10)

Rounding = Literal["up_or_down", "up", "down", "even", "ceiling", "floor", "truncate"]
ROUNDINGS: tuple[Rounding, ...] = typing.get_args(Rounding)


class Status(StrEnum):
    """The verdict of one check. Ordered from best to worst for reporting."""

    PASS = "pass"
    INCONCLUSIVE = "inconclusive"
    SKIPPED = "skipped"
    FAIL = "fail"
    ERROR = "error"

    @staticmethod
    def all_of(statuses: Iterable[Status]) -> Status:
        """Kleene conjunction: one failure fails the whole, one doubt makes it doubtful.

        An error anywhere is an error: a broken rule must never read as a pass.
        """
        seen = set(statuses)
        for worst in (Status.ERROR, Status.FAIL, Status.INCONCLUSIVE, Status.SKIPPED):
            if worst in seen:
                return worst
        return Status.PASS

    @staticmethod
    def any_of(statuses: Iterable[Status]) -> Status:
        """Kleene disjunction: one pass passes, otherwise doubt beats failure."""
        seen = set(statuses)
        for best in (Status.ERROR, Status.PASS, Status.INCONCLUSIVE, Status.SKIPPED):
            if best in seen:
                return best
        return Status.FAIL

    def meaning(self) -> str:
        """What the status says about the values the text allows, for explanations."""
        return {
            Status.PASS: "holds for every value the text allows",
            Status.FAIL: "holds for no value the text allows",
            Status.INCONCLUSIVE: "holds for some values the text allows but not for all",
            Status.SKIPPED: "could not be evaluated: a figure it needs is not stated",
            Status.ERROR: "could not be evaluated: the rule is broken",
        }[self]

    def negate(self) -> Status:
        return {Status.PASS: Status.FAIL, Status.FAIL: Status.PASS}.get(self, self)


Bound = Fraction | None


def _fmt(x: Fraction) -> str:
    if x.denominator == 1:
        return str(x.numerator)
    text = f"{float(x):.6g}"
    return text


@dataclass(frozen=True, slots=True)
class Interval:
    """A set of real numbers: one contiguous range, optionally integers only.

    ``lo``/``hi`` of ``None`` mean unbounded. ``integer`` restricts the set to
    whole numbers (counts); such intervals are kept normalised to closed
    integer bounds, so "over 200" sites is ``[201, ∞)``.
    """

    lo: Bound
    hi: Bound
    lo_closed: bool = True
    hi_closed: bool = True
    integer: bool = False
    #: Computed once: emptiness is asked for at every step of every check.
    _empty: bool = field(init=False, repr=False, compare=False, default=False)

    def __post_init__(self) -> None:
        lo, hi = self.lo, self.hi
        if lo is not None and hi is not None and not self.integer:  # the common case, kept fast
            object.__setattr__(
                self, "_empty", lo > hi or (lo == hi and not (self.lo_closed and self.hi_closed))
            )
            return
        if self.lo is None and self.lo_closed:
            object.__setattr__(self, "lo_closed", False)
        if self.hi is None and self.hi_closed:
            object.__setattr__(self, "hi_closed", False)
        if self.integer:
            lo, hi = self.lo, self.hi
            if lo is not None:
                c = math.ceil(lo)
                lo = Fraction(c + 1 if (c == lo and not self.lo_closed) else c)
            if hi is not None:
                f = math.floor(hi)
                hi = Fraction(f - 1 if (f == hi and not self.hi_closed) else f)
            object.__setattr__(self, "lo", lo)
            object.__setattr__(self, "hi", hi)
            object.__setattr__(self, "lo_closed", lo is not None)
            object.__setattr__(self, "hi_closed", hi is not None)
        lo, hi = self.lo, self.hi
        empty = lo is not None and hi is not None and (
            lo > hi or (lo == hi and not (self.lo_closed and self.hi_closed))
        )
        object.__setattr__(self, "_empty", empty)

    # construction -----------------------------------------------------------------

    @classmethod
    def point(cls, x: Fraction | int, *, integer: bool = False) -> Interval:
        return cls(Fraction(x), Fraction(x), integer=integer)

    @classmethod
    def closed(cls, lo: Fraction | int | None, hi: Fraction | int | None) -> Interval:
        return cls(_frac(lo), _frac(hi))

    @classmethod
    def everything(cls) -> Interval:
        return cls(None, None)

    # queries ----------------------------------------------------------------------

    @property
    def is_empty(self) -> bool:
        return self._empty

    @property
    def is_point(self) -> bool:
        return self.lo is not None and self.lo == self.hi and not self.is_empty

    def __contains__(self, x: object) -> bool:
        if not isinstance(x, int | Fraction | Decimal):
            return False
        v = Fraction(x)
        if self.integer and v.denominator != 1:
            return False
        if self.lo is not None and (v < self.lo or (v == self.lo and not self.lo_closed)):
            return False
        return not (self.hi is not None and (v > self.hi or (v == self.hi and not self.hi_closed)))

    def integers(self) -> Interval:
        """The whole numbers in this interval (what a count can be)."""
        return Interval(self.lo, self.hi, self.lo_closed, self.hi_closed, integer=True)

    def clamp_lower(self, floor: Fraction | int) -> Interval:
        """Cut away everything below ``floor`` (a count or a share is never negative)."""
        f = Fraction(floor)
        if self.lo is not None and (self.lo > f or (self.lo == f)):
            return self
        return Interval(f, self.hi, True, self.hi_closed, self.integer)

    def hull(self, other: Interval) -> Interval:
        lo, lo_c = _pick(self.lo, self.lo_closed, other.lo, other.lo_closed, lower=True)
        hi, hi_c = _pick(self.hi, self.hi_closed, other.hi, other.hi_closed, lower=False)
        return Interval(lo, hi, lo_c, hi_c, self.integer and other.integer)

    def intersect(self, other: Interval) -> Interval:
        lo, lo_c = _tighter(self.lo, self.lo_closed, other.lo, other.lo_closed, lower=True)
        hi, hi_c = _tighter(self.hi, self.hi_closed, other.hi, other.hi_closed, lower=False)
        return Interval(lo, hi, lo_c, hi_c, self.integer or other.integer)

    # arithmetic (sound hulls: every combination of members lies in the result) -----

    def __neg__(self) -> Interval:
        return Interval(
            None if self.hi is None else -self.hi,
            None if self.lo is None else -self.lo,
            self.hi_closed,
            self.lo_closed,
            self.integer,
        )

    def __add__(self, other: Interval | int | Fraction) -> Interval:
        o = _as_interval(other)
        return Interval(
            None if self.lo is None or o.lo is None else self.lo + o.lo,
            None if self.hi is None or o.hi is None else self.hi + o.hi,
            self.lo_closed and o.lo_closed,
            self.hi_closed and o.hi_closed,
            self.integer and o.integer,
        )

    __radd__ = __add__

    def __sub__(self, other: Interval | int | Fraction) -> Interval:
        return self + (-_as_interval(other))

    def __rsub__(self, other: Interval | int | Fraction) -> Interval:
        return _as_interval(other) + (-self)

    def __mul__(self, other: Interval | int | Fraction) -> Interval:
        o = _as_interval(other)
        if self.is_empty or o.is_empty:
            return _EMPTY
        corners = []
        for a, ac, a_low in ((self.lo, self.lo_closed, True), (self.hi, self.hi_closed, False)):
            for b, bc, b_low in ((o.lo, o.lo_closed, True), (o.hi, o.hi_closed, False)):
                closed = (ac and bc) or (a == 0 and ac) or (b == 0 and bc)
                corners.append((_ext_mul(_ext(a, low=a_low), _ext(b, low=b_low)), closed))
        lo_v = min(v for v, _ in corners)
        hi_v = max(v for v, _ in corners)
        lo_c = any(c for v, c in corners if v == lo_v)
        hi_c = any(c for v, c in corners if v == hi_v)
        return Interval(_unext(lo_v), _unext(hi_v), lo_c, hi_c, self.integer and o.integer)

    __rmul__ = __mul__

    def reciprocal(self) -> Interval:
        """1/x over the interval; everything when zero may be in it (no claim can be made)."""
        if self.is_empty:
            return _EMPTY
        positive = self.lo is not None and (self.lo > 0 or (self.lo == 0 and not self.lo_closed))
        negative = self.hi is not None and (self.hi < 0 or (self.hi == 0 and not self.hi_closed))
        if negative:
            return -(-self).reciprocal()
        if not positive:
            return Interval.everything()
        assert self.lo is not None
        lo = Fraction(0) if self.hi is None else 1 / self.hi
        hi = None if self.lo == 0 else 1 / self.lo
        return Interval(lo, hi, self.hi is not None and self.hi_closed, self.lo_closed)

    def __truediv__(self, other: Interval | int | Fraction) -> Interval:
        return Interval(self.lo, self.hi, self.lo_closed, self.hi_closed) * _as_interval(
            other
        ).reciprocal()

    def __rtruediv__(self, other: Interval | int | Fraction) -> Interval:
        return _as_interval(other) / self

    # three-valued relations ----------------------------------------------------

    def le(self, other: Interval) -> Status:
        """Is every value here ≤ every value there (pass), none (fail), or some?"""
        if self.is_empty or other.is_empty:
            return Status.FAIL
        if self.hi is not None and other.lo is not None and self.hi <= other.lo:
            return Status.PASS
        if (
            self.lo is not None
            and other.hi is not None
            and (
                self.lo > other.hi
                or (self.lo == other.hi and not (self.lo_closed and other.hi_closed))
            )
        ):
            return Status.FAIL
        return Status.INCONCLUSIVE

    def lt(self, other: Interval) -> Status:
        if self.is_empty or other.is_empty:
            return Status.FAIL
        if (
            self.hi is not None
            and other.lo is not None
            and (
                self.hi < other.lo
                or (self.hi == other.lo and not (self.hi_closed and other.lo_closed))
            )
        ):
            return Status.PASS
        if self.lo is not None and other.hi is not None and self.lo >= other.hi:
            return Status.FAIL
        return Status.INCONCLUSIVE

    def ge(self, other: Interval) -> Status:
        return other.le(self)

    def gt(self, other: Interval) -> Status:
        return other.lt(self)

    def eq(self, other: Interval) -> Status:
        if self.is_empty or other.is_empty or self.intersect(other).is_empty:
            return Status.FAIL
        if self.is_point and other.is_point and self.lo == other.lo:
            return Status.PASS
        return Status.INCONCLUSIVE

    def ne(self, other: Interval) -> Status:
        return self.eq(other).negate()

    def within(self, other: Interval) -> Status:
        """Does every value here lie in ``other`` (pass), none (fail), or some?"""
        if self.is_empty:
            return Status.FAIL
        common = self.intersect(other)
        if common.is_empty:
            return Status.FAIL
        return Status.PASS if common == self else Status.INCONCLUSIVE

    def plausibly_within(self, domain: Interval) -> Status:
        """Like :meth:`within`, but an open-ended hedge reaches only to the domain's edge.

        "over 20%" asserts a lower bound, not that the share may be 150 %, so it
        is plausible as a percentage; "over 100%" is not; "nearly 105%" may be.
        """
        if self.intersect(domain).is_empty:
            return Status.FAIL
        lo, lo_c = (domain.lo, domain.lo_closed) if self.lo is None else (self.lo, self.lo_closed)
        hi, hi_c = (domain.hi, domain.hi_closed) if self.hi is None else (self.hi, self.hi_closed)
        return Interval(lo, hi, lo_c, hi_c, self.integer).within(domain)

    def overlaps(self, other: Interval) -> bool:
        return not self.intersect(other).is_empty

    # presentation -------------------------------------------------------------

    def __str__(self) -> str:
        if self.is_empty:
            return "∅"
        if self.is_point:
            assert self.lo is not None
            return _fmt(self.lo)
        left = "(-∞" if self.lo is None else ("[" if self.lo_closed else "(") + _fmt(self.lo)
        right = "∞)" if self.hi is None else _fmt(self.hi) + ("]" if self.hi_closed else ")")
        return f"{left}, {right}"

    def describe(self, *, floor: Bound = None) -> str:
        """Plain words for messages: "exactly 197", "between 39.5 and 40.5", "above 20".

        ``floor`` is the least value the quantity can take at all (1 for last
        year's count behind a percent change); a lower end there says nothing,
        so "a whole number from 1 to 164" reads "at most 164".
        """
        if (
            floor is not None
            and self.lo is not None
            and self.hi is not None
            and self.lo_closed
            and self.lo <= floor < self.hi
        ):
            return f"{'at most' if self.hi_closed else 'below'} {_fmt(self.hi)}"
        if self.is_empty:
            return "no value"
        if self.is_point:
            assert self.lo is not None
            return f"exactly {_fmt(self.lo)}"
        if self.lo is None and self.hi is None:
            return "any value"
        if self.hi is None:
            assert self.lo is not None
            return f"{'at least' if self.lo_closed else 'above'} {_fmt(self.lo)}"
        if self.lo is None:
            return f"{'at most' if self.hi_closed else 'below'} {_fmt(self.hi)}"
        if self.integer:
            return f"a whole number from {_fmt(self.lo)} to {_fmt(self.hi)}"
        return f"between {_fmt(self.lo)} and {_fmt(self.hi)}"

    def to_json(self) -> dict[str, object]:
        """Exact, machine-readable form: bounds as decimal strings (or null)."""
        return {
            "lo": None if self.lo is None else _decimal_text(self.lo),
            "hi": None if self.hi is None else _decimal_text(self.hi),
            "lo_closed": self.lo_closed,
            "hi_closed": self.hi_closed,
            "integer": self.integer,
            "text": str(self),
        }


_EMPTY = Interval(Fraction(1), Fraction(0))


def _decimal_text(x: Fraction) -> str:
    if x.denominator == 1:
        return str(x.numerator)
    d = x.denominator
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    if d == 1:  # terminating decimal: exact
        return format(Decimal(x.numerator) / Decimal(x.denominator), "f")
    return f"{x.numerator}/{x.denominator}"


def _frac(x: Fraction | int | None) -> Bound:
    return None if x is None else Fraction(x)


def _as_interval(x: Interval | int | Fraction) -> Interval:
    return x if isinstance(x, Interval) else Interval.point(Fraction(x))


_INF = float("inf")


def _ext(x: Bound, *, low: bool) -> Fraction | float:
    if x is None:
        return -_INF if low else _INF
    return x


def _ext_mul(a: Fraction | float, b: Fraction | float) -> Fraction | float:
    if a == 0 or b == 0:
        return Fraction(0)  # 0·∞ = 0 is the right convention for hull corners
    return a * b


def _unext(x: Fraction | float) -> Bound:
    if isinstance(x, float):
        return None
    return x


def _pick(a: Bound, ac: bool, b: Bound, bc: bool, *, lower: bool) -> tuple[Bound, bool]:
    """The looser of two bounds (for a hull)."""
    if a is None or b is None:
        return None, False
    if a == b:
        return a, ac or bc
    if (a < b) == lower:
        return a, ac
    return b, bc


def _tighter(a: Bound, ac: bool, b: Bound, bc: bool, *, lower: bool) -> tuple[Bound, bool]:
    """The tighter of two bounds (for an intersection)."""
    if a is None:
        return b, bc
    if b is None:
        return a, ac
    if a == b:
        return a, ac and bc
    if (a > b) == lower:
        return a, ac
    return b, bc


# --- stated numbers ---------------------------------------------------------------

_SCALES: dict[str, int] = {
    "thousand": 10**3,
    "k": 10**3,
    "million": 10**6,
    "mn": 10**6,
    "m": 10**6,
    "mln": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "b": 10**9,
    "trillion": 10**12,
    "tn": 10**12,
}

_NUMBER = re.compile(
    r"""^\s*
    (?P<sign>[-+−])?
    (?P<digits>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)
    \s*(?P<scale>[a-z]+)?\s*$""",
    re.VERBOSE | re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class StatedNumber:
    """A number as written: its exact value and the step of its last written digit.

    "15.70" has value 15.7 and step 0.01; "1.2 million" has value 1 200 000 and
    step 100 000; "1,234" has value 1234 and step 1.
    """

    value: Fraction
    step: Fraction
    text: str

    @property
    def decimals(self) -> int:
        """Digits after the decimal point as written (0 for whole numbers)."""
        _, _, frac = self.text.replace(",", "").partition(".")
        return len(re.match(r"\d*", frac).group(0)) if frac else 0  # type: ignore[union-attr]


_FRACTION = re.compile(r"^\s*(?P<sign>[-+−])?(?P<num>\d+)\s*/\s*(?P<den>[1-9]\d*)\s*$")
#: "a third" (written "1/3") is read like the whole percentage it names: 1/3 ± 0.5 %.
FRACTION_STEP = Fraction(1, 100)


@functools.lru_cache(maxsize=8192)
def parse_number(text: str) -> StatedNumber:
    """Read a stated figure ("197", "15.70", "1,234", "1.2 million", "3.5bn", "1/3").

    A fraction in words ("fell by a third") is written ``1/3``; it is as
    precise as the whole percentage it names, so its step is 1/100.
    Raises ``ValueError`` with a plain-language reason for anything else.
    """
    f = _FRACTION.match(text)
    if f is not None:
        value = Fraction(int(f["num"]), int(f["den"]))
        return StatedNumber(
            value=-value if f["sign"] in ("-", "−") else value, step=FRACTION_STEP, text=text.strip()
        )
    m = _NUMBER.match(text.replace("\u2009", "").replace("\u00a0", " "))
    if m is None:
        raise ValueError(f"{text!r} is not a number (write it as digits, e.g. '197' or '15.70')")
    digits = m["digits"].replace(",", "")
    scale_word = (m["scale"] or "").lower()
    if scale_word and scale_word not in _SCALES:
        raise ValueError(f"{text!r}: unknown scale word {m['scale']!r}")
    scale = _SCALES.get(scale_word, 1)
    try:
        dec = Decimal(digits)
    except InvalidOperation as exc:  # pragma: no cover - the regex admits only decimals
        raise ValueError(f"{text!r} is not a number") from exc
    exponent = dec.as_tuple().exponent
    assert isinstance(exponent, int)
    step = Fraction(10) ** exponent * scale
    value = Fraction(dec) * scale
    if m["sign"] in ("-", "−"):
        value = -value
    return StatedNumber(value=value, step=step, text=text.strip())


def unround(
    text: str | StatedNumber, rounding: Rounding = "up_or_down"
) -> Interval:
    """The values that, rounded to the precision written, give the stated figure.

    The bounds and their inclusiveness follow scrutiny's ``unround()`` (Jung)
    with ``symmetric = FALSE``, so that a verdict here means what it means in
    the reference tools:

    ============== ==================== ==========================================
    ``rounding``   "0.53" allows        why
    ============== ==================== ==========================================
    up_or_down     [0.525, 0.535]       either tie direction is accepted (default)
    up             [0.525, 0.535)       ties go towards +∞, also below zero
    down           (0.525, 0.535]       ties go towards -∞, also below zero
    even           [0.525, 0.535]       see below
    ceiling        (0.52, 0.53]         towards +∞
    floor          [0.53, 0.54)         towards -∞
    truncate       [0.53, 0.54)         towards zero ("-0.53": (-0.54, -0.53])
    ============== ==================== ==========================================

    ``even`` keeps both ties although exact half-to-even would keep only one:
    the software that produced a figure rounds binary floats, whose ties fall
    either way (Python's ``round(0.135, 2)`` is 0.14 but ``round(0.125, 2)`` is
    0.12). Widening can only make a check more lenient, never cry wolf.
    """
    n = parse_number(text) if isinstance(text, str) else text
    x, h = n.value, n.step / 2
    if rounding in ("up_or_down", "even"):
        return Interval(x - h, x + h, True, True)
    if rounding == "up":
        return Interval(x - h, x + h, True, False)
    if rounding == "down":
        return Interval(x - h, x + h, False, True)
    if rounding == "ceiling":
        return Interval(x - n.step, x, False, True)
    if rounding == "floor":
        return Interval(x, x + n.step, True, False)
    if rounding == "truncate":
        if x > 0:
            return Interval(x, x + n.step, True, False)
        if x < 0:
            return Interval(x - n.step, x, False, True)
        return Interval(-n.step, n.step, False, False)
    raise ValueError(f"unknown rounding {rounding!r}; choose one of {', '.join(ROUNDINGS)}")


def reround(value: Fraction | int, step: Fraction | int, rounding: Rounding) -> tuple[Fraction, ...]:
    """Every figure ``value`` may be reported as when rounded to a multiple of ``step``.

    The forward direction of :func:`unround`, in exact arithmetic, so that the
    two can be tested against each other. ``up_or_down`` and ``even`` give both
    neighbours at an exact tie (see :func:`unround` for why ``even`` does too).
    """
    v, s = Fraction(value), Fraction(step)
    q = v / s
    lower, upper = math.floor(q), math.ceil(q)
    if lower == upper:
        return (v,)
    frac = q - lower
    tie = frac == Fraction(1, 2)
    nearest = lower if frac < Fraction(1, 2) else upper
    match rounding:
        case "up_or_down" | "even":
            picks = (lower, upper) if tie else (nearest,)
        case "up":
            picks = (upper if tie else nearest,)
        case "down":
            picks = (lower if tie else nearest,)
        case "ceiling":
            picks = (upper,)
        case "floor":
            picks = (lower,)
        case "truncate":
            picks = (lower if v > 0 else upper,)
        case _:
            raise ValueError(f"unknown rounding {rounding!r}; choose one of {', '.join(ROUNDINGS)}")
    return tuple(Fraction(k) * s for k in picks)


def separates(stated: Interval, actual: Interval, thresholds: Iterable[Fraction | int]) -> bool:
    """Does some threshold lie between everything stated and everything actually possible?

    This is what makes a failure *gross*: the text is not just a little off,
    it says something qualitatively different (a rise that was a fall, a
    majority that was not, "over 20%" that was under).
    """
    for t in map(Fraction, thresholds):
        below, above = Interval(None, t, False, False), Interval(t, None, False, False)
        at_or_below, at_or_above = Interval(None, t), Interval(t, None)
        if (stated.within(above) is Status.PASS and actual.within(at_or_below) is Status.PASS) or (
            stated.within(below) is Status.PASS and actual.within(at_or_above) is Status.PASS
        ):
            return True
    return False
