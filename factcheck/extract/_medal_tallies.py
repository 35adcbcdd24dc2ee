"""A medal tally and its gold, silver and bronze: "won 14 medals – six gold, four silver and four bronze".

Every medal is gold, silver or bronze, so counts of the three colours listed
together, each once and in that order, add up to the count of medals they go
with: a list of parts that leaves nothing out, a sum that may fail. That
tally is the count the list closes on ("…, 39 bronze – Total: 243 Medals",
"…, 6 bronze, 18 in total"), or else the count of medals (no colour of its
own) the list follows with no other count between, in its sentence or in the
one before when the list's sentence points back ("Hungary has 491 medals. It
has 175 gold, …"). A list with a colour missing, another subject's ("… 31
medals. And Peru took …"), or one narrowed to a part of the tally ("of which
in wrestling …") is left as the parts within it read elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract import _kinds as kinds
from factcheck.extract._cues import may_stand
from factcheck.extract._figures import Figure, Layout
from factcheck.extract._links import Relation, wording

__all__ = ["medal_tallies"]

_COLOURS = ("gold", "silver", "bronze")
#: The colour right after a count ("149 gold", "six bronze medals"): the first word after its number.
_COLOUR_AFTER = re.compile(r"\s+(gold|silver|bronze)\b", re.IGNORECASE)
#: What may stand between two colours of one list: words, commas and "and", no figure, no clause end.
_BETWEEN_COLOURS = re.compile(r"[^\d;:.()]{0,40}")
#: Words between the tally and its list that narrow the list to a part of it: "of them in athletics".
_NARROWED = re.compile(r"\b(?:in|at|for|from|of\s+(?:them|which|these))\b", re.IGNORECASE)
#: Between the tally and its list: the rest of its sentence, then at most a short one that opens the list.
_GAP = 160
_TALLY_NOUNS = frozenset({"medals", "medal"})
#: From the last colour of a list on, the words that make the next count its total: "– Total: 243",
#: ", totalling 31", ", a total of 22", ", 18 in total", "for 40 overall".
_TOTAL_AFTER = re.compile(
    r"[^\d\n;.]{0,30}?(?:\btotal|\d[\d,]*\s+(?:medals\s+)?(?:in\s+(?:total|all)|overall)\b)", re.IGNORECASE)
#: How far after the next count's end the words of a total are read ("18 in total").
_TOTAL_REACH = 12
#: A sentence opening that points back at the one before: "It has …", "The country has …".
_POINTS_BACK = re.compile(r"\s*(?:it|they|these|this|the|its|their)\b", re.IGNORECASE)
_LINKED = frozenset({"sum_of"})


def _colour(text: str, f: Figure) -> str | None:
    """The colour a count of medals is of: the word after its number ("175 gold", "six bronze medals")."""
    if f.kind is not kinds.COUNT:
        return None
    for word in (*f.modifiers, f.noun or ""):
        if word.lower() in _COLOURS:
            return word.lower()
    after = _COLOUR_AFTER.match(text, f.end)
    return after.group(1).lower() if after is not None else None


def _a_tally(f: Figure) -> bool:
    return f.kind is kinds.COUNT and (f.noun or "").lower() in _TALLY_NOUNS and not (
        {m.lower() for m in f.modifiers} & set(_COLOURS))


def medal_tallies(text: str, figures: Sequence[Figure], layout: Layout, relations: list[Relation]) -> None:
    """Link each count of medals to the gold, silver and bronze listed right after it, as their sum."""
    if not may_stand(text, ("bronze",)):
        return
    summed = {r.a for r in relations if r.kind in _LINKED} | {r.b for r in relations if r.kind in _LINKED}
    for g in range(len(figures) - 2):
        gold, silver, bronze = figures[g], figures[g + 1], figures[g + 2]
        if (_colour(text, gold), _colour(text, silver), _colour(text, bronze)) != _COLOURS:
            continue
        if not (_BETWEEN_COLOURS.fullmatch(text, gold.end, silver.start)
                and _BETWEEN_COLOURS.fullmatch(text, silver.end, bronze.start)):
            continue
        tally = _tally_after(text, figures, g + 2)
        if tally is None:
            tally = _tally_before(text, figures, g)
        if tally is None or {tally, g, g + 1, g + 2} & summed:
            continue
        said = figures[tally]
        how = wording(text, min(said.start, gold.start), max(said.end, bronze.end))
        relations.extend(Relation("sum_of", tally, k, f"{how} (every medal is gold, silver or bronze)", True)
                         for k in (g, g + 1, g + 2))
        summed.update((tally, g, g + 1, g + 2))


def _tally_after(text: str, figures: Sequence[Figure], bronze: int) -> int | None:
    """The count a list closes on: "…, 39 bronze – total: 243 medals", "…, 6 bronze, 18 in total"."""
    t = bronze + 1
    if t >= len(figures) or figures[t].kind is not kinds.COUNT:
        return None
    if (figures[t].noun or "medals").lower() not in _TALLY_NOUNS:
        return None  # "…, 6 bronze, 18 in total": a total with no noun is the list's too
    between = text[figures[bronze].end : figures[t].end + _TOTAL_REACH]
    return t if _TOTAL_AFTER.match(between) else None


def _tally_before(text: str, figures: Sequence[Figure], gold: int) -> int | None:
    """The count of medals a list follows, with no other count between, in its sentence ("won 14 medals –
    six gold, …") or in the one before when the list's opens on a word pointing back ("has 491 medals. It
    has 175 gold, …"); ``None`` if the words between narrow the list."""
    t = gold - 1
    if t < 0 or not _a_tally(figures[t]):
        return None
    gap = text[figures[t].end : figures[gold].start]
    if len(gap) > _GAP or "\n" in gap:
        return None
    lead = _after_the_tally(gap)
    if _NARROWED.search(lead):
        return None
    if figures[t].sentence != figures[gold].sentence and not _POINTS_BACK.match(lead):
        return None  # "… 31 medals. And Peru took 5 gold, …": another subject's list
    return t


def _after_the_tally(gap: str) -> str:
    """The words between a tally and its list that may narrow the list: those after the tally's clause
    ("… 491 medals. It has …": the next sentence's lead; "14 medals to the tally – …": none)."""
    for mark in (".", "–", "—", ":", ","):
        cut = gap.rfind(mark)
        if cut >= 0:
            return gap[cut + 1 :]
    return gap
