"""Figure forms other projects' suites test and news uses: each sentence written for this test.

Only the figure phrases follow the forms measured in ``bench/peer_suites.py``; the
sentences around them are made up here.
"""

from __future__ import annotations

import random
import re
from fractions import Fraction

import pytest

from factcheck import extract_claims
from factcheck._models import ClaimKind
from factcheck._stated import parse_number
from factcheck.extract._figures import (
    _PREV_WORD,
    _WORD_THEN_SPACE,
    _last_word,
    _trie,
    _word_then_space,
    noun_phrase,
)


def _figures(text: str) -> list[tuple[str, Fraction, str, str | None]]:
    claims = extract_claims(text)
    out = []
    for c in claims.claims:
        for m in c.mentions:
            out.append((text[m.start : m.end], parse_number(m.value or c.value).value, c.kind.value, c.unit))
    return sorted(out, key=lambda f: text.index(f[0]))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The ferry operator reported a loss of $-12.50 per seat.",
            [("$-12.50", Fraction("-12.5"), "amount", "USD")],
        ),
        ("Tickets at the museum now cost 9€ at the door.", [("9€", Fraction(9), "amount", "EUR")]),
        ("From May the fee rises to 24 USD 75.", [("24 USD 75", Fraction("24.75"), "amount", "USD")]),
        ("Shares in the brewer closed one penny lower.", [("one penny", Fraction(1), "amount", "GBX")]),
        ("The cocoa board paid GH¢12.8 billion to farmers.",
         [("GH¢12.8 billion", Fraction(12_800_000_000), "amount", "GHS")]),
        ("A bag of water sells for ₵1.50 in Accra.", [("₵1.50", Fraction(3, 2), "amount", "GHS")]),
        ("The levy adds 40 pesewas to each litre.", [("40 pesewas", Fraction(2, 5), "amount", "GHS")]),
        ("The bank paid a dividend of 75 kobo a share.", [("75 kobo", Fraction(3, 4), "amount", "NGN")]),
        ("The stock slipped 35 paise in early trade.", [("35 paise", Fraction(7, 20), "amount", "INR")]),
        (
            "The new laptop ships with a 3.10 GHz chip and 16 GB of memory.",
            [("3.10 GHz", Fraction("3.1"), "amount", "GHz"), ("16 GB", Fraction(16), "amount", "GB")],
        ),
        ("The keeper stands 6 ft 3 in tall.", [("6 ft 3 in", Fraction(75, 12), "amount", "ft")]),
        ("The wall is 4 feet and 6 inches high.", [("4 feet and 6 inches", Fraction(9, 2), "amount", "ft")]),
        ("The flat measures 58m2 in all.", [("58m2", Fraction(58), "amount", "m2")]),
        ("The clinic opens three times a week.", [("three times a week", Fraction(3), "rate", "per week")]),
        ("Buses stop here 4 times per day.", [("4 times per day", Fraction(4), "rate", "per day")]),
        ("The lake holds .25 of the region's water.", [(".25", Fraction(1, 4), "amount", None)]),
        ("The depot counted 150 hundred bags.", [("150 hundred bags", Fraction(15000), "count", None)]),
    ],
)
def test_figure_forms(text: str, want: list[tuple[str, Fraction, str, str | None]]) -> None:
    assert _figures(text) == want


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Two thirds of a million visitors came.", "a million"),  # read once, with the fraction
        ("The detector logged 3 fb−1 of data last year.", "1"),  # the power of a unit, not a figure
    ],
)
def test_not_read_on_its_own(text: str, absent: str) -> None:
    start = text.rindex(absent)
    assert not any(s == start for _, s, _ in _spans(text)), _spans(text)


def _spans(text: str) -> list[tuple[str, int, int]]:
    claims = extract_claims(text)
    return [(text[m.start : m.end], m.start, m.end) for c in claims.claims for m in c.mentions]


def test_a_euro_after_a_number_in_a_list_is_not_an_age() -> None:
    got = _figures("Coins and notes: 2 €, 10 €, 20 €, 50 €.")
    assert [k for _, _, k, _ in got] == ["amount"] * 4, got


def test_last_word_reads_what_the_pattern_reads() -> None:
    rng = random.Random(11)
    alphabet = "ab Zq1_.#  \n\té9-"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        m = _PREV_WORD.search(text)
        assert _last_word(text) == ((m.group(1), m.start(1)) if m else None), text


