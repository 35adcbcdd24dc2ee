"""Lists of shares of one whole: "percent of vote by party - A 41.1%, B 30.4%, other 12.4%".

Shares of one whole are disjoint, so together they are at most 100 %, and
exactly 100 % (within rounding) when the list ends with the remainder
("other", "others", "the rest"). Only a list the words introduce as shares of
one whole (of the vote, of the seats) is read as one: a list of rates ("food
12%, energy 40%") is not a breakdown, and its sum means nothing.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from factcheck.extract import _kinds as kinds
from factcheck.extract._cues import ends_a_word, led_by, may_stand, sentences_holding
from factcheck.extract._figures import Figure, Layout, _key
from factcheck.extract._links import MEASURED, PERCENTS, Relation, any_in_percent, listed_parts

__all__ = [
    "REMAINDER",
    "bounded_in_brackets",
    "bracketed_breakdowns",
    "colon_breakdowns",
    "coordinated_shares",
    "listed_changes",
    "share_lists",
]

#: Words that introduce a breakdown of one whole into shares.
_INTRO = re.compile(
    r"\b(?:(?:percent(?:age)?|per\s+cent|%|shares?|proportion)\s+of\s+(?:the\s+|all\s+)?"
    r"(?:(?:popular|valid|total|first[- ]preference)\s+)?(?:votes?|ballots|seats)\b|vote\s+shares?\b)",
    re.IGNORECASE,
)
#: A word every match of :data:`_INTRO` holds.
_INTRO_WORDS = ("vote", "ballot", "seat")
#: Between two items of the list: a comma and the next item's label, nothing else.
_NEXT_ITEM = re.compile(r"^%?\s*,\s*(?:and\s+)?([A-Za-z][A-Za-z&'’.\- ]{0,40}?)\s*:?\s*$")
#: The label of the first item, right after the words that introduce the list.
_FIRST_ITEM = re.compile(r"[-–—:]\s*([A-Za-z][A-Za-z&'’.\- ]{0,40}?)\s*:?\s*$")
#: A label that names the rest of the whole: the list is then exhaustive.
REMAINDER = frozenset({"other", "others", "other parties", "the rest", "rest", "remainder", "all others"})


def _label(words: str) -> str:
    return " ".join(words.split()).lower()


def share_lists(text: str, figures: Sequence[Figure], layout: Layout, relations: list[Relation]) -> None:
    """Mark each list of three or more shares of one whole, and link its items to the first.

    Each item becomes a share whose ``measures`` names the list and its label,
    so that items of two lists ("other 12.4%" and "other 0.7%") stay apart.
    """
    if not may_stand(text, _INTRO_WORDS):
        return  # no list introduced as shares of one whole
    linked = {r.a for r in relations} | {r.b for r in relations}
    holding = sentences_holding(text, _INTRO_WORDS, layout.sentence_starts)
    n = 0
    i = 0
    while i < len(figures):
        sentence = figures[i].sentence
        if holding is not None and sentence not in holding:
            # a list stays in its sentence, and is introduced in it: none of this sentence is
            while i < len(figures) and figures[i].sentence == sentence:
                i += 1
            continue
        run = _run(text, figures, i)
        if len(run) < 3 or linked & set(run):
            i += max(1, len(run))
            continue
        first = figures[run[0]]
        start, _ = layout.sentence_bounds(first.sentence, len(text))
        clause = text[start : first.start]
        clause = clause[clause.rfind(";") + 1 :]
        intro = list(_INTRO.finditer(clause))
        head = _FIRST_ITEM.search(clause, intro[-1].end()) if intro else None
        if head is None:
            i += len(run)
            continue
        n += 1
        labels = [_label(head.group(1))]
        for a, b in itertools.pairwise(run):
            found = _NEXT_ITEM.match(text[figures[a].end : figures[b].start])
            assert found is not None  # _run only joins items so separated
            labels.append(_label(found.group(1)))
        whole = _key(intro[-1].group(0))
        phrase = " ".join(text[start + clause.rfind(intro[-1].group(0)) : figures[run[-1]].end].split())
        how = f"stated by wording: a list of shares of one whole: {phrase[:100]!r}"
        for j, label in zip(run, labels, strict=True):
            f = figures[j]
            f.kind = kinds.SHARE
            f.cue = "listed_share"
            f.measures = f"{whole}_{n}.{_key(label) or 'item'}"
            f.bases["kind"] = ("an item of a list of shares of one whole", True)
            if j != run[0]:
                relations.append(Relation("listed_with", j, run[0], how, True))
        i += len(run)


def _run(text: str, figures: Sequence[Figure], i: int) -> list[int]:
    """The percentages from ``i`` on that follow one another as labelled items of one list."""
    def is_percent(f: Figure) -> bool:
        return f.kind in PERCENTS and f.unit == "percent" and f.cue is None

    if not is_percent(figures[i]):
        return []
    run = [i]
    while run[-1] + 1 < len(figures):
        a, b = figures[run[-1]], figures[run[-1] + 1]
        if not is_percent(b) or b.sentence != a.sentence or not _NEXT_ITEM.match(text[a.end : b.start]):
            break
        run.append(run[-1] + 1)
    return run


#: Between two shares of one whole said of two named holders: "55 per cent of Irish-made goods and the
#: United States 22 per cent", "Kroenke Sports Enterprises UK 62% and Red and White Securities Limited 27%".
_AND_NAMED = re.compile(
    r"^%?(?:\s+of\s+[^\d;.()]{1,60}?)?\s+and\s+(?:the\s+)?[A-Z][A-Za-z&'’.\- ]{0,50}?\s+$"
)
#: Between a share of a whole and the next share said of another name with the whole left out: "61% of
#: sales, vans 24%", "35% of the vote, the Conservatives 30% and".
_ELLIPTICAL_ITEM = re.compile(
    r"^%?(?:\s+of\s+[^\d;.()]{1,60}?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
    r"(?:[A-Z][A-Za-z&'’.\- ]{0,50}?|[a-z]+(?:\s+[a-z]+)?)\s+$"
)


def _elliptical_chain(text: str, figures: Sequence[Figure], a: int, free: Callable[[int], bool]) -> list[int]:
    """ "Cars made up 61% of sales, vans 24% and trucks 15%": a share of a named whole, then shares of
    other names that leave the whole out, each ending its clause. Only the first may name the whole."""
    if not figures[a].of_noun:
        return [a]
    chain = [a]
    while chain[-1] + 1 < len(figures):
        prev, nxt = chain[-1], chain[-1] + 1
        if not free(nxt) or figures[nxt].of_noun or figures[nxt].sentence != figures[a].sentence \
                or not _ELLIPTICAL_ITEM.match(text[figures[prev].end : figures[nxt].start]):
            break
        chain.append(nxt)
    while len(chain) > 1 and not _ENDS_CLAUSE.match(text, figures[chain[-1]].end):
        chain.pop()  # the last item names no whole of its own: "…, trucks 15%." not "… 15% of imports"
    return chain


#: The second share ends its clause: it names no whole of its own.
_ENDS_CLAUSE = re.compile(r"\s*(?:[.;,)\n]|$|making\b|which\b)")


def coordinated_shares(text: str, figures: Sequence[Figure], relations: list[Relation]) -> None:
    """Two shares joined by "and" and a name, the second with no whole of its own, are shares of one whole.

    The ellipsis ("A took 55 per cent of the goods and B 22 per cent") says the
    second share is of the first's whole, so together they are at most 100 %.
    That they do not overlap is a reading, so the link is a guess.
    """
    if not any_in_percent(figures):
        return  # no percentage: no share
    # what makes a figure a share here, read once (this reading changes no figure)
    shares = [f.kind in PERCENTS and f.unit == "percent"
              and f.cue in (None, "share") for f in figures]
    # the first of two shares side by side in a sentence
    firsts = [a for a in range(len(figures) - 1) if shares[a] and shares[a + 1]
              and figures[a].sentence == figures[a + 1].sentence]
    if not firsts:
        return
    linked = {r.a for r in relations} | {r.b for r in relations}

    def free_share(j: int) -> bool:
        return shares[j] and j not in linked

    for a in firsts:
        b = a + 1
        if a in linked or b in linked:
            continue
        chain = _elliptical_chain(text, figures, a, free_share)
        if len(chain) >= 3:
            phrase = " ".join(text[figures[a].start : figures[chain[-1]].end].split())
            how = f"shares said of names after a share of a whole, with the whole left out: {phrase[:100]!r}"
            relations.extend(Relation("listed_with", j, a, how, False) for j in chain[1:])
            linked |= set(chain)
            continue
        if figures[b].of_noun or not _AND_NAMED.match(text[figures[a].end : figures[b].start]) \
                or not _ENDS_CLAUSE.match(text, figures[b].end):
            continue
        phrase = " ".join(text[figures[a].start : figures[b].end].split())
        how = f"two shares said of two names joined by 'and': read as shares of one whole: {phrase[:100]!r}"
        relations.append(Relation("listed_with", b, a, how, False))
        linked |= {a, b}


#: From a figure to the bracket that breaks it down: words only, in one sentence ("were imported … (").
_TO_BREAKDOWN = re.compile(r"[^\d;.()]{0,100}\(\s*$")
#: Between two items of a breakdown: a label and a comma or "and" ("importations, ", "in July and ").
_BETWEEN_ITEMS = re.compile(r"^[^\d;.()]{0,50}?(?:,|\band\b|;)\s*(?:and\s+)?(?:[A-Za-z][^\d;.()]{0,30})?$")
_CLOSES = re.compile(r"[^\d;.()]{0,50}\)")
_BREAKDOWN_KINDS = frozenset({kinds.SHARE, kinds.PERCENTAGE, kinds.COUNT, kinds.AMOUNT})


#: A bracket right after a figure, opening two figures that bound it: "0.63 (0.50, 0.80)", "1.8 (95% CI
#: 1.2-2.6)". A confidence interval or a range of the estimate, not its parts.
_OPENS_BOUNDS = re.compile(r"\s*\(\s*(?:95\s*%\s*)?(?:CI\b)?[:,]?\s*$", re.IGNORECASE)
_BETWEEN_BOUNDS = re.compile(r"\s*(?:,|-|–|to)\s*$")


def bounded_in_brackets(text: str, figures: Sequence[Figure], i: int) -> bool:
    """Do the two figures after figure ``i``, in brackets, bound it ("0.63 (0.50, 0.80)")?"""
    lo, hi = i + 1, i + 2
    if hi >= len(figures) or figures[hi].sentence != figures[i].sentence \
            or not _OPENS_BOUNDS.fullmatch(text, figures[i].end, figures[lo].start) \
            or not _BETWEEN_BOUNDS.fullmatch(text, figures[lo].end, figures[hi].start) \
            or not text.startswith(")", figures[hi].end):
        return False
    try:
        x, a, b = (float(figures[k].value.replace(",", "")) for k in (i, lo, hi))
    except ValueError:
        return False
    return a <= x <= b


def bracketed_breakdowns(text: str, figures: Sequence[Figure], relations: list[Relation]) -> None:
    """A figure broken down in brackets after it: "89% were imported (13% importations, 76% linked …)".

    The bracketed items add up to the figure when the breakdown is whole; it
    may list only some parts, so the sum is read as a guess: it passes, or asks
    for review.
    """
    if "(" not in text:
        return  # no bracket
    linked = {r.a for r in relations if r.kind in ("part_of", "share_of", "sum_of", "change_of", "baseline")}
    for h, head in enumerate(figures):
        if head.kind not in _BREAKDOWN_KINDS or h in linked:
            continue
        items = []
        j = h + 1
        if j >= len(figures) or not _TO_BREAKDOWN.fullmatch(text, head.end, figures[j].start):
            continue
        while j < len(figures) and figures[j].sentence == head.sentence:
            items.append(j)
            nxt = j + 1
            if nxt < len(figures) and _BETWEEN_ITEMS.match(text[figures[j].end : figures[nxt].start]):
                j = nxt
                continue
            break
        if len(items) < 2 or not _CLOSES.match(text, figures[items[-1]].end) \
                or (len(items) == 2 and bounded_in_brackets(text, figures, h)):
            continue
        same = all((figures[k].kind in PERCENTS) ==
                   (head.kind in PERCENTS) and figures[k].unit == head.unit
                   and figures[k].kind is not kinds.CHANGE and k not in linked for k in items)
        if not same:
            continue
        phrase = " ".join(text[head.start : figures[items[-1]].end + 1].split())
        how = (f"a breakdown in brackets after the figure: {phrase[:100]!r}; it may list only some parts, "
               "so read as their sum for review")
        relations.extend(Relation("sum_of", h, k, how, False) for k in items)


#: A change stated as a total: "an overall increase of 1 056 cases", "a combined rise of 80".
TOTAL_CHANGE_BEFORE = re.compile(
    r"\b(?:overall|total|combined|net)\s+(?:increase|rise|growth|gain|decrease|fall|drop|decline)\s+of\s+$",
    re.IGNORECASE,
)
#: A word every ``TOTAL_CHANGE_BEFORE`` holds, whitespace after it: a text with none has no total change
#: ("net-zero" names none).
_TOTAL_WORDS = ("overall", "total", "combined", "net")
#: From one item of a list of changes to the next: "450 more murder cases in July, 385 more in August and …".
_NEXT_CHANGE = re.compile(r"^\s+(?:more|fewer)\b[^\d;.()]{0,40}?(?:,|\band\b)\s*(?:and\s+)?$", re.IGNORECASE)
_A_CHANGE_AFTER = re.compile(r"\s+(?:more|fewer)\b", re.IGNORECASE)
#: Sentences after a total change in which the list of its parts is looked for.
_LIST_REACH = 2


def _counted_alike(item: Figure, total: Figure) -> bool:
    """ "120 more in May" beside "an overall increase of 300 cases": counted alike, though only the
    total's wording makes it a change."""
    if item.kind is total.kind:
        return True
    return total.kind is kinds.CHANGE and item.kind in MEASURED


