"""Ranks counted since a point stay within the same rank counted from the start."""

from __future__ import annotations

from pathlib import Path

from factcheck import verify


def _results(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    outcome = verify([article], formats=["json"], output=tmp_path / "out")
    return [(r.rule, r.status.value) for r in outcome.report.results
            if r.status.value != "skipped" and (r.rule == "part-within-whole" or r.status.value == "fail")]


def test_a_rank_since_a_point_within_the_rank_from_the_start_passes(tmp_path: Path) -> None:
    text = ("The regatta marked the tenth appearance of the club at the games, and its seventh "
            "appearance since the boycott of 1980.")
    assert _results(tmp_path, text) == [("part-within-whole", "pass")]


def test_a_rank_since_a_point_above_the_rank_from_the_start_fails(tmp_path: Path) -> None:
    text = ("The regatta marked the first appearance of the club at the games, and its seventh "
            "appearance since the boycott of 1980.")
    assert _results(tmp_path, text) == [("part-within-whole", "fail")]


def test_occasions_of_different_things_are_not_compared(tmp_path: Path) -> None:
    text = ("It was the first time the side had won away, and the third time since 2000 that it "
            "reached a final.")
    assert _results(tmp_path, text) == []


def test_a_whole_counted_over_a_stretch_is_no_whole(tmp_path: Path) -> None:
    text = ("The regatta marked the fifth appearance in a row of the club at the games, and its seventh "
            "appearance since the boycott of 1980.")
    assert _results(tmp_path, text) == []
