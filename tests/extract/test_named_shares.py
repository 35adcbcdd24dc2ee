"""Margins and shares whose part is named by another noun, linked to the figures so named, as guesses."""

from __future__ import annotations

from pathlib import Path

import factcheck
from factcheck import Status
from tests.conftest import verified

RESULTS = """\
Key figures

Sales
$ million
$412.0m

Adjusted Operating Profit
$ million
$30.9m

Operating Profit
$ million
$26.0m

Highlights
  • Demand held up well, with an adjusted operating margin of {margin}
"""

CLUB = """\
Rivertown Rovers at a glance
Turnover 5th highest in the division: £96m, up from £88m
Wage bill 7th highest in the division: £58m, up from £51m

The ground is small, yet income came to £96m, and the board holds its wage bill to {share} of turnover.
"""


def _share_link(text: str, quote: str) -> tuple[str | None, str | None, bool] | None:
    claims = factcheck.extract_claims(text).claims
    by_id = {c.id: c for c in claims}
    claim = next(c for c in claims if any(m.quote == quote for m in c.mentions))
    if claim.share_of is None:
        return None
    part = by_id[claim.share_of.part].value if claim.share_of.part else None
    whole = by_id[claim.share_of.whole].value if claim.share_of.whole else None
    assert claim.basis is not None
    return part, whole, claim.basis["share_of"].certain


def test_a_margin_is_the_profit_of_its_qualifiers_over_sales() -> None:
    assert _share_link(RESULTS.format(margin="7.5%"), "7.5%") == ("30.9m", "412.0m", False)


def test_a_margin_whose_qualifiers_name_no_stated_profit_is_not_linked() -> None:
    text = RESULTS.format(margin="7.5%").replace("adjusted operating margin", "adjusted gross margin")
    assert _share_link(text, "7.5%") is None


def test_a_margin_without_qualifiers_is_not_linked() -> None:
    text = RESULTS.format(margin="7.5%").replace("an adjusted operating margin", "a margin")
    assert _share_link(text, "7.5%") is None


def test_an_unqualified_operating_margin_takes_the_plain_operating_profit() -> None:
    text = RESULTS.format(margin="6.3%").replace("adjusted operating margin", "operating margin")
    assert _share_link(text, "6.3%") == ("26.0m", "412.0m", False)


def test_a_margin_is_not_linked_when_two_sales_figures_differ() -> None:
    text = RESULTS.format(margin="7.5%").replace("Operating Profit\n$ million\n$26.0m",
                                                 "Sales\n$ million\n$380.0m")
    assert _share_link(text, "7.5%") is None


def test_a_share_named_by_the_subject_of_its_clause_takes_that_figure_as_its_part() -> None:
    assert _share_link(CLUB.format(share="60%"), "60%") == ("58m", "96m", False)


def test_a_share_whose_subject_names_no_figure_is_not_linked() -> None:
    text = CLUB.format(share="60%").replace("its wage bill", "its transfer budget")
    link = _share_link(text, "60%")
    assert link is None or link[0] is None


def test_a_margin_far_from_its_figures_asks_for_review_and_never_fails(tmp_path: Path) -> None:
    results = verified(tmp_path, RESULTS.format(margin="9.9%"), "share-matches-counts", name="results.txt")
    assert results
    assert all(r.status is not Status.FAIL for r in results)
    assert any("needs review" in r.explanation for r in results)


def test_an_adjusted_margin_never_takes_the_reported_profit() -> None:
    text = RESULTS.format(margin="7.5%").replace("Adjusted Operating Profit\n$ million\n$30.9m\n\n", "")
    assert _share_link(text, "7.5%") is None
