"""Shares stated of the figure after "of the", with their part beside them: all three links by wording."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import Status
from factcheck._models import ClaimKind
from factcheck.extract import extract_claims
from tests.conftest import verified


def _statuses(tmp_path: Path, text: str) -> list[Status]:
    return [r.status for r in verified(tmp_path, text, "share-matches-counts")]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("About 40% of the 2,500 members, or roughly 1,000 people, voted.",
         "About 60% of the 2,500 members, or roughly 1,000 people, voted."),
        ("One in five of the 4,000 flats inspected, or 800, had damp.",
         "One in three of the 4,000 flats inspected, or 800, had damp."),
        ("The 300 nurses formed a quarter of the 1,200 staff.",
         "The 300 nurses formed a third of the 1,200 staff."),
        ("Nurses accounted for 300 of the 1,200 staff, or 25%.",
         "Nurses accounted for 300 of the 1,200 staff, or 35%."),
        ("300 of its 1,200 workers, or 25%, are abroad.", "300 of its 1,200 workers, or 45%, are abroad."),
        ("The mayor won 3,150 votes, representing 42.0 percent of the 7,500 votes cast.",
         "The mayor won 3,150 votes, representing 44.0 percent of the 7,500 votes cast."),
        ("In all, 1,800 households (or 45 percent) of the 4,000 surveyed had no car.",
         "In all, 1,800 households (or 55 percent) of the 4,000 surveyed had no car."),
    ],
)
def test_a_share_with_its_part_and_stated_whole_is_checked(tmp_path: Path, text: str, wrong: str) -> None:
    assert _statuses(tmp_path, text) == [Status.PASS]
    assert _statuses(tmp_path, wrong) == [Status.FAIL]


def test_the_links_are_stated_by_wording() -> None:
    claims = {c.mentions[0].quote: c for c in extract_claims(
        "About 40% of the 2,500 members, or roughly 1,000 people, voted.", language="en").claims}
    share = claims["About 40%"]
    assert share.kind is ClaimKind.SHARE
    assert share.share_of is not None
    assert share.share_of.whole == claims["2,500 members"].id
    assert share.share_of.part == claims["roughly 1,000 people"].id
    assert share.basis is not None
    assert share.basis["share_of"].certain


def test_a_share_of_the_whole_without_a_part_beside_it_is_left_alone() -> None:
    claims = extract_claims("About 40% of the 2,500 members voted, the union said.", language="en").claims
    assert next(c for c in claims if c.value == "40").share_of is None


@pytest.mark.parametrize(
    "text",
    ["May brought 260mm of rain (289% of the 90mm average).",  # a figure set against a reference level
     "May brought 260mm of rain (289% of the 90mm)."],  # over 100%: a ratio, no share
)
def test_a_percentage_of_a_reference_or_over_a_hundred_is_no_share(text: str) -> None:
    claims = extract_claims(text, language="en").claims
    assert all(c.share_of is None and c.part_of is None for c in claims)