def test_the_word_before_trailing_spaces_is_what_the_pattern_reads() -> None:
    rng = random.Random(12)
    alphabet = "ab Zq1_.#  \n\té9-\u00a0\u2003\x1cſ"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        m = _WORD_THEN_SPACE.search(text)
        assert _word_then_space(text) == (m.group(1) if m else None), text


def test_trie_matches_exactly_its_words() -> None:
    words = ["one", "ones", "on", "a", "an", "and", "third", "thirds", "tenth"]
    pattern = re.compile(f"(?:{_trie(words)})")
    for w in [*words, "o", "th", "thir", "tent", "anda", "x", ""]:
        assert (pattern.fullmatch(w) is not None) == (w in words), w


def test_a_scale_written_once_covers_both_ends_of_a_move() -> None:
    got = _figures("The club's wage bill went from £12.4 to £30.8 million in two seasons.")
    assert ("£12.4", Fraction(12_400_000), "amount", "GBP") in got, got


def test_ages_listed_after_aged_are_ages() -> None:
    got = _figures("The survey covered men aged 18 to 34, 35 to 54, and 55 and over.")
    assert [k for _, _, k, _ in got] == ["age"] * 5, got


def test_a_range_before_age_group_is_an_age() -> None:
    got = _figures("Voting fell most in the 18 to 24 age group.")
    assert [k for _, _, k, _ in got] == ["age", "age"], got


def test_note_numbers_in_a_table_are_not_figures() -> None:
    text = "Item | Notes | 2021 | 2020 |\nRevenue | 3 | 4,210 | 3,980 |\nCosts | 7 | -2,115 | -2,002 |\n"
    assert [q for q, _, _, _ in _figures(text) if q not in ("2021", "2020")] == [
        "4,210",
        "3,980",
        "-2,115",
        "-2,002",
    ]


def test_a_footnote_marker_in_a_row_label_is_not_a_figure() -> None:
    text = "Sales | 2022 | 2021 |\nNet sales 2 | £81.2m | £77.9m |\n\nNote 2: sales exclude fuel duty.\n"
    assert [q for q, _, _, _ in _figures(text) if q not in ("2022", "2021")] == ["£81.2m", "£77.9m"]


def test_the_unit_in_a_table_head_is_not_a_figure() -> None:
    text = "Line | 2019, € 1,000 | 2018, € 1,000 |\nSales | 9,120 | 8,875 |\n"
    assert "€ 1,000" not in [q for q, _, _, _ in _figures(text)]
    assert ("€ 1,000", Fraction(1000), "amount", "EUR") in _figures("Entry fee | € 1,000 |")


def test_a_numbered_heading_is_not_a_figure() -> None:
    text = "3 Notes to the accounts (audited)\n\nThe group sold 412 homes in the year.\n"
    assert [q for q, _, _, _ in _figures(text)] == ["412 homes"]


def test_the_pages_of_a_cited_source_are_not_figures() -> None:
    text = "The bulletin (Weekly Notes 14; 22-25) reported 310 cases, up from 250."
    assert [q for q, _, _, _ in _figures(text)] == ["310 cases", "250"]


def test_both_sides_of_a_count_over_its_whole_are_read() -> None:
    got = _figures("By midnight 587/600 wards had reported.")
    assert [(q, v) for q, v, _, _ in got] == [("587", Fraction(587)), ("600 wards", Fraction(600))]
    assert [q for q, _, _, _ in _figures("Call +44-207-9460/1234 for details.")] == []


@pytest.mark.parametrize(("phrase", "noun", "modifiers"), [
    ("212 mumps cases", "cases", ("mumps",)),
    ("40 goods exports", "exports", ("goods",)),
    ("212 cases were reported", "cases", ()),
    ("15 homes means", "homes", ()),
])
def test_the_last_of_two_plural_nouns_is_what_a_figure_counts(
    phrase: str, noun: str, modifiers: tuple[str, ...],
) -> None:
    assert noun_phrase(phrase.split(" ", 1)[1]) == (noun, modifiers)


def test_a_counted_noun_is_read_within_its_line_when_the_next_line_opens_on_a_figure() -> None:
    text = "Transplants in 2022\n\n17 lung\n9 heart\n6 pancreas\n"
    assert [q for q, _, _, _ in _figures(text)] == ["2022", "17", "9", "6 pancreas"]  # "lung": no plural
    assert noun_phrase("brick\nhomes were built") == ("homes", ("brick",))  # a phrase wrapped over two lines


