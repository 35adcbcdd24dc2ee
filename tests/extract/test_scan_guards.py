"""The cheap tests the figure scan runs before a pattern never turn away a text the pattern matches.

Each guard looks at the first characters after a figure (or before it) and lets the pattern run only
when they could start a match. The texts tried are built from every word and mark the patterns
themselves hold, in every case the regex engine matches (with the long s, the Kelvin sign and the
dotted and dotless i), after the spaces and hyphens a figure may be followed by: a word added to a
pattern with a new first letter fails here until its guard knows the letter.
"""

import dataclasses
import inspect
import itertools
import re
import string
from collections.abc import Callable

import pytest

from factcheck._build import extraction_compiled
from factcheck._models import ClaimKind
from factcheck.extract import _figures as f
from factcheck.extract import _lexicon as lx
from factcheck.extract import _numbers as n

PREFIXES = ["", " ", "  ", "   ", "-", "\t", "\u00a0", " -", "\n"]
TAILS = ["", " ", "s", " of the", " 5", "5", "1/2", " a week", " more", "/4", ".", " as many"]
ODD_CASES = {"s": "\u017f", "k": "\u212a", "i": "\u0130\u0131"}


def _variants(word: str) -> set[str]:
    out = {word, word.lower(), word.upper(), word.title()}
    for i, ch in enumerate(word.lower()):
        for odd in ODD_CASES.get(ch, ""):
            out.add(word[:i] + odd + word[i + 1 :])
    return out


def _texts(pattern: re.Pattern[str]) -> list[str]:
    source = pattern.pattern
    words = set(re.findall(r"[A-Za-z]+", source)) | set(re.findall(r"[^\x00-\x7f]", source))
    words |= set("%$€£¥₹½¼¾⅓⅔-–—/0123456789")
    variants = sorted({v for w in words for v in _variants(w)})
    return [p + v + t for p, v, t in itertools.product(PREFIXES, variants, TAILS)]


GUARDED_AFTER = [
    (f._SYMBOL_AFTER, lambda r: f._within_one(r, f._SYMBOL_INITIALS)),
    (f._CODE_AFTER, lambda r: f._within_one(r, f._CODE_INITIALS)),
    (f._SCALE_AFTER, lambda r: f._within_one(r, f._SCALE_INITIALS)),
    (f._SPACED_SCALE, lambda r: r[1:2] in f._SPACED_INITIALS),
    (f._M_MILLION, lambda r: r[1:2] in f._SPACED_INITIALS),
    (f._RANGE_AFTER, lambda r: f._within_one(r, f._RANGE_INITIALS)),
    (f._AND_AFTER, lambda r: f._after_spaces(r, f._AND_INITIALS)),
    (lx.PERCENT, lambda r: f._within_one(r, f._PERCENT_INITIALS)),
    (lx.POINTS, lambda r: f._within_one(r, f._POINTS_INITIALS)),
    (f._TIMES_AFTER, lambda r: f._after_spaces(r, f._TIMES_INITIALS)),
    (f._TIMES_PER, lambda r: f._after_spaces(r, f._TIMES_INITIALS)),
    (f._DIGITS_THEN_WORDS, lambda r: f._after_spaces(r, f._THEN_WORD_INITIALS)),
    (f._N_IN_M, lambda r: f._after_spaces(r, f._IN_OUT_INITIALS)),
    (f._RATE_AFTER, lambda r: f._after_spaces(r, f._RATE_INITIALS)),
    (f._TIME_AFTER, lambda r: r[1:2] in f._TIME_INITIALS),
    (f._MIXED_AFTER, f._mixed_may_follow),
]


@pytest.mark.parametrize(("pattern", "guard"), GUARDED_AFTER, ids=[p.pattern[:24] for p, _ in GUARDED_AFTER])
def test_a_guard_lets_every_match_through(pattern: re.Pattern[str], guard: Callable[[str], bool]) -> None:
    missed = [t for t in _texts(pattern) if pattern.match(t) and not guard(t)]
    assert missed == []


#: The patterns the digits reader skips all at once when the characters after the figure open none of them.
SKIPPED_AFTER_THE_DIGITS = [
    f._MIXED_AFTER, f._SYMBOL_AFTER, f._CODE_AFTER, f._DIGITS_THEN_WORDS, f._SCALE_AFTER, f._SPACED_SCALE,
    f._M_MILLION, f._CODE_SCALE_AFTER, f._RANGE_AFTER, f._AND_AFTER,
]


