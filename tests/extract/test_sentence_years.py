"""The years a sentence names a time by, found year by year: what searching at every word finds."""

from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract._claims import _A_YEAR, _YEAR_CONTEXT, _baseline_mark, _sentence_years, _year_at

PIECES = ["in ", "of ", "the ", "year ", "fiscal ", "FY", "FY ", "2019", "1999", "2020", "-", "–", "/",
          " to ", " and ", "'s", "’s", "\u017f", "\u212a", "\u0130", "\u0131", "\u00a0", "\n", "x", "5", ",",
          "since ", "first half of ", "whole of ", "IN ", "Of ", "fy2019", "20", "19", "from ", "up ",
          "than ", "\x1c", "é", "Ä "]


@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=14).map("".join), st.data())
def test_every_year_a_search_at_every_word_finds_is_found(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(min_value=0, max_value=len(text)))
    end = data.draw(st.integers(min_value=start, max_value=len(text)))
    first = _A_YEAR.search(text, start, len(text))
    if first is None or first.start() >= end:
        return  # a sentence without four digits is not read
    expected = [(m.start(), m.group(1) or m.group(2), _baseline_mark(text, start, _year_at(m)))
                for m in _YEAR_CONTEXT.finditer(text, start, end)]
    assert _sentence_years(text, start, end, first.start()) == expected


def test_a_year_after_from_opens_a_baseline_and_one_after_in_does_not() -> None:
    text = "Sales rose to 9 in 2020, up from 5 in 2019."
    years = _sentence_years(text, 0, len(text), text.index("2020"))
    assert [(year, mark) for _, year, mark in years] == [("2020", None), ("2019", text.index("from"))]
