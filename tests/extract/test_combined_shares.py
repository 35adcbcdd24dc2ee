"""A combined share of two named parties adds up their shares; the other parties' share is the rest."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck import Status
from tests.conftest import verified

CARDS = """\
Council election quiz
How did the Greens do?
- won 41% of the vote
- 12 councillors
How did the Liberals do?
- 27% of the vote
What was the combined Green and Liberal vote share?
- {combined}
What was the vote share of the other parties?
- {others}
"""


def _results(tmp_path: Path, text: str, rule: str) -> list[factcheck.Result]:
    return verified(tmp_path, text, rule, name="quiz.txt")


def test_the_combined_share_is_the_sum_of_each_partys_share(tmp_path: Path) -> None:
    (result,) = _results(tmp_path, CARDS.format(combined="68%", others="32%"), "total-adds-up")
    assert result.status is Status.INCONCLUSIVE  # 41 + 27 within rounding of 68: open, not a failure
    assert "needs review" not in result.explanation
    assert [s.quote for s in result.spans] == ["41%", "27%", "68%"]


def test_a_combined_share_far_from_the_sum_only_asks_for_review(tmp_path: Path) -> None:
    # which stated share is each party's is read from where its name stands: a guess
    (result,) = _results(tmp_path, CARDS.format(combined="78%", others="22%"), "total-adds-up")
    assert result.status is Status.INCONCLUSIVE
    assert "needs review" in result.explanation


@pytest.mark.parametrize(("others", "review"), [("32%", False), ("12%", True)])
def test_the_other_parties_share_is_the_rest(tmp_path: Path, others: str, review: bool) -> None:
    (result,) = _results(tmp_path, CARDS.format(combined="68%", others=others), "shares-within-whole")
    assert [s.quote for s in result.spans] == ["68%", others]
    assert ("needs review" in result.explanation) is review


def test_no_sum_when_a_party_has_no_share_of_its_own(tmp_path: Path) -> None:
    text = CARDS.format(combined="68%", others="32%").replace("How did the Liberals do?", "What else?")
    assert _results(tmp_path, text, "total-adds-up") == []
