"""A cheap test before a costly search: may a text hold any of a few words, ignoring case?

A regular expression with no literal start (an alternation under
``re.IGNORECASE``) is tried at every position of a text; a pass that needs
one of a few words answers sooner by looking for them in the lower-cased text.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.extract._figures import Figure

__all__ = [
    "ends_a_word", "fewest_words", "followed_by", "heads_before", "led_by", "matches_from", "may_hold",
    "may_hold_short", "may_stand", "occurrences", "search_from", "sentences_holding", "sentences_opening_on",
    "stands_alone", "starts_before_word", "words_ending",
]

#: The letters that ``re.IGNORECASE`` matches with an ASCII letter other than its own two cases ("İ" and
#: "ı" with "i", "ſ" with "s", the Kelvin sign with "k"): a text holding one may match unseen by ``lower``.
_ODD_FOLDS = ("\u0130", "\u0131", "\u017f", "\u212a")


@functools.lru_cache(maxsize=1)
def _lowered(text: str) -> str | None:
    """``text`` lower-cased, or ``None`` when it holds a letter that ignoring case stands for an ASCII one
    (only a pattern can tell); kept for the last text, which every reader of a document asks about."""
    if not text.isascii() and any(c in text for c in _ODD_FOLDS):
        return None
    return text.lower()  # as long as the text: only "İ" lowers to two characters, and it is odd


def fewest_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words of ``words`` that hold no other of them ("deficit", not also "deficits"), in order: a text
    holds one of ``words`` exactly when it holds one of these, so :func:`may_hold` and :func:`may_stand`
    answer as for all of them, searching fewer (not :func:`ends_a_word`, for which "deficits" is its own)."""
    return tuple(w for w in words if not any(other in w for other in words if other != w))


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """``False`` only if no case-insensitive pattern each of whose matches holds one of ``words``
    (lower-case ASCII) can match in ``text``."""
    lowered = _lowered(text)
    if lowered is None:
        return True
    # a loop, not ``any()``: a generator costs more than the look-ups in a short text
    for w in words:  # noqa: SIM110
        if w in lowered:
            return True
    return False


def ends_a_word(text: str, words: tuple[str, ...], *, spaced: bool = False) -> bool:
    """``False`` only if no case-insensitive pattern each of whose matches holds one of ``words``
    (lower-case ASCII) followed by a character that is no ASCII letter (``spaced``: by whitespace, as
    ``\\s`` matches) can match in ``text``: :func:`may_hold` for a pattern that ends its words
    (``rise\\b``, ``total\\s+of``), which a longer word holding one ("rises", "counted") does not match."""
    lowered = _lowered(text)
    return lowered is None or next(_ends_of(lowered, words, spaced), None) is not None


def words_ending(text: str, words: tuple[str, ...]) -> list[tuple[int, int]] | None:
    """Where each of ``words`` (lower-case ASCII) stands in ``text``, ignoring case, followed by a character
    that is no ASCII letter (or by the text's end), as its start and end: every place :func:`ends_a_word`
    looks for, for a reader that asks what follows each; ``None`` when only a pattern can tell."""
    lowered = _lowered(text)
    return None if lowered is None else list(_ends_of(lowered, words, False))


def _ends_of(lowered: str, words: tuple[str, ...], spaced: bool) -> Iterator[tuple[int, int]]:
    """Where each of ``words`` stands in ``lowered`` followed by its end or a character that is no ASCII
    letter (``spaced``: whitespace), as its start and end, word by word."""
    last = len(lowered)
    for w in words:
        at = lowered.find(w)
        while at >= 0:
            after = at + len(w)
            if after == last or (lowered[after].isspace() if spaced else not "a" <= lowered[after] <= "z"):
                yield at, after
            at = lowered.find(w, at + 1)


def sentences_opening_on(text: str, words: tuple[str, ...], starts: Sequence[int]) -> set[int] | None:
    """The sentences (by index, each starting at its place in ``starts``) whose first word, after any
    whitespace, is one of ``words`` (lower-case ASCII) followed by whitespace, ignoring case: the only ones
    a pattern ``\\s*(?:This|It)\\s+`` tried from a sentence's start can match in; ``None`` when any may
    (only a pattern can tell)."""
    lowered = _lowered(text)
    if lowered is None:
        return None
    last = len(lowered)
    found: set[int] = set()
    for sentence, at in enumerate(starts):
        while at < last and lowered[at].isspace():  # as ``\\s`` matches
            at += 1
        if lowered.startswith(words, at):
            for w in words:
                after = at + len(w)
                if lowered.startswith(w, at) and after < last and lowered[after].isspace():
                    found.add(sentence)
    return found


