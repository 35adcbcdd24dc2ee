"""Ranks that count within each other: "its seventh appearance since 1980" within "the tenth appearance".

Two ordinals of one noun in one sentence, one counted only since a point in
time, the other from the start: the events since that point are some of all
events, so the later count cannot exceed the whole one. "The tenth
appearance of the team …, and its seventh appearance since the boycott"
holds; "the first appearance …, and its seventh appearance since" cannot.
The sentence states both, so the link is certain.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract import _kinds as kinds
from factcheck.extract._figures import Figure
from factcheck.extract._links import Relation, wording

__all__ = ["ranks_within_ranks"]

#: The noun an ordinal counts, right after it ("seventh appearance"), and what follows it.
_COUNTED = re.compile(r"[\s-]*([A-Za-z]+)\b(.{0,40})", re.DOTALL)
#: A count restricted to a stretch of time: "since the boycott", "since 1980".
_SINCE = re.compile(r"\s*since\b", re.IGNORECASE)
#: Words after a whole count that would restrict it too ("in a row", "this decade", "in 2012").
_RESTRICTED = re.compile(
    r"^\s*(?:since|in|this|after|during|within|over|from|running|straight|consecutive"
    r"|of the (?:year|season|decade))\b",
    re.IGNORECASE,
)


#: Nouns that count occasions of whatever the rest of the sentence says ("the first time the team
#: won …, the third time since 2000 that it reached …"): two of them may count different things.
_OCCASIONS = frozenset({"time", "occasion", "day", "week", "month", "year", "quarter", "place", "round"})


def _counted(text: str, f: Figure) -> tuple[str, str] | None:
    m = _COUNTED.match(text, f.end)
    if m is None:
        return None
    noun = m.group(1).lower()
    noun = noun[:-1] if noun.endswith("s") else noun
    return None if noun in _OCCASIONS else (noun, text[m.end(1) : m.end(1) + 40])


def ranks_within_ranks(text: str, figures: Sequence[Figure]) -> list[Relation]:
    """``part_of`` relations from an ordinal counted since a point to one of the same noun from the start."""
    out: list[Relation] = []
    ordinals = [i for i, f in enumerate(figures) if f.kind is kinds.ORDINAL]
    for i in ordinals:
        part = _counted(text, figures[i])
        if part is None or not _SINCE.match(part[1]):
            continue
        for j in ordinals:
            if j == i or figures[j].sentence != figures[i].sentence:
                continue
            whole = _counted(text, figures[j])
            if whole is None or whole[0] != part[0] or _RESTRICTED.match(whole[1]):
                continue
            lo, hi = sorted((figures[i], figures[j]), key=lambda f: f.start)
            out.append(Relation("part_of", i, j, wording(text, lo.start, hi.end), True))
            break
    return out
