"""Lists of shares of one whole: each item linked to the first, read as certain from the wording."""

from __future__ import annotations

from pathlib import Path

import factcheck
from factcheck import Status
from factcheck.extract import extract_claims
from tests.conftest import verified

VOTE = "Ruritania | share of the vote by party - Blue 52.4%, Red 30.1%, Green 9.3%, other 8.2%; turnout 71%\n"


def _results(tmp_path: Path, text: str) -> list[factcheck.Result]:
    return verified(tmp_path, text, "shares-within-whole")


def test_each_share_of_a_list_is_linked_to_the_first_by_its_wording() -> None:
    shares = [c for c in extract_claims(VOTE).claims if c.kind.value == "share"]
    assert [c.value for c in shares] == ["52.4", "30.1", "9.3", "8.2"]
    assert [c.listed_with for c in shares[1:]] == [shares[0].id] * 3
    assert all(c.basis is not None and c.basis["listed_with"].certain for c in shares[1:])
    assert shares[-1].measures.endswith(".other")


def test_a_complete_list_near_100_percent_is_no_failure_but_112_percent_is(tmp_path: Path) -> None:
    assert [r.status for r in _results(tmp_path, VOTE)] == [Status.INCONCLUSIVE]
    assert [r.status for r in _results(tmp_path, VOTE.replace("52.4%", "62.4%"))] == [Status.FAIL]


def test_two_lists_with_an_other_item_each_stay_apart(tmp_path: Path) -> None:
    text = VOTE + VOTE.replace("Ruritania", "Freedonia").replace("8.2%", "8.1%").replace("52.4%", "52.5%")
    assert [r.status for r in _results(tmp_path, text)] == [Status.INCONCLUSIVE] * 2


def test_percentages_listed_without_words_naming_one_whole_are_not_summed(tmp_path: Path) -> None:
    text = "Prices rose in every group: food 12.0%, energy 40.5%, rents 8.1%, other 3.2%.\n"
    assert _results(tmp_path, text) == []


def test_a_figure_broken_down_in_brackets_is_the_sum_of_its_items_for_review(tmp_path: Path) -> None:
    text = ("Of the 200 patients, 45% caught it abroad or from a traveller (15% abroad, 30% from a "
            "traveller); the rest caught it at home.")
    claims = extract_claims(text).claims
    (head,) = [c for c in claims if c.sum_of]
    by_id = {c.id: c for c in claims}
    assert head.value == "45"
    assert [by_id[i].value for i in head.sum_of or []] == ["15", "30"]
    assert head.basis is not None
    assert not head.basis["sum_of"].certain
    wrong = text.replace("30% from", "40% from")
    article = tmp_path / "story.txt"
    article.write_text(wrong, encoding="utf-8")
    results = factcheck.verify([article], output=None).report.results
    assert not [r for r in results if r.status is Status.FAIL]
    (total,) = [r for r in results if r.rule == "total-adds-up"]
    assert total.status is Status.INCONCLUSIVE
    assert total.explanation.startswith("needs review")


def test_a_bracket_that_names_other_kinds_of_figure_is_no_breakdown() -> None:
    text = "Sales rose to 450 units (up 12% on 2023, 3% above plan)."
    assert all(not c.sum_of for c in extract_claims(text).claims)


def test_changes_listed_after_a_total_change_are_its_parts_for_review(tmp_path: Path) -> None:
    text = ("Thefts rose sharply this spring, an overall increase of 300 cases. Officers logged 120 more "
            "thefts in March, 100 more in April and 80 more in May.")
    claims = extract_claims(text).claims
    (total,) = [c for c in claims if c.sum_of]
    by_id = {c.id: c for c in claims}
    assert [by_id[i].value for i in total.sum_of or []] == ["120", "100", "80"]
    assert total.basis is not None
    assert not total.basis["sum_of"].certain
    article = tmp_path / "story.txt"
    article.write_text(text.replace("80 more in May", "90 more in May"), encoding="utf-8")
    results = factcheck.verify([article], output=None).report.results
    assert not [r for r in results if r.status is Status.FAIL]
    (summed,) = [r for r in results if r.rule == "total-adds-up"]
    assert summed.explanation.startswith("needs review")


def test_counts_listed_after_a_colon_are_parts_of_the_count_before_it(tmp_path: Path) -> None:
    text = ("Police stopped 60 drivers (12% of those checked) last night: in 35 cases for speeding, "
            "and 15 for drink.")
    claims = extract_claims(text).claims
    parts = [c for c in claims if c.part_of is not None]
    by_id = {c.id: c for c in claims}
    assert sorted(c.value for c in parts) == ["15", "35"]
    assert {by_id[c.part_of or ""].value for c in parts} == {"60"}
    assert all(c.basis is not None and not c.basis["part_of"].certain for c in parts)
    article = tmp_path / "story.txt"
    article.write_text(text.replace("and 15 for", "and 35 for"), encoding="utf-8")
    results = factcheck.verify([article], output=None).report.results
    assert not [r for r in results if r.status is Status.FAIL]
    (listed,) = [r for r in results if r.rule == "listed-parts-within-whole"]
    assert listed.explanation.startswith("needs review")


def test_shares_said_of_other_names_after_a_share_of_a_whole_are_its_list_for_review(tmp_path: Path) -> None:
    fine = "Bicycles made up 52.2% of the sales, scooters 27.4% and skateboards 11.3%."
    over = "Bicycles made up 52.2% of the sales, scooters 47.4% and skateboards 11.3%."
    assert [r.status for r in _results(tmp_path, fine)] == [Status.PASS]
    review = _results(tmp_path, over)
    assert [r.status for r in review] == [Status.INCONCLUSIVE]
    assert "whole left out" in review[0].explanation


def test_a_list_of_changes_after_a_change_is_no_list_of_shares(tmp_path: Path) -> None:
    assert _results(tmp_path, "Prices rose 5.2% in May, food 3.1% and fuel 12.4%.") == []