def listed_changes(text: str, figures: Sequence[Figure], relations: list[Relation]) -> None:
    """Changes listed after a total change: "an overall increase of 1 056 cases. … there were 450 more in
    July, 385 more in August and 221 more in September".

    The list may leave parts out or be of another total, so the sum is read as a guess: it passes, or
    asks for review.
    """
    if not ends_a_word(text, _TOTAL_WORDS, spaced=True):
        return
    totals = [i for i in led_by(text, _TOTAL_WORDS, figures, 40)
              if "of" in text[max(0, figures[i].start - 40) : figures[i].start].lower()
              and TOTAL_CHANGE_BEFORE.search(text, max(0, figures[i].start - 40), figures[i].start)]
    linked = {r.a for r in relations if r.kind in ("part_of", "sum_of")}
    for t in totals:
        total = figures[t]
        j = t + 1
        while j < len(figures) and figures[j].sentence <= total.sentence + _LIST_REACH:
            run = [j]
            while run[-1] + 1 < len(figures) and _NEXT_CHANGE.match(
                    text[figures[run[-1]].end : figures[run[-1] + 1].start]):
                run.append(run[-1] + 1)
            if len(run) >= 2 and _A_CHANGE_AFTER.match(text, figures[run[-1]].end) \
                    and all(figures[k].unit == total.unit and _counted_alike(figures[k], total)
                            and figures[k].sentence == figures[run[0]].sentence and k not in linked
                            for k in run):
                phrase = " ".join(text[figures[run[0]].start : figures[run[-1]].end].split())
                how = (f"changes listed after a total change ({text[total.start : total.end]!r}): "
                       f"{phrase[:80]!r}; the list may leave parts out, so read as its sum for review")
                relations.extend(Relation("sum_of", t, k, how, False) for k in run)
                break
            j = run[-1] + 1


