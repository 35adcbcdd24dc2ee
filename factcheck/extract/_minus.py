"""A figure defined in its own words as one named figure minus another: "(arrivals minus departures)".

"Net migration (arrivals minus departures) was 1,505": the wording states the
sum to do, and names both sides by the nouns of figures stated beside it.
The link is taken as certain only when each name points at exactly one count
or amount of the same section and period (rates, levels before and ranges left
out), so that no other figure could be meant; otherwise nothing is linked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract import _kinds as kinds
from factcheck.extract._cues import ends_a_word
from factcheck.extract._figures import Figure
from factcheck.extract._links import Relation, wording

__all__ = ["defined_differences"]

_DEFINED = re.compile(
    r"\(\s*([a-z][a-z -]{0,40}?)\s+(?:minus|less)\s+([a-z][a-z -]{0,40}?)\s*\)"
    r"\s*(?:was|were|is|are|of|at|stood\s+at|came\s+to|totall?ed|:)?\s*$",
    re.IGNORECASE,
)
#: The words between the two sides in every match of :data:`_DEFINED`, spaces after each.
_SIDE_WORDS = ("minus", "less")
_SIDES = frozenset({kinds.COUNT, kinds.AMOUNT})


def _head(words: str) -> str:
    """The noun a side is named by, in the singular: "air arrivals" → "arrival"."""
    last = words.split()[-1].lower()
    return last[:-1] if last.endswith("s") and not last.endswith("ss") else last


def _named(f: Figure) -> set[str]:
    return {_head(w) for w in (f.noun, *f.modifiers) if w}


def defined_differences(text: str, figures: Sequence[Figure], linked: set[int]) -> list[Relation]:
    """A figure's minuend and subtrahend (``difference_minuend``, ``difference_subtrahend``)."""
    if "(" not in text or not ends_a_word(text, _SIDE_WORDS, spaced=True):
        return []  # no "(A minus B)" nor "(A less B)": "unless", "regardless" name no difference
    out: list[Relation] = []
    for i, f in enumerate(figures):
        if i in linked or f.kind not in _SIDES or f.cue is not None:
            continue
        found = _DEFINED.search(text, max(0, f.start - 100), f.start)
        if found is None:
            continue
        sides = []
        for words in (found.group(1), found.group(2)):
            head = _head(words)
            match = [j for j, g in enumerate(figures) if j != i and g.kind is f.kind and g.unit == f.unit
                     and g.section == f.section and g.period == f.period and g.cue is None
                     and head in _named(g)]
            if len(match) != 1:
                break
            sides.append(match[0])
        if len(sides) != 2 or sides[0] == sides[1]:
            continue
        how = f"by definition, as its wording states: {wording(text, found.start(), f.end)}"
        out.append(Relation("difference_minuend", i, sides[0], how, True))
        out.append(Relation("difference_subtrahend", i, sides[1], how, True))
    return out