@pytest.mark.parametrize(
    ("text", "phrase", "want"),
    [
        ("The district counted 3.6 crore voters, up from 3.2 crore.", "3.6 crore", Fraction(36_000_000)),
        ("About 4.25 lakh pilgrims came on the first day.", "4.25 lakh", Fraction(425_000)),
    ],
)
def test_a_count_in_crore_or_lakh_with_decimals_is_read_whole(text: str, phrase: str, want: Fraction) -> None:
    found = {quote: value for quote, value, _, _ in _figures(text)}
    assert any(phrase in quote and value == want for quote, value in found.items())


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Visits:\n- men 40-44 years: fell from 212 to 198\n- 45-49 years: fell from 180 to 171\n", "198"),
        ("Party votes share seats change\nGreens 274,118 7.4 34 -13\nLiberals 265,020 7.1 13 +4\n", "34"),
        ("Jobless, thousands: 1,288.4 1,261.9 -26.5 -2.1\n", "1,261.9"),
    ],
)
def test_no_range_across_a_line_break_or_before_a_signed_number(text: str, quote: str) -> None:
    claims = extract_claims(text).claims
    found = [c for c in claims for m in c.mentions if text[m.start : m.end] == quote]
    assert found, quote
    assert all(len(c.mentions) == 1 and c.qualifier.value == "exact" for c in found)


@pytest.mark.parametrize(
    ("text", "quote", "unit"),
    [
        ("The rate was 14.2 overdoses per 100,000 people.", "14.2 overdoses per 100,000", "per 100,000"),
        ("There were 31 admissions in every 1,000 births.", "31 admissions in every 1,000", "per 1,000"),
    ],
)
def test_a_rate_with_its_noun_before_per_is_a_rate(text: str, quote: str, unit: str) -> None:
    (claim,) = [c for c in extract_claims(text, language="en").claims if c.kind is not ClaimKind.YEAR]
    assert (claim.mentions[0].quote, claim.kind, claim.unit) == (quote, ClaimKind.RATE, unit)



def test_a_number_with_a_grouping_mark_is_never_a_year_even_when_the_marks_are_guessed() -> None:
    claims = extract_claims("Flights nearly doubled, to 1,904 from 1,010.").claims
    assert [c.kind for c in claims if c.mentions[0].quote == "1,904"] == [ClaimKind.COUNT]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("The Greens took 41 seats, Labour 37 and the Social Democrats 9.", ["41", "37", "9"]),
        ("Rovers scored 64 goals, United 58, City 51 and Athletic 47.", ["64", "58", "51", "47"]),
    ],
)
def test_names_given_their_own_number_after_a_count_are_figures(text: str, numbers: list[str]) -> None:
    assert [quote.split()[0] for quote, _, _ in _spans(text)] == numbers


@pytest.mark.parametrize(
    "text", ["The probe Voyager 1 left in 1977, and Voyager 2 followed.", "At 10 am, Terminal 5 reopened."]
)
def test_a_name_with_a_number_outside_such_a_list_stays_a_name(text: str) -> None:
    quotes = [quote for quote, _, _ in _spans(text)]
    assert not any(q in ("1", "2", "5") for q in quotes), quotes


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("In Harbour Town 14,260 residents signed the petition.", "14,260 residents"),
        ("At Northfield Colleges 3,415 students enrolled this term.", "3,415 students"),
        ("Across Lakeside 1,250.5 tonnes of grain were stored.", "1,250.5 tonnes"),
    ],
)
def test_a_number_with_a_thousands_comma_after_a_capitalised_word_is_a_figure(text: str, quote: str) -> None:
    assert quote in [q for q, _, _ in _spans(text)]


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("Turnout was 61.2% in the city and 58,4% in the suburbs.", "58,4%", "58.4"),
        ("Margins held at 12.5 per cent, against 9,75 per cent for rivals.", "9,75 per cent", "9.75"),
    ],
)
def test_a_percentage_with_a_comma_before_two_digits_at_most_is_a_guessed_decimal(
    text: str, quote: str, value: str
) -> None:
    claim = next(c for c in extract_claims(text).claims if c.mentions[0].quote == quote)
    assert claim.value == value
    assert claim.note is not None
    assert "guessed" in claim.note

