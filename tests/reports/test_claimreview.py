"""ClaimReview JSON-LD: what Google's fact-check markup documentation asks of each review.

Required there: ``claimReviewed`` (text), ``reviewRating`` with ``alternateName``
(the textual verdict), and ``url``. Recommended: ``author`` (the fact-checker,
with a name), ``datePublished``, ``itemReviewed`` (a ``Claim``), and for a
numeric rating ``ratingValue`` within ``worstRating``..``bestRating``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

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


def test_without_ratings_the_run_says_what_it_needs(tmp_path: Path) -> None:
    import factcheck
    from factcheck._bundled import bundled_example

    outcome = factcheck.verify([bundled_example()], formats=["claimreview"], output=tmp_path)
    assert json.loads((tmp_path / "claimreview.jsonld").read_text(encoding="utf-8")) == []
    (warning,) = [w for w in outcome.warnings if "claimreview" in w.message]
    assert "review" in warning.message
    assert all(word in warning.message for word in ("rating", "url", "reviewer", "date"))


#: schema.org's ClaimReview as Google's fact-check markup documentation asks for it, as JSON Schema.
CLAIM_REVIEW_SHAPE: dict[str, Any] = {
    "type": "object",
    "required": ["@context", "@type", "claimReviewed", "reviewRating", "itemReviewed", "author",
                 "url", "datePublished"],
    "properties": {
        "@context": {"const": "https://schema.org"},
        "@type": {"const": "ClaimReview"},
        "claimReviewed": {"type": "string", "minLength": 1},
        "url": {"type": "string", "pattern": "^https?://"},
        "datePublished": {"type": "string", "format": "date",
                          "pattern": r"^\d{4}-\d{2}-\d{2}"},
        "author": {
            "type": "object", "required": ["@type", "name"],
            "properties": {"@type": {"enum": ["Organization", "Person"]},
                           "name": {"type": "string", "minLength": 1}},
        },
        "reviewRating": {
            "type": "object", "required": ["@type", "alternateName"],
            "properties": {
                "@type": {"const": "Rating"},
                "alternateName": {"type": "string", "minLength": 1},
                "ratingValue": {"type": "number"},
                "bestRating": {"type": "number"},
                "worstRating": {"type": "number"},
            },
            "dependentRequired": {"ratingValue": ["bestRating", "worstRating"]},
        },
        "itemReviewed": {
            "type": "object", "required": ["@type"],
            "properties": {
                "@type": {"const": "Claim"},
                "author": {"type": "object", "required": ["@type", "name"]},
                "appearance": {"type": "object", "required": ["@type", "url"]},
                "firstAppearance": {"type": "object", "required": ["@type", "url"]},
                "datePublished": {"type": "string"},
            },
        },
    },
}


def test_valid_against_the_claimreview_shape(demo_run: Run) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    reviews = _reviews(demo_run)
    assert reviews
    for review in reviews:
        jsonschema.validate(review, CLAIM_REVIEW_SHAPE, cls=jsonschema.Draft202012Validator)
    broken = {**reviews[0]}
    del broken["itemReviewed"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, CLAIM_REVIEW_SHAPE, cls=jsonschema.Draft202012Validator)
