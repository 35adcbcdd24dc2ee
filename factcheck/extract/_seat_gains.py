"""Seats a party took from another are among the seats it holds: "72 MPs … took 60 seats from the Tories".

A party's gains from one rival are seats it won, so they are within its
stated total of seats (or MPs) in the same passage: the last count of seats
or MPs before, since the passage's question or heading. Which count is the
party's total is read from where it stands, so the link is a guess: it
passes, or asks for review.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract import _kinds as kinds
from factcheck.extract._cues import led_by
from factcheck.extract._figures import Figure, Layout
from factcheck.extract._links import Relation

__all__ = ["seat_gains"]

_GAINED_BEFORE = re.compile(r"\b(?:took|gained|won|captured|seized|picked\s+up)\s+$", re.IGNORECASE)
#: The word every match of :data:`_GAINED_BEFORE` opens on.
_GAINED_WORDS = ("took", "gained", "won", "captured", "seized", "picked")
#: How far before the seats gained the words of :data:`_GAINED_BEFORE` are read.
_GAINED_REACH = 20
_FROM_AFTER = re.compile(r"\s*(?:seats?|constituencies)?\s+from\s+(?:the\s+)?[A-Z]")
_SEATS = frozenset({"seats", "mps", "members", "councillors"})
#: How many sentences back the party's total is looked for.
_REACH = 4


_SEATS_AFTER = re.compile(r"\s*(?:seats|MPs|members|councillors)\b", re.IGNORECASE)


def _of_seats(text: str, f: Figure) -> bool:
    return (f.noun or "").lower() in _SEATS or _SEATS_AFTER.match(text, f.end) is not None


def seat_gains(text: str, figures: Sequence[Figure], layout: Layout, relations: list[Relation]) -> None:
    """Link "took N seats from X" to the last count of seats or MPs stated before it in the passage."""
    gains = led_by(text, _GAINED_WORDS, figures, _GAINED_REACH)  # the only figures a word of gain is before
    if not gains:
        return
    linked = {r.a for r in relations if r.kind in ("part_of", "share_part", "sum_of")}
    for i in gains:
        f = figures[i]
        if f.kind is not kinds.COUNT or i in linked:
            continue
        # "from" and a name right after the figure first: rarer than a word of gain before it in news
        gained_from = _FROM_AFTER.match(text, f.end)
        if gained_from is None or not _GAINED_BEFORE.search(text, max(0, f.start - _GAINED_REACH), f.start):
            continue
        start, _ = layout.sentence_bounds(max(0, f.sentence - _REACH), len(text))
        question = text.rfind("?", start, f.start)
        start = max(start, question + 1)
        totals = [j for j in range(i) if figures[j].start >= start and figures[j].kind is kinds.COUNT
                  and figures[j].cue is None and _of_seats(text, figures[j])]
        if not totals:
            continue
        whole = totals[-1]
        phrase = " ".join(text[f.start : gained_from.end()].split())
        held = text[figures[whole].start : figures[whole].end]
        how = (f"{phrase!r}: seats gained are among the seats held; the total taken as {held!r}, the count "
               "of seats stated before it in the passage, not by wording")
        relations.append(Relation("part_of", i, whole, how, False))
        linked.add(i)
