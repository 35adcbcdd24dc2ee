"""A whole's rate stated beside the same rate for the groups that make up the whole.

"Food inflation was 3.08 % in rural areas and 3.28 % in urban areas;
all-India 3.41 %": rural and urban areas make up the country, so the
all-India rate is a weighted mean of the two and lies between them. The
groups must be named as a partition of the whole (rural and urban, men and
women, boys and girls), each once, for the same period, in one sentence.
The whole's figure is taken as certain when its own words say it is the whole
("all-India", "overall", "nationally", "combined") in that sentence or the
next; a rate said of the same thing without a group in the sentence next to
it is a guess, so a check on it can only ask for review.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract import _kinds as kinds
from factcheck.extract._cues import fewest_words, may_hold, sentences_holding, stands_alone
from factcheck.extract._figures import Figure, Layout
from factcheck.extract._links import Relation, wording

__all__ = ["combined_rates"]

#: Kinds that a whole's figure is a weighted mean of its groups' figures for (counts add up instead).
_AVERAGED = frozenset({kinds.PERCENTAGE, kinds.SHARE, kinds.RATE, kinds.MEAN,
                       kinds.RATIO})

#: The groups that together make up a whole, by the word that names each.
_PARTITIONS: dict[str, str] = {
    "rural": "area:rural", "urban": "area:urban",
    "men": "sex:m", "male": "sex:m", "males": "sex:m", "women": "sex:f", "female": "sex:f",
    "females": "sex:f", "boys": "child:m", "girls": "child:f",
}
#: Every word of :data:`_PARTITIONS` holds one of these: a text with none names no group.
_GROUP_WORDS = ("rural", "urban", "men", "male", "boys", "girls")
_MEMBERS = {family: {v for v in _PARTITIONS.values() if v.startswith(family + ":")}
            for family in ("area", "sex", "child")}
#: The words of :data:`_PARTITIONS` that name each group, by family.
_GROUPS_NAMED = tuple(
    tuple(tuple(word for word, named in _PARTITIONS.items() if named == group) for group in sorted(members))
    for members in _MEMBERS.values()
)
#: :data:`_GROUPS_NAMED` with only the words that hold no other of their group ("male", not "males"):
#: what a text holds, looked for in fewer searches.
_GROUPS_HELD = tuple(tuple(fewest_words(words) for words in groups) for groups in _GROUPS_NAMED)

_GROUP = re.compile(
    r"\b(?P<part>(?i:rural|urban|men|women|males?|females?|boys|girls))\b|"
    r"(?P<whole>\ball[- ]India\b|\b(?:[Oo]verall|combined|nationally|nationwide|countrywide|"
    r"national (?:average|rate|level|figure)|in the country|the country as a whole|for all|in all)\b)"
)
#: Where one clause ends and another begins: a group word before it says nothing of a figure after it.
_CLAUSE = re.compile(r"[;:]|\b(?:while|whereas|but)\b", re.IGNORECASE)
#: Right after a figure: "3.08 % in rural areas", "4.1 % for women", "3.41 % nationally".
_AFTER = re.compile(
    r"\s*(?:(?:in|for|among|of)\s+(?:the\s+)?)?(?:[a-z]+\s+)?(?P<g>rural|urban|men|women|males?|females?|boys|"
    r"girls|nationally|nationwide|overall|combined|all[- ]India)\b"
)
#: How far after a figure :data:`_AFTER` reads.
_AFTER_REACH = 40
_WHEN = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:19|20)\d\d|(?:a|one)\s+(?:year|month|quarter|week)\s+(?:earlier|ago|before)|"
    r"(?:last|previous|prior)\s+(?:year|month|quarter|week)|earlier|previously|before)\b"
)
_WORD = re.compile(r"[A-Za-z]{4,}")
#: Words that say nothing of what a rate is of.
_FILLER = frozenset({
    "against", "also", "areas", "area", "based", "been", "consumers", "people", "declined", "rose", "fell",
    "eased", "increased", "decreased", "reported", "compared", "with", "while", "whereas", "this", "that",
    "were", "stood", "further", "percent", "remained", "showed", "said", "from", "rate", "rates", "year",
    "month", "same", "period", "respectively", "among", "across", "last", "previous", "down", "higher",
    "lower", "climbed", "dropped", "slowed", "accelerated", "edged", "came", "into", "than", "there",
    "their", "which", "have", "level", "average", "overall", "combined", "nationally", "nationwide",
    "country", "whole", "national", "india", "rural", "urban", "women", "female", "females", "male",
    "males", "boys", "girls", "january", "february", "march", "april", "june", "july", "august",
    "september", "october", "november", "december",
})


def _clause_start(text: str, start: int, lo: int) -> int:
    found = [m.end() for m in _CLAUSE.finditer(text, lo, start)]
    return found[-1] if found else lo


def _label(text: str, figures: Sequence[Figure], i: int, lo: int, hi: int) -> str | None:
    """``part:<group>``, ``whole`` or None: the words right after the figure, else before it in its clause."""
    f = figures[i]
    following = figures[i + 1].start if i + 1 < len(figures) else hi
    after = _AFTER.match(text[f.end : min(following, hi, f.end + _AFTER_REACH)])
    if after is not None:
        word = after.group("g").lower()
        return f"part:{_PARTITIONS[word]}" if word in _PARTITIONS else "whole"
    words = list(_GROUP.finditer(text, _clause_start(text, f.start, lo), f.start))
    if not words:
        return None
    last = words[-1]
    return f"part:{_PARTITIONS[last.group('part').lower()]}" if last.group("part") else "whole"


def _when(text: str, figures: Sequence[Figure], i: int, lo: int, hi: int) -> str | None:
    """The month or year the figure is for, as written right after it or earlier in its clause."""
    f = figures[i]
    following = figures[i + 1].start if i + 1 < len(figures) else hi
    after = _WHEN.search(text, f.end, min(hi, f.end + 40, max(following, f.end)))
    if after is None and i + 1 < len(figures) and figures[i + 1].kind is kinds.YEAR:
        after = _WHEN.search(text, f.end, min(hi, f.end + 40))  # "… per cent in September 2021"
    if after is not None:
        return _named_when(after.group(1))
    before = list(_WHEN.finditer(text, _clause_start(text, f.start, lo), f.start))
    return _named_when(before[-1].group(1)) if before else None


def _named_when(words: str) -> str:
    """A month or year as written; "a year earlier", "last month", "previously" all as an earlier time."""
    word = words.lower()
    if word[0].isdigit() or (" " not in word and word not in ("earlier", "previously", "before")):
        return word
    return "earlier"


def _topic(text: str, f: Figure, lo: int) -> frozenset[str]:
    start = _clause_start(text, f.start, lo)
    return frozenset(w for w in (m.group(0).lower() for m in _WORD.finditer(text, start, f.start))
                     if w not in _FILLER)


def _labels(
    text: str, figures: Sequence[Figure], layout: Layout, *, grouped_only: bool
) -> dict[int, str | None]:
    """Each averaged figure's :func:`_label`; ``grouped_only``, only those with a group's word in their
    sentence (which ``_label`` reads no further than): the only ones it can label with a group."""
    labels: dict[int, str | None] = {}
    grouped = sentences_holding(text, _GROUP_WORDS, layout.sentence_starts) if grouped_only else None
    for i, f in enumerate(figures):
        if f.kind in _AVERAGED and f.range_id is None and (grouped is None or f.sentence in grouped):
            lo, hi = layout.sentence_bounds(f.sentence, len(text))
            labels[i] = _label(text, figures, i, lo, hi)
    return labels


def _every_group_in_a_sentence(figures: Sequence[Figure], labels: dict[int, str | None]) -> bool:
    """Does some sentence say a figure of each group of one whole (rural and urban, say)? :func:`_combined`
    finds nothing otherwise."""
    groups_in: dict[int, set[str]] = {}
    for i, label in labels.items():
        if label is not None and label.startswith("part:"):
            groups_in.setdefault(figures[i].sentence, set()).add(label.removeprefix("part:"))
    for groups in groups_in.values():
        for members in _MEMBERS.values():
            if members <= groups:
                return True
    return False


def _named_groups(text: str, figures: Sequence[Figure], layout: Layout) -> bool:
    """May the text name every group of one whole (rural and urban, say), each word as a group's label
    reads it (:func:`_label`: a whole word, or one cut off where it reads: from a figure's end, up to a
    figure, a sentence's end or its reach after a figure)? Else no sentence can say a figure of each, and
    :func:`_every_group_in_a_sentence` finds none ("men" in "women" or "government" names no group, nor
    "male" in "female")."""
    starts: set[int] = set()
    ends: set[int] = set()
    for groups, held in zip(_GROUPS_NAMED, _GROUPS_HELD, strict=True):
        if not _each_held(text, held):
            continue  # a word that stands nowhere stands alone nowhere (most texts: no figure is read for it)
        if not starts:
            starts = {f.end for f in figures}
            ends = {f.start for f in figures} | {f.end + _AFTER_REACH for f in figures} \
                | set(layout.sentence_starts)
        for words in groups:
            if not stands_alone(text, words, starts, ends):
                break
        else:
            return True
    return False


def _each_held(text: str, groups: tuple[tuple[str, ...], ...]) -> bool:
    """Does the text hold a word of each group, even within a longer word?"""
    for words in groups:  # noqa: SIM110 (a loop: a generator costs more)
        if not may_hold(text, words):
            return False
    return True


def combined_rates(text: str, figures: Sequence[Figure], layout: Layout) -> list[Relation]:
    """``combined_of`` relations: from a whole's rate to each of its groups' rates."""
    if not _named_groups(text, figures, layout):
        return []  # no figure said of each group of a whole
    if not _every_group_in_a_sentence(figures, _labels(text, figures, layout, grouped_only=True)):
        return []  # no sentence says every group of a whole: nothing to combine (the rest is read only then)
    labels = _labels(text, figures, layout, grouped_only=False)
    read: dict[int, tuple[str | None, str | None, frozenset[str]]] = {}
    for i, label in labels.items():
        f = figures[i]
        lo, hi = layout.sentence_bounds(f.sentence, len(text))
        read[i] = (label, _when(text, figures, i, lo, hi), _topic(text, f, lo))
    out: list[Relation] = []
    for sentence in sorted({figures[i].sentence for i in read}):
        for members in _MEMBERS.values():
            for when in sorted({w for i, (_, w, _) in read.items() if figures[i].sentence == sentence},
                               key=str):
                found = _combined(text, figures, read, sentence, members, when)
                if found is not None:
                    out.extend(found)
    return out


def _combined(
    text: str, figures: Sequence[Figure], read: dict[int, tuple[str | None, str | None, frozenset[str]]],
    sentence: int, members: set[str], when: str | None,
) -> list[Relation] | None:
    parts = [i for i, (label, w, _) in read.items()
             if figures[i].sentence == sentence and w == when and label is not None
             and label.removeprefix("part:") in members]
    labels = [read[i][0] for i in parts]
    if len(parts) != len(members) or len(set(labels)) != len(members):
        return None  # every group of the whole, once each
    unit = figures[parts[0]].unit
    if any(figures[i].unit != unit for i in parts):
        return None
    common = frozenset.intersection(*(read[i][2] for i in parts))
    named = frozenset.union(*(read[i][2] for i in parts))
    candidates = [i for i, (label, w, topic) in read.items()
                  if i not in parts and w == when and figures[i].unit == unit
                  and abs(figures[i].sentence - sentence) <= 1 and (label is None or label == "whole")
                  and topic <= named and (figures[i].sentence == sentence or (topic and common <= topic))]
    stated = [i for i in candidates if read[i][0] == "whole"]
    unnamed = [i for i in candidates if read[i][0] is None and figures[i].sentence != sentence]
    if len(stated) == 1:
        whole, certain = stated[0], True
    elif not stated and len(unnamed) == 1:
        whole, certain = unnamed[0], False
    else:
        return None
    lo = min(whole, *parts)
    hi = max(whole, *parts)
    if certain:
        how = f"{wording(text, figures[lo].start, figures[hi].end)}: a whole and the groups that make it up"
    else:
        how = ("linked by the same measure in the next sentence, not by wording: the whole's figure "
               "does not say it is for all groups")
    return [Relation("combined_of", whole, j, how, certain) for j in parts]
