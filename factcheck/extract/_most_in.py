"""A member's figure beside the whole's: "Ohio has the most cases in the country (420)", "in 210 of
the region's burglaries and 1 905 of the national total".

The wording says the figure is one member's share of what the whole counts
("the most cases in the country"), so it is within the whole's figure of that
noun. Which earlier figure is the whole's is read from the noun alone: the
first count of it in the section, which news and releases open with (a later
one is more often a part: "58 new cases in the week to …"), so the link is a
guess: it passes, or asks for review.

"Alarms were fitted in 210 of the region's burglaries and 1 905 of the
national total" says the same of a member and of the nation it is in, so the member's
figure is within the nation's; that the member is within the nation is a
reading of the names, so that link is a guess too.

A count said of the whole world ("about 12.5 million
refugees around the world") holds every other count of its noun the text states: each is a guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract import _kinds as kinds
from factcheck.extract._cues import led_by, may_hold, may_stand
from factcheck.extract._figures import Figure
from factcheck.extract._links import Relation

__all__ = ["member_and_nation", "most_in_whole", "world_totals"]

#: "the most cases in the country (", "the largest number of murders nationally, ".
_MOST = re.compile(
    r"\bthe\s+(?:most|highest\s+number\s+of|largest\s+number\s+of)\s+(?P<noun>[a-z]+)\s+"
    r"(?:in\s+the\s+(?:country|nation|state|league|region|world)|nationally|nationwide)\s*"
    r"(?:[(,:–—-]|\bwith\b)\s*$",
    re.IGNORECASE,
)
#: A word every match of :data:`_MOST` holds.
_MOST_WORDS = ("most", "number")
#: How far before the figure those words are read.
_MOST_REACH = 80
_NAMED_AFTER = re.compile(r"\s+((?:[A-Za-z-]+\s+){0,3}[A-Za-z-]+)")
_LINKED = frozenset({"part_of", "share_part", "sum_of", "change_of", "baseline"})


def _counts(text: str, f: Figure, noun: str) -> bool:
    if f.noun and f.noun.lower() == noun:
        return True
    after = _NAMED_AFTER.match(text, f.end)
    return after is not None and noun in after.group(1).lower().split()


def most_in_whole(text: str, figures: Sequence[Figure], relations: list[Relation]) -> None:
    """Link "the most X in the country (N)" to the first count of X in the section, as a part."""
    if not may_stand(text, _MOST_WORDS):
        return
    linked = {r.a for r in relations if r.kind in _LINKED}
    for i in led_by(text, _MOST_WORDS, figures, _MOST_REACH):
        f = figures[i]
        if f.kind is not kinds.COUNT or i in linked:
            continue
        most = _MOST.search(text, max(0, f.start - _MOST_REACH), f.start)
        if most is None:
            continue
        noun = most.group("noun").lower()
        earlier = [j for j in range(i) if figures[j].section == f.section
                   and figures[j].kind is kinds.COUNT and figures[j].unit == f.unit
                   and figures[j].cue is None and j not in linked
                   and _counts(text, figures[j], noun)]
        if not earlier:
            continue
        whole = earlier[0]
        how = (f"{' '.join(most.group(0).split())!r}: one member's count of {noun}, within the whole's; the "
               f"whole taken as the first count of {noun} in the section "
               f"({text[figures[whole].start : figures[whole].end]!r}), not by wording")
        relations.append(Relation("part_of", i, whole, how, False))
        linked.add(i)


#: Between a member's figure and the nation's: "of KZN's murders and".
_OF_MEMBER_AND = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s?\s+[a-z]+\s+and\s+")
#: After the nation's figure: "of the national total", "of the country's".
_OF_NATION = re.compile(r"\s+(?:of\s+the\s+(?:national|nationwide|country['’]s|overall)\b|nationally\b|"
                        r"nationwide\b|across\s+the\s+country\b)")
#: A word every match of :data:`_OF_NATION` holds.
_NATION_WORDS = ("nation", "country", "overall")


def member_and_nation(text: str, figures: Sequence[Figure], relations: list[Relation]) -> None:
    """Link "N of <member>'s X and M of the national total" as a part N of M."""
    if not may_hold(text, _NATION_WORDS):
        return
    linked = {r.a for r in relations if r.kind in _LINKED}
    for i in range(len(figures) - 1):
        a, b = figures[i], figures[i + 1]
        if a.kind is not kinds.COUNT or b.kind is not kinds.COUNT or a.unit != b.unit or i in linked:
            continue
        nation = _OF_NATION.match(text, b.end)
        if not _OF_MEMBER_AND.fullmatch(text, a.end, b.start) or nation is None:
            continue
        phrase = " ".join(text[a.start : nation.end()].split())
        how = (f"{phrase!r}: the same said of a member and of the nation, so the member's figure is within "
               "the nation's; that the member is in it is read from the names")
        relations.append(Relation("part_of", i, i + 1, how, False))
        linked.add(i)


#: After a count: it is of the whole world.
_WORLDWIDE = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:around|across|throughout)\s+the\s+(?:world|globe)\b|"
                        r"\s+(?:worldwide|globally)\b|\s+in\s+the\s+world\b")
#: A word every match of :data:`_WORLDWIDE` holds.
_WORLD_WORDS = ("world", "globe", "globally")


def world_totals(text: str, figures: Sequence[Figure], relations: list[Relation]) -> None:
    """Link every later count of a noun to the count of it said of the whole world, as a part."""
    if not may_hold(text, _WORLD_WORDS):
        return
    linked = {r.a for r in relations if r.kind in _LINKED}
    for w, world in enumerate(figures):
        if world.kind is not kinds.COUNT or not world.noun or not _WORLDWIDE.match(text, world.end):
            continue
        noun = world.noun.lower()
        parts = [j for j in range(w + 1, len(figures)) if figures[j].kind is kinds.COUNT
                 and (figures[j].noun or "").lower() == noun and figures[j].unit == world.unit
                 and j not in linked and not _WORLDWIDE.match(text, figures[j].end)]
        how = (f"{text[world.start : world.end]!r} is said of the whole world: every later count of {noun} "
               "the text states is within it, read from the noun, not stated")
        for j in parts:
            relations.append(Relation("part_of", j, w, how, False))
            linked.add(j)
