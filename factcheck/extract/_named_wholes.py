"""The whole a share names: "Minors made up 60% of all victims" is a share of the text's count of victims.

A share stated beside its part ("60% of all victims, 310 in total") names its
whole by a noun. When the text gives exactly one count of that noun, in the
share's period (or in none), and larger than the part, that count is the whole
by wording, as a careful reader takes it. Two counts of the noun (this year's
and last year's), a count of it that is itself a part, or a place or group
that one of the two sentences names and the other does not ("in Leeds",
"nationally") leave the whole a guess, and a check resting on it asks for review.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from factcheck.extract import _lexicon as lx
from factcheck.extract._figures import Figure, Layout, _key
from factcheck.extract._links import MEASURED
from factcheck.extract._scoped import SCOPE_WORDS, names_after_scope_words

__all__ = ["NAMED_WHOLE", "the_named_whole"]

NAMED_WHOLE = "the share is said to be of {!r}, and the text gives one count of it: {!r}"

#: Words that set what follows as the place or group a figure is said of: a restatement's, and "for".
_SCOPE_WORDS = SCOPE_WORDS | {"for"}
#: Words that set a figure under a scope of their own: "nationally", "worldwide".
_SCOPE_ADVERBS = frozenset({
    "nationally", "nationwide", "globally", "worldwide", "statewide", "countrywide", "locally",
    "regionally", "abroad", "overseas", "elsewhere",
})
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def _scopes(sentence: str) -> frozenset[str]:
    """The places and groups a sentence sets its figures under: a capitalised name after "in", "across", …"""
    words = _WORD.findall(sentence)
    lowered = [w.lower() for w in words]
    names = frozenset(low for w, low in zip(words, lowered, strict=True)
                      if w[0].isupper() and low not in lx.STOPWORDS and w not in lx.MONTHS)
    return names_after_scope_words(lowered, names, _SCOPE_WORDS) | _SCOPE_ADVERBS.intersection(lowered)


def the_named_whole(
    text: str, layout: Layout, figures: Sequence[Figure], share: int, part: int, key: str,
    larger: Callable[[Figure, Figure], bool],
) -> int | None:
    """The one count the share's noun (measured as ``key``) names, when the wording makes it its whole.

    A share that qualifies its noun ("of all passenger movements") names the
    count so qualified. Of several counts of the noun, the one of the part's
    period is named when the wording ties each of them, and the part (or its
    share), to a period ("608,786 were recorded in 2012" beside "668,277 … in 2015").
    """
    mods = "_".join(m for m in (_key(m) for m in figures[share].modifiers) if m)
    if mods:
        key = f"{key}.{mods}"
    wholes = [j for j, w in enumerate(figures) if w.kind in MEASURED and w.measures == key and j != part]
    p = figures[part]
    said = next((f.period for f in (p, figures[share]) if _period_stated(f)), None)
    if len(wholes) > 1 and said is not None and all(_period_stated(figures[j]) for j in wholes):
        wholes = [j for j in wholes if figures[j].period == said]
    if len(wholes) != 1:
        return None
    whole, w = wholes[0], figures[wholes[0]]
    if whole == part or w.cue == "part" or not larger(w, p):
        return None
    if w.period is not None and p.period is not None and w.period != p.period:
        return None
    if w.sentence != figures[share].sentence:
        here = text[slice(*layout.sentence_bounds(figures[share].sentence, len(text)))]
        there = text[slice(*layout.sentence_bounds(w.sentence, len(text)))]
        if _scopes(here) != _scopes(there):
            return None
    return whole


def _period_stated(f: Figure) -> bool:
    """Does the wording tie a period to ``f`` ("were recorded in 2015"), not only a year nearby?"""
    basis = f.bases.get("period")
    return f.period is not None and basis is not None and basis[1]
