"""A pattern tried only where one of its first words stands finds what a search at every position finds."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract import _changes as changes
from factcheck.extract import _claims as claims
from factcheck.extract._cues import search_from

#: Each pattern relate searches the words before a figure with, what each of its matches starts with, and
#: phrases it matches (at the end of the words, for most).
PATTERNS = {
    "from before": (claims._FROM_BEFORE, claims._FROM_WORDS,
                    ["from ", "Than ", "compared with ", "against the ", "from the 2023 average of ",
                     "than in May 2021 (", "increase over the ", "rise on "]),
    "verb of change": (claims._VERB_CHANGE, claims._CHANGE_VERBS,
                       ["rose ", "Fell ", "halved", "INCREASED ", "doubled ", "risen "]),
    "part before": (claims._PART_BEFORE, claims._PART_STARTS,
                    ["including ", "of whom ", "among them ", "comprising some ", "Includes two "]),
    "states a change": (claims._STATES_A_CHANGE, claims._STATES_A_CHANGE_STARTS,
                        ["rose by ", "fell ", "an increase of ", "a drop of ", "edged up ", "rose to "]),
    "a loss of": (claims._A_LOSS_OF, claims._A_LOSS_OF_STARTS,
                  ["a loss of ", "a net loss of about ", "the loss of ", "An loss of "]),
    "sample before": (claims._SAMPLE_BEFORE, claims._SAMPLE_STARTS,
                      ["sample of ", "based on ", "a survey of about ", "across the ", "measured in "]),
    "other clause": (claims._OTHER_CLAUSE, claims._OTHER_CLAUSE_STARTS,
                     ["while ", "but ", "although ", "Though ", "meanwhile ", "but still "]),
    "hedge of a verb": (changes._VERB_HEDGE, changes._HEDGE_STARTS,
                        ["more than ", "nearly ", "AT LEAST ", "well over ", "close to ", "just under "]),
}

#: Words between, and letters that ignoring case stand for ASCII ones.
NOISE = ["the ", "x", "5", "2021 ", "% ", "(", "\n", ", ", "\u0131", "\u0130", "\u017f", "\u212a", "\u2019",
         "\u00e9", "\u0663"]


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


def _texts(phrases: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(phrases + NOISE), max_size=6).map("".join)


@pytest.mark.parametrize("name", sorted(PATTERNS))
@given(data=st.data())
def test_tried_where_a_first_word_stands_it_finds_what_a_search_finds(name: str, data: st.DataObject) -> None:
    pattern, starts, phrases = PATTERNS[name]
    text = data.draw(_texts(phrases))
    assert _span(search_from(pattern, text, starts)) == _span(pattern.search(text))
    start = data.draw(st.integers(min_value=0, max_value=len(text)))
    end = data.draw(st.integers(min_value=start, max_value=len(text)))
    assert _span(search_from(pattern, text, starts, start, end)) == _span(pattern.search(text, start, end))


@given(st.data())
def test_a_baseline_before_a_figure_is_found_as_the_search_finds_it(data: st.DataObject) -> None:
    text = data.draw(_texts(["from ", "compared to ", "versus ", "vs. ", "above the estimate of ",
                             "4% on the ", "compared with 5 in 2018 (7.5%) and ", "9", "\u0663% on "]))
    start = data.draw(st.integers(min_value=0, max_value=len(text)))
    for start_at in (0, start):
        expected = claims._BASELINE_BEFORE.search(text, start_at, len(text)) is not None
        assert claims._baseline_before(text, start_at, len(text)) == expected


def test_a_letter_that_ignoring_case_stands_for_an_ascii_one_is_left_to_the_pattern() -> None:
    # "\u017f" (long s) matches "s" ignoring case, which lower() does not give
    text = "sales ro\u017fe by 5"
    assert claims._VERB_CHANGE.search(text) is not None
    assert search_from(claims._VERB_CHANGE, text, claims._CHANGE_VERBS) is not None


def test_a_percentage_in_digits_of_another_script_is_left_to_the_pattern() -> None:
    text = "a gain of \u0663% on "  # an Arabic-Indic three: a digit to the pattern, none of the ASCII ten
    assert claims._BASELINE_BEFORE.search(text) is not None
    assert claims._baseline_before(text, 0, len(text))
