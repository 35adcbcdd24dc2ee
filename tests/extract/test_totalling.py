"""A total stated right after a plain list ("A and B, totalling C") is the sum of the listed figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import Status
from factcheck.extract import extract_claims
from tests.conftest import verified

RULE = "total-adds-up"


def _statuses(tmp_path: Path, text: str) -> list[Status]:
    return [r.status for r in verified(tmp_path, text, RULE)]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Day tickets raised $1.214 billion and season tickets $88.3 million, totalling $1.30 billion.",
         Status.PASS),
        # billion plus million stated as a total a little short of their sum
        ("Day tickets raised $1.214 billion and season tickets $88.3 million, totalling $1.299 billion.",
         Status.FAIL),
        ("The region sold 1,207 cars in May, 1,452 in June and 1,618 in July, totaling 4,277.", Status.PASS),
        ("The region sold 1,207 cars in May, 1,452 in June and 1,618 in July, totaling 4,377.", Status.FAIL),
        ("The fund made 4,310 grants and 2,905 loans, which totalled 7,215 for the year.", Status.PASS),
    ],
)
def test_a_total_after_a_plain_list_is_its_sum(tmp_path: Path, text: str, status: Status) -> None:
    assert _statuses(tmp_path, text) == [status]


def test_the_sum_is_linked_by_wording() -> None:
    claims = extract_claims("Grants came to £4,310 and loans to £2,905, totalling £7,215.").claims
    total = next(c for c in claims if c.value == "7215")
    assert total.sum_of is not None
    assert len(total.sum_of) == 2
    assert total.basis["sum_of"].certain


@pytest.mark.parametrize(
    "text",
    [
        # another count earlier in the clause: the list may start before the figures taken
        "Of 9,000 applicants, 1,207 came in May and 1,452 in June, totalling 2,659.",
        # a single figure totalled
        "Cash remittances totalling $28.06 billion reached a record.",
        # a share between the items: not a plain list
        "Grants came to £4,310 (60%) and loans to £2,905, totalling £7,215.",
        # items in another unit than the total
        "Visitors spent 4,310 nights and £2,905, totalling £7,215.",
    ],
)
def test_no_sum_without_a_plain_list(tmp_path: Path, text: str) -> None:
    assert _statuses(tmp_path, text) == []