def stands_alone(
    text: str, words: tuple[str, ...], starts: Collection[int] = (), ends: Collection[int] = ()
) -> bool:
    """``False`` only if no case-insensitive pattern each of whose matches holds one of ``words``
    (lower-case ASCII) with no ASCII letter either side of it can match in ``text``; a word starting at
    one of ``starts``, or ending at one of ``ends``, may have one there (a pattern tried on a part of the
    text from or up to there sees none). :func:`ends_a_word` for a word that a longer one ends with too
    ("men" in "women")."""
    lowered = _lowered(text)
    if lowered is None:
        return True
    last = len(lowered)
    for w in words:
        at = lowered.find(w)
        while at >= 0:
            after = at + len(w)
            if (after == last or not "a" <= lowered[after] <= "z" or after in ends) \
                    and (at == 0 or not "a" <= lowered[at - 1] <= "z" or at in starts):
                return True
            at = lowered.find(w, at + 1)
    return False


def followed_by(text: str, word: str, nexts: tuple[str, ...]) -> bool:
    """``False`` only if no case-insensitive pattern each of whose matches holds ``word`` followed right
    away by one of ``nexts`` (all lower-case ASCII) can match in ``text``: :func:`may_hold` for a
    pattern whose common word ("by ") needs one of several after it ("by province", "by state")."""
    lowered = _lowered(text)
    if lowered is None:
        return True
    at = lowered.find(word)
    while at >= 0:
        if lowered.startswith(nexts, at + len(word)):
            return True
        at = lowered.find(word, at + 1)
    return False


def may_hold_short(piece: str, words: tuple[str, ...]) -> bool:
    """:func:`may_hold` for a few words of a text (the words before a figure), lower-cased on the spot:
    not kept, so the whole text every reader asks about stays the one kept."""
    if not piece.isascii():
        return True  # only a pattern can tell (see ``_ODD_FOLDS``)
    lowered = piece.lower()
    for w in words:  # noqa: SIM110
        if w in lowered:
            return True
    return False


def search_from(
    pattern: re.Pattern[str], text: str, words: tuple[str, ...], start: int = 0, end: int | None = None
) -> re.Match[str] | None:
    """``pattern.search(text, start, end)`` for a case-insensitive pattern each of whose matches starts
    with one of ``words`` (lower-case ASCII): tried only where one of them stands, in order, not at every
    position (an alternation of words ignoring case has no literal start the regex engine can skip to).
    For the few words before a figure: lower-cased on the spot, as :func:`may_hold_short` does."""
    end = len(text) if end is None else end
    piece = text[start:end]
    if not piece.isascii():
        for c in _ODD_FOLDS:  # a loop, not ``any()``: a generator costs more than the look-ups
            if c in piece:
                return pattern.search(text, start, end)  # only the pattern can tell
    lowered = piece.lower()  # as long as the piece: only "İ", an odd fold, lowers to two characters
    places: list[int] = []
    for w in words:
        if w in lowered:  # most words stand nowhere in a few words
            at = lowered.find(w)
            while at >= 0:
                places.append(at)
                at = lowered.find(w, at + 1)
    if not places:
        return None
    places.sort()
    for at in places:
        m = pattern.match(text, start + at, end)
        if m is not None:
            return m
    return None


def occurrences(text: str, words: tuple[str, ...]) -> list[int] | None:
    """Where each of ``words`` (lower-case ASCII) stands in ``text``, ignoring case, in order; ``None``
    when the text holds a letter that ignoring case stands for an ASCII one (only a pattern can tell)."""
    lowered = _lowered(text)
    if lowered is None:
        return None
    found = []
    for w in words:
        at = lowered.find(w)
        while at >= 0:
            found.append(at)
            at = lowered.find(w, at + 1)
    return sorted(found)


#: A text shorter than this (a sentence or two) is asked about its words anew, its places not kept.
_SHORT = 400
#: What :func:`_places` answers for a text holding none of the words.
_NOWHERE: tuple[int, ...] = ()


@functools.lru_cache(maxsize=64)
def _places(text: str, words: tuple[str, ...]) -> tuple[int, ...] | None:
    """:func:`occurrences`, kept: a reader asks about its words in many places of one text. A text
    holding none of them (most) is answered as :func:`may_hold` answers, with nothing listed."""
    lowered = _lowered(text)
    if lowered is None:
        return None
    for k, w in enumerate(words):
        if w in lowered:
            return tuple(occurrences(text, words[k:]) or ())  # the words before it stand nowhere
    return _NOWHERE