def _gates(text: str) -> int:
    return f._after_gates(text[: f._GATED_LENGTH])


@pytest.mark.parametrize("pattern", SKIPPED_AFTER_THE_DIGITS, ids=lambda p: p.pattern[:24])
def test_no_pattern_skipped_after_the_digits_matches_there(pattern: re.Pattern[str]) -> None:
    texts = _texts(pattern) + [p + q + t for p in PREFIXES for q in string.ascii_letters for t in TAILS]
    assert len(texts) > 100
    assert [t for t in texts if pattern.match(t) and not _gates(t) & f._GATE_DIGITS_AFTER] == []


#: Each gate bit and the guard it stands for.
GATE_BITS = [
    (f._GATE_IN_OUT, lambda r: f._after_spaces(r, f._IN_OUT_INITIALS)),
    (f._GATE_TIME, lambda r: r[1:2] in f._TIME_INITIALS),
    (f._GATE_PERCENT, lambda r: f._within_one(r, f._PERCENT_INITIALS)),
    (f._GATE_POINTS, lambda r: f._within_one(r, f._POINTS_INITIALS)),
    (f._GATE_RATE, lambda r: f._after_spaces(r, f._RATE_INITIALS)),
    (f._GATE_TIMES, lambda r: f._after_spaces(r, f._TIMES_INITIALS)),
]


@pytest.mark.parametrize(("bit", "guard"), GATE_BITS, ids=[str(b) for b, _ in GATE_BITS])
def test_a_gate_bit_is_its_guard(bit: int, guard: Callable[[str], bool]) -> None:
    texts = [t for pattern, _ in GUARDED_AFTER for t in _texts(pattern)]
    assert [t for t in texts if bool(_gates(t) & bit) != guard(t)] == []
    assert all(_gates(t) & f._GATES_KNOWN for t in texts)  # never 0: an entry kept is told from none


def test_the_rate_guard_lets_every_rate_through() -> None:
    openings = ["per", "for every", "in every", "out of every", "every"]
    variants = {v for o in openings for v in _variants(o)}
    texts = [p + v + t for p, v, t in itertools.product(PREFIXES, variants, [" 5", " 100,000"])]
    matched = [t for t in texts if f._RATE_AFTER.match(t)]
    assert len(matched) > 100
    assert [t for t in matched if not _gates(t) & f._GATE_RATE] == []


def test_the_duration_after_a_figure_is_read_through_its_guard() -> None:
    for t in _texts(f._TIME_AFTER):
        found, expected = f._time_after(t), f._TIME_AFTER.match(t)
        assert (found and found.span()) == (expected and expected.span())


def test_marks_evidence_needs_a_mark_then_a_digit() -> None:
    for t in ["1.5", "1,234", "2,5", "1.234.567", "12,345,678", "3 apples", "v.2", "a.b", "1,2,3", "0.333"]:
        if n._POINT_EVIDENCE.search(t) or n._COMMA_EVIDENCE.search(t):
            assert n._MARK_THEN_DIGIT.search(t)


def test_comma_evidence_needs_a_comma_and_at_most_two_digits_or_a_point_and_three_then_a_mark() -> None:
    marks = ["", ",", ".", " ", "\u00a0", "'"]
    runs = ["1", "12", "123", "1234", "\u0663\u0664"]
    ends = ["", "x", ",5", ".5"]
    texts = ["".join(parts) for parts in itertools.product(runs, marks, runs, marks, runs, ends)]
    found = [t for t in texts if n._COMMA_EVIDENCE.search(t)]
    assert len(found) > 100
    assert [t for t in found if not n._COMMA_EVIDENCE_MAY_FOLLOW.search(t)] == []


def _change_cue_texts() -> list[str]:
    cues = {w for p, _ in lx.CHANGE_BEFORE for w in re.findall(r"[a-z]+", p)} | {"a total", "in", "the"}
    cues |= {"a rise of", "a fall of", "went up by", "went down by", "is up", "were down", "rises of"}
    texts = [
        text
        for cue, before in itertools.product(sorted(cues), ["", "an ", "prices ", "fell, then ", "rose and "])
        for text in (f"{before}{cue} ", f"{before}{cue} by ", f"{before}{cue}  ", f"{before}{cue}")
    ]
    # in any case, and with letters beyond ASCII, some of which fold to ASCII ones ("ſ" to "s")
    return texts + [t.upper() for t in texts] + [t.title() for t in texts] + [
        variant for t in texts for variant in (f"é {t}", t.replace("s", "ſ"), t.replace("k", "\u212a"))
    ]


