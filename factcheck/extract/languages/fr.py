"""French: comma decimals, space-grouped thousands, "millions de", "pour cent"."""

from __future__ import annotations

from factcheck.extract.languages import Language, register

FRENCH = register(
    Language(
        code="fr",
        number_words=frozenset(
            [
                "un",
                "une",
                "deux",
                "trois",
                "quatre",
                "cinq",
                "six",
                "sept",
                "huit",
                "neuf",
                "dix",
                "onze",
                "douze",
                "treize",
                "quatorze",
                "quinze",
                "seize",
                "vingt",
                "trente",
                "quarante",
                "cinquante",
                "soixante",
                "cent",
                "cents",
                "mille",
            ]
        ),
        scales={
            "mille": 10**3,
            "million": 10**6,
            "millions": 10**6,
            "milliard": 10**9,
            "milliards": 10**9,
            "md": 10**9,
            "mds": 10**9,
        },
        percent_words=("pour cent", "pourcent", "p. cent"),
        currency_words={"euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "francs": "CHF"},
        hedges={
            "plus de": "over",
            "moins de": "under",
            "près de": "nearly",
            "environ": "about",
            "quelque": "about",
            "quelques": "about",
            "au moins": "at_least",
            "au plus": "at_most",
            "presque": "nearly",
        },
        text2num="fr",
        scale_joiners=("de", "d'"),
        change_after={
            "de plus": "increase",
            "de moins": "decrease",
            "en plus": "increase",
            "en moins": "decrease",
        },
        cldr_symbols=(",", "\u202f"),
        describing_nouns=frozenset(["chiffre", "chiffres", "roue", "roues", "étoile", "étoiles"]),
        common_words=frozenset(
            [
                "le",
                "la",
                "les",
                "des",
                "et",
                "est",
                "une",
                "du",
                "au",
                "aux",
                "pour",
                "dans",
                "par",
                "sur",
                "qui",
                "que",
                "été",
            ]
        ),
    )
)