def may_stand(text: str, words: tuple[str, ...], start: int = 0, end: int = -1) -> bool:
    """``False`` only if no case-insensitive pattern each of whose matches holds one of ``words``
    (lower-case ASCII) can match within ``text[start:end]`` (``end`` -1: to the end of the text): as
    :func:`may_hold`, for a part of the text (a sentence, the words before a figure), so that a reader tries
    its pattern only where one of its words stands.

    A match within the part holds a word that starts within it. The places of the words are found once
    per text and kept, so a reader asks first about the whole text, then about each part, for one search.
    """
    if end < 0 and start <= 0 and len(text) < _SHORT:
        return may_hold(text, words)  # a sentence alone: scanned again at no cost, nothing kept
    places = _places(text, words)
    if places is None:
        return True
    k = bisect.bisect_left(places, start)
    return k < len(places) and (end < 0 or places[k] < end)


def sentences_holding(text: str, words: tuple[str, ...], starts: Sequence[int]) -> set[int] | None:
    """The sentences (by index, each starting at its place in ``starts``) in which one of ``words`` starts:
    those for which :func:`may_stand` may say ``True``, found in one pass rather than asked of each; ``None``
    when any may (only a pattern can tell)."""
    places = _places(text, words)
    if places is None:
        return None
    return {bisect.bisect_right(starts, at) - 1 for at in places}


def led_by(text: str, words: tuple[str, ...], figures: Sequence[Figure], reach: int,
           *, within: bool = False) -> list[int]:
    """The figures (by index) that one of ``words`` may stand before, starting at most ``reach``
    characters before the figure (or, ``within``, in the figure too: "a total of 287"): the only ones a
    pattern that needs a word there can match for, as :func:`may_stand` says for each, in one pass. The
    figures are in text order (by start), as the figure reader gives them."""
    places = _places(text, words)
    if places is None:
        return list(range(len(figures)))
    found: list[int] = []
    if not places:
        return found
    count = len(places)
    if not within:
        # a place stands before the figures that start past it by ``reach`` at most: the figures are in
        # text order, so those are a run of them, found by halving (places in order: runs in order)
        end = 0
        for at in places:
            first = max(end, bisect.bisect_right(figures, at, key=_start))
            end = max(end, bisect.bisect_right(figures, at + reach, first, key=_start))
            found.extend(range(first, end))
        return found
    if count == 1:  # most texts that hold a word hold it once: one comparison a figure, no search
        at = places[0]
        return [i for i, f in enumerate(figures) if f.start - reach <= at < f.end]
    for i, f in enumerate(figures):
        k = bisect.bisect_left(places, f.start - reach)
        if k < count and places[k] < f.end:
            found.append(i)
    return found


#: Where a figure starts: what the figures, in text order, are sorted by.
_start = operator.attrgetter("start")


def matches_from(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` for a pattern that matches only at some of ``starts``, never empty:
    tried there alone, in order, from the last match's end on, as ``finditer`` tries every position."""
    found: list[re.Match[str]] = []
    end = 0
    for start in sorted(set(starts)):
        if start < end or start < 0:
            continue
        m = pattern.match(text, start)
        if m is not None:
            found.append(m)
            end = m.end()
    return found


def heads_before(text: str, words: Iterable[int], lengths: Iterable[int]) -> list[int]:
    """Where a word of one of ``lengths`` starts that a run of spaces separates from each position of
    ``words``: the starts of a pattern "head, spaces, word" (``r"(?:the|its)\\s+first"``)."""
    sizes = set(lengths)
    starts: list[int] = []
    for at in words:
        gap = at
        while gap > 0 and text[gap - 1].isspace():
            gap -= 1
        if gap < at:
            starts.extend(gap - size for size in sizes)
    return starts


def starts_before_word(
    pattern: re.Pattern[str], text: str, word: str, heads: tuple[str, ...]
) -> list[int]:
    """Where each match of a case-insensitive pattern "one of ``heads``, spaces, ``word``" (all lower-case
    ASCII: ``r"\\b(?:every|a)\\s+day"``) starts, in order, as ``pattern.finditer(text)`` finds them (the
    pattern matches no empty string): tried only where ``word`` stands, and one of ``heads`` before it, not at
    every position of the text (a word before "day" is most often none of them: "the day", "Monday")."""
    lowered = _lowered(text)
    found = occurrences(text, (word,))
    if lowered is None or found is None:
        return [m.start() for m in pattern.finditer(text)]
    if not found:
        return []  # most texts: the word stands nowhere
    starts = [at for at in heads_before(text, found, map(len, heads))
              if at >= 0 and lowered.startswith(heads, at)]
    return [m.start() for m in matches_from(pattern, text, starts)] if starts else []
