"""A figure its wording defines as one named figure minus another: "(arrivals minus departures)".

The definition names both sides by the nouns of figures stated beside it; when
each name points at one count of the same section and period, the difference
is checked. When a name could mean two figures, nothing is linked.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import Status
from tests.conftest import verified


def _differences(tmp_path: Path, text: str) -> list[Status]:
    return [r.status for r in verified(tmp_path, text, "difference-matches-figures")]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "In the year to March the island recorded 8,412 arrivals and 6,907 departures.\n"
            "Net migration (arrivals minus departures) was 1,505.",
            "was 1,515",
        ),
        (
            "Key figures for 2021:\n- 4,380 births were registered\n- 3,116 deaths were registered\n"
            "- the natural balance (births minus deaths) came to 1,264\n",
            "came to 1,246",
        ),
    ],
)
def test_a_difference_defined_by_its_wording_is_checked(tmp_path: Path, text: str, wrong: str) -> None:
    assert _differences(tmp_path, text) == [Status.PASS]
    right = "was 1,505" if "1,505" in text else "came to 1,264"
    assert _differences(tmp_path, text.replace(right, wrong)) == [Status.FAIL]


@pytest.mark.parametrize(
    "text",
    [
        "The town saw 8,412 arrivals by sea and 2,950 arrivals by air, and 6,907 departures.\n"
        "Net migration (arrivals minus departures) was 1,505.",
        "There were 8,412 arrivals in 2020 and 6,907 departures in 2021.\n"
        "Net migration (arrivals minus departures) was 1,505 in 2021.",
    ],
)
def test_no_difference_when_a_name_could_mean_another_figure(tmp_path: Path, text: str) -> None:
    assert _differences(tmp_path, text) == []