#: Each change cue alone, as it is written before a figure, in the lexicon's order.
_EACH_CHANGE_CUE = [(re.compile(rf"\b{p}\s+$", re.IGNORECASE), d) for p, d in lx.CHANGE_BEFORE]


def test_the_change_cues_give_the_direction_of_the_first_cue_that_ends_the_text() -> None:
    for text in _change_cue_texts():
        first = next((d for p, d in _EACH_CHANGE_CUE if p.search(text)), None)
        assert f._CHANGE_CUES_BEFORE.direction(text) == first, text


def test_a_change_cue_must_be_written_in_lower_case() -> None:
    for cue in ["Rose", r"rose\S", "(?-i:rose)"]:
        with pytest.raises(ValueError, match="lower case"):
            f._ChangeCuesBefore([(cue, "increase")])


def test_a_year_is_what_the_year_pattern_full_matches() -> None:
    year = re.compile(r"(?:19|20)\d\d")
    texts = ["1999", "2024", "2100", "1899", "199", "20\u0663\u0664", "19\u00b23", "20a1", "", "2o20"]
    for text in texts:
        assert f._is_year(text) == bool(year.fullmatch(text))


def test_the_unit_after_a_figure_is_the_one_a_group_per_unit_names() -> None:
    units = lx.AMOUNT_UNITS
    named = re.compile(r"^(?:\s|-)?(" + "|".join(f"(?P<u{i}>{p})" for i, (p, _) in enumerate(units)) + r")\b")
    for t in _texts(f._AMOUNT_AFTER):
        m = named.match(t)
        if m is None and re.match(r"-[A-Z][a-z]{2,}\b", t):  # "Six-Mile": read as "six-mile"
            m = named.match(f"-{t[1].lower()}{t[2:]}")
        expected = None if m is None else (next(i for i in range(len(units)) if m.group(f"u{i}")), m.end())
        assert f._amount_after(t) == expected


def test_a_unit_read_again_from_its_text_is_the_one_the_units_give() -> None:
    """The second reading of a unit text comes from what the first found; what follows still decides."""
    units = lx.AMOUNT_UNITS
    named = re.compile(r"^(?:\s|-)?(" + "|".join(f"(?P<u{i}>{p})" for i, (p, _) in enumerate(units)) + r")\b")
    texts = [" pounds of flour", " pounds off", " pounds", " pounds  of", " g of salt", " g.", " g", "-g "]
    for t in texts + texts[::-1]:
        m = named.match(t)
        expected = None if m is None else (next(i for i in range(len(units)) if m.group(f"u{i}")), m.end())
        assert f._amount_after(t) == expected


def test_the_units_look_ahead_no_further_than_the_unit_reading_remembers() -> None:
    for p, _ in lx.AMOUNT_UNITS:
        for look in re.findall(r"\(\?<?[=!]", p):
            assert look == "(?="
        for ahead in re.findall(r"\(\?=([^)]*)\)", p):
            # "of" and a word boundary read three characters; a space one
            assert ahead in ("of\\b", "\\s")
            assert f._UNIT_LOOKAHEAD >= 3


def test_the_last_word_guard_lets_every_not_a_change_phrase_through() -> None:
    words = sorted(set(re.findall(r"[a-z]+", f._NOT_CHANGE.pattern)) | {"falling", "rising"})
    phrases = [f"{a} {b}" for a, b in itertools.product(words, words)]
    for phrase in phrases:
        for text in (v + tail for v in _variants(phrase) for tail in (" ", "  ", "\u00a0", "")):
            last = text.rsplit(None, 1)[-1:]
            if f._NOT_CHANGE.search(text):
                assert last, text
                assert last[0][-2:].lower() in f._NOT_CHANGE_ENDS, text


def test_an_article_the_words_reader_skips_makes_no_number() -> None:
    from factcheck.extract._words import read_words

    for article in f._ARTICLES:
        assert article.lower() in ("a", "an")
        assert read_words(article) is None
    figures, _ = f.scan("A man and AN ox met a child and an owl, then another two.")
    assert [fig.value for fig in figures] == ["2"]


