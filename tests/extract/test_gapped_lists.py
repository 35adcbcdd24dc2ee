"""Parts listed after a stated whole, each after the first dropping or repeating the verb.

"Of the 90 staff, 50 work in sales, 25 in support and 15 in finance": once
the first item is a part of the whole by the wording, the items that follow
it in the same shape are parts of the same whole, listed together, so their
sum is checked against it. A figure in brackets between the items ("classes
9 and 10") is not an item.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import Status
from tests.conftest import verified


def _sums(tmp_path: Path, text: str) -> list[Status]:
    return [r.status for r in verified(tmp_path, text, "listed-parts-within-whole")]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Of the 90 staff, 50 work in sales, 25 in support and 15 in finance.", "Of the 80 staff"),
        (
            "Of these 120 million, 31 million study in junior schools (grades 1 to 5), "
            "52 million in middle schools (grades 6 and 8) and 33 million in senior schools.",
            "Of these 96 million",
        ),
    ],
)
def test_items_after_the_first_part_are_parts_of_its_whole(tmp_path: Path, text: str, wrong: str) -> None:
    assert _sums(tmp_path, text) == [Status.PASS]
    right = wrong.replace("80", "90").replace("96", "120")
    assert _sums(tmp_path, text.replace(right, wrong)) == [Status.FAIL]


def test_an_item_repeating_the_verb_continues_the_list(tmp_path: Path) -> None:
    text = "The club had 4,100 members last season. Of these, 2,600 played football and 1,300 played rugby."
    assert _sums(tmp_path, text) == [Status.PASS]
    assert _sums(tmp_path, text.replace("1,300", "1,700")) == [Status.FAIL]


def test_an_item_set_against_the_first_by_while_continues_the_list(tmp_path: Path) -> None:
    text = ("There are 2,950 patients on the ward lists. Of them, 1,840 are waiting in the city hospitals "
            "while 1,110 are waiting in the district ones.")
    assert _sums(tmp_path, text) == [Status.PASS]
    assert _sums(tmp_path, text.replace("1,110", "1,510")) == [Status.FAIL]


@pytest.mark.parametrize(
    "text",
    [
        "Of the 900 arrests, 400 were for theft, up from 350 in 2022, and 600 in 2023.",
        "Of the 1,000 voters asked, 600 backed the plan in March while 700 backed it in June.",
        "Of the 500 patients, 300 were treated at home and the ward took 400 more next year.",
        "Of the 1,000 voters asked, 600 backed the plan in March and 700 backed it in June.",
    ],
)
def test_no_list_of_parts_across_periods_or_other_clauses(tmp_path: Path, text: str) -> None:
    assert Status.FAIL not in [r.status for r in verified(tmp_path, text)]
