"""figures_agree: figures that state the same thing (in several documents) allow a common value."""

from __future__ import annotations

from collections.abc import Iterator
from functools import reduce
from itertools import combinations

from factcheck._intervals import Interval
from factcheck._verdicts import Status
from factcheck.checks import Binding, Compared, Finding, NoParams, operand, register
from factcheck.checks._grading import grade, hedge_threshold


@register(
    "figures_agree",
    roles={"figures": "many"},
    params=NoParams,
    example="relation: same_figure   # with scope: documents",
)
def check(bound: Binding, params: NoParams) -> Iterator[Finding]:
    """Figures of the same measure, period and place agree, rounding and hedges allowed.

    Two outlets' versions of a story, or this year's report and last year's,
    describe one true value each time they state the same figure; they agree
    when some value is allowed by all. A figure another check derived (last
    year's count implied by this year's count and its stated rise) takes part
    too, so a change stated in one document is checked against the figures of
    another.
    """
    figures = bound.many("figures")
    sets = [f.interval() for f in figures]
    common = reduce(Interval.intersect, sets)
    listed = "; ".join(f"{f.stated} ({getattr(f, 'document', None) or '?'})" for f in figures)
    if common.is_empty:
        (a, ia), (b, ib) = next(
            ((x, y) for x, y in combinations(zip(figures, sets, strict=True), 2)
             if not x[1].overlaps(y[1])),
            ((figures[0], sets[0]), (figures[1], sets[1])),
        )
        yield Finding(
            status=Status.FAIL,
            explanation=f"{a.stated} allows {ia.describe()} but {b.stated} allows {ib.describe()}: "
            "no value satisfies both",
            headline=f"{a.stated} and {b.stated} cannot both be right: no value fits both",
            compared=Compared(a.stated, ia, b.stated, ib),
            operands=tuple(operand("figure", f, i) for f, i in zip(figures, sets, strict=True)),
            computation=" ∩ ".join(map(str, sets)) + " = ∅",
            grade=grade(ia, ib, [*hedge_threshold(a), *hedge_threshold(b)]),
        )
        return
    yield Finding(
        status=Status.PASS,
        explanation=f"the figures ({listed}) agree on {common.describe()}",
        operands=tuple(operand("figure", f, i) for f, i in zip(figures, sets, strict=True)),
        computation=" ∩ ".join(map(str, sets)) + f" = {common}",
        variables={"common": str(common)},
    )
