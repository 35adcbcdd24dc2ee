"""PDF reports: text page by page, with the page of every figure known."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck import InputError, extract_claims
from factcheck.readers import read_file
from tests.readers.makers import make_pdf

PAGES = [
    ["Night bus report 2024", "The network carried 1.2 million passengers in 2024."],
    ["Routes", "The council runs 14 night routes.", "It will add 3 routes in the spring."],
    ["Costs", "Running the network cost 4.8 million pounds."],
]


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "night-buses.pdf"
    path.write_bytes(make_pdf(PAGES, title="Night bus report"))
    return path


def test_pages_are_read_in_order_with_their_offsets(report: Path) -> None:
    article = read_file(report)
    assert article.format == "pdf"
    assert (article.title, article.author) == ("Night bus report", "Test Desk")
    assert article.pages is not None
    assert len(article.pages) == 3
    for number, lines in enumerate(PAGES):
        start = article.pages[number]
        assert article.text[start:].startswith(lines[0])


def test_a_figure_knows_its_page(report: Path) -> None:
    claims = extract_claims(report)
    document = claims.document
    pages = {m.quote: document.page_at(m.start) for c in claims.claims for m in c.mentions}
    assert pages["1.2 million passengers"] == 1
    assert pages["14 night routes"] == 2
    assert pages["3 routes"] == 2
    assert document.pages is not None
    assert len(document.pages) == 3


def test_a_broken_pdf_is_bad_input(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\nthis is not really a PDF")
    with pytest.raises(InputError, match=r"broken\.pdf:1:1: not a readable PDF"):
        read_file(path)


def test_a_pdf_without_text_says_so(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([[]]))
    with pytest.raises(InputError, match="no text layer"):
        read_file(path)


def test_the_html_report_names_the_page_of_each_figure(report: Path) -> None:
    from factcheck import evaluate, load_rules
    from factcheck._bundled import bundled_rules
    from factcheck.extract import load_article
    from factcheck.reports import Run, render

    document = load_article(report)
    run = Run(report=evaluate([document], load_rules([bundled_rules() / "generic"])), documents=[document])
    html = render(run, ["html"])["html"]
    assert re.search(r'title="[^"]* · page 2">14 night routes<', html)
    assert re.search(r'title="[^"]* · page 1">1\.2 million passengers<', html)