#: Between two counts of a breakdown after a colon: "in 24 cases the parents claimed an exemption, and 8 …".
_NEXT_PART = re.compile(r"^[^\d;.():]{0,80}?(?:,|\band\b)\s*(?:and\s+)?[^\d;.():]{0,30}$", re.IGNORECASE)


def colon_breakdowns(text: str, figures: Sequence[Figure], layout: Layout, relations: list[Relation]) -> None:
    """Counts listed after a colon that closes a count's clause: "39 (87%) of them unvaccinated: in 24 cases
    the parents claimed an exemption, and 8 had missed chances to be vaccinated".

    The items break the count down, so together they stay within it. That they are disjoint parts of it
    is a reading, so the links are guesses: they pass, or ask for review.
    """
    if ":" not in text:
        return  # no colon
    linked = {r.a for r in relations if r.kind in ("part_of", "share_of", "sum_of")}
    for h, head in enumerate(figures):
        if head.kind is not kinds.COUNT:
            continue
        _, end = layout.sentence_bounds(head.sentence, len(text))
        colon = text.find(":", head.end, min(end, head.end + 100))
        if colon < 0:
            continue
        first = h + 1
        while first < len(figures) and figures[first].start < colon and figures[first].unit == "percent":
            first += 1  # the count's own share in brackets
        if first < len(figures) and figures[first].start < colon:
            continue  # another figure stands between the count and its colon
        run: list[int] = []
        for k in range(first, len(figures)):
            if figures[k].start >= end:
                break
            if run and not _NEXT_PART.match(text[figures[run[-1]].end : figures[k].start]):
                break
            if figures[k].kind is not kinds.COUNT or k in linked:
                break
            run.append(k)
        if len(run) < 2 or not _TO_FIRST_PART.fullmatch(text, colon + 1, figures[run[0]].start):
            continue
        phrase = " ".join(text[head.start : figures[run[-1]].end].split())
        how = (f"counts listed after a colon that closes the count's clause: {phrase[:100]!r}; read as its "
               "parts, not stated")
        relations.extend(listed_parts(run, h, how, False))


_TO_FIRST_PART = re.compile(r"\s*(?:[a-z]+\s+){0,2}", re.IGNORECASE)
