"""A section headed "province by province" breaks the national figure down by member.

Under "Murders – province by province", lines such as "Murders in 2019/20:
4 555" give each province's figure for what the text counted nationally
before the heading ("by 2019/20 the figure had climbed to 21 325"): each is
within it, and, the provinces being disjoint, so is their sum. The national
figure is the one stated after the same period in a sentence that names the
lines' noun; that is a reading, and the section may list only some members,
so the links are guesses: they pass, or ask for review.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract import _kinds as kinds
from factcheck.extract._cues import followed_by, may_stand
from factcheck.extract._figures import Figure, Layout
from factcheck.extract._links import Relation, listed_parts

__all__ = ["member_sections"]

_MEMBER_NAMES = ("province", "state", "region", "county", "district", "country", "city", "club", "party",
                 "team", "force", "sector", "industry")
_MEMBERS = f"(?:{'|'.join(_MEMBER_NAMES)})"
_BY_MEMBER = re.compile(rf"\b({_MEMBERS}) by \1\b|\bby {_MEMBERS}\b", re.IGNORECASE)
#: What every match of :data:`_BY_MEMBER` holds (followed by a member's name: "province by province").
_BY_WORDS = ("by ",)
#: A line's label before its figure: "- Murders in 2019/2020:".
_LINE_LABEL = re.compile(r"[-•*\s]*(?P<noun>[A-Za-z]+)\s+in\s+(?P<period>[0-9][0-9/–-]{3,9})\s*:\s*$")


def member_sections(text: str, figures: Sequence[Figure], layout: Layout, relations: list[Relation]) -> None:
    """Link each member's line under a "province by province" heading to the national figure, as a part."""
    if not followed_by(text, "by ", _MEMBER_NAMES):
        return  # no heading "… by …"
    linked = {r.a for r in relations if r.kind in ("part_of", "sum_of", "share_part")}
    done: set[int] = set()
    unheaded: set[int] = set()  # sections whose first sentence is no such heading: asked once each
    for i, f in enumerate(figures):
        if f.section in done or f.section in unheaded or f.kind is not kinds.COUNT:
            continue
        first = layout.sentence_sections.index(f.section)
        start, end = layout.sentence_bounds(first, len(text))
        if not may_stand(text, _BY_WORDS, start, end) or not _BY_MEMBER.search(text, start, end):
            unheaded.add(f.section)
            continue
        done.add(f.section)
        lines: dict[tuple[str, str], list[int]] = {}
        for j in range(i, len(figures)):
            g = figures[j]
            if g.section != f.section:
                break
            line_start = text.rfind("\n", 0, g.start) + 1
            label = _LINE_LABEL.fullmatch(text, line_start, g.start)
            if label is not None and g.kind is kinds.COUNT and j not in linked:
                lines.setdefault((label.group("noun").lower(), label.group("period")), []).append(j)
        for (noun, period), members in lines.items():
            whole = _national(text, figures, layout, start, noun, period, f.unit)
            if whole is None or len(members) < 2:
                continue
            heading = " ".join(text[start:end].split())[:60]
            stated = text[figures[whole].start : figures[whole].end]
            how = (f"a line '{noun} in {period}' under the heading {heading!r}: one member's part of the "
                   f"figure stated for {period} before it ({stated!r}), by layout, not by wording")
            relations.extend(listed_parts(members, whole, how, False))


def _national(
    text: str, figures: Sequence[Figure], layout: Layout, heading: int, noun: str, period: str,
    unit: str | None,
) -> int | None:
    """The count stated right after ``period`` in the last sentence before the heading that names ``noun``."""
    for j in range(len(figures) - 1, -1, -1):
        f = figures[j]
        if f.start >= heading or f.kind is not kinds.COUNT or f.unit != unit:
            continue
        start, end = layout.sentence_bounds(f.sentence, len(text))
        sentence = text[start:end]
        at = sentence.find(period)
        if at < 0 or noun not in sentence.lower() or not start + at < f.start:
            continue
        after = start + at + len(period)
        first_after = min((k for k, g in enumerate(figures) if g.sentence == f.sentence
                           and g.kind is kinds.COUNT and g.start > after), default=None)
        return j if first_after == j else None
    return None
