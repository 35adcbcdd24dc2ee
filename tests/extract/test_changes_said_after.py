"""A change a sentence opens on ("This is an increase of …", "A rise of …") is of the one level the sentence
before states, from the level it moved from there or is set against."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import Status
from factcheck._models import ClaimKind, Direction
from factcheck.extract import extract_claims
from tests.conftest import verified


def _statuses(tmp_path: Path, text: str, rule: str = "change-matches-figures") -> list[Status]:
    return [r.status for r in verified(tmp_path, text, rule)]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The club had 4,214 members in June. This is an increase of 312 on the 3,902 a year earlier.",
         "The club had 4,214 members in June. This is an increase of 412 on the 3,902 a year earlier."),
        ("Riders went from 2,400 to 2,652. A rise of 10.5%.",
         "Riders went from 2,400 to 2,652. A rise of 12.5%."),
        ("The parish had 23,870 residents in the spring. This is a rise of 440 people compared "
         "with the earlier estimate of 23,430.",
         "The parish had 23,870 residents in the spring. This is a rise of 540 people compared "
         "with the earlier estimate of 23,430."),
        ("The levy moved from £6,250 to £5,875. That was a 6% cut for each household.",
         "The levy moved from £6,250 to £5,875. That was a 9% cut for each household."),
        ("The island now counts 912,400 people compared to 870,150 in the 2011 count. A rise of 4.9%.",
         "The island now counts 912,400 people compared to 870,150 in the 2011 count. A rise of 7.5%."),
    ],
)
def test_a_change_said_after_its_level_is_checked(tmp_path: Path, text: str, wrong: str) -> None:
    assert _statuses(tmp_path, text) == [Status.PASS]
    assert _statuses(tmp_path, wrong) == [Status.FAIL]


def test_a_change_said_two_ways_after_a_move_is_checked_both_ways(tmp_path: Path) -> None:
    text = "Rent went from £803,576 to £858,757. This equals a rise of £55,181 or {}%."
    rule = "change-agrees-both-ways"
    assert _statuses(tmp_path, text.format("6.87"), rule) == [Status.PASS]
    assert _statuses(tmp_path, text.format("6.6"), rule) == [Status.FAIL]
    assert _statuses(tmp_path, text.format("6.8"), rule) == [Status.INCONCLUSIVE]  # 6.867 cut short


def test_the_change_is_linked_by_wording_with_its_direction() -> None:
    claims = extract_claims("The port handled 5,120 ships in 2023. That meant a fall of 4% on 2022.").claims
    level = next(c for c in claims if c.value == "5120")
    change = next(c for c in claims if c.value == "4")
    assert change.kind is ClaimKind.CHANGE
    assert change.direction is Direction.DECREASE
    assert change.change_of == level.id
    assert change.basis["change_of"].certain


@pytest.mark.parametrize(
    "text",
    [
        # two levels before: which one "this" is, the words do not say
        "The port handled 5,120 ships and 310 ferries. This is an increase of 4%.",
        # a percentage before: "this" may be it
        "Grade A went to 9.1% of the 2,470 entrants. This represented a 49% increase.",
        # no opening that points back
        "The port handled 5,120 ships. Ferries saw an increase of 4%.",
        # a bare change that names what it is of: another figure
        "The port employs 2,040 people. A rise of 5% in wages was agreed.",
    ],
)
def test_no_link_unless_the_sentence_before_states_one_level(text: str) -> None:
    claims = extract_claims(text).claims
    assert all(c.change_of is None for c in claims)
