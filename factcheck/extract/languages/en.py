"""English: the reader's grammar is written for English (see ``_lexicon``); these are its marks and words."""

from __future__ import annotations

from factcheck.extract import _lexicon as lx
from factcheck.extract.languages import Language, register

ENGLISH = register(
    Language(
        code="en",
        number_words=frozenset([*lx.UNITS_WORDS, *lx.TENS_WORDS]),
        scales={**{k: v for k, v in lx.SCALE_WORDS.items() if k != "hundred"}, **lx.EXTRA_SCALES},
        percent_words=("percent", "per cent"),
        currency_words={w: c for w, c in lx.CURRENCY_WORDS.items()},
        hedges={q: lx.QUALIFIER_MAP.get(q, q) for q in lx.QUALIFIERS},
        cldr_symbols=(".", ","),
        common_words=frozenset(
            [
                "the",
                "of",
                "and",
                "to",
                "in",
                "is",
                "that",
                "for",
                "with",
                "was",
                "were",
                "has",
                "have",
                "are",
                "by",
                "from",
                "this",
            ]
        ),
    )
)