def test_digits_alone_read_the_same_in_any_marks_which_are_then_not_worked_out() -> None:
    keys = [(None, None), (".", frozenset({",", " "})), (",", frozenset({".", " ", "'"}))]
    for token in ["7", "2024", "1234567", "0", "9" * 20]:
        assert len({f._token_facts(token, *key) for key in keys}) == 1
    plain = f._Scanner("Some 12 boats and 300 crew sailed in 2019, and 40-45 came back.")
    plain.run()
    assert not plain._marks_known
    marked = f._Scanner("Some 12,5 tonnes.")
    assert [fig.value for fig in marked.run()] == ["12.5"]
    assert marked._marks_known


#: Texts that put sentence marks, line breaks, quotes, brackets and grouped digits side by side.
PUNCTUATED = [
    "It rose. Then it fell! Did it? Yes.",
    "Mr. Lee met Dr. Park on Jan. 5.\n\nA new part starts here.\nAnd a line.",
    'She said "enough." (Then left.) [Note.] ’Twas late./. Next',
    "a.\n\n\nb", "x.\t\n\u00a0Y", "end.", "", "\n", ".", "?!", "1. 2. 3", "v.2 and 3.5",
    "1,234 and 1 234 and 12 345 678 and 1,2345 and 0.1 234 and 9\u00a0999 and 1.234,5 and 12,34",
    "Totals: 7\u202f000; 45\u2009000, 123 4567, 99 999.",
]


def test_the_sentence_ends_are_those_of_the_pattern_that_tries_each_branch_everywhere() -> None:
    reference = re.compile(r"[.!?](?P<gap>[\"'”’)\]]*(?:/\.)?\s+(?=[\"“‘(\[]?[A-Z0-9]))|\n\s*\n|\n")

    def ends(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
        return [(m.span(), m.span("gap")) for m in pattern.finditer(text)]

    for text in PUNCTUATED:
        for variant in (text, text.replace(" ", "\n"), text.replace(". ", '." ')):
            assert ends(f._SENTENCE_END, variant) == ends(reference, variant)


def test_a_fraction_is_below_a_bound_when_the_integers_say_so() -> None:
    from fractions import Fraction

    for numerator, denominator in itertools.product(range(-30, 31), (1, 2, 3, 4, 7, 8, 100, 3000)):
        value = Fraction(numerator, denominator)
        for bound in (-1, 0, 1, 10, 20):
            assert f._below(value, bound) == (value < bound)


def test_a_fraction_in_words_is_a_share_in_percent_to_two_places() -> None:
    text = "One third of the staff left; seven eighths of the land flooded and two thirds of the boats sank."
    figures, _ = f.scan(text)
    assert [fig.value for fig in figures] == ["33.33", "87.5", "66.67"]
    assert {fig.unit for fig in figures} == {"percent"}


def test_the_hedge_ending_a_text_is_the_one_the_list_of_hedges_finds() -> None:
    listed = re.compile(r"(?:^|(?<=[^\w]))(" + "|".join(re.escape(q) for q in lx.QUALIFIERS) + r")\s+$", re.I)

    def hedge(m: re.Match[str] | None) -> tuple[int, str] | None:
        return None if m is None else (m.start(1), m.group(1))

    leads, tails = ("", " ", "x", "(", "not ", "just "), (" ", "  ", "\n", "", " x")
    for written in (v for q in lx.QUALIFIERS for v in _variants(q)):
        for lead, tail in itertools.product(leads, tails):
            text = lead + written + tail
            found = f._QUAL.search(text, max(0, len(text.rstrip()) - f._LONGEST_QUALIFIER))
            assert hedge(found) == hedge(listed.search(text))


def test_the_candidates_are_those_of_the_pattern_without_its_shortcuts() -> None:
    # the number words are lower-case ASCII letters, which the case-sensitive tree needs
    assert all(w.isascii() and w.isalpha() and w.islower() for w in f._NUMBER_WORDS)
    source = f._CANDIDATE.pattern
    guard = f"(?-i:(?=[^\\W{f._NO_CANDIDATE_INITIALS}]))"  # a word character, not one of those initials
    gate = f"(?=(?-i:{f._NUMBER_WORD})\\b|(?-i:(?=[a-z]*+[^\\Wa-z]))(?:{f._NUMBER_WORD})\\b)"
    date_guard = "(?-i:(?=[\\dJFMASONDmelMEL]))"
    assert guard in source
    assert gate in source
    assert date_guard in source
    unguarded = source.replace(guard, "(?=\\w)").replace(date_guard, "")
    unguarded = unguarded.replace(gate, f"(?=(?:{f._NUMBER_WORD})\\b)")
    plain = re.compile(unguarded, f._CANDIDATE.flags)

    def found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None]]:
        return [(m.span(), m.lastgroup) for m in pattern.finditer(text)]

    words = [*f._NUMBER_WORDS, "mid", "early", "late", "March", "Sept", "USD", "Rs", "by", "king", "pint"]
    words.append("use")
    leads, tails = ("", "x", "-", "(", "5 "), ("", "-June", " March 5", "5", "-thirds of")
    for written in (v for w in words for v in _variants(w)):
        for lead, tail in itertools.product(leads, tails):
            text = lead + written + tail
            assert found(f._CANDIDATE, text) == found(plain, text)


