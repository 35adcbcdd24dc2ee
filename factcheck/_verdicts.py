"""Verdicts: the status of one check and the severity of a rule.

Every place that compares or orders statuses (conjunction of findings, the
worst verdict touching a figure, the order reports list them in) reads the
one rank here, :data:`STATUS_ORDER`.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

__all__ = ["LISTING_ORDER", "STATUS_ORDER", "Severity", "Status"]


class Status(StrEnum):
    """The verdict of one check."""

    PASS = "pass"
    INCONCLUSIVE = "inconclusive"
    SKIPPED = "skipped"
    FAIL = "fail"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """Place in :data:`STATUS_ORDER`: higher needs a reader's attention more."""
        return _RANK[self]

    @staticmethod
    def all_of(statuses: Iterable[Status]) -> Status:
        """Kleene conjunction: one failure fails the whole, one doubt makes it doubtful.

        An error anywhere is an error: a broken rule must never read as a pass.
        The result is the highest-ranked status present.
        """
        return max(set(statuses), key=_RANK.__getitem__, default=Status.PASS)

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
        return _MEANINGS[self]

    def negate(self) -> Status:
        return {Status.PASS: Status.FAIL, Status.FAIL: Status.PASS}.get(self, self)


#: The one rank of statuses, from least to most in need of a reader's attention:
#: a conjunction takes the highest present, and a figure is coloured by the
#: highest touching it.
STATUS_ORDER: tuple[Status, ...] = (
    Status.PASS,
    Status.SKIPPED,
    Status.INCONCLUSIVE,
    Status.FAIL,
    Status.ERROR,
)
_RANK = {s: i for i, s in enumerate(STATUS_ORDER)}
#: :meth:`Status.meaning`, built once: every check's explanation asks for it.
_MEANINGS = {
    Status.PASS: "holds for every value the text allows",
    Status.FAIL: "holds for no value the text allows",
    Status.INCONCLUSIVE: "holds for some values the text allows but not for all",
    Status.SKIPPED: "could not be evaluated: a figure it needs is not stated",
    Status.ERROR: "could not be evaluated: the rule is broken",
}

#: The order reports list statuses in: highest rank first, except that the
#: text's failures come before broken rules (what a reader came for first).
LISTING_ORDER: tuple[Status, ...] = (
    Status.FAIL,
    *(s for s in reversed(STATUS_ORDER) if s is not Status.FAIL),
)


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "info": 2}[self.value]
