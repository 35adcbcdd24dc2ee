"""ClaimReview JSON-LD: the ratings people gave claims, as fact-checkers publish them.

Only claims with a ``review`` in the claims file are exported: a rating is a
person's judgement, which a consistency check cannot give. The markup follows
Google's fact-check documentation: ``claimReviewed``, ``reviewRating`` with
an ``alternateName`` and ``url`` are required; the reviewer (``author``),
``datePublished`` and the reviewed ``Claim`` (who said it, where it appears)
are recommended and given whenever the claims file knows them. Numeric
ratings are on a 1 (worst) to 5 (best) scale.
"""

from __future__ import annotations

import json
from typing import Any

from factcheck._documents import LoadedClaims
from factcheck._errors import Problem
from factcheck._models import Claim, ClaimReview
from factcheck._safe_text import is_web_url
from factcheck.reports import Run, register

BEST, WORST = 5, 1


def claim_summary(claim: Claim) -> str:
    """A short sentence for ``claimReviewed`` when the reviewer wrote none."""
    what = claim.label or claim.measures.replace(".", " ").replace("_", " ")
    when = f" ({claim.period})" if claim.period else ""
    return f"{claim.stated}: {what}{when}"


def _rating(review: ClaimReview) -> dict[str, Any]:
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": review.rating, "name": review.rating}
    if review.rating_value is not None:
        rating |= {"ratingValue": review.rating_value, "bestRating": BEST, "worstRating": WORST}
    return rating


def _item(doc: LoadedClaims, claim: Claim) -> dict[str, Any]:
    d = doc.claims_file.document
    item: dict[str, Any] = {"@type": "Claim"}
    if d.publisher:
        item["author"] = {"@type": "Organization", "name": d.publisher}
    if d.date:
        item["datePublished"] = d.date.isoformat()
    if is_web_url(d.url):  # readers make links of it: only http(s), never javascript:
        work = {"@type": "CreativeWork", "url": d.url, "headline": d.title}
        item["appearance"] = work
        item["firstAppearance"] = work
    return item


def claim_review(doc: LoadedClaims, claim: Claim, review: ClaimReview) -> dict[str, Any]:
    """One schema.org ClaimReview object for a rated claim."""
    out = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": review.url,
        "claimReviewed": review.claim_reviewed or claim_summary(claim),
        "author": {"@type": "Organization", "name": review.reviewer},
        "datePublished": review.date.isoformat(),
        "reviewRating": _rating(review),
        "itemReviewed": _item(doc, claim),
    }
    if not is_web_url(review.url):  # readers make links of it: only http(s), never javascript:
        del out["url"]
    return out


#: What a claims file needs for ClaimReview output, for the warning when nothing is rated.
NEEDS = ("a `review` on each claim a person rated: rating (e.g. 'Misleading'), url (the "
         "fact-check's page), reviewer (who rated it) and date")


def missing_reviews(run: Run) -> Problem | None:
    """A warning when no claim carries a rating: the format then has nothing to publish."""
    if any(c.review is not None for d in run.documents for c in d.claims_file.claims):
        return None
    where = str(run.documents[0].path) if run.documents else "claimreview"
    return Problem(where, 1, 1, "warning: claimreview: no claim is rated, so claimreview.jsonld "
                   f"is an empty list; a consistency check cannot rate a claim, it needs {NEEDS}")


@register("claimreview", filename="claimreview.jsonld")
def render(run: Run) -> str:
    """schema.org ClaimReview JSON-LD for the claims a person rated (a list; empty if none)."""
    reviews = [
        claim_review(doc, claim, claim.review)
        for doc in sorted(run.documents, key=lambda d: d.document_id)
        for claim in doc.claims_file.claims
        if claim.review is not None
    ]
    text = json.dumps(reviews, indent=2, ensure_ascii=False)
    # Escaped so the markup can be pasted into a <script type="application/ld+json"> as is.
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") + "\n"
