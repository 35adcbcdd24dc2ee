"""Figures listed and then totalled: "day tickets raised $1.214 billion and season tickets $88.3 million,
totalling $1.302 billion".

The participle after the list ("totalling", "adding up to") says the figure
after it is the sum of the figures listed before it in the clause, and of
nothing else: the list is the whole of what is added. A check resting on it
may fail. The list is taken only when it is plain: two figures or more in
the total's kind and unit, joined by commas and "and", with no other figure
of that kind in the clause before them and none of them linked already.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract import _kinds as kinds
from factcheck.extract._cues import fewest_words, may_hold
from factcheck.extract._figures import Figure, Layout
from factcheck.extract._links import YEAR, Relation, wording

__all__ = ["totalled_lists"]

#: Between the last item and its total: "million, totaling", "in earnings, which totalled".
_TOTALLING = re.compile(
    r"(?:\s+[a-z][\w'’-]*){0,4}\s*,\s*(?:(?:which|that)\s+)?(?:totall?ing|totall?ed|totals|"
    r"adding\s+up\s+to|add(?:s|ed)?\s+up\s+to)\s+(?:(?:a|an)\s+)?$",
    re.IGNORECASE,
)
#: A verb of change right before an item: "valued at $312,450 and the bill will rise by $52, totalling
#: $1,912" adds a change to a level (the total is the new level), not two items.
_CHANGED_BY = re.compile(
    r"\b(?:increas|decreas|ris|rose|fall|fell|grow|grew|drop|climb|jump|go|went|cut|reduc)\w*\s+(?:up\s+|down\s+)?"
    r"by\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)
#: A word every match of :data:`_TOTALLING` holds.
_TOTALLING_WORDS = fewest_words(("total", "adding", "add"))
#: Between two items: words, then a comma or "and" (with the words that name the next item).
_BETWEEN = re.compile(r"^[^\d;:()%]{0,80}?(?:,\s*(?:and\s+)?|\s+and\s+)[^\d;:()%]{0,80}$", re.IGNORECASE)
#: Right before a figure, words that make it a whole the next figures are taken from ("Of 9,000 applicants,").
_A_WHOLE_BEFORE = re.compile(r"\b(?:of|among|out\s+of)\s+(?:the\s+|all\s+)?[^\w\s]{0,3}$", re.IGNORECASE)
_SUMMED = frozenset({kinds.COUNT, kinds.AMOUNT})
_LINKED = frozenset({"part_of", "sum_of", "share_part", "share_of", "change_of", "baseline", "listed_with"})


def totalled_lists(text: str, figures: Sequence[Figure], layout: Layout, relations: list[Relation]) -> None:
    """Link each total stated right after a plain list ("A and B, totalling C") to the items it adds."""
    if not may_hold(text, _TOTALLING_WORDS):
        return
    linked = {j for r in relations if r.kind in _LINKED for j in (r.a, r.b)}
    summed = {r.a for r in relations if r.kind in ("sum_of", "part_of")}
    for t in range(2, len(figures)):
        total = figures[t]
        if total.kind not in _SUMMED or t in summed:
            continue
        last = t - 1
        if figures[last].sentence != total.sentence or not _TOTALLING.fullmatch(text, figures[last].end,
                                                                                 total.start):
            continue
        items = [last]
        j = last - 1
        while j >= 0 and figures[j].sentence == total.sentence:
            if figures[j].kind is kinds.YEAR:
                j -= 1
                continue
            if not _BETWEEN.match(YEAR.sub("", text[figures[j].end : figures[items[0]].start])) \
                    or _A_WHOLE_BEFORE.search(text, max(0, figures[j].start - 20), figures[j].start):
                break
            items.insert(0, j)
            j -= 1
        start, _ = layout.sentence_bounds(total.sentence, len(text))
        clause = max(start, text.rfind(";", start, figures[items[0]].start) + 1)
        before = [k for k in range(items[0]) if figures[k].start >= clause and figures[k].kind in _SUMMED]
        if len(items) < 2 or before or " and " not in text[figures[items[-2]].end : figures[last].start]:
            continue
        if any(k in linked or figures[k].kind not in _SUMMED or figures[k].unit != total.unit
               or figures[k].cue not in (None, "part")
               or _CHANGED_BY.search(text, max(0, figures[k].start - 30), figures[k].start) for k in items):
            continue
        how = wording(text, figures[items[0]].start, total.end)
        relations.extend(Relation("sum_of", t, k, how, True) for k in items)
        linked.update(items)
        summed.add(t)
