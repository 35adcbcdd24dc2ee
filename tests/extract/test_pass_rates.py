"""A pass percentage beside the count that passed and the count that sat is that count's share."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import Status
from factcheck.extract import extract_claims
from factcheck.extract._pass_rates import OVERALL_OF_A_GROUP
from tests.conftest import verified

RULE = "share-matches-counts"


@pytest.mark.parametrize("text", [
    "Of the 4,312 pupils who sat the papers, 3,234 passed, and the pass percentage was 75.",
    "Of the 4,312 pupils, 3,234 cleared the exams this spring and the pass percentage was 75.00, "
    "up from 71.20.",
    "The pass rate this year is 75 per cent with 3,234 of the 4,312 candidates qualifying.",
    "The board said that out of 28.64 lakh candidates who sat, 21.48 lakh passed and the pass "
    "percentage was 75.",
])
def test_a_pass_rate_that_fits_passes_and_one_that_does_not_fails(tmp_path: Path, text: str) -> None:
    assert [r.status for r in verified(tmp_path, text, RULE)] == [Status.PASS]
    wrong = text.replace("was 75", "was 79").replace("is 75", "is 79")
    assert [r.status for r in verified(tmp_path, wrong, RULE)] == [Status.FAIL]


def test_a_bare_number_named_a_pass_percentage_is_a_share_and_so_is_the_one_it_fell_from() -> None:
    text = "Of the 4,312 pupils, 3,234 passed, and the pass percentage was 75, down from 78."
    claims = {c.value: c for c in extract_claims(text).claims}
    assert (claims["75"].kind.value, claims["75"].unit) == ("share", "percent")
    assert (claims["78"].kind.value, claims["78"].unit) == ("share", "percent")


def test_the_count_that_sat_is_not_read_as_the_count_that_passed(tmp_path: Path) -> None:
    text = ("Out of the 5,121 candidates who registered, 4,312 sat the papers, and 3,234 passed, "
            "giving a pass rate of 75 percent.")
    assert not [r for r in verified(tmp_path, text, RULE) if r.status is Status.FAIL]


def test_two_counts_that_passed_in_one_sentence_name_no_single_part(tmp_path: Path) -> None:
    text = ("Of the 4,312 pupils, 1,034 boys passed and 2,200 girls passed, and the pass percentage "
            "was 60.")
    assert not [r for r in verified(tmp_path, text, RULE) if r.status is Status.FAIL]


def test_an_overall_rate_beside_one_groups_count_is_a_guess() -> None:
    text = "Of the 4,312 boy pupils, 3,234 passed, their overall pass percentage standing at 79."
    claims = extract_claims(text).claims
    (rate,) = [c for c in claims if c.value == "79"]
    assert rate.basis is not None
    assert not rate.basis["share_of"].certain
    assert rate.basis["share_of"].how == OVERALL_OF_A_GROUP
