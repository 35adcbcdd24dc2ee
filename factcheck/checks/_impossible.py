"""A figure that allows no value: a reading error to report, never a vacuous verdict.

An empty set satisfies every "all values …" test, so a check that meets one
(a share of -3 %, a count "under 0") would pass whatever the other figures
say. Checks that add or subtract figures ask here first.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck._intervals import Interval
from factcheck._models import Claim
from factcheck._verdicts import Status
from factcheck.checks import Finding, operand

__all__ = ["impossible"]


def impossible(operands: Sequence[tuple[str, Claim, Interval]], what: str) -> Finding | None:
    """An error finding naming the figures that allow no value, if any do."""
    empty = [c for _, c, i in operands if i.is_empty]
    if not empty:
        return None
    return Finding(
        status=Status.ERROR,
        explanation=f"{', '.join(c.stated for c in empty)} allows no value as stated; {what}",
        operands=tuple(operand(role, c, i) for role, c, i in operands),
    )
