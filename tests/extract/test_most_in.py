"""The member with the most of something in the country has a part of the country's count."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck import Status
from tests.conftest import verified

RULE = "part-within-whole"

STORY = ("Officials have now logged 2,340 flu cases across the nation this winter. Weekly counts peaked at "
         "310 new cases in early January. Ohio still has the most cases in the country ({} as of March 3).")


def _results(tmp_path: Path, text: str) -> list[factcheck.Result]:
    return verified(tmp_path, text, RULE)


@pytest.mark.parametrize(("ohio", "status"), [("420", Status.PASS), ("2,900", Status.INCONCLUSIVE)])
def test_the_leader_is_within_the_first_count_of_its_noun(tmp_path: Path, ohio: str, status: Status) -> None:
    # the whole is the section's first count of cases, not the weekly peak stated nearer; a guess
    (result,) = _results(tmp_path, STORY.format(ohio))
    assert result.status is status
    assert [s.quote for s in result.spans] == ["2,340 flu cases", ohio]


def test_no_whole_without_an_earlier_count_of_the_noun(tmp_path: Path) -> None:
    text = ("Officials logged 2,340 flu deaths. Ohio still has the most cases in the country (420 as of "
            "March 3).")
    assert _results(tmp_path, text) == []


@pytest.mark.parametrize(("region", "status"), [("412", Status.PASS), ("3 412", Status.INCONCLUSIVE)])
def test_a_member_said_alike_with_the_nation_is_within_it(
    tmp_path: Path, region: str, status: Status
) -> None:
    text = f"Knives were used in {region} of Wessex's robberies and 3 140 of the national total."
    (result,) = _results(tmp_path, text)
    assert result.status is status
    assert [s.quote for s in result.spans] == [region, "3 140"]


@pytest.mark.parametrize(("studied", "status"), [("5210 patients", Status.PASS),
                                                 ("91 million patients", Status.INCONCLUSIVE)])
def test_a_count_of_the_whole_world_holds_the_texts_other_counts(
    tmp_path: Path, studied: str, status: Status
) -> None:
    text = (f"Estimates put the toll at about 55 million patients around the world. Between 2015 and 2021 "
            f"the registry enrolled {studied}.")
    (result,) = _results(tmp_path, text)
    assert result.status is status
    assert [s.quote for s in result.spans] == ["about 55 million patients", studied]
