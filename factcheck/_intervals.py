"""Sets of true values: the intervals a figure allows and three-valued relations over them.

A figure in a news text is rarely a point: "40%" is any share that rounds to
40, "over 20%" is any share above 20, "nearly 200" is a little under 200. An
:class:`Interval` is the set of values the text allows; its relations answer
*pass* (holds for every allowed value), *fail* (holds for none) or
*inconclusive* (holds for some). It is the one place where that logic lives;
checks only call it. Reading a stated figure into an interval is
:mod:`factcheck._stated`; the verdict type is :mod:`factcheck._verdicts`.

Bounds are exact rationals (:class:`fractions.Fraction`) so that no verdict
ever depends on binary floating point; an unbounded side is ``None``.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from factcheck._verdicts import Status

__all__ = ["Interval"]


Bound = Fraction | None


def _same(a: Fraction, b: Fraction) -> bool:
    """``a == b`` for fractions, without :class:`Fraction`'s generic dispatch (kept in lowest terms).

    Bounds are compared at every step of every check; the fields behind
    ``numerator`` and ``denominator`` are read directly (any other number takes
    the general path).
    """
    try:
        return bool(a._numerator == b._numerator and a._denominator == b._denominator)  # type: ignore[attr-defined]
    except AttributeError:  # an int or another number
        return bool(a == b)


def _same_bound(a: Bound, b: Bound) -> bool:
    return a is b or (a is not None and b is not None and _same(a, b))


def _above(a: Fraction, b: Fraction) -> bool:
    """``a > b`` for fractions, by cross-multiplying (denominators are positive)."""
    try:
        return bool(a._numerator * b._denominator > b._numerator * a._denominator)  # type: ignore[attr-defined]
    except AttributeError:
        return bool(a > b)


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
    #: The text and the JSON form, computed when first asked for: every result prints its sets.
    _text: str | None = field(init=False, repr=False, compare=False, default=None)
    _json: dict[str, object] | None = field(init=False, repr=False, compare=False, default=None)
    _words: str | None = field(init=False, repr=False, compare=False, default=None)

    def __post_init__(self) -> None:
        lo, hi = self.lo, self.hi
        if lo is not None and hi is not None and not self.integer:  # the common case, kept fast
            closed = self.lo_closed and self.hi_closed
            object.__setattr__(
                self, "_empty", not closed if lo is hi else _above(lo, hi) or (not closed and _same(lo, hi))
            )
            return
        if self.lo is None and self.lo_closed:
            object.__setattr__(self, "lo_closed", False)
        if self.hi is None and self.hi_closed:
            object.__setattr__(self, "hi_closed", False)
        if self.integer:
            lo, hi = self.lo, self.hi
            if lo is not None:
                lo = _whole_above(lo, self.lo_closed)
            if hi is not None:
                hi = _whole_below(hi, self.hi_closed)
            object.__setattr__(self, "lo", lo)
            object.__setattr__(self, "hi", hi)
            object.__setattr__(self, "lo_closed", lo is not None)
            object.__setattr__(self, "hi_closed", hi is not None)
        lo, hi = self.lo, self.hi
        empty = lo is not None and hi is not None and (
            _above(lo, hi) or (_same(lo, hi) and not (self.lo_closed and self.hi_closed))
        )
        object.__setattr__(self, "_empty", empty)

    # construction -----------------------------------------------------------------

    @classmethod
    def point(cls, x: Fraction | int, *, integer: bool = False) -> Interval:
        value = Fraction(x)
        return cls(value, value, integer=integer)

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
        lo = self.lo
        hi = self.hi
        return lo is not None and hi is not None and (lo is hi or _same(lo, hi)) and not self._empty

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

    def intersect(self, other: Interval) -> Interval:
        lo, lo_c = _tighter(self.lo, self.lo_closed, other.lo, other.lo_closed, lower=True)
        hi, hi_c = _tighter(self.hi, self.hi_closed, other.hi, other.hi_closed, lower=False)
        integer = self.integer or other.integer
        for kept in (self, other):  # the common case: one of the two is already the intersection
            if lo is kept.lo and hi is kept.hi and lo_c is kept.lo_closed and hi_c is kept.hi_closed \
                    and integer is kept.integer:
                return kept
        return Interval(lo, hi, lo_c, hi_c, integer)

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
        o = other if isinstance(other, Interval) else _point_of(other)
        if self.is_empty or o.is_empty:
            return _EMPTY
        if self.lo is not None and self.hi is not None and o.lo is not None and o.hi is not None:
            return self._times_bounded(o)
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

    def _times_bounded(self, o: Interval) -> Interval:
        """:meth:`__mul__` of two non-empty bounded sets: the same corners, fewer generic steps."""
        assert self.lo is not None
        assert self.hi is not None
        assert o.lo is not None
        assert o.hi is not None
        integer = self.integer and o.integer
        try:  # two points (every count, most percentages): one product from the numerators
            an, ad = self.lo._numerator, self.lo._denominator  # type: ignore[attr-defined]
            bn, bd = o.lo._numerator, o.lo._denominator  # type: ignore[attr-defined]
            if (self.lo is self.hi or _same(self.lo, self.hi)) and (o.lo is o.hi or _same(o.lo, o.hi)):
                v = _ZERO if an == 0 or bn == 0 else _lowest(an * bn, ad * bd)
                return Interval(v, v, True, True, integer)
        except AttributeError:  # an int or another number: the corners below
            pass
        corners = (
            _corner(self.lo, self.lo_closed, o.lo, o.lo_closed),
            _corner(self.lo, self.lo_closed, o.hi, o.hi_closed),
            _corner(self.hi, self.hi_closed, o.lo, o.lo_closed),
            _corner(self.hi, self.hi_closed, o.hi, o.hi_closed),
        )
        lo_v = hi_v = corners[0][0]
        for v, _ in corners[1:]:  # the first least and the first greatest, as min() and max() pick
            if _above(lo_v, v):
                lo_v = v
            if _above(v, hi_v):
                hi_v = v
        lo_c = any(c for v, c in corners if _same(v, lo_v))
        hi_c = any(c for v, c in corners if _same(v, hi_v))
        return Interval(lo_v, hi_v, lo_c, hi_c, integer)

    def reciprocal(self) -> Interval:
        """1/x over the interval; everything when zero may be in it (no claim can be made)."""
        if self.is_empty:
            return _EMPTY
        lo, hi = self.lo, self.hi
        if lo is not None and hi is not None:
            quick = _bounded_reciprocal(lo, hi, self.lo_closed, self.hi_closed)
            if quick is not None:
                return quick
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
        return Status.PASS if common is self or common._equals(self) else Status.INCONCLUSIVE

    def plausibly_within(self, domain: Interval) -> Status:
        """Like :meth:`within`, but an open-ended hedge reaches only to the domain's edge.

        "over 20%" asserts a lower bound, not that the share may be 150 %, so it
        is plausible as a percentage; "over 100%" is not; "nearly 105%" may be.
        """
        common = self.intersect(domain)
        if common.is_empty:
            return Status.FAIL
        if self.lo is not None and self.hi is not None:  # no open end to read as a bound: within()
            return Status.PASS if common is self or common._equals(self) else Status.INCONCLUSIVE
        lo, lo_c = (domain.lo, domain.lo_closed) if self.lo is None else (self.lo, self.lo_closed)
        hi, hi_c = (domain.hi, domain.hi_closed) if self.hi is None else (self.hi, self.hi_closed)
        return Interval(lo, hi, lo_c, hi_c, self.integer).within(domain)

    def _equals(self, other: Interval) -> bool:
        """``self == other``, without the generic comparison of every field."""
        return (
            self.lo_closed == other.lo_closed and self.hi_closed == other.hi_closed
            and self.integer == other.integer
            and _same_bound(self.lo, other.lo) and _same_bound(self.hi, other.hi)
        )

    def overlaps(self, other: Interval) -> bool:
        return not self.intersect(other).is_empty

    # presentation -------------------------------------------------------------

    def __str__(self) -> str:
        text = self._text
        if text is None:
            text = self._describe_set()
            object.__setattr__(self, "_text", text)
        return text

    def _describe_set(self) -> str:
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
        if floor is None:
            text = self._words
            if text is None:
                text = self._describe(None)
                object.__setattr__(self, "_words", text)
            return text
        return self._describe(floor)

    def _describe(self, floor: Bound) -> str:
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
        return dict(self.shared_json())

    def shared_json(self) -> dict[str, object]:
        """:meth:`to_json` itself, not a copy: for records that are written or validated, never changed
        (every result holds several sets)."""
        cached = self._json
        if cached is None:
            cached = self._exact_form()
            object.__setattr__(self, "_json", cached)
        return cached

    def _exact_form(self) -> dict[str, object]:
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
    return x if isinstance(x, Interval) else _point_of(x)


def _point_of(x: int | Fraction) -> Interval:
    """The set of one number; a whole number's (``* 100`` in every share) made once."""
    if type(x) is int and -1000 <= x <= 1000:
        return _small_point(x)
    return Interval.point(Fraction(x))


