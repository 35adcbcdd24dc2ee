"""Revenue with something taken out of it is within the revenue stated before; other wordings are not."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck import Status
from tests.conftest import verified

RULE = "part-within-whole"


def _results(tmp_path: Path, text: str) -> list[factcheck.Result]:
    return verified(tmp_path, text, RULE)


@pytest.mark.parametrize(
    ("net", "status"), [("$1.4 billion", Status.PASS), ("$2.6 billion", Status.INCONCLUSIVE)]
)
def test_revenue_once_fees_are_taken_out_is_within_revenue(tmp_path: Path, net: str, status: Status) -> None:
    text = (f"Sales for the quarter reached $2.1 billion, 20 percent more than the $1.75 billion of a year "
            f"ago. Once partner fees are taken out, the firm's sales came to {net}.")
    (result,) = _results(tmp_path, text)
    assert result.status is status
    assert [s.quote for s in result.spans] == ["$2.1 billion", net]


@pytest.mark.parametrize(
    "wording",
    [
        # revenue at constant exchange rates may be higher than reported revenue
        "Excluding currency effects, sales came to $2.4 billion.",
        # profit without costs is higher, not lower
        "Once stock awards are taken out, profit came to $0.9 billion.",
    ],
)
def test_no_part_from_wording_that_may_add(tmp_path: Path, wording: str) -> None:
    text = f"Sales for the quarter reached $2.1 billion. {wording}"
    assert _results(tmp_path, text) == []
