"""A change stated in the sentence after its level, pointing back at it: "The fund held 4,210 members at
the end of June. This is an increase of 312, or 8%, on a year earlier"; "Fares rose from £2.40 to £2.65.
A rise of 25p or 10.4%."

"This is an increase of …" (or a sentence that opens on "A rise of …") says
what changed: the level the sentence before states. When that sentence
states one count or amount only, or one move "from A to B" and nothing
else, the change is of that figure (from A), by wording, and a check
resting on it may fail. A second way of stating the same change right after
the first (", or 8%") is read with it, and a figure set against it in the
same sentence ("compared to the revised 3,898") is the level it changed
from. With more figures before, "this" may be any of them, and nothing is
linked.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from factcheck.extract import _kinds as kinds
from factcheck.extract._cues import sentences_opening_on, words_ending
from factcheck.extract._figures import Figure, Layout
from factcheck.extract._links import MEASURED, Relation, measured_key, unnamed, wording

__all__ = ["changes_said_after"]

_UP = r"increase|rise|jump|growth|gain"
_DOWN = r"decrease|fall|drop|decline|reduction|cut"
_POINTS_BACK = (r"(?:This|That|It)\s+(?:is|was|represents|represented|means|meant|marks|marked|equals|"
                r"equalled|equaled|amounts\s+to|amounted\s+to)\s+")
#: From the sentence's start to the change: "This is an increase of", "A rise of", "That meant a fall of".
_OPENS_ON_A_CHANGE = re.compile(
    rf"\s*(?:{_POINTS_BACK})?(?:an?\s+)?(?:[a-z-]+\s+)?(?P<way>{_UP}|{_DOWN})\s+of\s+(?:[a-z]+\s+){{0,2}}?",
    re.IGNORECASE,
)
#: From the sentence's start to a change whose noun follows it: "That was a 7 per cent rise".
_OPENS_ON_A_FIGURE = re.compile(rf"\s*{_POINTS_BACK}(?:an?\s+)?", re.IGNORECASE)
_NOUN_AFTER = re.compile(rf"\s+(?:[a-z-]+\s+)?(?P<way>{_UP}|{_DOWN})\b", re.IGNORECASE)
#: A word every opening above holds, ending a word there ("of" or a word boundary follows it).
_OPENING_WORDS = ("increase", "rise", "jump", "growth", "gain", "decrease", "fall", "drop", "decline",
                  "reduction", "cut")
#: What follows the change word of :data:`_OPENS_ON_A_CHANGE`: "of" ("A rise of").
_THEN_OF = re.compile(r"\s+of\s", re.IGNORECASE)
#: The words :data:`_OPENS_ON_A_FIGURE` opens on.
_POINTING_WORDS = ("this", "that", "it")
_POINTS_BACK_AT = re.compile(rf"\s*{_POINTS_BACK}", re.IGNORECASE)
#: After a change a sentence opens on with no "this": nothing but its unit or change noun, then the end.
_ENDS = re.compile(r"\s*(?:[a-z%]+\s*){0,2}[.!]?\s*", re.IGNORECASE)
#: Between the change and the same change stated another way: " or ", ", or a ", " passengers or a ".
_OR = re.compile(r"\s*(?:[a-z]+\s+){0,2}?,?\s*or\s+(?:an?\s+)?", re.IGNORECASE)
#: Between the change(s) and the level it changed from: "compared with the earlier estimate of".
_FROM_LEVEL = re.compile(
    r"[^\d;:()]{0,60}?\b(?:compared\s+(?:to|with)|from|on|over|against)\b[^\d;:()]{0,50}", re.IGNORECASE)
#: Around the level a move left and the one it reached: "from £2.40 to £2.65".
_FROM = re.compile(r"\bfrom\s+(?:an?\s+)?$", re.IGNORECASE)
_TO = re.compile(r"\s+to\s+(?:an?\s+)?")
#: Between a level and the one it is set against: "compared to", "compared with", "against", "versus".
_COMPARED_TO = re.compile(r"\s+(?:compared\s+(?:to|with)|against|versus|vs\.?)\s+(?:the\s+)?", re.IGNORECASE)
#: Figures that say when, not how much: they stand beside a level without being one.
_WHEN = frozenset({kinds.YEAR, kinds.DATE, kinds.DURATION})
_LINKED = frozenset({"change_of", "baseline", "part_of", "share_of", "share_part", "sum_of"})


def changes_said_after(
    text: str, figures: Sequence[Figure], layout: Layout, relations: list[Relation]
) -> None:
    """Link each change a sentence opens on ("This is an increase of …") to the level the sentence before
    states, when it states one only."""
    named = words_ending(text, _OPENING_WORDS)
    if named is None:
        said = pointing = None  # only the patterns can tell
    elif not named:
        return  # no change named ("drops", "rises" are no opening: each names one after its word)
    else:
        # a sentence may open on a change only where its word and "of" stand, or on "This is" or "It was"
        said = {bisect.bisect_right(layout.sentence_starts, word) - 1 for word, after in named
                if _THEN_OF.match(text, after)}
        pointing = sentences_opening_on(text, _POINTING_WORDS, layout.sentence_starts)
        if not said and pointing is not None and not pointing:
            return
    # a change's own baseline, read in its sentence ("… compared to the revised 3,902"), is kept
    baselines = {r.a: r for r in relations if r.kind == "baseline"}
    linked = {j for r in relations if r.kind in _LINKED
              for j in ((r.b,) if r.kind == "baseline" else (r.a, r.b))}
    by_sentence: dict[int, list[int]] = {}
    for i, f in enumerate(figures):
        by_sentence.setdefault(f.sentence, []).append(i)
    for sentence, members in by_sentence.items():
        first = members[0]
        opens_on_a_change = said is None or sentence in said
        opens_on_this = pointing is None or sentence in pointing
        if first in linked or not (opens_on_a_change or opens_on_this):
            continue
        start, end = layout.sentence_bounds(sentence, len(text))
        at = figures[first].start
        opening = _OPENS_ON_A_CHANGE.fullmatch(text, start, at) if opens_on_a_change else None
        if opening is None and opens_on_this and _OPENS_ON_A_FIGURE.fullmatch(text, start, at):
            opening = _NOUN_AFTER.match(text, figures[first].end)
        if opening is None:
            continue
        level = _level_before(text, figures, by_sentence.get(sentence - 1, []), figures[first])
        if level is None:
            continue
        new, old = level
        changes = [first]
        if len(members) > 1 and _OR.fullmatch(text, figures[first].end, figures[members[1]].start):
            changes.append(members[1])
        if any(not _a_change_of(figures[j], figures[new]) or j in linked
               or (j in baselines and not baselines[j].certain) for j in changes):
            continue
        given = next((baselines[j].b for j in changes if j in baselines), None)
        if old is not None and given is not None and given != old:
            continue
        old = given if old is None else old
        if not _POINTS_BACK_AT.match(text, start) \
                and not _ENDS.fullmatch(text, figures[changes[-1]].end, end):
            continue  # "A rise of 5% in wages was agreed": with no "this", the words may name another figure
        after = members[len(changes)] if len(members) > len(changes) else None
        if old is None and after is not None and figures[after].kind in MEASURED \
                and figures[after].unit == figures[new].unit and after not in linked \
                and _FROM_LEVEL.fullmatch(text, figures[changes[-1]].end, figures[after].start):
            old = after
        way = "increase" if re.fullmatch(_UP, opening.group("way"), re.IGNORECASE) else "decrease"
        if any(figures[j].direction not in (None, way) for j in changes):
            continue
        last = figures[old].end if old is not None and old > new else figures[changes[-1]].end
        how = wording(text, figures[min(new, old if old is not None else new)].start, last)
        for j in changes:
            f = figures[j]
            if f.kind is not kinds.CHANGE:
                f.bases["kind"] = (f"a change, by wording: {opening.group('way')!r}", True)
            f.kind, f.cue, f.direction = kinds.CHANGE, "change", way
            target = figures[new]
            f.measures = f"{target.measures or measured_key(target) or unnamed(target)}.change"
            f.period = target.period or f.period
            relations.append(Relation("change_of", j, new, how, True))
            if old is not None and j not in baselines:
                relations.append(Relation("baseline", j, old, how, True))
        if old is not None:
            figures[old].cue = "baseline"
        linked.update((new, *changes, *([] if old is None else [old])))


def _level_before(text: str, figures: Sequence[Figure], before: list[int], change: Figure
                  ) -> tuple[int, int | None] | None:
    """The level the sentence before states (and the one it moved from), if it states one only."""
    stated = [j for j in before if figures[j].kind not in _WHEN]
    levels = [j for j in stated if figures[j].kind in MEASURED and figures[j].section == change.section]
    if len(levels) != len(stated):
        return None  # "this" may be a percentage or a change stated there ("9.1% of the 24,704 students")
    if len(levels) == 1:
        return levels[0], None
    if len(levels) == 2:
        old, new = levels
        if figures[old].unit == figures[new].unit \
                and _FROM.search(text, max(0, figures[old].start - 12), figures[old].start) \
                and _TO.fullmatch(text, figures[old].end, figures[new].start):
            return new, old
        if figures[old].unit == figures[new].unit and _COMPARED_TO.fullmatch(text, figures[old].end,
                                                                              figures[new].start):
            return old, new  # "stands at 912,400 compared to 870,150 in the last count": the first is now
    return None


#: What a change in percent can be read as: a change, or a percentage.
_CHANGES_IN_PERCENT = frozenset({kinds.CHANGE, kinds.PERCENTAGE})
#: What a change in a level's own unit can be read as: a change, or a count or amount it rose or fell by.
_CHANGES_OF_AMOUNTS = MEASURED | {kinds.CHANGE}


def _a_change_of(change: Figure, level: Figure) -> bool:
    """Can ``change`` be a change of ``level``: a percentage, or an amount in the level's unit?"""
    if change.unit == "percent":
        return change.kind in _CHANGES_IN_PERCENT
    return change.kind in _CHANGES_OF_AMOUNTS and change.unit == level.unit
