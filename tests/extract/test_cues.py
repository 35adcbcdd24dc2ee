"""The cheap test a relation pass makes before its costly search: never "no" where the search finds one."""

import re

from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract._cues import (
    ends_a_word,
    fewest_words,
    followed_by,
    heads_before,
    matches_from,
    may_hold,
    may_hold_short,
    may_stand,
    occurrences,
    sentences_holding,
    sentences_opening_on,
    stands_alone,
    starts_before_word,
    words_ending,
)

WORDS = ("first", "second", "deficit", "kept")
PATTERN = re.compile("|".join(WORDS), re.IGNORECASE)


def test_a_word_in_any_case_is_found() -> None:
    assert may_hold("It came FIRST in the poll.", WORDS)
    assert may_hold("The Deficit widened.", WORDS)


def test_a_text_without_the_words_is_answered_no() -> None:
    assert not may_hold("Exports rose 4% in the year.", WORDS)


def test_letters_that_ignoring_case_stand_for_ascii_ones_are_a_maybe() -> None:
    # the pattern matches these spellings although lower() does not give the word
    for text in ("the f\u0131rst time", "the F\u0130RST time", "a \u017fecond look", "\u212aept apart"):
        assert PATTERN.search(text) is not None
        assert may_hold(text, WORDS)


ODD = "\u0130\u0131\u017f\u212a\u00df"


@given(st.text(alphabet=st.sampled_from(list("firstecondDFkKpa " + ODD)), max_size=30))
def test_never_no_where_the_pattern_matches(text: str) -> None:
    if PATTERN.search(text) is not None:
        assert may_hold(text, WORDS)


HEADS = ("the", "its", "ranked")
HEADED = re.compile(r"\b(?:the|its|ranked)\s+(first|second)(?:\s+([A-Za-z]+))?", re.IGNORECASE)


@given(st.lists(st.sampled_from(["the", "its", "ranked", "first", "second", "The", "FIRST", "xthe", " ", "  ",
                                 "\n", "a", "-", "\u0131"]), max_size=14).map("".join))
def test_tried_only_where_a_match_can_start_finds_what_finditer_finds(text: str) -> None:
    words = occurrences(text, ("first", "second"))
    expected = [m.span() for m in HEADED.finditer(text)]
    if words is None:  # a letter that folds to an ASCII one: the caller searches the whole text
        assert "\u0131" in text
        return
    found = matches_from(HEADED, text, heads_before(text, words, map(len, HEADS)))
    assert [m.span() for m in found] == expected


def test_occurrences_ignore_case_and_keep_order() -> None:
    assert occurrences("Second, then first and FIRST", ("first", "second")) == [0, 13, 23]
    assert occurrences("nothing here", ("first",)) == []


def test_a_few_words_are_looked_for_as_said_in_any_case() -> None:
    assert may_hold_short("was up from the 12 in", ("from", "than"))
    assert may_hold_short("Up FROM ", ("from", "than"))
    assert not may_hold_short("a total of ", ("from", "than"))


@given(st.text(alphabet=st.sampled_from(list("firstecondDFkKpa " + ODD)), max_size=30))
def test_a_few_words_are_never_no_where_the_pattern_matches(text: str) -> None:
    if PATTERN.search(text) is not None:
        assert may_hold_short(text, WORDS)


@given(st.text(alphabet=st.sampled_from(list("firstecondDFkKpa .\n" + ODD)), max_size=40),
       st.lists(st.integers(min_value=1, max_value=40), max_size=5))
def test_the_sentences_holding_a_word_are_those_may_stand_says_may(text: str, cuts: list[int]) -> None:
    starts = sorted({0, *(c for c in cuts if c < len(text))})
    holding = sentences_holding(text, WORDS, starts)
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        assert may_stand(text, WORDS, start, end) == (holding is None or k in holding)


def test_the_sentences_holding_a_word_are_named_by_their_index() -> None:
    text = "Prices rose. The deficit grew. Exports fell. It came first."
    starts = [0, 13, 31, 45]
    assert sentences_holding(text, WORDS, starts) == {1, 3}


PIECES = ["rise", "rises", "fall", "RISE", "total", "totals", "net", "net-zero", "of", " ", "\n", "x", "-",
          "\u0131", "\u212a"]


@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_a_word_ending_is_never_no_where_a_pattern_ending_it_matches(text: str) -> None:
    if re.search(r"\b(?:rise|fall)\b", text, re.IGNORECASE):
        assert ends_a_word(text, ("rise", "fall"))
    if re.search(r"\b(?:total|net)\s+of", text, re.IGNORECASE):
        assert ends_a_word(text, ("total", "net"), spaced=True)


