"""Shares of two named holders and their combined share; the other holders' share is the rest.

"Combined Red and Blue vote share: 61%": the sum of
the two parties' shares of the vote, each stated where the text speaks of
that party ("The Red Party: 35% of the vote"). "All other parties' share of
the vote: 39%" is the rest of the same vote, so with the combined
share it makes up the whole. Which of the stated shares is each party's is
read from where its name stands, so the links are guesses: they pass, or ask
for review.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract._figures import Figure, Layout
from factcheck.extract._links import PERCENTS, Relation, any_in_percent

__all__ = ["combined_shares"]

_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
_COMBINED = re.compile(
    rf"\b(?:combined|joint)\s+(?:share\s+of\s+(?:the\s+)?(?P<noun1>vote|seats)\s+(?:of|for)\s+(?:the\s+)?)?"
    rf"(?P<a>{_NAME})\s+and\s+(?P<b>{_NAME})(?:\s+(?P<noun2>vote|seat))?\s*(?:shares?)?"
)
_OTHERS = re.compile(
    r"\b(?:vote\s+)?share\s+of\s+(?:the\s+)?(?:vote\s+(?:of|for)\s+(?:the\s+)?)?other\s+parties\b",
    re.IGNORECASE,
)
_OF_NOUN = {"vote": "vote", "seats": "seats", "seat": "seats"}
#: How far after its words the combined (or the others') share is looked for.
_REACH = 60


def _share(f: Figure) -> bool:
    return f.kind in PERCENTS and f.unit == "percent"


def combined_shares(text: str, figures: Sequence[Figure], layout: Layout, relations: list[Relation]) -> None:
    """Link a combined share to the two holders' shares it adds up, and the others' share to it."""
    if "combined" not in text and "joint" not in text:
        return  # a word every combined share's words hold (as written: the pattern minds case)
    if not any_in_percent(figures):
        return  # no percentage: no share
    linked = {r.a for r in relations if r.kind in ("sum_of", "share_of", "part_of", "listed_with")}
    for found in _COMBINED.finditer(text):
        noun = _OF_NOUN.get((found.group("noun1") or found.group("noun2") or "vote").lower(), "vote")
        total = _first_share_after(figures, found.end())
        if total is None or total in linked:
            continue
        holders = [_holders_share(text, figures, layout, name, noun, total)
                   for name in (found["a"], found["b"])]
        if None in holders or holders[0] == holders[1]:
            continue
        parts = [h for h in holders if h is not None]
        quoted = " + ".join(repr(text[figures[h].start : figures[h].end]) for h in parts)
        how = (f"{' '.join(found.group(0).split())!r}: the shares stated where the text speaks of each "
               f"({quoted}), taken by where the names stand, not by wording")
        relations.extend(Relation("sum_of", total, h, how, False) for h in parts)
        linked.add(total)
        figures[total].measures = f"{noun}.combined"
        others = next((m for m in _OTHERS.finditer(text) if m.start() > figures[total].end), None)
        if others is None:
            continue
        rest = _first_share_after(figures, others.end())
        if rest is not None and rest not in linked:
            figures[rest].measures = f"{noun}.other_parties"
            how = (f"{' '.join(others.group(0).split())!r}: the rest of the whole beside the combined share, "
                   "by layout")
            relations.append(Relation("listed_with", rest, total, how, False))
            linked.add(rest)


def _first_share_after(figures: Sequence[Figure], at: int) -> int | None:
    return next((j for j, f in enumerate(figures) if at <= f.start <= at + _REACH and _share(f)), None)


def _holders_share(
    text: str, figures: Sequence[Figure], layout: Layout, name: str, noun: str, total: int
) -> int | None:
    """The first share of ``noun`` ("33% of the vote") stated where the text speaks of ``name``."""
    stem = name.split()[0].rstrip("s")
    for j, f in enumerate(figures):
        if j == total or not _share(f) or (f.of_noun or "").lower() != noun:
            continue
        start, _ = layout.sentence_bounds(f.sentence, len(text))
        before = figures[j - 1].end if j and figures[j - 1].end > start else start
        owner = text[before : f.start]
        if figures[j - 1].sentence != f.sentence if j else True:
            question = text.rfind("?", max(0, start - 200), start)
            if question >= 0:
                line = text.rfind("\n", 0, question) + 1
                if not any(line <= g.start < start for g in figures):
                    owner = text[line : f.start]
        if re.search(rf"\b{re.escape(stem)}", owner):
            return j
    return None
