"""Figures in French, Spanish and German, and in texts whose language nobody gave (sentences written here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import extract_claims
from factcheck.extract import scan
from factcheck.extract.languages import (
    cldr_symbols,
    guess_language,
    language,
    languages,
    marks_for,
    reads_as_english,
)


def _figures(text: str, lang: str | None) -> list[tuple[str, str, str, str | None]]:
    figures, _ = scan(text, lang)
    return [(text[f.start : f.end], f.value, f.kind.value, f.unit) for f in figures]


def test_every_language_module_is_registered() -> None:
    assert {"en", "fr", "es", "de"} <= set(languages())
    assert language("de-CH") is language("de")
    assert language("xx") is None


def test_cldr_marks_follow_the_region() -> None:
    swiss = marks_for("de-CH")
    german = marks_for("de")
    assert swiss is not None
    assert german is not None
    assert (swiss.decimal, german.decimal) == (".", ",")
    assert "'" in swiss.groups or "’" in swiss.groups
    assert marks_for(None) is None


@pytest.mark.parametrize("code", sorted(languages()))
def test_a_language_keeps_the_symbols_cldr_gives_its_locale(code: str) -> None:
    kept = languages()[code].cldr_symbols
    assert kept == cldr_symbols(code)
    assert marks_for(code) == marks_for(f"{code}-ZZ")  # an unknown region: Babel's, for the language


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "Le port a accueilli 980 000 passagers, soit 1,2 million de plus qu'avant.",
            [("980 000 passagers", "980000", "count", None), ("1,2 million", "1.2 million", "count", None)],
        ),
        ("fr", "Le chômage a reculé à 7,3 pour cent.", [("7,3 pour cent", "7.3", "percentage", "percent")]),
        ("fr", "Le billet coûte 15,50 euros.", [("15,50 euros", "15.50", "amount", "EUR")]),
        (
            "fr",
            "Plus de deux millions de votants.",
            [("Plus de deux millions de votants", "2 million", "count", None)],
        ),
        (  # "à deux chiffres": double-digit, no count of digits
            "fr",
            "Le chiffre d'affaires connaît une hausse à deux chiffres (+12,8%).",
            [("+12,8%", "12.8", "change", "percent")],
        ),
        (  # "en deux roues": on motorbikes, no count of wheels
            "fr",
            "Sur les routes, les usagers de deux roues motorisés paient le plus lourd tribut (+6 morts).",
            [("+6 morts", "6", "change", None)],
        ),
        ("es", "Los fallecidos en vehículos de dos ruedas subieron (+7).", [("+7", "7", "change", None)]),
        (  # "dos" between two capitalised words: a word of a place's name
            "es",
            "El aeropuerto de São José dos Campos recibió a 1.500 pasajeros.",
            [("1.500 pasajeros", "1500", "count", None)],
        ),
        (
            "es",
            "Las ventas crecieron a dos dígitos, un 12,5 por ciento.",
            [("12,5 por ciento", "12.5", "percentage", "percent")],
        ),
        ("de", "Die Firma schuf zwei Stellen.", [("zwei", "2", "count", None)]),  # "Stellen": jobs, counted
        (
            "es",
            "La región tiene 1.234.567 habitantes y un paro del 12,5 por ciento.",
            [("1.234.567", "1234567", "count", None), ("12,5 por ciento", "12.5", "percentage", "percent")],
        ),
        (
            "es",
            "El puente costó 2,5 millones de euros.",
            [("2,5 millones de euros", "2.5 million", "amount", "EUR")],
        ),
        (
            "de",
            "Das Werk kostete 2,1 Mrd. Euro, rund 3,5 Prozent mehr.",
            [
                ("2,1 Mrd. Euro", "2.1 billion", "amount", "EUR"),
                ("rund 3,5 Prozent", "3.5", "change", "percent"),
            ],
        ),
        (
            "de",
            "Es kamen dreihundertvierundzwanzig Gäste.",
            [("dreihundertvierundzwanzig", "324", "count", None)],
        ),
        (
            "de-CH",
            "Die Firma zahlte 1'234'567.50 Franken.",
            [("1'234'567.50 Franken", "1234567.50", "amount", "CHF")],
        ),
    ],
)
def test_figures_in_other_languages(
    lang: str, text: str, want: list[tuple[str, str, str, str | None]]
) -> None:
    got = _figures(text, lang)
    assert [(g[1], g[2], g[3]) for g in got] == [(w[1], w[2], w[3]) for w in want], got
    for (quote, *_), (span, *_) in zip(want, got, strict=True):
        assert span.startswith(quote) or quote.startswith(span), (quote, span)


def test_a_space_grouped_number_is_one_figure_even_in_english() -> None:
    assert _figures("The province counted 4 495 murders.", "en") == [("4 495 murders", "4495", "count", None)]
    assert _figures("The dam holds 40\u00a0000 tonnes.", "en")[0][1] == "40000"
    assert _figures("Some 1\u2009856 persons fled.", "en")[0][1] == "1856"


def test_the_marks_are_inferred_from_figures_that_read_one_way() -> None:
    # "20,7" can only be a decimal comma, so "1,234" in the same text is 1.234
    assert [g[1] for g in _figures("Crime rose 20,7% and the index reached 1,234.", None)] == [
        "20.7",
        "1.234",
    ]
    # "2.5" can only be a decimal point, so "1,234" is a thousand and more
    assert [g[1] for g in _figures("Prices rose 2.5% and sales reached 1,234 units.", None)] == [
        "2.5",
        "1,234",
    ]


def test_an_ambiguous_figure_in_a_text_of_unknown_language_says_so() -> None:
    claims = extract_claims("Stock 1,234.")
    (claim,) = claims.claims
    assert claim.note is not None
    assert "guessed" in claim.note


def test_the_common_words_tell_the_language_apart() -> None:
    assert (
        guess_language("Le maire a dit que la ville et les environs sont prêts pour la saison des pluies.")
        == "fr"
    )
    assert (
        guess_language("The mayor said that the city and the suburbs are ready for the rains of the year.")
        == "en"
    )
    assert guess_language("1 2 3") is None


def test_common_words_count_whatever_their_case_and_letters() -> None:
    # capitals count as the lower-case word (read by the ASCII reader when no other letter stands)
    shouted = "THE MAYOR SAID THAT THE CITY AND THE SUBURBS ARE READY FOR THE RAINS OF THE YEAR."
    assert guess_language(shouted) == "en"
    # an accented letter sends the text to the reader of every letter, which lower-cases each word
    crié = "LE MAIRE A DIT QUE LA VILLE ET LES ENVIRONS SONT PRÊTS POUR LA SAISON DES PLUIES."
    assert guess_language(crié) == "fr"


@pytest.mark.parametrize(
    "text",
    [
        "The 3rd_round, re-run: A-B",
        "Tom's café 5€",
        "x½y ſun İstanbul",
        "naïve ZEBRA-crossing",
        "\u00a0a\u2009B",
        "ROUND-UP at 5 o'clock \u2013 “quoted”",
    ],
)
def test_the_two_word_readers_of_guess_language_agree(text: str) -> None:
    from factcheck.extract.languages import _ASCII_WORD, _OTHER_LETTER, _WORD

    everyone = [w.lower() for w in _WORD.findall(text)]
    if _OTHER_LETTER.search(text) is None:
        assert _ASCII_WORD.findall(text.lower()) == everyone
    else:
        assert any((not c.isascii() and c.isalpha()) or c in "½" for c in text)


def test_the_claims_file_records_the_language(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        '<html lang="fr"><body><p>Le port a accueilli 1,5 million de passagers.</p></body></html>', "utf-8"
    )
    claims = extract_claims(page)
    assert claims.document.language == "fr"
    assert [c.value for c in claims.claims] == ["1.5 million"]
    assert extract_claims("Il y a 3,5 millions d'habitants.", language="fr").claims[0].value == "3.5 million"


def test_a_text_clearly_in_another_language_is_read_in_its_words_when_none_is_given() -> None:
    spanish = ("El puerto recibió algo más de 12 millones de pasajeros en 2023, un 6,1% más que el año "
               "anterior, y la nueva terminal de la ciudad atendió 3,4 millones de los viajeros del puerto.")
    claims = extract_claims(spanish)
    assert claims.document.language == "es"
    read = {c.mentions[0].quote: (c.value, c.qualifier.value) for c in claims.claims}
    assert read["más de 12 millones de pasajeros"] == ("12 million", "over")
    assert ("3.4 million", "exact") in read.values()
    english = "The port took 12 millones of the fees the city and the state set, the mayor said."
    assert extract_claims(english).document.language == "en"


def test_a_text_reads_as_english_unless_its_prose_has_almost_none_of_englishs_commonest_words() -> None:
    english = ("The council said that the number of visitors to the old town rose again this year, and that "
               "most of them came by train from the capital, which is two hours away. ") * 3
    rows = "".join(f"Area {n} | {n * 10} | {n * 31}\n" for n in range(1, 40))
    table = "Region | Visitors | Nights\n" + rows
    portuguese = ("A prefeitura informou que o número de visitantes do centro histórico voltou a crescer "
                  "neste ano e que a maioria deles chegou de trem da capital, que fica a duas horas de "
                  "distância. ") * 3
    assert reads_as_english(english)
    assert reads_as_english(table)  # a table's labels are no prose: nothing tells it is not English
    assert not reads_as_english(portuguese)
    assert reads_as_english("Os números subiram.")  # too few words to tell


def test_a_text_whose_words_are_clearly_another_registered_languages_does_not_read_as_english() -> None:
    german = ("Im vergangenen Jahr wurden in den Häfen des Landes rund 188 Millionen Tonnen Güter "
              "umgeschlagen, etwas mehr als im Jahr davor. In den großen Häfen im Norden stieg die Menge "
              "stärker als in den kleinen Häfen im Süden, die vor allem Getreide und Holz verladen. ") * 2
    assert not reads_as_english(german)  # "in" is one of English's commonest words, and German's too



def test_a_class_of_hotels_by_its_stars_counts_nothing_in_french() -> None:
    text = ("Selon l'institut, les nuitées ont reculé de 4,1 % dans les établissements classés 2 étoiles, "
            "tandis que celles des établissements classés 3 étoiles ont progressé de 1,9 % sur l'année.") * 2
    quotes = [m.quote for c in extract_claims(text, language="fr").claims for m in c.mentions]
    assert not any("étoiles" in q for q in quotes)
