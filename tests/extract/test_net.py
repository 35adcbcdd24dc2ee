"""A net figure stated with its gross figure and what is deducted: net = gross − deductions."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import Status
from tests.conftest import verified


def _statuses(tmp_path: Path, text: str) -> list[Status]:
    return [r.status for r in verified(tmp_path, text, "difference-matches-figures")]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Gross sales were £643m; after deductions of £41m, net sales were £602m.", "£612m"),
        ("Net income was $93 million on pre-tax income of $124 million, after taxes of $31 million.",
         "$98 million"),
    ],
)
def test_a_net_figure_is_its_gross_less_what_is_deducted(tmp_path: Path, text: str, wrong: str) -> None:
    assert _statuses(tmp_path, text) == [Status.INCONCLUSIVE]  # three rounded amounts: within rounding
    right = "£602m" if "£" in wrong else "$93 million"
    assert _statuses(tmp_path, text.replace(right, wrong, 1)) == [Status.FAIL]


@pytest.mark.parametrize(
    "text",
    [
        "Net debt was £93m, gross debt £120m and tax of £14m.",
        "Net sales were £600m and gross profit £250m, after deductions of £40m.",
    ],
)
def test_no_net_figure_without_its_own_gross_and_deductions(tmp_path: Path, text: str) -> None:
    assert _statuses(tmp_path, text) == []
