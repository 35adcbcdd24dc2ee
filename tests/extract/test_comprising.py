"""Counts listed after "comprise" (and the like) are parts of the whole the subject names."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck import Status
from tests.conftest import verified

RULE = "listed-parts-within-whole"


def _results(tmp_path: Path, text: str) -> list[factcheck.Result]:
    return verified(tmp_path, text, RULE)


@pytest.mark.parametrize("verb", ["comprising", "consisting of"])
def test_a_whole_before_a_participle_is_certain(tmp_path: Path, verb: str) -> None:
    passes = f"The club won 47 medals {verb} 19 gold, 16 silver and 12 bronze."
    fails = f"The club won 47 medals {verb} 19 gold, 16 silver and 15 bronze."
    assert [r.status for r in _results(tmp_path, passes)] == [Status.PASS]
    assert [r.status for r in _results(tmp_path, fails)] == [Status.FAIL]


def test_a_whole_in_the_subject_is_certain(tmp_path: Path) -> None:
    passes = "The 520 entrants comprise 210 juniors, 250 adults and 40 veterans."
    fails = "The 520 entrants comprise 310 juniors, 250 adults and 40 veterans."
    assert [r.status for r in _results(tmp_path, passes)] == [Status.PASS]
    assert [r.status for r in _results(tmp_path, fails)] == [Status.FAIL]


@pytest.mark.parametrize(
    ("listed", "status"),
    [("210 juniors, 250 adults and 40 veterans", Status.PASS),
     # the whole is named by its noun only: which figure it is, is a guess
     ("310 juniors, 250 adults and 40 veterans", Status.INCONCLUSIVE)],
)
def test_a_whole_named_by_its_noun_is_a_guess(tmp_path: Path, listed: str, status: Status) -> None:
    text = f"Organisers counted 520 registered entrants this year. Entrants are made up of {listed}."
    (result,) = _results(tmp_path, text)
    assert result.status is status
    assert result.spans[0].quote == "520"


@pytest.mark.parametrize(
    "text",
    [
        # no earlier figure counts what the subject names
        "Organisers counted 520 volunteers. Entrants comprise 210 juniors and 250 adults.",
        # shares, not counts
        "The 520 entrants comprise 40% juniors and 50% adults.",
        # one part only
        "The 520 entrants comprise 210 juniors and some adults.",
    ],
)
def test_no_parts_without_a_whole_and_a_list(tmp_path: Path, text: str) -> None:
    assert _results(tmp_path, text) == []


@pytest.mark.parametrize(
    ("listed", "status"),
    [("1,204 adults and 817 children", Status.PASS),
     ("1,304 adults and 817 children", Status.FAIL)],
)
def test_a_pronoun_subject_points_back_at_the_one_figure_before(
        tmp_path: Path, listed: str, status: Status) -> None:
    text = f"The museum counted 2,100 visitors in May. These included {listed}."
    (result,) = _results(tmp_path, text)
    assert result.status is status
    assert result.spans[0].quote == "2,100 visitors"


@pytest.mark.parametrize(
    "text",
    [
        # two figures before: which of them "this" is, the words do not say
        "Schools fell from 773 to 771. This includes 386 primary schools and 395 nursery schools.",
        # the figure before is a change, not a whole
        "Visitors rose by 210 in May. They included 150 adults and 90 children.",
        # another unit
        "The fund paid out £2,100 in May. These included 1,304 grants and 817 loans.",
    ],
)
def test_a_pronoun_subject_without_one_whole_before_links_nothing(tmp_path: Path, text: str) -> None:
    assert _results(tmp_path, text) == []


def test_include_after_a_whole_in_the_subject_lists_its_parts(tmp_path: Path) -> None:
    text = "The 24 new cases include 20 adults, 1 infant and 5 teenagers."
    assert [r.status for r in _results(tmp_path, text)] == [Status.FAIL]


@pytest.mark.parametrize(
    ("listed", "status"),
    [("1,204 adults, down 3%, and 817 children and infants, up 6%", Status.PASS),
     ("1,304 adults, down 3%, and 817 children and infants, up 6%", Status.FAIL)],
)
def test_the_change_an_item_states_of_itself_leaves_the_list_whole(
        tmp_path: Path, listed: str, status: Status) -> None:
    text = f"The museum counted 2,100 visitors in May, 4.5% more than a year before. These included {listed}."
    (result,) = _results(tmp_path, text)
    assert result.status is status
    assert [s.quote for s in result.spans][:1] == ["2,100 visitors"]


@pytest.mark.parametrize(("adults", "status"), [("1,204", Status.PASS), ("1,304", Status.FAIL)])
def test_a_count_in_brackets_after_an_item_is_an_aside(tmp_path: Path, adults: str, status: Status) -> None:
    text = (f"The museum counted 2,100 visitors in May. These included {adults} adults (up 3%, about 60 "
            "coach parties) and 817 children.")
    (result,) = _results(tmp_path, text)
    assert result.status is status
    assert [s.quote for s in result.spans] == ["2,100 visitors", f"{adults} adults", "817 children"]
