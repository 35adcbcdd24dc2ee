"""Lines under a heading ("Riverside:" then bullets) are that heading's figures, not another's.

The same label under two headings ("Spectators in 2023/24" for two clubs)
states two figures; a change line relates only to the figures of its own block.
"""

from __future__ import annotations

from pathlib import Path

import factcheck
from factcheck import Status, extract_claims
from tests.conftest import verified

CLUBS = """\
Crowds grew at most grounds this season, the league's yearly review says.

Attendance – club by club

{riverside}
- Spectators in 2022/23: 8 120
- Spectators in 2023/24: 8 450
- Increase of 4.1%
{hilltop}
- Spectators in 2022/23: 5 300
- Spectators in 2023/24: 5 830
- Increase of {hilltop_change}
{lakeside}
- Spectators in 2022/23: 2 400
- Spectators in 2023/24: 2 472
- Increase of 3%
"""

COLONS = {"riverside": "Riverside:", "hilltop": "Hilltop:", "lakeside": "Lakeside:"}
BOLD = {"riverside": "**Riverside**", "hilltop": "**Hilltop**", "lakeside": "**Lakeside**"}


def _failures(tmp_path: Path, text: str) -> list[factcheck.Result]:
    return [r for r in verified(tmp_path, text, name="clubs.txt") if r.status is Status.FAIL]


def test_a_correct_layout_has_no_failure(tmp_path: Path) -> None:
    assert _failures(tmp_path, CLUBS.format(**COLONS, hilltop_change="10%")) == []


def test_a_bold_heading_also_keeps_its_lines_apart(tmp_path: Path) -> None:
    assert _failures(tmp_path, CLUBS.format(**BOLD, hilltop_change="10%")) == []


def test_the_same_label_under_two_headings_is_two_figures() -> None:
    claims = extract_claims(CLUBS.format(**COLONS, hilltop_change="10%")).claims
    counts = [c for c in claims if c.kind.value == "count"]
    assert sorted(m.quote for c in counts for m in c.mentions) == sorted(
        ["8 120", "8 450", "5 300", "5 830", "2 400", "2 472"]
    )
    assert all(len(c.mentions) == 1 for c in counts)


def test_a_wrong_change_in_one_block_fails_against_that_block(tmp_path: Path) -> None:
    failures = _failures(tmp_path, CLUBS.format(**COLONS, hilltop_change="7%"))
    assert [r.rule for r in failures] == ["change-matches-figures"]
    quoted = {s.quote for s in failures[0].spans}
    assert {"5 300", "5 830", "7%"} <= quoted
    assert not {"8 120", "8 450", "2 400", "2 472"} & quoted


def test_one_restated_line_within_a_block_is_still_one_figure(tmp_path: Path) -> None:
    text = CLUBS.format(**COLONS, hilltop_change="10%").replace(
        "- Increase of 10%\n", "- Increase of 10%\n- Spectators in 2023/24: 5 930\n"
    )
    rules = [r.rule for r in _failures(tmp_path, text)]
    assert rules == ["mentions-agree"]


NEWEST_FIRST = """\
Castle visitors dip

Visitors over the spring, as the trust counted them:
May 2024: 41,230
May 2023: 43,870
Change: {change}
"""


def test_two_lines_whose_labels_put_the_later_year_first_are_read_in_that_order(tmp_path: Path) -> None:
    assert _failures(tmp_path, NEWEST_FIRST.format(change="-6.02 percent")) == []
    (wrong,) = _failures(tmp_path, NEWEST_FIRST.format(change="-4.5 percent"))
    assert wrong.rule == "change-matches-figures"


def test_lines_alike_in_two_lists_each_led_by_a_sentence_of_its_own_are_two_figures(tmp_path: Path) -> None:
    text = (
        "Ferry levies\n\n"
        "The firm paid $12.6 million in levies to the state in June, including:\n"
        "- Levies on ferries: $9.1 million\n"
        "- Levies on buses: $3.5 million\n"
        "It also paid the city $2.2 million in levies in June, including:\n"
        "- Levies on ferries: $1.5 million\n"
        "- Levies on buses: $0.7 million\n"
    )
    assert _failures(tmp_path, text) == []
    claims = extract_claims(text).claims
    assert all(len(c.mentions) == 1 for c in claims if c.kind.value == "amount")
