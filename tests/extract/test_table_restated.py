"""A table's share cell said again in the prose after it, naming the row and the column's noun.

The table is made up; only its layout follows published election tables.
"""

from __future__ import annotations

from pathlib import Path

from factcheck import Status
from factcheck.extract import extract_claims
from tests.conftest import verified

TABLE = """\
Results of the vote for the town council.

Party | Share of Votes | Total Seats | Share of Seats |
---|---|---|---|
Blue | 45.0% | 12 | 60.0% |
Green | 31.5% | 6 | 30.0% |
Red | 18.5% | 2 | 10.0% |
Other | 5.0% | 0 | 0% |

"""


def _mentions(text: str) -> dict[str, list[str]]:
    return {c.mentions[0].quote: [m.quote for m in c.mentions] for c in extract_claims(text).claims}


def test_a_hedged_share_of_a_named_row_joins_the_cell_of_its_column_as_a_guess(tmp_path: Path) -> None:
    text = TABLE + ("The Blue party won most seats, while the Greens, on almost a third of the vote, "
                    "took fewer than a third of the seats.\n")
    mentions = _mentions(text)
    assert mentions["31.5%"] == ["31.5%", "almost a third"]
    assert mentions["30.0%"] == ["30.0%", "fewer than a third"]
    (green,) = [c for c in extract_claims(text).claims if c.mentions[0].quote == "31.5%"]
    assert green.basis is not None
    assert not green.basis["mentions"].certain
    assert {r.status for r in verified(tmp_path, text, "mentions-agree")} == {Status.PASS}


def test_a_cell_said_again_with_a_value_outside_it_asks_for_review_not_a_failure(tmp_path: Path) -> None:
    text = TABLE + "In the end the Greens, on more than two fifths of the vote, came second.\n"
    assert _mentions(text)["31.5%"] == ["31.5%", "more than two fifths"]
    assert [r.status for r in verified(tmp_path, text, "mentions-agree")] == [Status.INCONCLUSIVE]


def test_the_row_is_the_nearest_label_before_the_share_and_its_column_the_shares_noun() -> None:
    text = TABLE + "Blue did well, and Red, on nearly a fifth of the vote, won a tenth of the seats.\n"
    mentions = _mentions(text)
    assert mentions["18.5%"] == ["18.5%", "nearly a fifth"]
    assert mentions["10.0%"] == ["10.0%", "a tenth"]
    assert mentions["45.0%"] == ["45.0%"]


def test_no_cell_for_a_label_in_lower_case_first_in_the_sentence_or_a_share_before_the_table() -> None:
    for prose in ("Other parties, on about 5% of the vote, won no seats.\n",
                  "Of the other parties, about 5% of the vote went to none.\n"):
        assert _mentions(TABLE + prose)["5.0%"] == ["5.0%"]
    before = "The Greens, on almost a third of the vote, came second.\n\n" + TABLE
    assert _mentions(before)["31.5%"] == ["31.5%"]


def test_a_share_the_row_has_moved_to_since_is_not_the_tables_cell() -> None:
    for prose in ("The Greens rose to 40% of the vote in the latest count.\n",
                  "The Greens, up from 25% of the vote last time, came second.\n"):
        assert _mentions(TABLE + prose)["31.5%"] == ["31.5%"]
