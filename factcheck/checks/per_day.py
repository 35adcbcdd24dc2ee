"""per_day: a rate per day agrees with the count over the period it is the daily rate of."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck._verdicts import Status
from factcheck.checks import Binding, Compared, Finding, NoParams, operand, register, verdict_only
from factcheck.checks._grading import grade, hedge_threshold
from factcheck.checks._wording import at_stated_precision, bare, decimals, relation, words


@register(
    "per_day",
    roles={"rate": "one", "count": "one"},
    params=NoParams,
    example="relation: rate_of   # every claim with rate_of: {count: …, days: 365}",
)
def check(bound: Binding, params: NoParams) -> Iterator[Finding]:
    """A rate per day equals the period's count over its days, within the rate's rounding and hedge.

    "20,336 murders in the year, 57 a day": 20,336 / 365 is 55.7, so "57"
    (56.5 to 57.5) is not the daily rate of that count.
    """
    rate, count = bound.one("rate"), bound.one("count")
    assert rate.rate_of is not None  # the relation binds only claims with rate_of
    days = rate.rate_of.days
    r, c = rate.interval(), count.interval()
    computed = c / days
    status = computed.within(r)
    if verdict_only():
        yield Finding(status, "")
        return
    yield Finding(
        status=status,
        explanation=f"{count.stated} / {days} days = {words(computed, decimals(rate.value) + 1)} a day; "
        f"stated {rate.stated} allows {r.describe()}; the rate {status.meaning()}",
        headline=f"Stated rate of {bare(rate)} a day; {bare(count)} over {days} days gives "
        f"{at_stated_precision(computed, r, rate.value, status)} a day"
        if status is not Status.PASS else None,
        compared=Compared(f"stated: {bare(rate)} a day", r, f"{bare(count)} / {days} days", computed),
        operands=(operand("rate", rate, r), operand("count", count, c)),
        computation=f"{c} / {days} = {relation(computed, r, status)}",
        variables={"computed": str(computed), "days": str(days)},
        grade=grade(r, computed, hedge_threshold(rate)) if status is Status.FAIL else None,
    )
