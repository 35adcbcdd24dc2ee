"""Shares whose whole is the figure right after "of the", with their part beside them: "About 40% of the
2,500 respondents, or roughly 1,000 people", "One in five of the 4,000 households surveyed, or 800",
"The 300 nurses formed a quarter of the 1,200 staff".

The wording states all three links: the share is of the figure it names after
"of the", and the count in apposition after that whole (", or N") or the
subject the share is said of ("N … made up") is its part. A check resting on
them may fail.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract import _kinds as kinds
from factcheck.extract import _lexicon as lx
from factcheck.extract._figures import Figure, _over_a_hundred
from factcheck.extract._links import MEASURED, Relation, any_in_percent, measured_key, unnamed, wording

__all__ = ["shares_of_stated_wholes"]

#: Between the share and its whole: "40% of the", "a quarter of all", "one in five of its", "71 percent)
#: of the" (the share in brackets after its part).
_OF_THE = re.compile(r"\)?\s+of\s+(?:the|all|all\s+the|its|their)\s+", re.IGNORECASE)
#: Between the whole (and the words after it) and the part in apposition: "respondents surveyed, or".
_OR_PART = re.compile(r"(?:\s+[a-z][\w'’-]*){0,3}\s*,\s*or\s+", re.IGNORECASE)
#: Between the part, its noun, and the share said of it: "The 300 women made up", "1,000 of them were",
#: "2,100 votes, representing", "64 million (or".
_PART_THEN_SHARE = re.compile(
    r"(?:\s+[a-z][\w'’-]*){0,2}(?:\s+|\s*,\s*)(?:made\s+up|make\s+up|makes\s+up|accounted\s+for|account\s+for|"
    r"accounts\s+for|represented|represent|represents|formed|form|forms|representing|accounting\s+for|"
    r"making\s+up|forming)\s+"
    r"|\s*,\s*or\s+|\s*\(\s*(?:or\s+)?",
    re.IGNORECASE,
)
#: A level the whole is the reference of, right after it: "289% of the 90mm average" compares the figure
#: with that level, which it may exceed; it is no part of it. Nor is a figure over 100% of another ("260mm
#: (289% of the 90mm)"): a ratio, no share.
_A_REFERENCE_AFTER = re.compile(rf"\s*(?:[\w-]+\s+)?(?:{lx.REFERENCE_WORDS})\b", re.IGNORECASE)
_SHARE_KINDS = frozenset({kinds.SHARE, kinds.PERCENTAGE})
_LINKED = frozenset({"share_of", "share_part", "share_of_unstated"})


def _a_share(f: Figure) -> bool:
    return f.kind in _SHARE_KINDS and f.unit == "percent" and f.cue in (None, "share")


def _counted_alike(part: Figure, whole: Figure) -> bool:
    return part.kind is whole.kind and part.unit == whole.unit and whole.kind in MEASURED


def shares_of_stated_wholes(text: str, figures: Sequence[Figure], relations: list[Relation]) -> None:
    """Link each share stated "of the" figure right after it to that whole, and to its part."""
    if not any_in_percent(figures):
        return  # a share is a percentage
    # a share with a figure after it in its sentence (the readings below change no unit or sentence)
    shares = [i for i, share in enumerate(figures[:-1])
              if share.unit == "percent" and share.sentence == figures[i + 1].sentence]
    if not shares:
        return
    linked = {r.a for r in relations if r.kind in _LINKED}
    parts = {r.a for r in relations if r.kind == "part_of"}
    for i in shares:
        share, w = figures[i], i + 1
        whole = figures[w]
        if i in linked or not _a_share(share) or not _OF_THE.fullmatch(text, share.end, whole.start) \
                or _over_a_hundred(share.value) or _A_REFERENCE_AFTER.match(text, whole.end):
            continue
        part = None
        after = w + 1
        if after < len(figures) and figures[after].sentence == share.sentence \
                and _OR_PART.fullmatch(text, whole.end, figures[after].start):
            part = after
        before = i - 1
        if part is None and before >= 0 and figures[before].sentence == share.sentence \
                and _PART_THEN_SHARE.fullmatch(text, figures[before].end, share.start):
            part = before
        if part is None or part in parts or not _counted_alike(figures[part], whole):
            continue
        p = figures[part]
        how = wording(text, min(p.start, share.start), max(p.end, whole.end))
        share.kind = kinds.SHARE
        share.measures = f"{whole.measures or measured_key(whole) or unnamed(whole)}.share"
        relations.append(Relation("share_of", i, w, how, True))
        relations.append(Relation("share_part", i, part, how, True))
        relations.append(Relation("part_of", part, w, how, True))
