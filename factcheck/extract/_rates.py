"""Rates per day stated of a year's count: "20,336 people were killed … 57 murdered every day".

A figure said "every day", "a day" or "per day" is a daily rate, not a count
of its own: it is an average, rounded as written. Which count it is the rate of
is not stated; an earlier count stated for a year is read as it, as a guess (one
of the same noun, else one the text gives a change of, else the nearest), so the
check on it can pass or ask for review, never fail.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from factcheck.extract import _kinds as kinds
from factcheck.extract._cues import starts_before_word
from factcheck.extract._figures import Figure, Layout
from factcheck.extract._links import Relation

__all__ = ["DAYS_IN_A_YEAR", "daily_rates"]

DAYS_IN_A_YEAR = 365
#: How far after a figure the words that say "per day" may start.
_PER_DAY_REACH = 60
#: Words after a figure that make it a daily rate: "57 South Africans were murdered every day".
_PER_DAY = re.compile(
    rf"[^.,;:\d]{{0,{_PER_DAY_REACH}}}?\b(?:every|each|a|per)\s+day\b"
    r"(?!\s+(?:later|earlier|before|after|ago|off|out|trip))",
    re.IGNORECASE,
)
#: What every match of :data:`_PER_DAY` holds, from :data:`_PER_DAY_REACH` characters after its figure at
#: most: searched once in the text before any figure is read.
_SAID_PER_DAY = re.compile(r"\b(?:every|each|a|per)\s+day", re.IGNORECASE)
#: The words before "day" in :data:`_SAID_PER_DAY`.
_PER_DAY_HEADS = ("every", "each", "a", "per")
#: Words in a count's sentence (or the one before) that state it for a year.
_A_YEAR = re.compile(r"\b(?:(?:19|20)\d\d(?:/(?:19|20)?\d\d)?|year|annual)\b", re.IGNORECASE)
#: Words that state a count for a shorter span than a year.
_SHORTER = re.compile(r"\b(?:quarter|months?|weeks?|days?)\b", re.IGNORECASE)
#: Earlier figures among which a daily rate's count is looked for.
_REACH = 60
#: A daily rate is a small share of its year's count: fewer days than this, and it is not one.
_FEWEST_DAYS = 30


def daily_rates(text: str, figures: Sequence[Figure], layout: Layout, relations: list[Relation]) -> None:
    """Read each figure said per day as a daily rate, of the nearest earlier count stated for a year."""
    said = starts_before_word(_SAID_PER_DAY, text, "day", _PER_DAY_HEADS)
    if not said:
        return  # nothing said per day
    taken = {r.a for r in relations} | {r.b for r in relations}
    for i, f in enumerate(figures):
        if f.kind is not kinds.COUNT or i in taken or f.cue is not None:
            continue
        k = bisect.bisect_left(said, f.end)
        if k == len(said) or said[k] > f.end + _PER_DAY_REACH:
            continue  # nothing said per day within reach after the figure
        _, end = layout.sentence_bounds(f.sentence, len(text))
        if not _PER_DAY.match(text, f.end, end):
            continue
        rate = _size(f)
        candidates = [j for j in range(i - 1, max(-1, i - 1 - _REACH), -1)
                      if _size(figures[j]) >= rate * _FEWEST_DAYS
                      and _a_years_count(text, figures, layout, j)]
        changed = {r.b for r in relations if r.kind == "change_of"}
        year = next(iter([j for j in candidates if f.noun and figures[j].noun == f.noun]
                         or [j for j in candidates if j in changed] or candidates), None)
        f.kind, f.unit = kinds.RATE, "per day"
        f.bases["kind"] = (f"said per day: {' '.join(text[f.start : f.end + 40].split()[:8])!r}", True)
        if year is None:
            continue
        count = figures[year]
        f.measures = f"{count.measures or 'count'}.per_day"
        how = (f"a rate per day, read as of an earlier count stated for a year "
               f"({text[count.start : count.end]!r}), not by wording")
        relations.append(Relation("rate_of", i, year, how, False))


def _a_years_count(text: str, figures: Sequence[Figure], layout: Layout, j: int) -> bool:
    g = figures[j]
    if g.kind is not kinds.COUNT or g.cue is not None:
        return False
    start, _ = layout.sentence_bounds(max(0, g.sentence - 1), len(text))
    _, end = layout.sentence_bounds(g.sentence, len(text))
    own_start, _ = layout.sentence_bounds(g.sentence, len(text))
    return bool(_A_YEAR.search(text, start, end)) and not _SHORTER.search(text, own_start, end)


def _size(f: Figure) -> float:
    try:
        return abs(float(re.sub(r"[^\d.]", "", f.value.replace(",", "")) or 0))
    except ValueError:
        return 0.0