@functools.cache
def _small_point(x: int) -> Interval:
    return Interval.point(Fraction(x))


_INF = float("inf")
_ZERO = Fraction(0)


def _ext(x: Bound, *, low: bool) -> Fraction | float:
    if x is None:
        return -_INF if low else _INF
    return x


def _ext_mul(a: Fraction | float, b: Fraction | float) -> Fraction | float:
    if a == 0 or b == 0:
        return Fraction(0)  # 0·∞ = 0 is the right convention for hull corners
    return a * b


def _corner(a: Fraction, ac: bool, b: Fraction, bc: bool) -> tuple[Fraction, bool]:
    """One corner of a product of bounded sets, and whether it is reached (0·x = 0 is)."""
    try:
        a_zero, b_zero = a._numerator == 0, b._numerator == 0  # type: ignore[attr-defined]
    except AttributeError:  # an int or another number
        a_zero, b_zero = a == 0, b == 0
    return _ZERO if a_zero or b_zero else _product(a, b), (ac and bc) or (a_zero and ac) or (b_zero and bc)


def _product(a: Fraction, b: Fraction) -> Fraction:
    """``a * b``, from the numerators and denominators: without :class:`Fraction`'s operator dispatch.

    Corners are multiplied in every product and quotient of every check; the
    result is the same fraction in lowest terms (any other number takes the
    general path).
    """
    try:
        na, da = a._numerator, a._denominator  # type: ignore[attr-defined]
        nb, db = b._numerator, b._denominator  # type: ignore[attr-defined]
    except AttributeError:  # an int or another number
        return a * b
    return _lowest(na * nb, da * db)


