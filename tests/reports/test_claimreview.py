"""ClaimReview JSON-LD: what Google's fact-check markup documentation asks of each review.

Required there: ``claimReviewed`` (text), ``reviewRating`` with ``alternateName``
(the textual verdict), and ``url``. Recommended: ``author`` (the fact-checker,
with a name), ``datePublished``, ``itemReviewed`` (a ``Claim``), and for a
numeric rating ``ratingValue`` within ``worstRating``..``bestRating``.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from factcheck.reports import Run, render

GOOGLE_REQUIRED = ("claimReviewed", "reviewRating", "url")


def _reviews(run: Run) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(render(run, ["claimreview"])["claimreview"])
    return data


def test_only_rated_claims_are_exported(demo_run: Run) -> None:
    rated = [c for c in demo_run.documents[0].claims_file.claims if c.review is not None]
    reviews = _reviews(demo_run)
    assert len(reviews) == len(rated) == 1
    assert reviews[0]["url"] == rated[0].review.url  # type: ignore[union-attr]


def test_every_review_has_what_google_requires(demo_run: Run) -> None:
    for review in _reviews(demo_run):
        assert review["@context"] == "https://schema.org"
        assert review["@type"] == "ClaimReview"
        for prop in GOOGLE_REQUIRED:
            assert review.get(prop), prop
        assert isinstance(review["claimReviewed"], str)
        assert len(review["claimReviewed"]) < 75
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating"
        assert rating["alternateName"] == "Misleading"
        assert review["url"].startswith("https://")


def test_and_what_it_recommends(demo_run: Run) -> None:
    (review,) = _reviews(demo_run)
    assert review["author"] == {"@type": "Organization", "name": "Demo Fact Desk"}
    assert dt.date.fromisoformat(review["datePublished"]) == dt.date(2025, 1, 20)
    rating = review["reviewRating"]
    assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"]["name"] == "Demo Gazette"
    assert item["appearance"]["url"] == "https://example.org/harbour-city"
    assert dt.date.fromisoformat(item["datePublished"]) == dt.date(2025, 1, 15)


def test_safe_to_paste_into_a_script_element(demo_run: Run) -> None:
    text = render(demo_run, ["claimreview"])["claimreview"]
    assert "<" not in text
    assert ">" not in text
    assert "<i>moved</i>" in _reviews(demo_run)[0]["claimReviewed"]


def test_no_rated_claims_gives_an_empty_list(demo_run: Run) -> None:
    doc = demo_run.documents[0]
    unrated = doc.claims_file.model_copy(
        update={"claims": [c.model_copy(update={"review": None}) for c in doc.claims_file.claims]}
    )
    from factcheck._documents import LoadedClaims

    run = Run(demo_run.report, [LoadedClaims(unrated, doc.path, doc.text, doc.text_path)])
    assert _reviews(run) == []
