"""Changes stated as an amount: "rose 4 per cent, or €633 million, to …", "1,320 more than a year before".

A figure followed by "more than in the year before", or paired with a
percentage by ", or", is not a level but the change of one: its kind becomes
*change*, with the direction its words give. Its level is the figure the
wording ties it to: the one it leads "to" or stands "at", or the one it is in
apposition to ("20,336 people were killed, 1,320 more than …"). A change
stated both ways, as a percentage and as an amount, of a stated level, can be
checked against itself: the amount gives the level before, and the
percentage must follow.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.extract import _kinds as kinds
from factcheck.extract import _lexicon as lx
from factcheck.extract._cues import (
    led_by,
    may_hold,
    may_hold_short,
    occurrences,
    search_from,
    sentences_holding,
)
from factcheck.extract._figures import Figure, Layout
from factcheck.extract._links import (
    MEASURED,
    SCALE_DIFFERS,
    TIMES,
    WHERE_COUNTED,
    close,
    counted_where,
    scale_differs,
    wording,
)
from factcheck.extract._synonyms import canonical, has_synonyms

__all__ = [
    "AmountChange", "Comparison", "Difference", "Move", "Revision", "amount_changes", "carried_changes",
    "compared_way", "comparisons", "differences", "factors", "moved_objects", "moves", "multiplier_verbs",
    "revisions",
]

_PERCENT = frozenset({"percent"})
_NOT_AMOUNTS = frozenset({"percent", "times", "fraction"})
#: The kinds a percentage a change is stated in may have been read as.
_CHANGE_OR_PERCENTAGE = frozenset({kinds.CHANGE, kinds.PERCENTAGE})
_CHANGE_NOUN = r"increase|rise|jump|gain|decrease|fall|drop|decline"
#: Between the two ways a change is stated: "4 per cent, or €633 million", "998 (19.4%)", "4.1% rise — 747 —".
_OR = re.compile(rf"^\s*(?:(?:{_CHANGE_NOUN})\s*)?(?:,?\s*or|\(|[—–])\s*$", re.IGNORECASE)
#: An aside in brackets, words only, between a change and the same change stated another way: "an increase
#: of 512 tigers (adults only) or 31%".
_ASIDE = re.compile(r"\s*\([^()\d]*\)")
_RISE = (r"rose|risen|rising|increased|grew|grown|climbed|jumped|gained|went\s+up|gone\s+up|up|higher|more|"
         r"above|an?\s+(?:increase|rise|jump|gain)\s+of")
_FALL = (r"fell|fallen|falling|dropped|declined|decreased|went\s+down|gone\s+down|slipped|down|lower|less|"
         r"fewer|below|an?\s+(?:decrease|fall|drop|decline)\s+of")
#: A verb of change right before the first figure: "went up €277 million, or 3 per cent".
_VERB_BEFORE = re.compile(rf"\b(?:({_RISE})|({_FALL}))\s+(?:by\s+)?$", re.IGNORECASE)
#: A comparative right after the figure: "€2.5 billion, higher than a year earlier".
_WORD_AFTER = re.compile(rf"\s*,?\s*(?:[a-z]+\s+){{0,2}}?(?:({_RISE})|({_FALL}))\b", re.IGNORECASE)
#: A match of ``_WORD_AFTER`` whose words before its verb are a subject of their own: a new clause.
_A_VERB_OF_ITS_OWN = re.compile(
    r"\s*,?\s*[a-z]+\s+(?:[a-z]+\s+)?(?:rose|risen|increased|grew|grown|climbed|jumped|gained|went\s+up|"
    r"gone\s+up|fell|fallen|dropped|declined|decreased|went\s+down|gone\s+down|slipped)$",
    re.IGNORECASE,
)
#: A figure right after a comparative, perhaps after "than": the comparative bounds that figure.
_A_FIGURE_NEXT = re.compile(r"\s+(?:than\s+)?[$€£]?\d")
_THAN_PERIOD = re.compile(
    r"\s*,?\s*(?:[a-z]+\s+){0,2}?(?:more|fewer|higher|lower|less)\s+(?:[a-z]+\s+){0,2}?than\s+"
    r"(?:in\s+|on\s+|at\s+|for\s+|during\s+|over\s+)?(?:the\s+|a\s+|last\s+|its\s+|those\s+)?"
    r"(?:year|month|quarter|week|period|previous|prior|preceding|same|earlier|before|first|last|"
    r"(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b",
    re.IGNORECASE,
)
#: A word every match of :data:`_THAN_PERIOD` holds.
_THAN_WORDS = ("than",)
#: From the change to its level, after it: "… to €14.87 billion", "…, at €8.08 billion".
_LEVEL_AFTER = re.compile(
    r"^(?:(?!\bfrom\b)[^\d;.]){0,60}?\b(?:(?<!compared\s)(?<!comparison\s)(?<!relative\s)to|at|reaching|"
    r"totalling|totaling)\s+"
    r"(?:a\s+(?:record|new|total)\s+(?:high\s+|low\s+)?(?:of\s+)?|an?\s+)?$",
    re.IGNORECASE,
)
#: From the level to its change, before it: "20,336 people were killed in that time, 1,320 more".
_LEVEL_BEFORE = re.compile(
    r"^(?:\s+[A-Za-z][\w'’-]*){0,8}?(?:\s*,\s*(?:(?:which|that)\s+(?:is|was|are|were)\s+)?|"
    r"\s+(?:which|that)\s+(?:is|was|are|were)\s+|\s+being\s+)"
    rf"(?:an?\s+(?:(?:overall|total)\s+)?(?:(?:{_CHANGE_NOUN})\s+of\s+)?|(?:up|down)\s+(?:by\s+)?)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class AmountChange:
    """One change (stated once, or twice: as a percentage and as an amount) and its level."""

    changes: tuple[int, ...]
    level: int
    how: str
    certain: bool
    #: The level it moved from, when the wording says it between the level and the change ("to A from B, an
    #: increase of C or D%").
    baseline: int | None = None


def _direction(text: str, figures: Sequence[Figure], first: int, last: int) -> str | None:
    for j in (first, last):
        if figures[j].kind is kinds.CHANGE and figures[j].direction:
            return figures[j].direction
    verb = _VERB_BEFORE.search(text, max(0, figures[first].start - 30), figures[first].start)
    end = figures[last].end
    if text.startswith(")", end) and text[figures[first].end : figures[last].start].strip() == "(":
        end += 1  # "3,100 (8.1%) more than in May": the pair's bracket closes before its comparative
    after = _WORD_AFTER.match(text, end)
    if after is not None and _A_VERB_OF_ITS_OWN.match(text, after.start(), after.end()):
        after = None  # "rose to 4,120 tonnes (8 percent), scrap tonnage rose to …": the next clause's
    if after is not None and _A_FIGURE_NEXT.match(text, after.end()):
        after = None  # "4,100 (61%) pupils scored below 150": the bound of the figure after, no change
    found = verb or after
    if found is None:
        return None
    return "increase" if found.group(1) else "decrease"


def _a_percent(f: Figure) -> bool:
    return f.kind in _CHANGE_OR_PERCENTAGE and f.unit in _PERCENT


def _an_amount(f: Figure, *, stated: bool = False) -> bool:
    """A count or an amount (with ``stated``, or a change read as an amount: "an increase of 998")."""
    if stated and f.kind is kinds.CHANGE and f.direction and f.unit not in _NOT_AMOUNTS:
        return True
    return f.kind in MEASURED and f.cue is None and f.unit not in _PERCENT


#: "€40 million, or 2 per cent of all imports": a share, not a change (read in the five characters after it).
_OF_AFTER = re.compile(r"\s+of\b")


def amount_changes(
    text: str, figures: Sequence[Figure], paired: Sequence[int], layout: Layout | None = None
) -> list[AmountChange]:
    """Find changes stated as amounts, turn them into changes, and say which level each is of.

    ``paired``: the figures (by index, in order) whose next figure stands in the same sentence, the only
    ones a pair of neighbours starts from (found once per text, for every reader of such pairs)."""
    found: list[AmountChange] = []
    taken: set[int] = set()
    for i in paired:
        if i in taken:
            continue
        a, b = figures[i], figures[i + 1]
        if a.unit not in _PERCENT and b.unit not in _PERCENT:
            continue  # neither in percent (as one of the two must be): most pairs
        if not ((_a_percent(a) and _an_amount(b, stated=True))
                or (_an_amount(a, stated=True) and _a_percent(b))):
            continue  # the kinds first: most pairs are not a percentage and an amount
        if not _OR.match(_ASIDE.sub("", text[a.end : b.start])):
            continue
        if _OF_AFTER.match(text, b.end, b.end + 5):
            continue  # "€277 million, or 3 per cent of all imports": a share
        bracket = text[a.end : b.start].strip().endswith("(")
        if bracket and not text[b.end : b.end + 2].lstrip().startswith(")"):
            continue  # "998 (19.4% of all)": not a bracket of its own
        direction = _direction(text, figures, i, i + 1)
        if direction is None:
            continue
        level = _level(text, figures, i, i + 1)
        placed = _linked(text, figures, (i, i + 1), level) if level is not None else \
            None if layout is None else _level_before(text, figures, layout, i)
        if placed is None:
            continue
        for j in (i, i + 1):
            _as_change(text, figures[j], direction, f"a change stated two ways: {text[a.start : b.end]!r}")
        found.append(placed)
        taken.update((i, i + 1))
    thans = occurrences(text, _THAN_WORDS)  # where "than" stands (``None``: only the pattern can tell)
    if thans == []:
        return found
    for i, f in enumerate(figures):
        if i in taken or not _an_amount(f) or not _than_may_follow(text, thans, f.end):
            continue
        than = _THAN_PERIOD.match(text, f.end)
        if than is None:
            continue
        level = _level(text, figures, i, i)
        if level is None:
            continue
        direction = "decrease" if re.search(r"fewer|lower|less", than.group(0), re.IGNORECASE) else "increase"
        _as_change(text, f, direction, f"a change by its words: {text[f.start : than.end()]!r}")
        found.append(_linked(text, figures, (i,), level))
        taken.add(i)
    return found


def _than_may_follow(text: str, thans: list[int] | None, end: int) -> bool:
    """May :data:`_THAN_PERIOD` match at ``end``? Only if a "than" stands after it (at one of ``thans``) with
    no full stop between: the words a match holds before its "than" are letters, spaces and a comma."""
    if thans is None:
        return True
    k = bisect.bisect_left(thans, end)
    return k < len(thans) and text.find(".", end, thans[k]) < 0


def _level_before(text: str, figures: Sequence[Figure], layout: Layout, i: int) -> AmountChange | None:
    """ "… went up 4 cents to $26.22. Over the past year, average hourly earnings have risen 63 cents, or
    2.5 percent": a change stated two ways with no level of its own is of the one level the sentence before
    states, when every word of its subject is said there before that level.

    The level may be where the change ended (the earnings above) or where it started ("closed at $31.40.
    After hours, the shares fell $1.20, or 3.8 percent"): certain only when the change's sentence says it
    runs up to now ("over the past year", "year on year", "since …"), else a guess. A level in a clause
    of its own ("…, while fewer shops opened (-300)") whose words leave the subject out may be another's.
    """
    f = figures[i]
    amount = next(figures[j] for j in (i, i + 1) if figures[j].unit not in _PERCENT)
    start, _ = layout.sentence_bounds(f.sentence, len(text))
    head = text[start : f.start].split(",")[-1]
    ends = _SUBJECT_ENDS.search(head)
    words = _WORD.findall(head[: ends.start()] if ends else "")
    subject = [w for w in words if w.lower() not in lx.STOPWORDS]
    levels = [j for j, g in enumerate(figures) if g.sentence == f.sentence - 1 and g.kind in MEASURED
              and g.unit == amount.unit and g.cue not in ("part", "baseline")
              and not _VERB_BEFORE.search(text, max(0, g.start - 30), g.start)]  # not "went up 4 cents"
    if not subject or len(levels) != 1 or any(g.sentence == f.sentence for g in figures[:i]):
        return None
    level = levels[0]
    pstart, _ = layout.sentence_bounds(f.sentence - 1, len(text))
    said = _said_in(text, pstart, figures[level].start)
    if not all(_stem(w) in said for w in subject):
        return None
    across = _last_clause_opening(text, pstart, figures[level].start)
    if across is not None:
        in_its_clause = _said_in(text, across.end(), figures[level].start)
        if not all(_stem(w) in in_its_clause for w in subject):
            return AmountChange((i, i + 1), level, f"linked across {across[0]!r}, not by wording: the level "
                                "after it in the sentence before may be another's", False)
    if scale_differs(amount, figures[level]):
        return AmountChange((i, i + 1), level, SCALE_DIFFERS, False)
    pair = text[f.start : figures[i + 1].end]
    level_words = text[figures[level].start : figures[level].end]
    if _UP_TO_NOW.search(text, start, f.start) is None:
        return AmountChange((i, i + 1), level, (
            f"the subject {' '.join(subject)!r} of {pair!r} is the one of {level_words!r} in the sentence "
            "before, which may be where the change started or where it ended: a guess"), False)
    how = (f"stated by wording: the subject {' '.join(subject)!r} of {pair!r} is the one of {level_words!r} "
           "in the sentence before, and the change runs up to it")
    return AmountChange((i, i + 1), level, how, True)


#: A change said to run up to the present the text speaks of: over the past year, year on year, since …
_UP_TO_NOW = re.compile(
    r"\b(?:over|in|during)\s+the\s+(?:past|last|latest)\s+(?:\w+\s+)?(?:year|twelve\s+months|12\s+months|"
    r"quarter|month|decade)\b|\bover\s+the\s+year\b|\byear[\s-](?:on|over)[\s-]year\b|"
    r"\b(?:from|than)\s+a\s+year\s+(?:earlier|ago|before)\b|\bsince\s",
    re.IGNORECASE,
)


def _said_in(text: str, start: int, end: int) -> set[str]:
    """The stems of the words of ``text[start:end]``."""
    return {_stem(w) for w in _WORD.findall(text, start, end)}


def _last_clause_opening(text: str, start: int, end: int) -> re.Match[str] | None:
    """The last word between ``start`` and ``end`` that opens a clause with a subject of its own ("while")."""
    openings = list(_ANOTHER_CLAUSE.finditer(text, start, end))
    return openings[-1] if openings else None


def _as_change(text: str, f: Figure, direction: str, how: str) -> None:
    f.kind = kinds.CHANGE
    f.direction = direction
    f.cue = "change"
    f.bases["kind"] = (how, True)


def _level(text: str, figures: Sequence[Figure], first: int, last: int) -> int | None:
    """The level the change at ``first``..``last`` is of, if the wording ties them."""
    amounts = [figures[j] for j in range(first, last + 1) if figures[j].unit not in _PERCENT]
    unit = amounts[0].unit if amounts else None

    def fits(j: int) -> bool:
        g = figures[j]
        return g.kind in MEASURED and g.sentence == figures[first].sentence and g.unit == unit \
            and g.cue not in ("change", "baseline")

    if last + 1 < len(figures) and fits(last + 1) \
            and _LEVEL_AFTER.match(text[figures[last].end : figures[last + 1].start]):
        return last + 1
    if first > 0 and fits(first - 1) \
            and _LEVEL_BEFORE.match(text[figures[first - 1].end : figures[first].start]) \
            and not _SET_AGAINST_BEFORE.search(text, max(0, figures[first - 1].start - 25),
                                               figures[first - 1].start):
        if (new := _moved_from(text, figures, first - 1)) is not None:
            return new  # "rose to 2,160 from 1,648, an increase of 512 or 31%": of 2,160, from 1,648
        return first - 1
    return None


def _moved_from(text: str, figures: Sequence[Figure], old: int) -> int | None:
    """The level figure ``old`` is said to have been left for, right before it ("to 2,160 from 1,648", "to
    2,160 in 2023, up from 1,648"), if it is one: a count or amount of its sentence and unit, not yet a
    change or a baseline. A year or a date between them says when."""
    new = old - 1
    while new >= 0 and figures[new].kind in _WHEN_OR_WHICH and figures[new].sentence == figures[old].sentence:
        new -= 1
    if new < 0 or not _TO_THEN_FROM.fullmatch(text, figures[new].end, figures[old].start):
        return None
    a, b = figures[new], figures[old]
    fits = a.kind in MEASURED and a.sentence == b.sentence and a.unit == b.unit
    return new if fits and a.cue not in ("change", "baseline") else None


#: Between the level a move reached and the one it left, said after it: "to 2,160 [over the quarter to March
#: 2023][, up] from". The words of a period hold no figure but a year.
_TO_THEN_FROM = re.compile(
    r"(?:\s+(?:in|during|over|for|by|at|last|this)\b"
    r"(?:\s+(?:[A-Za-z'’-]+|(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?)){0,7}?)?"
    r",?\s+(?:(?:up|down)\s+)?from\s+(?:an?\s+|the\s+)?",
    re.IGNORECASE)


#: Before a figure that the one before it is set against: "finished at 4,120.5 compared to 4,210.3, down
#: by 2.1% or 89.8": the change is the first's, from this one, not this one's.
_SET_AGAINST_BEFORE = re.compile(r"\b(?:compared\s+(?:to|with)|against|versus|vs\.?)\s+$", re.IGNORECASE)


#: Words that open a clause with a subject of its own ("1,210 people (3.9%), while the labour force rose to").
_ANOTHER_CLAUSE = re.compile(r"\b(?:while|whereas|but|although|though|meanwhile)\b", re.IGNORECASE)


def _linked(text: str, figures: Sequence[Figure], changes: tuple[int, ...], level: int) -> AmountChange:
    lo, hi = min(*changes, level), max(*changes, level)
    after = next((j for j in range(level + 1, changes[0]) if figures[j].kind not in _WHEN), None)
    baseline = after if after is not None and _moved_from(text, figures, after) == level else None
    certain = close(text, figures, changes[0], level, allow={*changes, baseline} if baseline is not None else
                    set(changes))
    how = wording(text, figures[lo].start, figures[hi].end)
    across = _ANOTHER_CLAUSE.search(text, figures[lo].end, figures[hi].start) if certain else None
    if across is not None:
        how, certain = f"linked across {across[0]!r}, not by wording: the level may be another's", False
    amounts = [j for j in changes if figures[j].unit not in _PERCENT]
    if certain and amounts and scale_differs(figures[amounts[0]], figures[level]):
        how, certain = SCALE_DIFFERS, False
    return AmountChange(changes, level, how, certain, baseline)


_UP = (r"up|higher|rising|increasing|increased|rose|risen|grew|grown|climbed|jumped|soared|surged|went\s+up|"
       r"rebounded")
_DOWN = (r"down|lower|falling|decreasing|decreased|fell|fallen|dropped|declined|slipped|went\s+down|shrank|"
         r"eased|dipped|slid|tumbled|plunged|plummeted|slumped")
_MONTH = lx.MONTH_NAMES
#: When the new level was reached, between it and the old one: "in #" (a year), "in May", "in May #",
#: "in the third quarter", "during Q2", "in the year to March", "last month", "on an annual basis".
_PERIOD_BETWEEN = (
    rf"(?:\s+(?:in|on|at|for|by|during)\s+(?:the\s+end\s+of\s+)?(?:#|(?:{_MONTH})(?:\s+#)?|"
    r"the\s+(?:#|first|second|third|fourth|final|latest|current)\s+(?:quarter|half|month|week|year)(?:\s+of\s+#)?|"
    r"Q[1-4](?:\s*#)?|H[12](?:\s*#)?|"
    rf"the\s+(?:year|#(?:\s+months|\s+weeks)?|twelve\s+months|quarter)\s+(?:to|ending|ended)\s+(?:{_MONTH})(?:\s+#)?)"
    r"|\s+(?:this|last)\s+(?:year|month|quarter|week)"
    r"|\s+(?:on\s+an?\s+(?:[a-z-]+\s+){0,2}basis|year[\s-]on[\s-]year))"
)
#: After a level: "£410m, up from £380m", "9 seats (down from 32)", "£410m in 2019, up from £380m".
_UP_FROM = re.compile(
    rf"^{_PERIOD_BETWEEN}?\s*,?\s*\(?\s*(?:({_UP})|({_DOWN}))\s+from\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+){{0,2}}?$",
    re.IGNORECASE
)
#: Before the first level: "rose from", "dropped sharply, from".
_VERB_FROM = re.compile(rf"\b(?:({_UP})|({_DOWN}))(?:\s+\w+ly)?\s*,?\s+from\s+(?:an?\s+)?$", re.IGNORECASE)
#: Between the two levels of "from A to B".
_FROM_TO = re.compile(r"^[^\d;.]{0,50}?\bto\s+(?:an?\s+(?:record\s+|new\s+)?)?$", re.IGNORECASE)
#: A gap that opens another clause ("up from 38 in 2015 while imports increased to 35"): its "to" is
#: that clause's, not the close of "from A to B".
_CLAUSE_BETWEEN = re.compile(rf"\b(?:while|whereas|but|although|though|{_UP}|{_DOWN})\b", re.IGNORECASE)
_WHEN = frozenset({kinds.YEAR, kinds.DATE, kinds.DURATION})
_WHEN_OR_WHICH = _WHEN | {kinds.ORDINAL}
_LEVEL_KINDS = frozenset({kinds.COUNT, kinds.AMOUNT, kinds.PERCENTAGE, kinds.SHARE,
                          kinds.RATE, kinds.MEAN})


#: An earlier period's figure in brackets right after a level, as results releases give it:
#: "to 96.0m (2019: 80.0m)", "to £450.0m (FY 2021/22: £400.0m)".
#: "(2019: ", "(H1 2016/17: ", "(FY 2021/22: ", "(1Q FY2009: ", "(Q3 2020: ": an earlier period's label.
_COMPARATIVE = re.compile(
    r"\s*\(\s*(?:[A-Z0-9][A-Za-z0-9]{0,3}\s+){0,2}(?:FY\s?)?((?:19|20)\d\d)([/-]\d{2,4})?\s*:\s*")


def comparative(text: str, figures: Sequence[Figure], i: int) -> tuple[int, str | None] | None:
    """The level figure ``i`` is the bracketed earlier-period figure of, and that period (a plain year)."""
    k = i - 1
    while k >= 0 and figures[k].kind in _WHEN and figures[k].sentence == figures[i].sentence:
        k -= 1
    if k < 0 or figures[k].sentence != figures[i].sentence \
            or text.find("(", figures[k].end, figures[i].start) < 0:  # what every match holds
        return None
    m = _COMPARATIVE.fullmatch(text, figures[k].end, figures[i].start)
    return None if m is None else (k, None if m.group(2) else m.group(1))


@dataclass(frozen=True, slots=True)
class Move:
    """A figure stated as up or down from another, with no figure for the change itself."""

    new: int
    old: int
    direction: str
    how: str
    certain: bool = True


#: Right before a hedged figure, words that make it the bound of a class ("passed with more than 40%",
#: "pupils scoring above 50%"): the figure that moved may be the one counted in that class.
_CLASS_BOUND_BEFORE = re.compile(r"\b(?:with|scoring|scored|achieving|achieved|obtaining|getting)\s+$",
                                 re.IGNORECASE)
_CLASS_BOUND = ("the figure before 'up/down from' bounds a class ('with more than …'); the move may be of "
                "the figure counted in it: a guess")
#: A word every wording of a move below holds ("up from", "a rise from", "after … at", "the figure had
#: climbed to", "compared with", "rising to"), but for a comparative in brackets: a text with neither
#: states no move.
_MOVE_WORDS = ("from", "after", "figure", "number", "total", "tally", "count", "compared", "against",
               "ing to")


#: A word every wording of a move between its two figures holds ("up from", "compared with", "rising to",
#: "from A to B"), but for a comparative in brackets.
_MOVE_GAP_WORDS = ("from", "compared", "against", "ing", "to")


def moves(text: str, figures: Sequence[Figure], linked: set[int], paired: Sequence[int]) -> list[Move]:
    """ "£90m, up from £75m", "rose from 137 … to 238": the new figure, the old one, the direction.

    ``paired`` as :func:`amount_changes` takes it: a move is between two figures of one sentence, and the
    figures are in text order, so one whose next figure stands in another sentence starts none."""
    if not may_hold(text, _MOVE_WORDS) and "(" not in text:  # "(2016: 7.0m)": a comparative in brackets
        return []
    found: list[Move] = []
    for i in paired:
        k = i + 1
        while k < len(figures) and figures[k].kind in _WHEN_OR_WHICH and k - i <= 2:
            k += 1  # "from 137 in 2016 to 238", "to 238 in the third quarter from": when, not how many
        if k >= len(figures):
            break
        a, b = figures[i], figures[k]
        if i in linked or k in linked or a.sentence != b.sentence or a.kind not in _LEVEL_KINDS \
                or (a.kind, a.unit) != (b.kind, b.unit):
            continue
        gap = text[a.end : b.start]
        for j in range(k - 1, i, -1):
            gap = gap[: figures[j].start - a.end] + "#" + gap[figures[j].end - a.end :]
        if not may_hold_short(gap, _MOVE_GAP_WORDS) and text.find("(", a.end, b.start) < 0:
            continue  # every wording below holds one of these words between the two, or a bracket
        after = _UP_FROM.match(gap)  # "# " stands only for a year or an ordinal of the period between
        if after is not None:  # the new figure first
            if a.qualifier != "exact" and _CLASS_BOUND_BEFORE.search(text, max(0, a.start - 20), a.start):
                found.append(Move(i, k, "increase" if after.group(1) else "decrease", _CLASS_BOUND, False))
            elif counted_where(text, figures, i):  # "880 gained passes across six subjects, up from 861"
                found.append(Move(i, k, "increase" if after.group(1) else "decrease",
                                  WHERE_COUNTED.format(text[a.start : a.end]), False))
            else:
                found.append(Move(i, k, "increase" if after.group(1) else "decrease",
                                  wording(text, a.start, b.end)))
            continue
        bracket = comparative(text, figures, k)  # "rose to 15.1m (2016: 7.0m)": the earlier figure
        if (_THEN_FROM.match(gap) or (bracket is not None and bracket[0] == i)) \
                and (verb_to := _VERB_TO.search(text, max(0, a.start - 40), a.start)):
            found.append(Move(i, k, "increase" if verb_to.group(1) else "decrease",
                              wording(text, verb_to.start(), b.end)))  # "rose to 540 from 510"
            continue
        if _THEN_COMPARED.match(gap) and _EARLIER_PERIOD_AFTER.match(text, b.end) \
                and not _same_period_both(text, a.end, b) \
                and (verb_to := _VERB_TO.search(text, max(0, a.start - 40), a.start)):
            found.append(Move(i, k, "increase" if verb_to.group(1) else "decrease",
                              wording(text, verb_to.start(), b.end)))  # "to 540 in May, compared with 510"
            continue
        then = _THEN_PARTICIPLE_TO.match(gap)
        if then is not None:  # "A in 2015, rising to B in 2021": from A to B
            alone = not any(figures[j].sentence == a.sentence and (figures[j].kind, figures[j].unit)
                            == (a.kind, a.unit) for j in range(i)) \
                and _ANOTHER_SUBJECT.search(gap, 0, gap.rfind(",")) is None
            found.append(Move(k, i, "increase" if then.group(1) else "decrease",
                              wording(text, a.start, b.end) if alone else _OTHERS_BEFORE, alone))
            continue
        if not _FROM_TO.match(gap):
            continue
        verb = _VERB_FROM.search(text, max(0, a.start - 40), a.start)
        if verb is None:
            continue
        earlier = [figures[j].end for j in range(i) if figures[j].sentence == a.sentence]
        if not _CLAUSE_BETWEEN.search(gap) and not any(end > verb.start() for end in earlier):
            found.append(Move(k, i, "increase" if verb.group(1) else "decrease",
                              wording(text, verb.start(), b.end)))
    found.extend(_aside_moves(text, figures, linked, paired))
    taken = linked | {j for m in found for j in (m.new, m.old)}
    found.extend(_moves_in_other_words(text, figures, taken, paired))
    found.sort(key=lambda m: min(m.new, m.old))
    return [m if not scale_differs(figures[m.new], figures[m.old]) else
            Move(m.new, m.old, m.direction, SCALE_DIFFERS, False) for m in found]


#: After a level and a few words of its clause, a participle taking it to the next level: "A in 2015, rising
#: to", "A last month, before falling to".
_THEN_PARTICIPLE_TO = re.compile(
    rf"^(?:\s+[a-z]+){{0,3}}?{_PERIOD_BETWEEN}?\s*,\s*(?:before\s+|then\s+)?(?:\w+ly\s+)?"
    r"(?:(rising|climbing|jumping|growing|increasing|soaring|surging|rebounding)|"
    r"(falling|dropping|declining|slipping|decreasing|sliding|easing|dipping|shrinking|tumbling|plunging))"
    r"(?:\s+\w+ly)?\s+to\s+(?:an?\s+(?:record\s+|new\s+)?)?$", re.IGNORECASE)
#: Words before that comma that may bring in another subject the participle is of ("A and B, rising to").
_ANOTHER_SUBJECT = re.compile(r"\b(?:and|or|while|whereas|but|with|against|compared|versus|than|from)\b",
                              re.IGNORECASE)
_OTHERS_BEFORE = ("'rising/falling to' after a level, with another figure of its kind before it in the "
                  "sentence: which one moved is a guess")
#: Between "rose to A" and its old level: " from", " in # from" (a year between says when), " in May from".
_THEN_FROM = re.compile(rf"^{_PERIOD_BETWEEN}?\s*,?\s+from\s+(?:an?\s+)?$", re.IGNORECASE)
#: Between "rose to A" and the level it is set against: " in May, compared with", ", as against".
_THEN_COMPARED = re.compile(
    rf"^{_PERIOD_BETWEEN}?\s*,?\s+(?:as\s+)?(?:compared\s+(?:with|to)|against)\s+(?:the\s+)?$", re.IGNORECASE)
#: Right after that level, the earlier time it belongs to ("… compared with 510 in April", "… a year
#: earlier"): without it the level may be another place's or another group's ("compared with 6% nationally").
_EARLIER_PERIOD_AFTER = re.compile(
    rf"\s*(?:(?:reported\s+|recorded\s+)?(?:in|during|for)\s+(?:(?:{_MONTH})\b"
    r"(?:\s+(?:(?:19|20)\d\d|last\s+year|(?:a|the)\s+year\s+(?:earlier|before)))?|"
    r"(?:19|20)\d\d\b|(?:the\s+)?(?:previous|preceding|prior|same|year-earlier|year-ago)\s+(?:month|quarter|"
    r"year|period|week|half))|(?:a|one)\s+(?:year|month|quarter)\s+(?:earlier|ago|before)|"
    r"(?:last|the\s+previous)\s+(?:year|month|quarter|week))"
    r"(?!\s*,?\s*(?:for|among|at|across|in|of|by)\s)",  # "… in 2022 for women": another group's
    re.IGNORECASE)


def _same_period_both(text: str, new_end: int, old: Figure) -> bool:
    """ "rose to 5% in May, compared with 6% in May": one period for both is two places, not a move."""
    after_old = _EARLIER_PERIOD_AFTER.match(text, old.end)
    if after_old is None:
        return False
    said = " ".join(after_old.group(0).lower().split())
    return said in " ".join(text[new_end : old.start].lower().split())


#: Right before the new level: "grew to", "fell to a", "dropped sharply to", "eased further to".
_VERB_TO = re.compile(
    rf"\b(?:({_UP})|({_DOWN}))(?:\s+(?:\w+ly|further))?\s+to\s+(?:an?\s+(?:record\s+)?)?$", re.IGNORECASE
)
#: The level restated another way ("$3.02 billion, or 92 cents per share").
_OR_ASIDE = re.compile(r"^\s*,\s*or\s+$", re.IGNORECASE)
#: The aside closed, the old level: "…per share, from".
_ASIDE_CLOSED_FROM = re.compile(r"^[^\d,;.]{0,30},\s+from\s+(?:an?\s+)?$", re.IGNORECASE)


def _aside_moves(text: str, figures: Sequence[Figure], linked: set[int], paired: Sequence[int]) -> list[Move]:
    """ "grew to $3.02 billion, or 92 cents per share, from $2.27 billion": the aside restating the new
    level does not break "to A … from B"."""
    found: list[Move] = []
    # three figures of a sentence in a row: the first two each open a pair of neighbours
    for i in [i for i, j in itertools.pairwise(paired) if j == i + 1]:
        a, aside, b = figures[i], figures[i + 1], figures[i + 2]
        if a.kind not in _LEVEL_KINDS or i in linked or i + 2 in linked \
                or (a.kind, a.unit) != (b.kind, b.unit):
            continue
        if not _OR_ASIDE.match(text[a.end : aside.start]) \
                or not _ASIDE_CLOSED_FROM.match(text[aside.end : b.start]):
            continue
        verb = _VERB_TO.search(text, max(0, a.start - 40), a.start)
        if verb is None:
            continue
        found.append(Move(i, i + 2, "increase" if verb.group(1) else "decrease",
                          wording(text, verb.start(), b.end)))
    return found


_CHANGE_NOUNS = r"rise|increase|jump|gain|climb|fall|drop|decline|decrease|dip"
#: After the new level and its clause: "…, a small rise from", "…, a sharp fall from the".
_NOUN_FROM = re.compile(
    rf"^[^\d;.()]{{0,160}}?,\s*an?\s+(?:[a-z]+\s+)?(?:(rise|increase|jump|gain|climb)|({_CHANGE_NOUNS}))"
    r"\s+from\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)
#: Between "slipped to 62.4 %" and the level it left: "…, after three months at".
_AFTER_AT = re.compile(r"^[^\d;.()]{0,60}?,?\s+after\s+(?:[a-z#]+\s+){0,3}?(?:at|of)\s+$", re.IGNORECASE)
#: A later level referring back to an earlier one: "…; by 2020 the figure had climbed to".
_FIGURE_BACK_TO = re.compile(
    rf"\bthe\s+(?:figure|number|total|tally|count)\s+(?:had\s+|has\s+|have\s+)?(?:({_UP})|({_DOWN}))\s+to\s+"
    r"(?:an?\s+(?:record\s+|new\s+)?)?$", re.IGNORECASE)
#: A word every match of :data:`_FIGURE_BACK_TO` holds.
_FIGURE_BACK_WORDS = ("figure", "number", "total", "tally", "count")
_CLOSE_WORDING = 60
_BY_PROXIMITY = ("the level before is the figure nearest before it in the sentence, linked by proximity, "
                 "not by wording")
_FIGURE_BACK = "'the figure' taken as the level stated before it in the sentence; a guess"


def _moves_in_other_words(
    text: str, figures: Sequence[Figure], taken: set[int], paired: Sequence[int]
) -> list[Move]:
    """Moves said with a noun or a later verb: "17,004 …, a small rise from 16,921", "slipped to 62.4% …,
    after three months at 62.6%", "15 893 …; by 2020 the number had climbed to 19 040": between two levels
    of a kind, none of them ``taken``, with nothing but times between them in their sentence."""
    found: list[Move] = []
    for i in paired:
        a = figures[i]
        if a.kind not in _LEVEL_KINDS or i in taken:
            continue
        k = i + 1
        while k < len(figures) and figures[k].kind in _WHEN:
            k += 1
        if k == len(figures) or k in taken:
            continue
        b = figures[k]
        if a.sentence != b.sentence or (a.kind, a.unit) != (b.kind, b.unit):
            continue
        gap = text[a.end : b.start]
        for j in range(k - 1, i, -1):
            gap = gap[: figures[j].start - a.end] + "#" + gap[figures[j].end - a.end :]
        # each wording is tried only where the word it needs stands
        if may_hold_short(gap, ("from",)) and (noun := _NOUN_FROM.match(gap)) is not None:
            close_by = len(gap) <= _CLOSE_WORDING
            how = wording(text, a.start, b.end) if close_by else _BY_PROXIMITY
            if close_by and counted_where(text, figures, i):  # "passed in five subjects, a rise from 1,190"
                how, close_by = WHERE_COUNTED.format(text[a.start : a.end]), False
            found.append(Move(i, k, "increase" if noun.group(1) else "decrease", how, close_by))
            continue
        if may_hold_short(gap, ("after",)) and _AFTER_AT.match(gap) \
                and (verb := _VERB_TO.search(text, max(0, a.start - 40), a.start)) is not None:
            found.append(Move(i, k, "increase" if verb.group(1) else "decrease",
                              wording(text, verb.start(), b.end)))
            continue
        back = _FIGURE_BACK_TO.search(text, max(0, b.start - 60), b.start) \
            if may_hold_short(text[max(0, b.start - 60) : b.start], _FIGURE_BACK_WORDS) else None
        if back is not None and back.start() > a.end:
            found.append(Move(k, i, "increase" if back.group(1) else "decrease",
                              _FIGURE_BACK, False))
    return found


@dataclass(frozen=True, slots=True)
class Comparison:
    """A figure set beside an earlier one ("A year earlier, net income was $592.3 million"), with no word
    for which way it went: only a change stated elsewhere can be checked against the pair. With no later
    figure of its kind in the sentence, ``new`` is None: the earlier figure stands alone."""

    new: int | None
    old: int
    how: str


_COMPARED = ("a figure compared with the same kind of figure a year before, the first of its kind in the "
             "sentence before or the same sentence: paired as a guess")
#: A sentence opening on the earlier period: "A year earlier, net income was".
_YEAR_EARLIER_OPENING = re.compile(
    r"^\s*(?:a|one)\s+year\s+(?:earlier|ago|before),\s+[^\d;.]{0,40}\b(?:was|were|stood\s+at|came\s+to|"
    r"totall?ed)\s+$", re.IGNORECASE)
#: "compared with $873 million" / "compared with a loss of $823.8 million".
_COMPARED_WITH = re.compile(
    r"\b(?:compared\s+(?:with|to)|against|versus)\s+(?:an?\s+(?:\w+\s+)?(?:loss|profit|income)\s+of\s+)?$",
    re.IGNORECASE)
#: A word every match of :data:`_COMPARED_WITH` holds.
_COMPARED_WITH_WORDS = ("compared", "against", "versus")
#: A word every match of :data:`_YEAR_EARLIER_OPENING` holds.
_YEAR_WORDS = ("year",)
#: The first letters of what :data:`_YEAR_EARLIER_OPENING` opens on ("A year earlier", "One year ago").
_OPENS_A_YEAR_EARLIER = frozenset("AaOo")
#: After the earlier figure (and its aside): "a year earlier", "in the same quarter last year".
_EARLIER_AFTER = re.compile(
    r"(?:[^\d,;.]{0,30},)?\s*(?:a\s+year\s+(?:earlier|ago|before)|in\s+the\s+same\s+(?:quarter|period|month)\s+"
    r"(?:last|a)\s+year|in\s+the\s+year[- ]earlier\s+(?:quarter|period))\b", re.IGNORECASE)


#: A word every wording of a comparison above holds ("a year earlier, …", "compared with", "against").
_COMPARED_WORDS = ("year", "compared", "against", "versus")


def comparisons(
    text: str, figures: Sequence[Figure], layout: Layout, linked: set[int], by_sentence: dict[int, list[int]]
) -> list[Comparison]:
    """ "earned $1 billion … A year earlier, net income was $592.3 million", "earned $7 million, compared
    with $104 million … a year earlier": the later figure and the earlier one, as a guess (which figure
    of the sentence is compared is a reading). ``by_sentence``: the figures of each sentence."""
    if not may_hold(text, _COMPARED_WORDS):
        return []
    found: list[Comparison] = []
    # the words each wording needs: "compared with" before the figure, "A year earlier" opening its sentence
    compared = set(led_by(text, _COMPARED_WITH_WORDS, figures, 40))
    dated = sentences_holding(text, _YEAR_WORDS, layout.sentence_starts)
    if dated is None:
        candidates: Sequence[int] = range(len(figures))
    else:  # no other figure has "compared with" before it, or a sentence that may open on "a year earlier"
        chosen = set(compared)
        starts = layout.sentence_starts
        for sentence in dated:
            if text[starts[sentence]] in _OPENS_A_YEAR_EARLIER or text[starts[sentence]].isspace():
                chosen.update(by_sentence.get(sentence, ()))
        candidates = sorted(chosen)
    for b in candidates:
        old = figures[b]
        if b in linked or old.kind not in MEASURED:
            continue
        start, _ = layout.sentence_bounds(old.sentence, len(text))
        if (text[start] in _OPENS_A_YEAR_EARLIER or text[start].isspace()) \
                and _YEAR_EARLIER_OPENING.match(text[start : old.start]):
            sentence = old.sentence - 1
        elif b in compared and _COMPARED_WITH.search(text, max(start, old.start - 40), old.start):
            after = old.end
            aside = b + 1 < len(figures) and figures[b + 1].sentence == old.sentence \
                and _OR_ASIDE.match(text[old.end : figures[b + 1].start])
            if aside:
                after = figures[b + 1].end
            if not _EARLIER_AFTER.match(text, after):
                continue
            sentence = old.sentence
        else:
            continue
        new = next((j for j, f in enumerate(figures[:b]) if f.sentence == sentence and f.kind is old.kind
                    and f.unit == old.unit and not scale_differs(f, old)), None)
        if new is None or new not in linked:
            found.append(Comparison(new, b, _COMPARED))
    return found


#: A result said to be smaller or larger than a year before: "reported a smaller loss", "a wider loss".
_SAID_SMALLER_OR_LARGER = re.compile(
    r"\b(?:(larger|bigger|wider|deeper|greater|heavier)|(smaller|narrower|reduced|lower|lighter))\s+"
    r"(?:(?:net|pretax|pre-tax|operating|quarterly|annual|first|second|third|fourth|\w+-quarter)\s+){0,2}"
    r"(loss|profit)\b",
    re.IGNORECASE)
#: Right before a figure, the words that make it a loss or a profit: "lost", "a loss of", "earned".
_LOSS_OR_PROFIT_BEFORE = re.compile(
    r"\b(?:(lost|(?:net\s+)?loss\s+of|loss\s+was)|(earned|made|(?:net\s+)?profit\s+of|profit\s+was))\s+$",
    re.IGNORECASE)


def compared_way(
    text: str, figures: Sequence[Figure], layout: Layout, pair: Comparison
) -> tuple[str, str] | None:
    """Which way a compared pair went, when the sentence or the one before says so: "reported a smaller
    loss … lost $339.3 million, compared with a loss of $823.8 million a year earlier" is a loss that fell.

    Both figures must be named as the result the wording qualifies (a loss, or a profit), else the words
    may be of another pair; which pair is still a reading, so the caller records a guess.
    Returns ("increase" or "decrease", the words).
    """
    if pair.new is None:
        return None
    new, old = figures[pair.new], figures[pair.old]
    named = []
    for f in (new, old):
        before = _LOSS_OR_PROFIT_BEFORE.search(text, max(0, f.start - 25), f.start)
        if before is None:
            return None
        named.append("loss" if before.group(1) else "profit")
    start, _ = layout.sentence_bounds(max(0, new.sentence - 1), len(text))
    said = [m for m in _SAID_SMALLER_OR_LARGER.finditer(text, start, new.start)
            if m.group(3).lower() == named[0] == named[1]]
    if len(said) != 1:
        return None
    return ("increase" if said[0].group(1) else "decrease"), " ".join(said[0].group(0).split())


#: The words that end the subject of a sentence stating a change ("Attempted murder saw …, rising by 12.3%").
_SUBJECT_ENDS = re.compile(
    r"\b(?:saw|see|sees|rose|rising|risen|fell|falling|is|are|was|were|has|have|had|increased|decreased|"
    r"grew|dropped|declined|climbed|jumped|went|showed|recorded|posted|reached|stood)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


def _stem(word: str) -> str:
    w = word.lower().strip("'’")
    return w[:-1] if w.endswith("s") and len(w) > 4 else w


def carried_changes(
    text: str, figures: Sequence[Figure], layout: Layout, amounts: Sequence[AmountChange], linked: set[int]
) -> list[tuple[int, int, str, bool]]:
    """A percentage change alone in its sentence, of the level the next sentence states with its amount.

    "Attempted murder saw the highest increase, rising by 12.3%. There were
    42,297 attempted murder cases reported, 6,911 more than a year before":
    the change is of the level after, stated both ways. The link is certain
    when every word of the change's subject is repeated before the amount;
    otherwise it is a guess. Returns (change, level, how, certain).
    """
    if not amounts:
        return []  # no change stated as an amount: none carried
    by_sentence: dict[int, list[int]] = {}
    for i, f in enumerate(figures):
        if f.kind not in TIMES:
            by_sentence.setdefault(f.sentence, []).append(i)
    out = []
    for amount in amounts:
        if len(amount.changes) != 1:
            continue
        by, level = amount.changes[0], amount.level
        before = by_sentence.get(figures[level].sentence - 1, [])
        if len(before) != 1:
            continue
        change = before[0]
        c = figures[change]
        verb = _VERB_BEFORE.search(text, max(0, c.start - 30), c.start)
        direction = c.direction if c.kind is kinds.CHANGE else \
            None if verb is None else "increase" if verb.group(1) else "decrease"
        if change in linked or c.kind not in _CHANGE_OR_PERCENTAGE or c.unit != "percent" \
                or direction is None or direction != figures[by].direction:
            continue
        start, _ = layout.sentence_bounds(c.sentence, len(text))
        head = text[start : c.start]
        ends = _SUBJECT_ENDS.search(head)
        words = _WORD.findall(head[: ends.start()] if ends else "")
        subject = [w for w in words if w.lower() not in lx.STOPWORDS]
        if not subject:
            continue
        lstart, _ = layout.sentence_bounds(figures[level].sentence, len(text))
        lv = figures[level]
        around = text[max(lstart, lv.start - 40) : lv.start].split(",")[-1].split()[-4:] \
            + text[lv.start : lv.end].split() \
            + text[lv.end : figures[by].start].split(",")[0].split()[:4]  # the words that name the level
        there = {_stem(w) for w in _WORD.findall(" ".join(around))}
        phrase = " ".join(subject)
        named = {canonical(w.lower()) for w in _WORD.findall(" ".join(around)) if has_synonyms(w.lower())}
        alike = [w for w in subject if has_synonyms(w.lower()) and canonical(w.lower()) in named]
        if (alike or any(_stem(w) in there for w in subject)) and c.kind is not kinds.CHANGE:
            _as_change(text, c, direction, f"a percentage stated as a change: {text[verb.start() : c.end]!r}"
                       if verb else "a change")
        if all(_stem(w) in there for w in subject):
            how = (f"stated by wording: the subject {phrase!r} of {text[c.start : c.end]!r} is repeated with "
                   f"{text[figures[level].start : figures[level].end]!r} and its change in the next sentence")
            out.append((change, level, how, True))
        elif any(_stem(w) in there for w in subject):
            out.append((change, level, f"the subject {phrase!r} of the change is only partly repeated "
                                       "with the figure in the next sentence: linked as a guess", False))
        elif alike:
            out.append((change, level, f"the subject {phrase!r} of the change is named in other words with "
                                       "the figure in the next sentence (read through synonyms): linked as a "
                                       "guess", False))
    return out


_FROM_RIGHT_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_TO_BETWEEN = re.compile(r"\s*to\s+")
_TOGETHER = re.compile(
    r"\s*(?:taken\s+together|together|combined|in\s+total|altogether|all\s+told|overall|in\s+all)\b",
    re.IGNORECASE,
)


def _a_level(f: Figure) -> bool:
    """A count or amount, or a signed one ("+245,000" jobs) that a revision treats as the month's figure."""
    return f.kind in MEASURED or (f.kind is kinds.CHANGE and f.unit not in _NOT_AMOUNTS)
_THAN_REPORTED = re.compile(
    r"\s*(?:[a-z]+\s+){0,3}?(?:(more|higher)|(fewer|lower|less))\s+(?:[a-z]+\s+){0,3}?than\s+(?:was\s+|were\s+)?"
    r"(?:first|previously|originally|initially)\s+(?:reported|estimated|thought|published|stated)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Revision:
    """A total change ("taken together, 69,000 fewer than first reported") of figures revised from others."""

    total: int
    pairs: tuple[tuple[int, int], ...]  # (revised figure, first figure)
    how: str


def revisions(
    text: str, figures: Sequence[Figure], layout: Layout, linked: set[int], paired: Sequence[int]
) -> list[Revision]:
    """Figures revised "from A to B", two or more in a sentence, and the total the next sentence gives
    (``paired`` as :func:`amount_changes` takes it)."""
    if not may_hold(text, ("from",)):
        return []  # no "from A to B"
    pairs: dict[int, list[tuple[int, int]]] = {}
    for i in paired:
        a, b = figures[i], figures[i + 1]
        if i in linked or i + 1 in linked or not (_a_level(a) and _a_level(b)) \
                or a.unit != b.unit:
            continue
        if _FROM_RIGHT_BEFORE.search(text, max(0, a.start - 8), a.start) \
                and _TO_BETWEEN.fullmatch(text, a.end, b.start):
            pairs.setdefault(a.sentence, []).append((i + 1, i))
    found = []
    for sentence, revised in pairs.items():
        if len(revised) >= 2:
            for j in {j for pair in revised for j in pair}:
                if figures[j].kind is kinds.CHANGE:  # "+245,000" jobs: that month's figure
                    figures[j].kind, figures[j].direction, figures[j].cue = kinds.COUNT, None, None
                    figures[j].bases["kind"] = ("a figure revised from another: that month's count", True)
        if len(revised) < 2:
            continue
        start, _end = layout.sentence_bounds(sentence + 1, len(text)) \
            if sentence + 1 < len(layout.sentence_starts) else (len(text), len(text))
        if not _TOGETHER.match(text, start):
            continue
        totals = [(j, m) for j, f in enumerate(figures) if f.sentence == sentence + 1 and f.kind in MEASURED
                  and f.unit == figures[revised[0][0]].unit and (m := _THAN_REPORTED.match(text, f.end))]
        if len(totals) != 1:
            continue
        total, than = totals[0]
        _as_change(text, figures[total], "increase" if than.group(1) else "decrease",
                   f"a total change by its words: {text[figures[total].start : than.end()]!r}")
        first = figures[revised[0][1]]
        how = wording(text, first.start, than.end()) if than.end() - first.start <= 400 else \
            f"stated by wording: {' '.join(text[start : than.end()].split())[:100]!r}, after the revisions"
        found.append(Revision(total, tuple(revised), how))
    return found


#: "more than tripled", "nearly halved": the factor between the figures, as the change check reads it.
_FACTORS = {"doubled": ("2", "increase"), "tripled": ("3", "increase"), "trebled": ("3", "increase"),
            "quadrupled": ("4", "increase"), "halved": ("2", "decrease")}
_VERB_HEDGE = re.compile(
    r"\b(more\s+than|over|at\s+least|nearly|almost|close\s+to|roughly|about|around|less\s+than|"
    r"just\s+under|well\s+over)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
#: What every match of :data:`_VERB_HEDGE` starts with.
_HEDGE_STARTS = ("more", "over", "at", "nearly", "almost", "close", "roughly", "about", "around", "less",
                 "just", "well")


def multiplier_verbs(text: str, figures: Sequence[Figure]) -> None:
    """A change stated by a verb is a factor ("times"), with the hedge written before the verb.

    "more than doubled" says the figure is over two times the old one, so
    from 200 to 450 holds and from 200 to 390 does not; "nearly tripled" is
    a factor a little under three. A bare "doubled" keeps the reading of the
    figure scan (a rise of about 100 %).
    """
    for f in figures:
        if f.kind is not kinds.CHANGE or (word := text[f.start : f.end].lower()) not in _FACTORS:
            continue
        hedge = search_from(_VERB_HEDGE, text, _HEDGE_STARTS, max(0, f.start - 25), f.start)
        if hedge is None:
            continue
        f.value, f.direction = _FACTORS[word]
        f.unit = "times"
        phrase = " ".join(hedge.group(1).lower().split()).replace("well over", "over")
        f.qualifier = lx.QUALIFIER_MAP.get(phrase, phrase)
        f.bases["kind"] = (f"a change stated by a verb and its hedge: {text[hedge.start() : f.end]!r}", True)


#: A verb that moves its object, then the object, then the figure: "lifted third-quarter sales 12 percent".
_MOVED_OBJECT = re.compile(
    r"\b(?:(lifted|raised|boosted|pushed\s+up|drove\s+up|increased)|(cut|reduced|lowered|trimmed|slashed|"
    r"pushed\s+down|drove\s+down|dragged\s+down))\s+(?:(?:its|their|the|his|her)\s+)?(?:[\w'’-]+\s+){1,3}$",
    re.IGNORECASE)
#: After the figure, the level it moved its object to: "… 12 percent to a record $4.2 billion".
_TO_LEVEL = re.compile(r"\s+to\s+(?:an?\s+(?:record\s+|new\s+)?(?:high\s+of\s+|low\s+of\s+)?)?$",
                       re.IGNORECASE)


def moved_objects(text: str, figures: Sequence[Figure]) -> None:
    """ "lifted third-quarter sales 12 percent to a record $4.2 billion": a percentage between a verb that
    moves its object and the level it moved it to is a change, as "profit rose 21 percent to …" is."""
    for f, after in itertools.pairwise(figures):
        if f.kind is not kinds.PERCENTAGE or f.unit not in _PERCENT or after.sentence != f.sentence \
                or after.unit in _PERCENT or not _TO_LEVEL.fullmatch(text, f.end, after.start):
            continue
        verb = _MOVED_OBJECT.search(text, max(0, f.start - 60), f.start)
        if verb is not None and not any(c.isdigit() for c in text[verb.start() : f.start]):
            _as_change(text, f, "increase" if verb.group(1) else "decrease",
                       f"a change by a verb and the level after it: {text[verb.start() : after.end]!r}")


#: "290 more than the Conservatives' 121": a difference between the figure before and the one after "than".
_MORE_THAN_FIGURE = re.compile(
    r"^\s*(?:[a-z]+\s+){0,2}?(?:(more|higher|greater|larger)|(fewer|lower|less|smaller))\s+(?:[a-z]+\s+){0,2}?"
    r"than\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}(?:[a-z]+\s+){0,1}$"
)
#: From a figure to the difference that follows it in apposition: "411 seats, 290 more than …".
_APPOSED = re.compile(r"^(?:\s+[A-Za-z][\w'’-]*){0,3}\s*,\s*(?:or\s+|which\s+is\s+|some\s+)?$")


@dataclass(frozen=True, slots=True)
class Difference:
    """ "A, D more than B": D = A − B (or B − A for "fewer"), each index into the figures."""

    difference: int
    minuend: int
    subtrahend: int
    how: str


def differences(
    text: str, figures: Sequence[Figure], linked: set[int], paired: Sequence[int]
) -> list[Difference]:
    """ "Labour won 411 seats, 290 more than the Conservatives' 121": 290 = 411 − 121 (``paired`` as
    :func:`amount_changes` takes it: the difference is the middle one of three figures of a sentence)."""
    if "than" not in text:
        return []  # the word every difference's wording holds, as written (the pattern minds case)
    found = []
    for i in paired:
        if i == 0:
            continue
        a, d, b = figures[i - 1], figures[i], figures[i + 1]
        if a.sentence != d.sentence or i - 1 in linked or i in linked or i + 1 in linked:
            continue
        trio = (a, d, b)
        if not all(f.kind in MEASURED and f.cue is None for f in trio) or len({f.unit for f in trio}) != 1:
            continue
        than = _MORE_THAN_FIGURE.match(text[d.end : b.start])
        if than is None or not _APPOSED.match(text[a.end : d.start]):
            continue
        minuend, subtrahend = (i - 1, i + 1) if than.group(1) else (i + 1, i - 1)
        found.append(Difference(i, minuend, subtrahend, wording(text, a.start, b.end)))
    return found


@dataclass(frozen=True, slots=True)
class Factor:
    """A figure stated as some times another, with both figures given after it."""

    factor: int
    larger: int
    smaller: int
    how: str


#: From "3.7 times the rate for women" to the bracket giving the two figures.
_FACTOR_THEN_FIGURES = re.compile(r"^\s+(?:as\s+\w+\s+as|\w+er\s+than|the)\b[^\d;.()]{0,60}[(:—–]\s*$",
                                  re.IGNORECASE)
_VERSUS = re.compile(r"^\s*(?:versus|vs\.?|against|compared\s+(?:with|to))\s+$", re.IGNORECASE)


def factors(text: str, figures: Sequence[Figure]) -> list[Factor]:
    """ "the rate for men was 3.7 times the rate for women (22.8 versus 6.2)": the factor, the figure it
    multiplies to, the figure it multiplies, as a guess (which figure is which is read from their order)."""
    found: list[Factor] = []
    # most figures are no factor: the factors are listed first
    for i in [i for i, f in enumerate(figures[:-2]) if f.kind is kinds.RATIO]:
        f, a, b = figures[i], figures[i + 1], figures[i + 2]
        if f.unit != "times" or not (f.sentence == a.sentence == b.sentence) \
                or (a.kind, a.unit) != (b.kind, b.unit) or a.kind not in _LEVEL_KINDS:
            continue
        if _FACTOR_THEN_FIGURES.match(text[f.end : a.start]) and _VERSUS.match(text[a.end : b.start]):
            found.append(Factor(i, i + 1, i + 2, wording(text, f.start, b.end)))
    return found
