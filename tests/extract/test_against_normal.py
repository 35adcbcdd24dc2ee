"""A level set against its normal, average or target, then the gap as an excess or shortfall."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import Status
from factcheck.extract import extract_claims
from tests.conftest import verified

RULE = "change-matches-figures"


@pytest.mark.parametrize("text", [
    "The valley saw 131.7 mm of snow-melt against its seasonal average of 146.3 mm, which is 10% deficit.",
    "The county logged 131.7 mm of rain against the long-term normal of 146.3 mm, a shortfall of 10%.",
    "The plant shipped 1,317 crates against a target of 1,463 crates, which is 10% short.",
])
def test_a_gap_below_the_normal_that_fits_passes_and_a_wrong_one_fails(tmp_path: Path, text: str) -> None:
    assert [r.status for r in verified(tmp_path, text, RULE)] == [Status.PASS]
    wrong = text.replace("10%", "16%")
    assert [r.status for r in verified(tmp_path, wrong, RULE)] == [Status.FAIL]


def test_a_gap_above_the_normal_is_a_rise() -> None:
    text = "Hill stations got 307.4 mm against the monthly mean of 219.6 mm, which is 40% excess."
    (gap,) = [c for c in extract_claims(text).claims if c.value == "40"]
    assert (gap.kind.value, gap.direction) == ("change", "increase")
    assert gap.basis is not None
    assert gap.basis["change_of"].certain
    assert gap.basis["baseline"].certain


def test_a_percentage_after_the_pair_that_says_no_direction_is_not_read_as_the_gap() -> None:
    text = ("The valley saw 131.7 mm of melt-water versus its yearly mean of 146.3 mm, "
            "about 12% of the year's total.")
    (share,) = [c for c in extract_claims(text).claims if c.value == "12"]
    assert share.kind.value != "change"
