"""A share of a noun ("60% of all victims") is a share of the text's one count of that noun, by wording."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import Status
from factcheck.extract import extract_claims
from factcheck.extract._named_wholes import _scopes
from tests.conftest import verified

RULE = "share-matches-counts"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inspectors found 500 victims. Minors made up 60% of all victims, 300 in total.", Status.PASS),
        ("Inspectors found 500 victims. Minors made up 60% of all victims, 310 in total.", Status.FAIL),
        ("Adults were 30% of the referrals, 3,120 people in total. Agencies sent the 10,900 referrals.",
         Status.FAIL),
        ("Agencies sent the 10,400 referrals. Adults were 30% of the referrals, 3,120 people in total.",
         Status.PASS),
        ("The lake held 800 swans. Young birds were 25% of the swans, 260 in all.", Status.FAIL),
    ],
)
def test_the_one_count_of_the_noun_is_the_whole(tmp_path: Path, text: str, expected: Status) -> None:
    assert [r.status for r in verified(tmp_path, text, RULE)] == [expected]


def test_the_link_says_which_count_it_took() -> None:
    claims = extract_claims("Inspectors found 500 victims. Minors made up 60% of all victims, 310 in total.")
    (share,) = [c for c in claims.claims if c.share_of is not None]
    assert share.basis is not None
    link = share.basis["share_of"]
    assert link.certain
    assert "'victims'" in link.how
    assert "500 victims" in link.how


@pytest.mark.parametrize(
    "text",
    [
        # two counts of the noun: which one the share is of is the reader's guess
        "Inspectors found 500 victims this spring and 450 victims in the autumn. "
        "Minors made up 60% of all victims, 310 in total.",
        # the share is said of another place than the count
        "Inspectors found 500 victims. Across Northshire, minors made up 60% of victims, 310 in total.",
        "Inspectors found 500 victims. Nationally, minors made up 60% of victims, 310 in total.",
        # the count of the noun is itself a part of something larger
        "Of the 900 people interviewed, 500 victims spoke. Minors made up 60% of all victims, 310 in total.",
    ],
)
def test_a_whole_the_wording_does_not_settle_never_fails(tmp_path: Path, text: str) -> None:
    assert Status.FAIL not in [r.status for r in verified(tmp_path, text, RULE)]


def test_scopes_are_names_after_a_scope_word_and_scope_adverbs() -> None:
    assert _scopes("In the Lakes district, 30% of homes were flooded nationally") == {"lakes", "nationally"}
    assert _scopes("In March, 30% of homes in 2023 were flooded") == frozenset()


@pytest.mark.parametrize(
    ("share", "expected"),
    [("15.2%", Status.PASS), ("12.2%", Status.FAIL)],
)
def test_a_share_of_a_qualified_noun_is_of_the_count_so_qualified(
        tmp_path: Path, share: str, expected: Status) -> None:
    text = (f"The port logged 10,000 ship calls and 668,277 passenger movements. May saw 101,578 passenger "
            f"movements, equivalent to {share} of all passenger movements.")
    assert [r.status for r in verified(tmp_path, text, RULE)] == [expected]


@pytest.mark.parametrize(
    ("year", "expected"),
    # each count of the noun tied to its year by wording: the part's year picks the whole
    [("were recorded in 2015", Status.FAIL),
     # the part's year is only the nearest one: a guess
     ("arrived, a record for 2015", Status.INCONCLUSIVE)],
)
def test_the_part_s_stated_period_picks_one_of_several_counts(
        tmp_path: Path, year: str, expected: Status) -> None:
    text = (f"Some 608,786 visitors were recorded in 2012. Some 668,277 visitors were recorded in 2015. "
            f"Another 125,164 visitors, or 15.7% of all visitors, {year}.")
    assert [r.status for r in verified(tmp_path, text, RULE)] == [expected]
