"""A failure only from certainty: checks over guessed bindings are inconclusive and say why."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import factcheck
from factcheck import Status
from factcheck.extract import extract_claims, render_claims


def _verify(tmp_path: Path, text: str) -> list[factcheck.Result]:
    article = tmp_path / "story.txt"
    article.write_text(text, encoding="utf-8")
    return factcheck.verify([article], output=None).report.results


def _claims_file(tmp_path: Path, claims: list[dict[str, object]]) -> Path:
    path = tmp_path / "doc.claims.yaml"
    path.write_text(yaml.safe_dump({"document": {"id": "doc", "title": "t"}, "claims": claims}), "utf-8")
    return path


PART = {"id": "minors", "kind": "count", "measures": "victims.minor", "value": "300", "part_of": "victims"}
WHOLE = {"id": "victims", "kind": "count", "measures": "victims", "value": "230"}


def _part_within_whole(tmp_path: Path, part: dict[str, object]) -> factcheck.Result:
    path = _claims_file(tmp_path, [WHOLE, part])
    results = factcheck.verify([path], rules=[factcheck._bundled.bundled_rules() / "generic"],
                               output=None).report.results
    (result,) = [r for r in results if r.rule == "part-within-whole"]
    return result


def test_a_claim_written_by_a_person_is_certain_as_written(tmp_path: Path) -> None:
    assert _part_within_whole(tmp_path, PART).status is Status.FAIL


def test_a_link_found_by_proximity_makes_the_failure_a_review(tmp_path: Path) -> None:
    guessed = {**PART, "basis": {"part_of": {"how": "linked by proximity, not by wording"}}}
    result = _part_within_whole(tmp_path, guessed)
    assert result.status is Status.INCONCLUSIVE
    assert result.explanation.startswith("needs review: '300' (part of): linked by proximity, not by wording")
    assert result.grade is None


def test_a_link_the_wording_states_keeps_the_failure(tmp_path: Path) -> None:
    stated = {**PART, "basis": {"part_of": {"how": "stated by wording: '300 of the 230'", "certain": True}}}
    assert _part_within_whole(tmp_path, stated).status is Status.FAIL


def test_an_uncertain_binding_the_check_does_not_use_changes_nothing(tmp_path: Path) -> None:
    other = {**PART, "basis": {"period": {"how": "the nearest year in the sentence"}}}
    assert _part_within_whole(tmp_path, other).status is Status.FAIL


def test_the_basis_survives_the_claims_file_round_trip(tmp_path: Path) -> None:
    text = "The agency counted 412 arrests in 2023, including 37 of minors, it said."
    drafted = extract_claims(text, document_id="arrests")
    assert any(c.basis for c in drafted.claims)
    path = tmp_path / "arrests.claims.yaml"
    path.write_text(render_claims(drafted), encoding="utf-8")
    loaded = factcheck.load_claims(path).claims_file
    assert [c.basis for c in loaded.claims] == [c.basis for c in drafted.claims]


def test_the_same_phrase_about_two_parties_is_not_a_contradiction(tmp_path: Path) -> None:
    text = (
        "Results are in.\n\nThe Greens took 31% of the vote in the city.\n\n"
        "The Liberals took 24% of the vote in the city.\n"
    )
    assert not [r for r in _verify(tmp_path, text) if r.status is Status.FAIL]


def test_a_qualified_line_item_is_another_figure(tmp_path: Path) -> None:
    text = "Operating profit | £14.2m | £12.9m |\nUnderlying operating profit | £15.8m | £12.9m |\n"
    assert not [r for r in _verify(tmp_path, text) if r.status is Status.FAIL]


def test_a_year_restated_in_the_same_sentence_frame_is_checked(tmp_path: Path) -> None:
    text = (
        "The engineer designed a new kind of valve. She described her design in 1931, after years "
        "of trials at the works.\n\nShe described her design in 1925.\n"
    )
    failed = [r for r in _verify(tmp_path, text) if r.status is Status.FAIL]
    assert [(r.rule, [s.quote for s in r.spans]) for r in failed] == [("mentions-agree", ["1931", "1925"])]


def test_a_share_of_them_far_from_its_count_is_only_a_review(tmp_path: Path) -> None:
    text = "The 140 cases came from 12 regions. Five clusters accounted for 83% of them."
    results = _verify(tmp_path, text)
    assert not [r for r in results if r.status is Status.FAIL]


def test_a_score_read_as_a_range_is_not_a_contradiction(tmp_path: Path) -> None:
    text = "The home side finished top with a 19 – 5 record over the season."
    assert not [r for r in _verify(tmp_path, text) if r.status is Status.FAIL]


def test_a_part_and_its_share_in_brackets_are_checked_against_the_stated_whole(tmp_path: Path) -> None:
    text = "Of the 50 patients aged 65 and over in the trial, 20 (45%) improved within a week."
    failed = [r for r in _verify(tmp_path, text) if r.status is Status.FAIL]
    assert [r.rule for r in failed] == ["share-matches-counts"]
    assert "needs review" not in failed[0].explanation


def test_parts_of_two_unnamed_wholes_stay_apart(tmp_path: Path) -> None:
    text = (
        "Of the 50 patients aged 65 and over, 20 (40%) improved. "
        "Of the 30 patients aged 40 and under, 27 (90%) improved."
    )
    results = _verify(tmp_path, text)
    assert not [r for r in results if r.status is Status.FAIL]
    shares = [r for r in results if r.rule == "share-matches-counts"]
    assert [r.status for r in shares] == [Status.PASS, Status.PASS]


def test_two_parallel_statements_in_the_same_words_are_two_figures(tmp_path: Path) -> None:
    text = (
        "TREND FIGURES (MONTHLY)\n\nHours worked rose 1.2 million hours to 1702.4 million hours.\n\n"
        "ADJUSTED FIGURES (MONTHLY)\n\nHours worked rose 2.8 million hours to 1,709.0 million hours.\n"
    )
    assert not [r for r in _verify(tmp_path, text) if r.status is Status.FAIL]


def test_a_change_and_its_percentage_joined_by_or_are_one_change(tmp_path: Path) -> None:
    text = "The index was trading 52 points or 0.12 per cent higher at 43,210 in early deals."
    assert not [r for r in _verify(tmp_path, text) if r.status is Status.FAIL]


def test_a_balance_whose_sides_name_another_year_needs_review(tmp_path: Path) -> None:
    text = (
        "Exports had reached USD 31.20 billion in March, 2019. "
        "Imports over the ten months rose to USD 402.5 billion. "
        "The trade deficit for the ten months stood at USD 160.40 billion."
    )
    results = _verify(tmp_path, text)
    (balance,) = [r for r in results if r.rule == "difference-matches-figures"]
    assert balance.status is Status.INCONCLUSIVE
    assert "needs review" in balance.explanation


GUESSED_KIND = {"kind": {"how": "read as a count for want of a unit or a noun"}}


def _generic(tmp_path: Path, claims: list[dict[str, object]]) -> list[factcheck.Result]:
    path = _claims_file(tmp_path, claims)
    return factcheck.verify([path], rules=[factcheck._bundled.bundled_rules() / "generic"],
                            output=None).report.results


def test_a_guessed_count_that_fails_as_an_amount_too_still_fails(tmp_path: Path) -> None:
    results = _generic(tmp_path, [WHOLE, {**PART, "basis": GUESSED_KIND}])
    (result,) = [r for r in results if r.rule == "part-within-whole"]
    assert result.status is Status.FAIL


def test_a_failure_that_rests_on_reading_a_whole_count_needs_review_when_the_kind_was_guessed(
    tmp_path: Path,
) -> None:
    whole = {"id": "whole", "kind": "count", "measures": "patients", "value": "17"}
    share = {"id": "share", "kind": "percentage", "measures": "patients.share", "value": "37.5",
             "unit": "percent", "share_of": {"whole": "whole"}}
    (certain,) = [r for r in _generic(tmp_path, [whole, share]) if r.rule == "share-matches-counts"]
    assert certain.status is Status.FAIL  # GRIM: no whole number out of 17 is 37.5 %
    guessed = [{**whole, "basis": GUESSED_KIND}, share]
    (review,) = [r for r in _generic(tmp_path, guessed) if r.rule == "share-matches-counts"]
    assert review.status is Status.INCONCLUSIVE
    assert "(kind): read as a count for want of a unit or a noun" in review.explanation


def test_a_change_after_its_figure_and_year_is_linked_by_wording(tmp_path: Path) -> None:
    text = "The ferry carried 1.2 million passengers in 2024, up 15% from 980,000 in 2023.\n"
    (change,) = [r for r in _verify(tmp_path, text) if r.rule == "change-matches-figures"]
    assert change.status is Status.FAIL


def test_a_round_figure_read_from_text_may_be_rounded_so_a_failure_needing_it_exact_needs_review(
    tmp_path: Path,
) -> None:
    text = "Spending fell $300 million, or 11.7 per cent, to nearly $2.2 billion in the quarter."
    results = [r for r in _verify(tmp_path, text) if r.rule == "change-agrees-both-ways"]
    assert results
    assert all(r.status is not Status.FAIL for r in results)
    assert any("rounding" in r.explanation and "$300 million" in r.explanation for r in results)


def test_a_round_figure_still_fails_when_no_rounding_of_it_holds(tmp_path: Path) -> None:
    text = "Spending fell $300 million, or 40 per cent, to nearly $2.2 billion in the quarter."
    results = [r for r in _verify(tmp_path, text) if r.rule == "change-agrees-both-ways"]
    assert [r.status for r in results] == [Status.FAIL]


def test_round_hundreds_are_read_as_rounded_only_when_every_figure_of_the_check_is(tmp_path: Path) -> None:
    # 3,031 of 12,900 is 23.496%: 24% holds only if 12,900 is rounded, and a text stating "3,031" is exact
    text = "Of the 12,900 members, 3,031 (24%) voted for the merger."
    (share,) = [r for r in _verify(tmp_path, text) if r.rule == "share-matches-counts"]
    assert share.status is Status.FAIL
    text = "Of the 50,300 members, 11,800 (24%) voted for the merger."  # 23.46%, or 23.58% of 11,850 / 50,250
    (share,) = [r for r in _verify(tmp_path, text) if r.rule == "share-matches-counts"]
    assert share.status is Status.INCONCLUSIVE


@pytest.mark.parametrize(
    ("text", "clears", "fails", "why"),
    [
        # 35 to 30 is a fall of 14.2857%: rounded, 14.3%; cut after one decimal, 14.2%
        ("The clinic's caseload fell {}% to 30 patients in March.", "14.2", "12.2", "cut short"),
        # 512 / 482 is up 6.224%: 6.3% needs the levels rounded (511.5 / 482.5 is 6.01%, 512.5 / 481.5 6.44%)
        ("The small-cap index rose {}% to 512 points from 482 points in May.", "6.3", "9.3",
         "measure rounded to the point"),
        # 63,700 to 58,100 is a fall of 8.79%: 8.9% needs the two rounded to the hundred (63,750 to 58,050)
        ("Members fell by {} percent, from 63,700 members to 58,100.", "8.9", "9.9", "rounded to its last"),
    ],
)
def test_a_failure_another_reading_of_the_figures_clears_is_a_review(
    tmp_path: Path, text: str, clears: str, fails: str, why: str
) -> None:
    (result,) = [r for r in _verify(tmp_path, text.format(clears)) if r.rule == "change-matches-figures"]
    assert result.status is Status.INCONCLUSIVE
    assert why in result.explanation
    (wrong,) = [r for r in _verify(tmp_path, text.format(fails)) if r.rule == "change-matches-figures"]
    assert wrong.status is Status.FAIL
