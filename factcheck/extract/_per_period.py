"""Changes stated per period ("a 2% rise every year, from A to B"): an average rate, not the change.

A percentage said "every year", "a year", "per month" or "annually" is an
average rate over a span of several periods. The two figures the span runs
between ("from 327,000 … to 480,000") are its ends, and the change between
them is the rate compounded over an unstated number of periods: the wording
links the rate to them, but not as the change from one to the other. A link
read that way stays, as a guess with the reason, so the check on it can pass
or ask for review, never fail.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract import _kinds as kinds
from factcheck.extract._cues import may_hold_short
from factcheck.extract._figures import Figure
from factcheck.extract._links import Relation

__all__ = ["PER_PERIOD", "per_period_changes", "stated_per_period"]

PER_PERIOD = (
    "the change is stated as an average rate per period (a year, a month) over a span, not as the "
    "change between the span's two ends"
)

#: "every year", "a month", "per annum", "annually": a rate per period. Not "a year earlier/ago"
#: (the level compared with) nor "in a year" (the whole change over one year), read below.
_PER = re.compile(
    r"\b(?P<before>\w+\s+)?(?:(?:every|each|a|per)\s+(?:year|month|quarter|annum)\b"
    r"(?!\s+(?:earlier|ago|before|after|later|prior|previously|on|back|from|to\s+date))"
    r"|annually\b|per\s+annum\b)",
    re.IGNORECASE,
)
#: A word every match of :data:`_PER` holds.
_PER_WORDS = ("year", "month", "quarter", "annum", "annually")
#: Where the words of a change's own sentence end.
_CLAUSE_END = re.compile(r"[.;:!?]\s")
#: Words before "a year" that make it the span of one change, not a rate: "in a year", "within a year".
_SPAN = frozenset({
    "in", "within", "over", "than", "for", "of", "across", "after", "about", "almost", "nearly",
})
#: Words before the figure that make it an average rate: "an average annual 2%", "a compound annual rate of".
_AVERAGE_BEFORE = re.compile(
    r"\b(?:(?:average|compound(?:ed)?)\s+(?:annual|yearly|monthly)|(?:annual|yearly|monthly)\s+average|CAGR)"
    r"\b[^.;:\d]{0,30}$",
    re.IGNORECASE,
)
#: A word every match of :data:`_AVERAGE_BEFORE` holds.
_AVERAGE_WORDS = ("average", "compound", "cagr")
#: How far after the change figure its "per period" words may stand when the linked figure is before it.
_REACH = 60
#: Relations that read a change as the step from one figure to another.
_MOVES = frozenset({"change_of", "baseline"})


def stated_per_period(text: str, change: Figure, other: Figure) -> bool:
    """Is ``change`` said to be an average rate per period, in the words between it and ``other``
    (or right after it), or by "average annual" right before it?"""
    if may_hold_short(text[max(0, change.start - 40) : change.start], _AVERAGE_WORDS) \
            and _AVERAGE_BEFORE.search(text, max(0, change.start - 40), change.start):
        return True
    end = other.start if other.start > change.end else change.end + _REACH
    gap = text[change.end : end]
    if not may_hold_short(gap, _PER_WORDS):
        return False
    cut = _CLAUSE_END.search(gap)  # within its own sentence
    for m in _PER.finditer(gap[: cut.start()] if cut else gap):
        before = (m.group("before") or "").strip().lower()
        if before not in _SPAN:
            return True
    return False


def per_period_changes(text: str, figures: Sequence[Figure], relations: list[Relation]) -> None:
    """Read a change stated per period, linked by wording as a step between two figures, as a guess."""
    for n, r in enumerate(relations):
        if not r.certain or r.kind not in _MOVES:
            continue
        change, other = figures[r.a], figures[r.b]
        if change.kind is kinds.CHANGE and stated_per_period(text, change, other):
            relations[n] = Relation(r.kind, r.a, r.b, PER_PERIOD, False)
