"""change: a stated rise or fall agrees with the figures before and after."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck._intervals import Interval, Status
from factcheck._models import EXACT_KINDS, Claim, Direction
from factcheck.checks import Binding, Derived, Finding, NoParams, operand, register

PERCENT_UNITS = frozenset({"percent", "%"})
_RISE_OR_FALL = {Direction.INCREASE: "a rise", Direction.DECREASE: "a fall", None: "a change"}


def signed_change(change: Claim) -> Interval:
    """The change as a signed interval: a decrease of "over 20%" is below -20."""
    magnitude = change.interval()
    return -magnitude if change.direction is Direction.DECREASE else magnitude


def _implied(change: Claim, known: Claim, *, known_is_new: bool) -> Interval:
    c = signed_change(change)
    k = known.interval()
    if change.unit in PERCENT_UNITS:
        factor = 1 + c / 100
        value = k / factor if known_is_new else k * factor
    else:
        value = k - c if known_is_new else k + c
    value = value.clamp_lower(0) if known.kind in EXACT_KINDS else value
    return value.integers() if known.kind in EXACT_KINDS else value


@register(
    "change",
    roles={"change": "one", "new": "optional", "old": "optional"},
    params=NoParams,
    example="relation: change_of   # every change claim with change_of: <new figure id>",
)
def check(bound: Binding, params: NoParams) -> Iterator[Finding]:
    """A stated change (absolute, percent or percentage points) agrees with the figures.

    With both figures, (new - old) / old must fall in the stated change. With
    one, the check reports the figure the change implies for the other period
    ("230, 40% higher" implies 164 the year before) and fails only when no
    whole number fits.
    """
    change = bound.one("change")
    new, old = bound.optional("new"), bound.optional("old")
    c = signed_change(change)
    percent = change.unit in PERCENT_UNITS
    if new is not None and old is not None:
        n, o = new.interval(), old.interval()
        computed = (n - o) / o * 100 if percent else n - o
        status = computed.within(c)
        formula = f"({new.stated} - {old.stated}) / {old.stated}" if percent else (
            f"{new.stated} - {old.stated}"
        )
        yield Finding(
            status=status,
            explanation=f"{formula} = {computed.describe()}{' %' if percent else ''}; "
            f"{_RISE_OR_FALL[change.direction]} of {change.stated} allows {c.describe()}; "
            f"the change {status.meaning()}",
            operands=(operand("change", change, c), operand("new", new, n), operand("old", old, o)),
            computation=f"{formula} = {computed} ⊆ {c}",
            variables={"computed": str(computed)},
        )
        return
    known = new or old
    if known is None:
        yield Finding(Status.SKIPPED, f"{change.id} names neither the figure before nor after")
        return
    implied = _implied(change, known, known_is_new=new is not None)
    other = "previous" if new is not None else "following"
    name = f"{known.measures}@{other}"
    if implied.is_empty:
        status = Status.FAIL
        why = (
            f"no whole number in the {other} period gives {known.stated} after "
            f"{_RISE_OR_FALL[change.direction]} of {change.stated}"
        )
    else:
        status = Status.INCONCLUSIVE
        why = (
            f"{known.stated} after {_RISE_OR_FALL[change.direction]} of {change.stated} implies "
            f"{implied.describe()} in the {other} period, which the text does not state"
        )
    yield Finding(
        status=status,
        explanation=why,
        operands=(operand("change", change, c), operand("new" if new else "old", known)),
        computation=f"{'new / (1 + change/100)' if percent else 'new - change'} = {implied}"
        if new is not None
        else f"{'old × (1 + change/100)' if percent else 'old + change'} = {implied}",
        derived=(
            Derived(name, f"{known.label or known.measures} in the {other} period, as implied", implied),
        ),
    )
