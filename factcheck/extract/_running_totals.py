"""Additions that bring a total to a figure: "seven opened and one more later, taking the number to 55".

The wording says the figures before the total were added to it ("taking the
number of branches to", "bringing the total to", "for a total of"), so each
is within the total, and, being added one after another, so is their sum.
Only what was taken away in the meantime could break that, and the wording
rarely rules it out, so the links are guesses: they pass, or ask for review.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract import _kinds as kinds
from factcheck.extract._cues import ends_a_word, led_by
from factcheck.extract._figures import Figure, Layout
from factcheck.extract._links import MEASURED, YEAR, Relation, listed_parts

__all__ = ["running_totals"]

#: The words right before a total the figures before it were added to.
_TO_TOTAL = re.compile(
    r"\b(?:(?:taking|bringing|raising|lifting|pushing|increasing|to\s+take|to\s+bring)\s+(?:the|its|their)\s+"
    r"(?:overall\s+|total\s+)?(?:total|number|count|tally)(?:\s+of\s+[^\d;.()]{1,50}?)?\s+to"
    r"|(?:for|to|making|giving)\s+an?\s+(?:new\s+|combined\s+|overall\s+|grand\s+)?total\s+of)\s+"
    r"(?:(?:about|around|some|nearly|almost|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)
#: "a total of 287" is read as one figure phrase: the words open it.
_TOTAL_IN_PHRASE = re.compile(r"an?\s+(?:new\s+|combined\s+|overall\s+|grand\s+)?total\s+of\s+",
                              re.IGNORECASE)
_AFTER_TOTAL_WORD = re.compile(r"\b(?:for|to|making|giving)\s+$", re.IGNORECASE)
#: Words right after an addition that make it a loss or a level, not something added.
_TAKEN_AWAY = re.compile(r"\s*(?:[a-z]+\s+){0,3}?(?:fewer|less|lost|closed|removed|down|lower)\b",
                         re.IGNORECASE)
#: Between two additions: a few words and a comma or "and", no clause of its own.
_BETWEEN = re.compile(r"^[^\d;:.()]{0,80}$")
#: A word every total the wording names holds ("taking the number … to", "for a total of"), whitespace
#: after it ("counted" names none).
_TOTAL_WORDS = ("total", "number", "count", "tally")
#: How far before a total the words naming it are read.
_TOTAL_REACH = 90
_ADDED_KINDS = frozenset({kinds.COUNT, kinds.AMOUNT, kinds.CHANGE})
_LINKED = frozenset({"part_of", "sum_of", "change_of", "baseline", "share_of", "share_part", "revised_from"})


def _a_total(text: str, f: Figure, start: int) -> bool:
    phrase = text[f.start : f.end]
    opening = _TOTAL_IN_PHRASE.match(phrase)
    before = text[max(start, f.start - _TOTAL_REACH) : f.start]
    if opening is not None:
        return _AFTER_TOTAL_WORD.search(before) is not None
    return _TO_TOTAL.search(before) is not None


def running_totals(text: str, figures: Sequence[Figure], layout: Layout, relations: list[Relation]) -> None:
    """Link each figure added to a stated total ("… taking the number of X to 55") to it, as a part."""
    if not ends_a_word(text, _TOTAL_WORDS, spaced=True):
        return  # no total named: nothing is added to one
    linked = {j for r in relations if r.kind in _LINKED for j in (r.a, r.b)}
    # the words before a total, or its own ("a total of"), name it
    for t in led_by(text, _TOTAL_WORDS, figures, _TOTAL_REACH, within=True):
        total = figures[t]
        if total.kind not in MEASURED or t in linked:
            continue
        start, _ = layout.sentence_bounds(total.sentence, len(text))
        if not _a_total(text, total, start):
            continue
        clause = max(start, text.rfind(";", start, total.start) + 1)
        added = [j for j in range(t) if figures[j].start >= clause and figures[j].kind is not kinds.YEAR]
        if not added or any(not _an_addition(text, figures[j], total) or j in linked for j in added):
            continue
        if any(not _BETWEEN.match(YEAR.sub("", text[figures[a].end : figures[b].start]))
               for a, b in zip(added, [*added[1:], t], strict=True)):
            continue
        phrase = " ".join(text[figures[added[0]].start : total.end].split())
        how = (f"added to a total the wording names: {phrase[:100]!r}; within it unless some were taken "
               "away meanwhile, so read for review")
        relations.extend(listed_parts(added, t, how, False))
        linked.update((t, *added))


def _an_addition(text: str, f: Figure, total: Figure) -> bool:
    """Is ``f`` something added, in the total's unit ("seven new branches", "69 more")?"""
    return (f.kind in _ADDED_KINDS and f.unit == total.unit and f.direction != "decrease"
            and f.cue in (None, "change") and f.range_id is None
            and not f.value.lstrip().startswith(("-", "−")) and f.sign not in ("-", "−")
            and _TAKEN_AWAY.match(text, f.end) is None)
