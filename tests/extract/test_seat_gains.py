"""Seats a party took from a rival are among the seats it holds, stated before in the same passage."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck import Status
from tests.conftest import verified

RULE = "part-within-whole"


def _results(tmp_path: Path, text: str) -> list[factcheck.Result]:
    return verified(tmp_path, text, RULE)


@pytest.mark.parametrize(("gained", "status"), [("19", Status.PASS), ("48", Status.INCONCLUSIVE)])
def test_gains_from_a_rival_are_within_the_seats_held(tmp_path: Path, gained: str, status: Status) -> None:
    text = ("How did the Greens do?\n- 31 councillors (40% of the council)\n"
            f"- took {gained} seats from the Liberals\nHow did the Liberals do?\n- 12 councillors\n")
    (result,) = _results(tmp_path, text)
    assert result.status is status
    assert [s.quote for s in result.spans] == ["31 councillors", f"{gained} seats"]


def test_no_total_from_another_passage(tmp_path: Path) -> None:
    text = ("How did the Greens do?\n- 31 councillors\nHow did the Liberals do?\n"
            "- took 19 seats from the Reds\n")
    assert _results(tmp_path, text) == []
