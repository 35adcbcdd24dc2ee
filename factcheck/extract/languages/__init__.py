"""The languages the figure reader knows: one module per language, registered by its code.

A :class:`Language` holds what differs between languages when reading a
figure: the decimal and grouping marks (from CLDR, through Babel, for the
language and any regional variant such as ``de-CH``), number words, scale
words ("million", "Milliarden"), percent words, currency words and hedges.
Adding a language is one module that calls :func:`register`, plus its tests.

When a document's language is not known, :func:`marks_for` returns ``None``
and the reader infers the marks from the figures that can only be read one
way ("2.5", "1,234,567", "20,7"), saying so on any figure it had to guess.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Final

from factcheck._registry import Registry

__all__ = [
    "LANGUAGES",
    "Language",
    "Marks",
    "cldr_symbols",
    "guess_language",
    "guess_other_language",
    "language",
    "languages",
    "marks_for",
    "reads_as_english",
    "register",
]


@dataclass(frozen=True, slots=True)
class Marks:
    """How a locale writes 1,234.5: its decimal mark and the marks that group thousands."""

    decimal: str
    groups: frozenset[str]


@dataclass(frozen=True, slots=True)
class Language:
    """The words and marks of one language that the figure reader needs."""

    code: str
    #: Number words with no scale, read by :mod:`text_to_num` when ``text2num`` is set.
    number_words: frozenset[str]
    #: Scale words after a number, lower-case, with the factor they multiply by.
    scales: dict[str, int]
    #: Percent written in words after a number ("pour cent", "Prozent").
    percent_words: tuple[str, ...]
    #: Currency words after a number, lower-case, with their ISO code.
    currency_words: dict[str, str]
    #: Hedges before a figure, lower-case, with the qualifier they mean.
    hedges: dict[str, str]
    #: Code ``text_to_num`` knows this language by, or ``None`` to read number words by hand.
    text2num: str | None = None
    #: Words that join a number to the scale word ("de" in "2 millions de", "mil millones").
    scale_joiners: tuple[str, ...] = field(default=())
    #: Words right after a percentage that make it a change ("mehr", "de plus"), with the direction.
    change_after: dict[str, str] = field(default_factory=dict)
    #: Nouns after a number word that make it say what kind a figure is, not count anything: "à deux
    #: chiffres" (double-digit), "a dos dígitos", "en deux roues" (on motorbikes).
    describing_nouns: frozenset[str] = field(default=frozenset())
    #: Short words frequent in any text of the language, to tell it apart when no one says.
    common_words: frozenset[str] = field(default=frozenset())
    #: CLDR's decimal and group symbols for the language's own locale, as Babel gives them (a test holds
    #: them to it): a text in the language is read without loading Babel's locale data, a tenth of a
    #: second. A regional variant ("de-CH") is looked up in Babel.
    cldr_symbols: tuple[str, str] | None = None


#: Every language the reader knows, by code: each public module of this package registers one.
LANGUAGES: Registry[Language] = Registry("language", package=__name__)


def register(lang: Language) -> Language:
    """Make ``lang`` known by its code; a language module calls this once when imported."""
    LANGUAGES.add(lang.code, lang)
    return lang


def languages() -> dict[str, Language]:
    """Every registered language by code."""
    return dict(LANGUAGES)


def _base(code: str) -> str:
    return code.replace("_", "-").split("-")[0].lower()


def language(code: str | None) -> Language | None:
    """The language for a code such as ``fr`` or ``de-CH`` (its base), or ``None`` if unknown."""
    if not code:
        return None
    return LANGUAGES.get(_base(code))


@functools.lru_cache(maxsize=64)
def marks_for(code: str | None) -> Marks | None:
    """The decimal and grouping marks of a locale (CLDR via Babel), or ``None`` when not known.

    The locale's own group mark is accepted along with the spaces any
    locale may group with (space, no-break space, thin space).
    """
    lang = language(code) if code else None
    if lang is None or code is None:
        return None
    if lang.cldr_symbols is not None and code.lower() == lang.code:
        return _marks(*lang.cldr_symbols)
    return _marks(*cldr_symbols(code))


def cldr_symbols(code: str) -> tuple[str, str]:
    """The decimal and group symbols CLDR gives a locale (through Babel), or its language's if the
    region is unknown."""
    from babel import Locale, UnknownLocaleError
    from babel.numbers import get_decimal_symbol, get_group_symbol

    try:
        locale = Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        locale = Locale.parse(_base(code))
    return get_decimal_symbol(locale), get_group_symbol(locale)


def _marks(decimal: str, group: str) -> Marks:
    groups = {group, " ", "\u00a0", "\u2009", "\u202f"}
    if group in ("\u00a0", "\u202f"):
        groups.add(" ")
    if group == "’":
        groups.add("'")
    groups.discard(decimal)
    return Marks(decimal, frozenset(groups))


_WORD = re.compile(r"[^\W\d_]+")
#: The runs ``_WORD`` finds in a lower-cased text with no letter beyond ASCII, found faster by a plain class.
_ASCII_WORD = re.compile(r"[a-z]+")
#: A character ``_WORD`` counts as a letter and ``_ASCII_WORD`` does not ("é", "ß", "½").
_OTHER_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")
#: The fewest common words of one language that name it the text's language.
_CLEAR_MAJORITY = 8


@functools.lru_cache(maxsize=4)
def _common_word_owners(
    registered_codes: tuple[str, ...],
) -> tuple[dict[str, Language], dict[str, tuple[str, ...]]]:
    """The registered languages, and each common word with the languages it is common in: one look-up
    per word of the text.

    Keyed by the registered codes, so a language registered later is counted (a code, once
    registered, never names another language: the registry refuses it).
    """
    del registered_codes  # the key of the cache: the languages themselves are read from the registry
    registered = languages()
    owners: dict[str, list[str]] = {}
    for code, lang in registered.items():
        for w in lang.common_words:
            owners.setdefault(w, []).append(code)
    return registered, {w: tuple(codes) for w, codes in owners.items()}


def guess_language(text: str, sample: int = 4000) -> str | None:
    """The registered language whose common words clearly dominate the start of ``text``, or ``None``.

    Only used to choose digit marks when the document's language is not given:
    a clear majority (at least eight common words, twice the runner-up) is required.
    """
    start = text[:sample]
    if _OTHER_LETTER.search(start):
        words = [w.lower() for w in _WORD.findall(start)]
    else:  # only an ASCII letter lower-cases to one: the same words, lower-cased in one call
        words = _ASCII_WORD.findall(start.lower())
    if len(words) < _CLEAR_MAJORITY:
        return None  # too few words for any language to have enough common ones (many short texts)
    registered, owners = _common_word_owners(tuple(LANGUAGES))
    counts = dict.fromkeys(registered, 0)
    for codes in map(owners.get, words):
        if codes is not None:
            for code in codes:
                counts[code] += 1
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    if not ranked or ranked[0][1] < _CLEAR_MAJORITY or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


#: English's commonest word, counted first: a text that says it this often in its start is read in English
#: without counting its every word (most texts read are English).
_ENGLISH_THE: Final = re.compile(r"\bthe\b", re.IGNORECASE)
_ENGLISH_AT_A_GLANCE = 3
#: How much of a text's start is glanced at for another language's common words.
_GLANCE = 600


@functools.lru_cache(maxsize=4)
def _others_common_words(registered_codes: tuple[str, ...]) -> frozenset[str]:
    """The common words of every registered language but English that English does not share: a text
    that starts with none of them is read in English without counting its words. Keyed like
    :func:`_common_word_owners`."""
    del registered_codes  # the key of the cache: the languages themselves are read from the registry
    registered = languages()
    english = registered["en"].common_words if "en" in registered else frozenset()
    others = frozenset(w for code, lang in registered.items() if code != "en" for w in lang.common_words)
    return others - english


def guess_other_language(text: str, sample: int = 4000) -> str | None:
    """The language other than English that :func:`guess_language` clearly finds in ``text``, or ``None``.

    A text whose language is not given is read in English, unless its words clearly say it is written in
    another registered language: then "15 millones" is fifteen million, and "más de" a hedge, as they
    are in that language, not a count of "millones".
    """
    if _others_common_words(tuple(LANGUAGES)).isdisjoint(text[:_GLANCE].lower().split()):
        return None  # none of the other languages' commonest words where it starts: most English texts
    for seen, _ in enumerate(_ENGLISH_THE.finditer(text, 0, sample), start=1):
        if seen == _ENGLISH_AT_A_GLANCE:
            return None
    code = guess_language(text, sample)
    return None if code == "en" else code


#: A word of running prose: lower-case first (a table's labels and names are mostly capitalised).
_PROSE_WORD: Final = re.compile(r"(?<!\w)[^\W\dA-Z_][^\W\d_]+")
#: The fewest prose words that tell a text's language, and the share of them English's common words make
#: at the least in English prose (a fifth or more in news; under 2% in the other languages measured).
_PROSE_TO_TELL: Final = 40
_ENGLISH_SHARE: Final = 0.02


@functools.lru_cache(maxsize=4)
def reads_as_english(text: str, sample: int = 4000) -> bool:
    """Does ``text`` read as English prose, as far as its start tells? False when it has enough prose
    words and almost none of them is one of English's commonest (an article in Portuguese or Indonesian,
    not a table of labels), or when another registered language's common words clearly outnumber
    English's: German says "in" as often as English does, so a share of English words alone would read
    a German article as English. The grouping of mentions reads English words; in another language it
    can say less about whose a figure is."""
    words = _PROSE_WORD.findall(text, 0, sample)
    if len(words) < _PROSE_TO_TELL:
        return True
    english = LANGUAGES["en"].common_words if "en" in LANGUAGES else frozenset()
    if sum(w.lower() in english for w in words) < _ENGLISH_SHARE * len(words):
        return False
    return guess_language(text, sample) in (None, "en")