def test_the_last_group_of_a_candidate_names_the_form_it_matched() -> None:
    forms = ("date", "digits", "code", "vulgar", "frac", "ord", "mult", "words")
    text = (
        "On 5 March 2024 and in mid-April, USD115 and Rs500 went on 3/4 of the 12kg bags; ½ of them, "
        "two thirds, a half, the third place, ranked second, sales doubled, twice as many, "
        "twenty-one people, the twentieth year, 4MPs, 5G, 1,234.5 tonnes, 3rd, 10am, a dozen and one hundred."
    )
    seen = set()
    for m in f._CANDIDATE.finditer(text):
        matched = [form for form in forms if m.group(form)]
        assert [f._FORM_OF_LAST_GROUP[m.lastgroup]] == matched, m.group(0)
        seen.update(matched)
    assert seen == set(forms)


def test_the_number_word_trees_match_the_words_of_their_lists_and_no_other() -> None:
    """A tree stands for a plain alternation only where at most one of its words can match at a place:
    each word letters only, so that the character after it (no letter) decides."""
    lists = {
        f._UNIT_W: lx.UNITS_WORDS,
        f._TEN_W: lx.TENS_WORDS,
        f._DEN_W: lx.FRACTION_DENOMINATORS,
        f._ORDINAL_W: lx.ORDINAL_WORDS,
        f._FRAC_NUM: ["a", *lx.UNITS_WORDS],
    }
    probes = {w + tail for words in lists.values() for w in words for tail in ("", "s", "th", "teen")}
    probes |= {w[:-1] for words in lists.values() for w in words} | {"hundreds", "an", "tens", "fift"}
    for tree, words in lists.items():
        assert all(re.fullmatch("[a-z]+", w) for w in words)
        pattern = re.compile(rf"(?:{tree})\b", re.IGNORECASE)
        for probe in sorted(probes):
            for text in (probe, probe.upper(), probe.title()):
                assert (pattern.fullmatch(text) is not None) == (probe in words), text


def test_a_figure_is_made_with_the_fields_and_defaults_it_declares() -> None:
    fields = dataclasses.fields(f.Figure)
    if not extraction_compiled():  # compiled by mypyc, the method keeps no signature to read
        parameters = inspect.signature(f.Figure.__init__).parameters
        assert list(parameters)[1:] == [field.name for field in fields]
    made, other = f.Figure(3, 5, "12", ClaimKind.COUNT), f.Figure(0, 1, "1", ClaimKind.COUNT)
    for field in fields[4:]:
        factory = field.default_factory
        declared = field.default if factory is dataclasses.MISSING else factory()
        assert getattr(made, field.name) == declared, field.name
    made.bases["kind"] = ("a reason", False)
    assert other.bases == {}
    assert dataclasses.replace(made, value="13") == f.Figure(
        3, 5, "13", ClaimKind.COUNT, bases={"kind": ("a reason", False)}
    )


def test_a_whole_number_hedged_to_no_value_is_read_as_an_amount_each_time() -> None:
    for _ in range(2):  # the answer is kept for the kind, value and hedge: the second text asks again
        (empty,), _ = f.scan("The survey found less than 0 people.")
        assert empty.kind is ClaimKind.AMOUNT
        assert empty.note == "reading error: no whole number is less than 0; read as an amount"
        (one,), _ = f.scan("The survey found under 1 person.")
        assert (one.kind, one.note) == (ClaimKind.COUNT, None)


def test_the_tail_guard_lets_every_identifier_tail_through() -> None:
    variants = {v for tail in lx.IDENTIFIER_TAILS for v in _variants(tail)}
    texts = [p + v + t for p, v, t in itertools.product(PREFIXES, variants, TAILS)]
    tails = [t for t in texts if (m := f._NEXT_WORD.match(t)) and m.group(1).lower() in lx.IDENTIFIER_TAILS]
    assert len(tails) > 100
    assert [t for t in tails if t.lstrip()[:2].lower() not in f._TAIL_STARTS] == []
