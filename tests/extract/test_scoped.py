"""A figure restated in the same words under another place's name is one figure only as a guess."""

from __future__ import annotations

from pathlib import Path

from factcheck import Status
from factcheck.extract import extract_claims
from factcheck.extract._scoped import ANOTHER_SCOPE
from tests.conftest import verified

RULE = "mentions-agree"

#: The first results are of the largest region, named only in the first sentence; the last line
#: sets its figures under another region's name. "the Greens with N seats" comes twice.
REGIONS = (
    "The Blues, which won 19 of the 90 seats in the Northern assembly, came second.\n\n"
    "The Greens with 7 seats trailed well behind in the largest region.\n\n"
    "In Eastvale, the Reds with 21 seats polled more than the Greens with 28 seats."
)


def test_the_same_words_under_another_places_name_are_grouped_as_a_guess() -> None:
    claims = extract_claims(REGIONS).claims
    (claim,) = [c for c in claims if {m.quote for m in c.mentions} >= {"7 seats", "28 seats"}]
    assert claim.basis is not None
    assert not claim.basis["mentions"].certain
    assert claim.basis["mentions"].how.endswith(ANOTHER_SCOPE)


def test_they_never_fail_as_one_figure_stated_twice(tmp_path: Path) -> None:
    assert not [r for r in verified(tmp_path, REGIONS, RULE) if r.status is Status.FAIL]


def test_the_same_words_with_no_place_named_still_fail_when_they_disagree(tmp_path: Path) -> None:
    text = ("The Greens with 7 seats finished third, the count showed on Friday.\n\n"
            "Party officials said the Greens with 9 seats would join the coalition.")
    assert [r.status for r in verified(tmp_path, text, RULE)] == [Status.FAIL]


def test_the_same_place_named_in_both_still_fails_when_they_disagree(tmp_path: Path) -> None:
    text = ("In Eastvale, the Greens with 7 seats finished third.\n\n"
            "Officials in Eastvale said the Greens with 9 seats would join the coalition.")
    assert [r.status for r in verified(tmp_path, text, RULE)] == [Status.FAIL]
