"""A whole made up of listed counts: "The cases comprise 347 children, 446 teenagers and 393 adults".

The verb ("comprise", "consist of", "are made up of", "break down into") says
the figures after it are parts of what its subject names, and, listed
together, disjoint ones: their sum stays within the whole (the list may leave
some out: "plus a handful of unknown age"). A figure in the subject is the
whole by wording. A subject that only names what is counted ("Confirmed
cases comprise …") refers back to the figure an earlier sentence of the
section states of that noun: that is a reading, so the links are guesses.
A pronoun subject ("These included …", "They comprise …") points back at the
sentence before, as "Of those, …" does: when that sentence states one count
or amount only, in the parts' unit, it is the whole by wording.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract import _kinds as kinds
from factcheck.extract._cues import may_stand, sentences_holding
from factcheck.extract._figures import Figure, Layout
from factcheck.extract._laid_out import _change_amount
from factcheck.extract._links import Relation, listed_parts, wording

__all__ = ["comprised_wholes", "opens_a_breakdown"]

_VERB = re.compile(
    r"\b(?:comprise[sd]?|comprising|include[sd]?|consist(?:s|ed|ing)?\s+of|(?:is|are|was|were)\s+made\s+up\s+of|"
    r"(?:breaks?|broke)\s+down\s+(?:in)?to|(?:is|are|was|were)\s+(?:split|divided)\s+(?:in)?to)\s+",
    re.IGNORECASE,
)
#: A word every match of :data:`_VERB` holds ("including" none).
_VERB_WORDS = ("comprise", "comprising", "include", "consist", "made", "break", "broke", "split", "divided")
_VERB_RIGHT_BEFORE = re.compile(f"(?:{_VERB.pattern})$", re.IGNORECASE)
_PARTS = frozenset({kinds.COUNT, kinds.AMOUNT})
#: Figures that may stand between two listed parts without ending the list ("aged 5-19").
_WITHIN_ITEM = frozenset({kinds.AGE, kinds.YEAR, kinds.DATE, kinds.DURATION})
_LINKED = frozenset({"part_of", "sum_of", "share_part", "change_of", "baseline"})
_WORD = re.compile(r"[A-Za-z]+")
#: The words after a figure that say what it counts: "1,197 confirmed measles cases".
_NAMED_AFTER = re.compile(r"\s+((?:[A-Za-z-]+\s+){0,3}[A-Za-z-]+)")
#: A subject that points back at the sentence before: "These included …", "They comprise …".
_POINTS_BACK = re.compile(r"\s*(?:These|Those|They|This|That|It)\s+", re.IGNORECASE)


def _counted(text: str, f: Figure) -> set[str]:
    words = {f.noun.lower()} if f.noun else set()
    after = _NAMED_AFTER.match(text, f.end)
    if after is not None:
        words.update(w.lower() for w in after.group(1).split())
    return words


def opens_a_breakdown(text: str, f: Figure) -> bool:
    """Does ``f`` open the list after "comprise" (and the like)? Then the items after it are its siblings."""
    return _VERB_RIGHT_BEFORE.search(text, max(0, f.start - 40), f.start) is not None


def comprised_wholes(text: str, figures: Sequence[Figure], layout: Layout, relations: list[Relation]) -> None:
    """Link the counts listed after "comprise" (and the like) to the whole its subject names, as parts."""
    if not may_stand(text, _VERB_WORDS):
        return  # no verb that lists parts
    linked = {r.a: r for r in relations if r.kind in _LINKED}
    by_sentence: dict[int, list[int]] = {}
    for i, f in enumerate(figures):
        by_sentence.setdefault(f.sentence, []).append(i)
    holding = sentences_holding(text, _VERB_WORDS, layout.sentence_starts)
    for sentence, members in by_sentence.items():
        if holding is not None and sentence not in holding:
            continue  # no verb that lists parts stands in it
        start, end = layout.sentence_bounds(sentence, len(text))
        verb = _VERB.search(text, start, end)
        if verb is None:
            continue
        clause_end = text.find(";", verb.end(), end)
        clause_end = end if clause_end < 0 else clause_end
        after = [j for j in members if verb.end() <= figures[j].start < clause_end]
        items = _listed(text, figures, [j for j in after if figures[j].kind in _PARTS])
        if len(items) < 2 or any(figures[j].kind not in _PARTS | _WITHIN_ITEM
                                 and not _own_change(figures, linked, items, j) for j in after):
            continue
        first = figures[items[0]]
        if any(figures[j].unit != first.unit or figures[j].cue not in (None, "part") for j in items) \
                or not re.fullmatch(r"\s*", text[verb.end() : first.start]):
            continue
        subject = [j for j in members if figures[j].end <= verb.start() and figures[j].kind in _PARTS]
        if subject:
            if len(subject) != 1 or figures[subject[0]].unit != first.unit:
                continue
            whole, certain = subject[0], True
            first_link = linked.get(items[0])
            if first_link is not None and first_link.kind == "part_of" and first_link.b == whole \
                    and not any(j in linked for j in items[1:]):
                # "47 medals comprising 19 gold, …": the first part, read as "comprising 19", is one of them
                relations.remove(linked.pop(items[0]))
            how = f"{wording(text, figures[whole].start, verb.end())}: the parts listed after it"
        elif _POINTS_BACK.fullmatch(text, start, verb.start()):
            found = _the_one_before(text, figures, by_sentence.get(sentence - 1, []), first)
            if found is None:
                continue
            whole, certain = found, True
            how = (f"{wording(text, figures[whole].start, verb.end())}: the parts listed after it, of "
                   "the one figure the sentence before states")
        else:
            named = _WORD.findall(text[start : verb.start()])
            head = named[-1].lower() if named else ""
            earlier = [j for j in range(items[0]) if figures[j].sentence < sentence
                       and figures[j].section == first.section and figures[j].kind in _PARTS
                       and figures[j].unit == first.unit and figures[j].cue in (None, "part")
                       and head in _counted(text, figures[j])]
            if not head.endswith("s") or not earlier:
                continue
            whole, certain = earlier[-1], False
            how = (f"{' '.join(text[start : verb.end()].split())!r} lists parts of the {head} the text "
                   f"counted before ({text[figures[whole].start : figures[whole].end]!r}): that figure was "
                   "taken as their whole by its noun, not by wording")
        if any(j in linked for j in items):
            continue
        added = listed_parts(items, whole, how, certain)
        relations.extend(added)
        linked.update((r.a, r) for r in added)


def _own_change(figures: Sequence[Figure], linked: dict[int, Relation], items: list[int], j: int) -> bool:
    """Is figure ``j`` the change of an item of the list ("This included 412 vans, down 3%, and 120 buses
    and coaches, up 8%")? An aside on one item, it neither ends the list nor adds to it, whether the
    change is linked by wording or by nearness."""
    link = linked.get(j)
    return (figures[j].kind is kinds.CHANGE and link is not None and link.kind == "change_of"
            and link.b in items)


def _listed(text: str, figures: Sequence[Figure], counted: list[int]) -> list[int]:
    """The counts of ``counted`` that the list holds: up to the one after its "and", and each joined to
    the one before it by a comma or a conjunction ("… 512 men and 498 women from 975 schools": the schools
    are where the men and women came from, not a third part). A count in brackets opened after an item
    is an aside on it ("48 units (equal to 6,200 streams) and 9 units"), not an item."""
    items = counted[:1]
    for j in counted[1:]:
        last = items[-1]
        gap = text[figures[last].end : figures[j].start]
        if gap.count("(") > gap.count(")"):
            continue
        if not _JOINS_ITEMS.search(gap) or _ENDS_A_LIST.search(text, figures[items[0]].end,
                                                                 figures[last].start):
            break
        items.append(j)
    return items


#: What joins one item of a list to the next, and what comes before its last item only.
_JOINS_ITEMS = re.compile(r",|;|&|\b(?:and|or|plus)\b", re.IGNORECASE)
_ENDS_A_LIST = re.compile(r"&|\b(?:and|or|plus)\b", re.IGNORECASE)


def _the_one_before(text: str, figures: Sequence[Figure], before: list[int], first: Figure) -> int | None:
    """The one count or amount the sentence before states, in the unit of the listed parts, if it
    states one only: "These included …" then points back at it, as "Of those, …" does."""
    counted = [j for j in before if figures[j].kind in _PARTS and figures[j].section == first.section]
    if len(counted) != 1:
        return None
    whole = figures[counted[0]]
    if whole.unit != first.unit or whole.cue not in (None, "part") or _change_amount(text, whole):
        return None
    return counted[0]
