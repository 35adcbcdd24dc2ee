"""An earlier period's figure in brackets right after a level ("to 96.0m (2019: 80.0m)"), as results
releases print it, is that level's baseline: a change stated beside it is checked against both."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import Status
from factcheck.extract import extract_claims
from tests.conftest import verified


def _statuses(tmp_path: Path, text: str, rule: str) -> list[Status]:
    return [r.status for r in verified(tmp_path, text, rule)]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Underlying profit rose by 20% to 96.0m (2019: 80.0m).",
         "Underlying profit rose by 35% to 96.0m (2019: 80.0m)."),
        ("Group sales grew 12.5% to £450.0m (FY 2021/22: £400.0m) in the year.",
         "Group sales grew 21.5% to £450.0m (FY 2021/22: £400.0m) in the year."),
    ],
)
def test_a_change_is_checked_against_the_bracketed_figure(tmp_path: Path, text: str, wrong: str) -> None:
    assert _statuses(tmp_path, text, "change-matches-figures") == [Status.PASS]
    assert _statuses(tmp_path, wrong, "change-matches-figures") == [Status.FAIL]


def test_the_bracketed_figure_is_the_baseline_by_wording_with_its_year() -> None:
    claims = extract_claims("Underlying profit rose by 20% to 96.0m (2019: 80.0m).").claims
    old = next(c for c in claims if c.value == "80.0")
    change = next(c for c in claims if c.kind == "change")
    assert change.baseline == old.id
    assert change.basis["baseline"].certain
    assert old.period == "2019"


def test_a_move_to_a_level_with_its_bracketed_earlier_figure_is_checked(tmp_path: Path) -> None:
    rule = "direction-matches-figures"
    assert _statuses(tmp_path, "Pre-tax profit increased to 15.2m (H1 2020: 9.1m).", rule) == [Status.PASS]
    assert _statuses(tmp_path, "Pre-tax profit increased to 15.2m (H1 2020: 19.1m).", rule) == [Status.FAIL]


def test_a_bracketed_figure_after_another_level_is_not_that_change_s_baseline(tmp_path: Path) -> None:
    text = "Sales rose 5% to 10.0m, while costs were 6.0m (2019: 9.0m)."
    assert Status.FAIL not in _statuses(tmp_path, text, "change-matches-figures")


@pytest.mark.parametrize("label", ["1Q FY2009", "FY2009", "H1 2008/09"])
def test_a_labelled_earlier_period_in_brackets_is_the_baseline(tmp_path: Path, label: str) -> None:
    text = "Fee income registered a {}% rise to $173.40 million ({}: $158.20 million)."
    assert _statuses(tmp_path, text.format("9.6", label), "change-matches-figures") == [Status.PASS]
    assert _statuses(tmp_path, text.format("6.9", label), "change-matches-figures") == [Status.FAIL]