def test_a_longer_word_holding_one_ends_none() -> None:
    assert not ends_a_word("Prices rises and falls.", ("rise", "fall"))
    assert ends_a_word("A rise.", ("rise", "fall"))
    assert not ends_a_word("It reached net-zero.", ("net",), spaced=True)
    assert ends_a_word("It reached net-zero.", ("net",))
    assert ends_a_word("net of fees", ("net",), spaced=True)


GROUP = re.compile(r"\b(?i:men|male)\b")


@given(st.lists(st.sampled_from(["men", "women", "male", "female", "MEN", "5", " ", "x", "\u017f"]),
                max_size=10).map("".join))
def test_a_word_alone_is_never_no_where_a_pattern_of_whole_words_matches(text: str) -> None:
    ends = {m.end() for m in re.finditer(r"\d", text)}
    starts = {m.start() for m in re.finditer(r"\d", text)}
    after_a_figure = any(re.match(r"(?:men|male)\b", text[at:], re.IGNORECASE) for at in ends)
    before_a_figure = any(GROUP.search(text, 0, at) for at in starts)
    if GROUP.search(text) or after_a_figure or before_a_figure:
        assert stands_alone(text, ("men", "male"), ends, starts)


def test_a_word_another_ends_with_stands_alone_only_after_a_figure() -> None:
    assert not stands_alone("Half of them women work for the government.", ("men",))
    assert stands_alone("Half of them men.", ("men",))
    assert stands_alone("twomen", ("men",), {3})  # "two" read as a figure, "men" right after it
    assert not stands_alone("twomen", ("men",))
    assert stands_alone("mentwo", ("men",), (), {3})  # read up to the figure "two" only


def test_a_word_is_followed_by_one_of_several_in_any_case() -> None:
    assert followed_by("Murders - Province by Province", "by ", ("province", "state"))
    assert not followed_by("Cut by a third, by 2030.", "by ", ("province", "state"))


@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_every_word_ending_is_placed_where_a_pattern_ending_it_matches(text: str) -> None:
    found = words_ending(text, ("rise", "fall"))
    assert (found is None or bool(found)) == ends_a_word(text, ("rise", "fall"))
    for m in re.finditer(r"(?:rise|fall)\b", text, re.IGNORECASE):
        assert found is None or m.span() in found


def test_a_word_ending_is_placed_by_its_start_and_end() -> None:
    assert words_ending("Rises, a RISE of 5 and a fall", ("rise", "fall")) == [(9, 13), (25, 29)]


OPENINGS = re.compile(r"\s*(?:This|It)\s+", re.IGNORECASE)


@given(st.lists(st.sampled_from(["This", "this", "IT", "it", "Its", "thisx", " ", "\n", "\t", "x", ".",
                                 "\u0131", "\u0130"]), max_size=12).map("".join),
       st.lists(st.integers(min_value=1, max_value=40), max_size=5))
def test_a_sentence_opening_on_a_word_is_never_missed(text: str, cuts: list[int]) -> None:
    starts = sorted({0, *(c for c in cuts if c < len(text))})
    opening = sentences_opening_on(text, ("this", "it"), starts)
    for k, start in enumerate(starts):
        if OPENINGS.match(text, start):
            assert opening is None or k in opening


def test_only_a_sentence_whose_first_word_is_one_is_named() -> None:
    text = "It rose. Items fell. This was all. Then this."
    assert sentences_opening_on(text, ("this", "that", "it"), [0, 9, 21, 35]) == {0, 2}


PER_DAY = re.compile(r"\b(?:every|a|per)\s+day", re.IGNORECASE)


@given(st.lists(st.sampled_from(["every", "Every", "a", "A", "per", "day", "days", "DAY", "today", " ", "\n",
                                 "x", "5", "\u0131"]), max_size=12).map("".join))
def test_the_starts_before_a_word_are_those_finditer_finds(text: str) -> None:
    expected = [m.start() for m in PER_DAY.finditer(text)]
    assert starts_before_word(PER_DAY, text, "day", ("every", "a", "per")) == expected


def test_the_fewest_words_hold_no_other_and_are_held_as_often() -> None:
    words = ("deficit", "deficits", "gap", "surplus", "surpluses")
    assert fewest_words(words) == ("deficit", "gap", "surplus")
    for text in ("the deficits grew", "a GAP", "surpluses", "nothing"):
        assert may_hold(text, words) == may_hold(text, fewest_words(words))
