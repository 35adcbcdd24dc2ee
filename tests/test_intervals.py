"""Laws of the interval and verdict logic: soundness of arithmetic and relations, Kleene combination."""

from __future__ import annotations

import math
import operator
from collections.abc import Callable
from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from factcheck import Interval, Status, parse_number, unround


@st.composite
def _small(draw: st.DrawFn) -> Fraction:
    """A fraction in [-1000, 1000] with denominator at most 50, built (st.fractions filters)."""
    denominator = draw(st.integers(1, 50))
    return Fraction(draw(st.integers(-1000 * denominator, 1000 * denominator)), denominator)


small = _small()


# These strategies build what they need instead of filtering (assume, st.fractions): on a busy
# 2-core machine the discarded draws alone took longer than HealthCheck.too_slow allows.
@st.composite
def intervals(draw: st.DrawFn) -> Interval:
    lo, hi = sorted((draw(small), draw(small)))
    lo_closed, hi_closed = draw(st.booleans()), draw(st.booleans())
    unbounded = draw(st.sampled_from(["none", "none", "lo", "hi"]))
    bounds = (None if unbounded == "lo" else lo, None if unbounded == "hi" else hi)
    i = Interval(*bounds, lo_closed, hi_closed, integer=draw(st.booleans()))
    if i.is_empty:  # e.g. (2, 2), or integers in (0.3, 0.7): close it, and let it hold fractions
        i = Interval(*bounds, True, True, integer=False)
    return i


@st.composite
def member(draw: st.DrawFn, i: Interval) -> Fraction:
    """A value inside ``i`` (near its ends, which is where bugs hide)."""
    lo = i.lo if i.lo is not None else (i.hi - 500 if i.hi is not None else Fraction(-500))
    hi = i.hi if i.hi is not None else lo + 500
    if i.integer:
        first = next(n for n in (math.ceil(lo), math.ceil(lo) + 1) if n in i)
        last = next(n for n in (math.floor(hi), math.floor(hi) - 1) if n in i)
        return Fraction(draw(st.integers(first, last)))
    between = st.integers(0, 100).map(lambda k: lo + (hi - lo) * Fraction(k, 100))
    x = draw(st.sampled_from([lo, hi, (lo + hi) / 2]) | between)
    return x if x in i else (lo + hi) / 2  # an open end: the middle is always inside


OPS: dict[str, tuple[Callable[[Interval, Interval], Interval], Callable[[Fraction, Fraction], Fraction]]] = {
    "+": (operator.add, operator.add),
    "-": (operator.sub, operator.sub),
    "*": (operator.mul, operator.mul),
    "/": (operator.truediv, operator.truediv),
}


@pytest.mark.parametrize("op", OPS)
@given(data=st.data())
def test_arithmetic_is_sound(op: str, data: st.DataObject) -> None:
    """For any members of the operands, the result of the operation is in the result interval."""
    a, b = data.draw(intervals()), data.draw(intervals())
    x, y = data.draw(member(a)), data.draw(member(b))
    interval_op, number_op = OPS[op]
    if op == "/":
        assume(y != 0)
    assert number_op(x, y) in Interval(*_bounds(interval_op(a, b)))


def _bounds(i: Interval) -> tuple[object, ...]:
    return (i.lo, i.hi, i.lo_closed, i.hi_closed)  # drop `integer`: a quotient of counts need not be whole


RELATIONS = {"le": operator.le, "lt": operator.lt, "ge": operator.ge, "gt": operator.gt, "eq": operator.eq}


@pytest.mark.parametrize("name", RELATIONS)
@given(data=st.data())
def test_relations_are_sound(name: str, data: st.DataObject) -> None:
    """pass means it holds for every pair of members, fail for none."""
    a, b = data.draw(intervals()), data.draw(intervals())
    x, y = data.draw(member(a)), data.draw(member(b))
    verdict = getattr(a, name)(b)
    holds = RELATIONS[name](x, y)
    if verdict is Status.PASS:
        assert holds
    if verdict is Status.FAIL:
        assert not holds


@given(intervals(), intervals())
def test_within_is_sound(a: Interval, b: Interval) -> None:
    verdict = a.within(b)
    inter = a.intersect(b)
    assert (verdict is Status.FAIL) == inter.is_empty
    if verdict is Status.PASS:
        assert inter == a


statuses = st.sampled_from(list(Status))


@given(st.lists(statuses, min_size=1), st.randoms())
def test_all_of_is_order_free(xs: list[Status], rnd: object) -> None:
    shuffled = xs[:]
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert Status.all_of(xs) == Status.all_of(shuffled)


@given(statuses, statuses, statuses)
def test_all_of_is_associative(a: Status, b: Status, c: Status) -> None:
    assert Status.all_of([Status.all_of([a, b]), c]) == Status.all_of([a, Status.all_of([b, c])])


@given(st.lists(statuses))
def test_all_of_laws(xs: list[Status]) -> None:
    result = Status.all_of(xs)
    if Status.ERROR in xs:
        assert result is Status.ERROR  # a broken rule never reads as a pass
    elif Status.FAIL in xs:
        assert result is Status.FAIL
    elif all(x is Status.PASS for x in xs):
        assert result is Status.PASS
    else:
        assert result in (Status.INCONCLUSIVE, Status.SKIPPED)


