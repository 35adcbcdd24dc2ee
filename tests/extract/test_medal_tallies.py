"""A count of medals and the gold, silver and bronze listed with it add up: each medal is one of the three."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck import Status
from factcheck.extract import extract_claims


def _failures(tmp_path: Path, text: str) -> list[factcheck.Result]:
    article = tmp_path / "games.txt"
    article.write_text(text, encoding="utf-8")
    return [r for r in factcheck.verify([article], output=None).report.results if r.status is Status.FAIL]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The rowers brought home 12 medals – five gold, four silver and three bronze.", "three bronze"),
        ("Norway ended the Games with a total of 37 medals, including 16 gold, 8 silver and 13 bronze.",
         "13 bronze"),
        ("Chile has 41 medals in all. It has 11 gold, 13 silver and 17 bronze medals to its name.",
         "17 bronze"),
        ("- Peru: 7 Gold, 9 Silver, 12 Bronze – Total: 28 Medals\n"
         "- Cuba: 5 Gold, 3 Silver, 8 Bronze – Total: 16 Medals\n", "8 Bronze"),
        ("Kenya took 6 gold, 2 silver and 3 bronze medals, 11 in total.", "3 bronze"),
    ],
)
def test_a_tally_is_the_sum_of_its_gold_silver_and_bronze(tmp_path: Path, text: str, wrong: str) -> None:
    assert _failures(tmp_path, text) == []
    number, colour = wrong.split(" ")
    bad = text.replace(wrong, f"{number}0 {colour}" if number.isdigit() else f"ten {colour}")
    assert [r.rule for r in _failures(tmp_path, bad)] == ["total-adds-up"]


def test_the_sum_is_stated_by_the_colours_and_certain() -> None:
    text = "The rowers brought home 12 medals – five gold, four silver and three bronze."
    claims = extract_claims(text).claims
    (tally,) = [c for c in claims if c.value == "12"]
    assert tally.sum_of is not None
    assert len(tally.sum_of) == 3
    assert tally.basis is not None
    assert tally.basis["sum_of"].certain
    assert "every medal is gold, silver or bronze" in tally.basis["sum_of"].how


@pytest.mark.parametrize(
    "text",
    [
        # another subject's list after a tally: not the tally's parts
        "Spain won 23 medals. And Italy took 7 gold, 5 silver and 2 bronze.",
        # a list narrowed to a part of the tally
        "India won 41 medals, of which in wrestling 3 gold, 2 silver and 1 bronze.",
        # a colour missing: the list may leave medals out
        "Brazil won 21 medals, with 7 gold and 6 silver.",
    ],
)
def test_a_list_that_is_not_the_tally_s_whole_is_no_sum(text: str) -> None:
    claims = extract_claims(text).claims
    assert all(not c.sum_of for c in claims)
