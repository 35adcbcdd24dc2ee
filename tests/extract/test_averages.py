"""An average stated of figures its sentence states: their mean, linked only when the wording ties them."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck import Status
from tests.conftest import verified

RULE = "average-of-stated-figures"


def _statuses(tmp_path: Path, text: str) -> list[Status]:
    return [r.status for r in verified(tmp_path, text, RULE)]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Hiring grew by 180,000 in July, 150,000 in August and 171,000 in September, averaging 167,000 a "
         "month over the last three months.", Status.PASS),
        ("Hiring grew by 180,000 in July, 150,000 in August and 171,000 in September, averaging 187,000 a "
         "month over the last three months.", Status.FAIL),
        ("Sales were $2.4 million in the first quarter and $3.0 million in the second, an average of "
         "$2.7 million a quarter over the two quarters.", Status.PASS),
    ],
)
def test_an_average_tied_to_its_figures_is_their_mean(tmp_path: Path, text: str, status: Status) -> None:
    assert _statuses(tmp_path, text) == [status]


@pytest.mark.parametrize(
    "text",
    [
        # the period counts three months, two figures are stated
        "Hiring grew by 150,000 in August and 171,000 in September, averaging 187,000 a month over the "
        "last three months.",
        # the figures are in another sentence: not tied by wording
        "Hiring grew by 180,000 in July, 150,000 in August and 171,000 in September. Hiring has averaged "
        "187,000 a month over the last three months.",
        # an average over a year of months, none of them stated
        "Hiring averaged 187,000 a month over the last twelve months.",
    ],
)
def test_an_average_not_tied_to_the_figures_stated_is_not_checked(tmp_path: Path, text: str) -> None:
    assert _statuses(tmp_path, text) == []


def _results(tmp_path: Path, text: str) -> list[factcheck.Result]:
    return verified(tmp_path, text, RULE)


#: The mean of three round thousands, written to the thousand: (138,000 + 174,000 + 50,000) / 3 is 120,667.
ROUNDED = ("Payrolls rose 138,000 in May. Earlier counts were revised: to 174,000 for April and to 50,000 "
           "for March. Payrolls have risen by an average of 121,000 a month over the last three months.")


def test_the_mean_of_round_thousands_is_read_to_the_thousand(tmp_path: Path) -> None:
    (result,) = _results(tmp_path, ROUNDED)
    assert result.status is Status.PASS


REVISED = ("Factories added 96,000 jobs in June. The first counts were revised: by 12,000 to 140,000 for May "
           "and by 8,000 to 70,000 for April. With the new counts, factory hiring has averaged {} a month "
           "over the past three months.")


@pytest.mark.parametrize(
    ("average", "status"),
    [
        # (96,000 + 140,000 + 70,000) / 3 = 102,000
        ("102,000", Status.PASS),
        # an average written to the unit is read to the unit; a failure over a guess asks for review
        ("101,667", Status.INCONCLUSIVE),
        ("125,000", Status.INCONCLUSIVE),
    ],
)
def test_an_average_over_revised_months_is_linked_as_a_guess(
    tmp_path: Path, average: str, status: Status
) -> None:
    (result,) = _results(tmp_path, REVISED.format(average))
    assert result.status is status
    assert [s.quote for s in result.spans][:3] == ["96,000 jobs", "140,000", "70,000"]
    if status is Status.INCONCLUSIVE:
        assert "needs review" in result.explanation


def test_the_period_may_come_before_the_average(tmp_path: Path) -> None:
    text = ("Shops took on 50,000 staff in March. February was revised from +41,000 to +46,000, and January "
            "from +30,000 to +24,000. So gains over the last three months averaged 40,000 a month.")
    (result,) = _results(tmp_path, text)
    assert result.status is Status.PASS
    assert [s.quote for s in result.spans] == ["50,000 staff", "+46,000", "+24,000", "40,000"]


@pytest.mark.parametrize(
    "text",
    [
        # two revised months and the latest make three, but the average names four
        "Factories added 96,000 jobs in June. May was revised to 140,000 and April to 70,000. Hiring has "
        "averaged 99,000 a month over the past four months.",
        # nothing was revised: the months are not the ones averaged
        "Factories added 96,000 jobs in June, 140,000 in May and 70,000 in April. Hiring has averaged "
        "120,000 a month over the past three months.",
    ],
)
def test_an_average_without_its_months_is_not_linked(tmp_path: Path, text: str) -> None:
    assert _results(tmp_path, text) == []