_new = object.__new__


def _lowest(n: int, d: int) -> Fraction:
    """The fraction ``n/d`` (``d > 0``) in lowest terms: what ``Fraction(n, d)`` gives, without its
    generic checks of the argument types (a product's corners are plain integers)."""
    g = math.gcd(n, d)
    if g != 1:
        n //= g
        d //= g
    f = _new(Fraction)
    f._numerator = n  # type: ignore[attr-defined]
    f._denominator = d  # type: ignore[attr-defined]
    return f


def _whole_above(x: Fraction, closed: bool) -> Fraction:
    """The least whole number at or above ``x`` (above it when the end is open), as a fraction."""
    try:
        n, d = x._numerator, x._denominator  # type: ignore[attr-defined]
    except AttributeError:  # an int or another number
        c = math.ceil(x)
        return Fraction(c + 1 if (c == x and not closed) else c)
    c = -(-n // d)  # what math.ceil gives a fraction
    return _swapped(c + 1 if (d == 1 and not closed) else c, 1)


def _whole_below(x: Fraction, closed: bool) -> Fraction:
    """The greatest whole number at or below ``x`` (below it when the end is open), as a fraction."""
    try:
        n, d = x._numerator, x._denominator  # type: ignore[attr-defined]
    except AttributeError:  # an int or another number
        f = math.floor(x)
        return Fraction(f - 1 if (f == x and not closed) else f)
    f = n // d  # what math.floor gives a fraction
    return _swapped(f - 1 if (d == 1 and not closed) else f, 1)


def _bounded_reciprocal(lo: Fraction, hi: Fraction, lo_closed: bool, hi_closed: bool) -> Interval | None:
    """:meth:`Interval.reciprocal` of a non-empty bounded set on one side of zero, from the numerators
    (``None``: zero may be in it, or a bound is not a fraction; the general path decides)."""
    try:
        ln, ld = lo._numerator, lo._denominator  # type: ignore[attr-defined]
        hn, hd = hi._numerator, hi._denominator  # type: ignore[attr-defined]
    except AttributeError:
        return None
    if ln > 0:  # 1/x of a positive set: [1/hi, 1/lo], each still in lowest terms
        return Interval(_swapped(hd, hn), _swapped(ld, ln), hi_closed, lo_closed)
    if hn < 0:  # of a negative set: [1/hi, 1/lo] too, the sign moved to the numerator
        return Interval(_swapped(-hd, -hn), _swapped(-ld, -ln), hi_closed, lo_closed)
    return None


def _swapped(n: int, d: int) -> Fraction:
    """``Fraction(n, d)`` for ``d > 0`` already coprime to ``n`` (a reciprocal's numbers)."""
    f = _new(Fraction)
    f._numerator = n  # type: ignore[attr-defined]
    f._denominator = d  # type: ignore[attr-defined]
    return f


def _unext(x: Fraction | float) -> Bound:
    if isinstance(x, float):
        return None
    return x


def _tighter(a: Bound, ac: bool, b: Bound, bc: bool, *, lower: bool) -> tuple[Bound, bool]:
    """The tighter of two bounds (for an intersection)."""
    if a is None:
        return b, bc
    if b is None:
        return a, ac
    if a is b or _same(a, b):
        return a, ac and bc
    if _above(a, b) == lower:
        return a, ac
    return b, bc
