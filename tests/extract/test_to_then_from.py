"""A level stated "to A from B" after its verb, with no change figure: "fell to 612 from 655".

The verb gives the direction and the two levels give the move; a move the wrong
way is a certain failure, also with an adverb between the verb and "to".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import Status
from tests.conftest import verified


def _directions(tmp_path: Path, text: str) -> list[Status]:
    return [r.status for r in verified(tmp_path, text, "direction-matches-figures")]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Head count at the mill fell to 612 from 655 a year earlier.", "from 595"),
        ("Registered voters rose to 18,204 from 17,950 in the spring count.", "from 18,950"),
        ("Quarterly rent income dropped sharply to $3.1 million from $3.6 million.", "from $2.6 million"),
    ],
)
def test_a_move_to_then_from_is_checked_for_its_direction(tmp_path: Path, text: str, wrong: str) -> None:
    assert _directions(tmp_path, text) == [Status.PASS]
    right = text[text.index("from ") : text.index(" ", text.index("from ") + 5)]
    assert _directions(tmp_path, text.replace(right, wrong)) == [Status.FAIL]

