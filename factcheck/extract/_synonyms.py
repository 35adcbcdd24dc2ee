"""Words a careful reader takes as naming one thing: a restatement through them is a guess.

"500 troops were deployed" … "600 soldiers were deployed", "the squadron was
formed in 1941" … "was raised in 1941": the same figure, probably, under
another word. The extractor may link two mentions through these words, but
never with certainty ("victims" are not always the "people" of an earlier
sentence), so a check over such a link can only ask for review.

Each class is a set of words; adding one touches no other file.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Final

__all__ = ["canonical", "has_synonyms", "synonymous"]

_CLASSES: Final[tuple[frozenset[str], ...]] = tuple(frozenset(c) for c in (
    {"people", "persons", "individuals", "residents", "victims", "inhabitants", "citizens"},
    {"troops", "soldiers", "servicemen", "personnel"},
    {"children", "kids", "minors", "youngsters"},
    {"homes", "houses", "dwellings", "households"},
    {"cars", "vehicles"},
    {"referrals", "referred"},
    {"cases", "infections", "patients"},
    {"crimes", "offences", "offenses"},
    {"deaths", "fatalities", "dead", "killed", "died", "murder", "murders", "murdered", "killings",
     "homicides"},
    {"injured", "wounded", "hurt", "injuries"},
    {"arrested", "detained", "arrests", "detentions"},
    {"revenue", "revenues", "sales", "turnover", "income"},
    {"profit", "profits", "earnings"},
    {"formed", "established", "founded", "created", "raised", "set", "launched"},
    {"rose", "increased", "climbed", "grew", "jumped", "went"},
    {"fell", "declined", "dropped", "decreased", "slipped"},
))

_CANONICAL: Final[dict[str, str]] = {w: min(c) for c in _CLASSES for w in c}


def canonical(word: str) -> str:
    """The name of ``word``'s class (the word itself when it has no synonyms here)."""
    return _CANONICAL.get(word, word)


def synonymous(words: Collection[str]) -> tuple[str, ...]:
    """``words`` with each one replaced by the name of its class."""
    if _CANONICAL.keys().isdisjoint(words):  # most words have no synonyms here: nothing to replace
        return tuple(words)
    return tuple([_CANONICAL.get(w, w) for w in words])  # a list first: sooner than a generator


def has_synonyms(word: str) -> bool:
    """Is ``word`` in one of the classes?"""
    return word in _CANONICAL