@given(st.lists(statuses, min_size=1))
def test_de_morgan_for_pass_and_fail(xs: list[Status]) -> None:
    definite = [x for x in xs if x in (Status.PASS, Status.FAIL)]
    if definite == xs:
        assert Status.all_of(xs).negate() == Status.any_of([x.negate() for x in xs])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("40", "[39.5, 40.5]"),
        ("15.70", "[15.695, 15.705]"),
        ("15.7", "[15.65, 15.75]"),
        ("1,234", "[1233.5, 1234.5]"),
        ("1.2 million", "[1150000, 1250000]"),
        ("3.5bn", "[3450000000, 3550000000]"),
    ],
)
def test_unround_keeps_the_written_precision(text: str, expected: str) -> None:
    assert str(unround(text)) == expected


def test_unround_methods_differ_only_at_the_edges() -> None:
    assert (unround("40", "up").lo_closed, unround("40", "up").hi_closed) == (True, False)
    assert (unround("40", "down").lo_closed, unround("40", "down").hi_closed) == (False, True)
    assert str(unround("40", "floor")) == "[40, 41)"
    assert str(unround("40", "ceiling")) == "(39, 40]"
    assert unround("0.5", "even") != unround("1.5", "even")


@pytest.mark.parametrize("bad", ["twelve", "1.2.3", "", "12 zillion", "--5"])
def test_parse_number_rejects_what_is_not_a_number(bad: str) -> None:
    with pytest.raises(ValueError, match=r"not a number|unknown scale"):
        parse_number(bad)


def test_integer_intervals_are_normalised_to_whole_bounds() -> None:
    assert str(Interval(Fraction(200), None, False, False, integer=True)) == "[201, ∞)"
    assert Interval(Fraction(163.7), Fraction(163.9), integer=True).is_empty


def test_plausibly_within_reads_an_open_hedge_as_a_bound() -> None:
    percent = Interval.closed(0, 100)
    assert Interval(Fraction(20), None, False, False).plausibly_within(percent) is Status.PASS
    assert Interval(Fraction(100), None, False, False).plausibly_within(percent) is Status.FAIL
    assert Interval.closed(Fraction(945, 10), 105).plausibly_within(percent) is Status.INCONCLUSIVE


def _corner_hull(a: Interval, b: Interval) -> Interval:
    """The product by definition: the least and greatest corner, closed where a closed corner reaches."""
    corners = []
    for x, x_closed in ((a.lo, a.lo_closed), (a.hi, a.hi_closed)):
        for y, y_closed in ((b.lo, b.lo_closed), (b.hi, b.hi_closed)):
            assert x is not None
            assert y is not None
            reached = (x_closed and y_closed) or (x == 0 and x_closed) or (y == 0 and y_closed)
            corners.append((x * y, reached))
    lo, hi = min(v for v, _ in corners), max(v for v, _ in corners)
    return Interval(lo, hi, any(c for v, c in corners if v == lo), any(c for v, c in corners if v == hi),
                    a.integer and b.integer)


@given(intervals(), intervals())
def test_a_product_of_bounded_sets_is_the_hull_of_its_corners(a: Interval, b: Interval) -> None:
    assume(None not in (a.lo, a.hi, b.lo, b.hi))
    assert a * b == _corner_hull(a, b)


@given(intervals(), intervals())
def test_plausibly_within_is_within_for_a_bounded_set(a: Interval, b: Interval) -> None:
    assume(a.lo is not None and a.hi is not None)
    assert a.plausibly_within(b) is a.within(b)


@given(intervals(), intervals())
def test_text_and_words_are_the_same_when_asked_again(a: Interval, b: Interval) -> None:
    """They are kept after the first time; an equal set built anew reads the same."""
    again = Interval(a.lo, a.hi, a.lo_closed, a.hi_closed, a.integer)
    assert (str(a), a.describe(), a.to_json()) == (str(again), again.describe(), again.to_json())
    assert str(a) == str(a)
    assert a.intersect(b) == Interval(*_bounds(a.intersect(b)), integer=a.integer or b.integer)


@given(st.one_of(small, st.integers(-1000, 1000)), st.one_of(small, st.integers(-1000, 1000)))
def test_corner_product_is_the_fraction_product(a: Fraction | int, b: Fraction | int) -> None:
    """The fast product reads numerators and denominators; it must give the same fraction, in lowest terms."""
    from factcheck._intervals import _product

    got = _product(a, b)  # type: ignore[arg-type]
    assert got == a * b
    assert (got.numerator, got.denominator) == (Fraction(a * b).numerator, Fraction(a * b).denominator)


def _lowest_terms(x: Fraction | None) -> bool:
    return x is not None and x.denominator > 0 and math.gcd(x.numerator, x.denominator) == 1


@given(_small(), _small(), st.booleans(), st.booleans())
def test_a_product_of_points_is_the_exact_product_in_lowest_terms(a: Fraction, b: Fraction, ai: bool,
                                                                   bi: bool) -> None:
    ai, bi = ai and a.denominator == 1, bi and b.denominator == 1  # a whole-number set of 1/2 is empty
    product = Interval.point(a, integer=ai) * Interval.point(b, integer=bi)
    assert product.is_point
    assert product.lo == product.hi == a * b
    assert _lowest_terms(product.lo)
    assert product.integer is (ai and bi)
    assert (Interval.point(a) * 100).lo == a * 100


@given(_small(), _small(), st.booleans(), st.booleans())
def test_a_reciprocal_on_one_side_of_zero_swaps_the_ends(a: Fraction, b: Fraction, lc: bool,
                                                         hc: bool) -> None:
    assume(a != 0 and b != 0 and (a > 0) == (b > 0))
    lo, hi = min(a, b), max(a, b)
    assume(lo < hi or (lc and hc))
    r = Interval(lo, hi, lc, hc).reciprocal()
    assert (r.lo, r.hi, r.lo_closed, r.hi_closed) == (1 / hi, 1 / lo, hc, lc)
    assert _lowest_terms(r.lo)
    assert _lowest_terms(r.hi)
