"""Web pages: the article's main text and metadata, without the page around it."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import InputError, extract_claims
from factcheck.readers import read_file
from tests.readers.conftest import DATA

PAGE = DATA / "riverton-buses.html"  # written for these tests: an article inside a whole news page
BOILERPLATE = ("$1 a week", "300 new homes", "3-1", "50% off", "01632", "© 2025", "Most read", "2am bus")


def test_the_main_text_is_kept_and_the_page_around_it_left_out() -> None:
    article = read_file(PAGE)
    assert "carried 1.2 million passengers in 2024" in article.text
    assert "1 in 5 stops still has no shelter" in article.text
    for phrase in BOILERPLATE:
        assert phrase not in article.text, phrase
    assert "pageviews" not in article.text
    assert "color" not in article.text


def test_metadata_comes_from_the_page() -> None:
    article = read_file(PAGE)
    assert article.format == "html"
    assert article.title == "Night buses carried 1.2 million passengers last year"  # no "| Riverton Daily"
    assert (article.author, article.date, article.site_name, article.language) == (
        "Maya Okafor", "2025-02-14", "Riverton Daily", "en-GB")


def test_paragraphs_are_separated_by_blank_lines_and_inline_markup_joined() -> None:
    article = read_file(PAGE)
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 6
    assert all("\n" not in p for p in paragraphs)


def test_no_figure_comes_from_navigation_asides_comments_or_footer() -> None:
    claims = extract_claims(PAGE)
    quotes = [m.quote for c in claims.claims for m in c.mentions]
    assert "420,000" in quotes
    assert "£4.8 million" in quotes
    text = read_file(PAGE).text
    for c in claims.claims:
        for m in c.mentions:
            assert text[m.start : m.end] == m.quote
    assert not {"$1", "300", "3", "1", "50%", "01632", "12", "40 people"} & set(quotes)
    document = claims.document
    assert (document.author, document.publisher, str(document.date), document.language) == (
        "Maya Okafor", "Riverton Daily", "2025-02-14", "en-GB")


def test_a_short_page_keeps_a_bold_figure_in_its_sentence(tmp_path: Path) -> None:
    page = tmp_path / "short.html"
    page.write_text("<html><body><div>Volunteers reached <b>1,250</b> families in 2024.</div></body></html>")
    assert read_file(page).text == "Volunteers reached 1,250 families in 2024."


def test_a_page_without_text_is_bad_input(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_text("<html><head><script>var n = 5;</script></head><body></body></html>")
    with pytest.raises(InputError, match=r"empty\.html:1:1: found no article text"):
        read_file(page)


def test_a_date_is_never_guessed_from_the_words(tmp_path: Path) -> None:
    page = tmp_path / "undated.html"
    page.write_bytes("<html><head><meta charset='iso-8859-1'><title>Café</title></head><body><article>"
                     "<p>The café served 1,250 meals in 2024 at £2 each.</p></article></body></html>"
                     .encode("latin-1"))
    article = read_file(page)
    assert article.date is None
    assert article.text == "The café served 1,250 meals in 2024 at £2 each."  # its charset honoured
