"""Links the wording does not make certain: each is a review, never a failure (issue 12, "never cry wolf")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import factcheck
from factcheck import Status
from factcheck.extract import extract_claims
from tests.conftest import verified


def _results(tmp_path: Path, text: str) -> list[factcheck.Result]:
    article = tmp_path / "story.txt"
    article.write_text(text, encoding="utf-8")
    return list(factcheck.verify([article], output=None).report.results)


def _failures(tmp_path: Path, text: str) -> list[factcheck.Result]:
    return [r for r in _results(tmp_path, text) if r.status is Status.FAIL]


TRADE = (
    "The trade gap shrank again last month. The deficit stood at $40.8 billion. "
    "Exports were $187.9 billion, up $3.0 billion, while imports fell $4.2 billion to $228.7 billion."
)


def test_a_side_of_a_balance_is_the_level_it_changed_to_not_the_amount_of_change(tmp_path: Path) -> None:
    claims = extract_claims(TRADE)
    (deficit,) = [c for c in claims.claims if c.difference_of is not None]
    by_id = claims.by_id()
    assert deficit.difference_of is not None
    assert by_id[deficit.difference_of.minuend].value == "228.7 billion"
    assert _failures(tmp_path, TRADE) == []
    wrong = TRADE.replace("$40.8 billion", "$45.8 billion")
    assert [r.rule for r in _failures(tmp_path, wrong)] == ["difference-matches-figures"]


def test_an_amount_increased_by_is_not_a_side_of_a_balance() -> None:
    text = ("The budget showed a deficit of $0.5 billion in March. "
            "Revenues increased by $700 million or 3.2 per cent to $22.9 billion, "
            "and spending grew by $1.4 billion to $23.4 billion.")
    claims = extract_claims(text)
    (deficit,) = [c for c in claims.claims if c.difference_of is not None]
    by_id = claims.by_id()
    assert deficit.difference_of is not None
    assert (by_id[deficit.difference_of.minuend].value, by_id[deficit.difference_of.subtrahend].value) == (
        "23.4 billion", "22.9 billion")


BUDGET = (
    "The government ran a deficit of $2.7 billion in May. "
    "Revenues came to $22.9 billion and spending to $23.4 billion."
)


def test_a_balance_with_a_further_expense_line_is_only_a_review(tmp_path: Path) -> None:
    assert [r.rule for r in _failures(tmp_path, BUDGET)] == ["difference-matches-figures"]
    text = BUDGET + " Public debt charges were $2.2 billion."
    assert _failures(tmp_path, text) == []
    (deficit,) = [c for c in extract_claims(text).claims if c.difference_of is not None]
    assert deficit.basis is not None
    assert not deficit.basis["difference_of"].certain
    assert "debt charges" in deficit.basis["difference_of"].how


def test_a_balance_of_another_period_does_not_share_this_periods_sides(tmp_path: Path) -> None:
    text = ("The government ran a deficit of $0.5 billion in May, compared with a deficit of "
            "$0.9 billion in the same month last year. Revenues came to $22.9 billion and spending to "
            "$23.4 billion.")
    balanced = [c.value for c in extract_claims(text).claims if c.difference_of is not None]
    assert balanced == ["0.5 billion"]
    assert _failures(tmp_path, text) == []


def test_two_balances_given_the_same_two_sides_are_a_guess(tmp_path: Path) -> None:
    text = ("The deficit was $0.5 billion in May. Revenues came to $22.9 billion and spending to "
            "$23.4 billion. In April the deficit had reached $0.9 billion.")
    balanced = [c for c in extract_claims(text).claims if c.difference_of is not None]
    assert len(balanced) == 2
    assert all(c.basis is not None and not c.basis["difference_of"].certain for c in balanced)
    assert _failures(tmp_path, text) == []


GOODS_ONLY = (
    "Exports came to $150.2 billion and imports to $190.5 billion in June. The wider gap came from "
    "a rise in the merchandise deficit of $1.1 billion to $60.0 billion, offset in part by a fall in "
    "the services surplus of $0.4 billion to $19.7 billion."
)


def test_the_change_of_a_balance_stated_with_of_is_no_balance() -> None:
    balanced = [c.value for c in extract_claims(GOODS_ONLY).claims if c.difference_of is not None]
    assert "1.1 billion" not in balanced
    assert "0.4 billion" not in balanced


def test_a_balance_of_one_part_against_sides_of_the_whole_is_a_guess(tmp_path: Path) -> None:
    balanced = [c for c in extract_claims(GOODS_ONLY).claims if c.difference_of is not None]
    assert sorted(c.value for c in balanced) == ["19.7 billion", "60.0 billion"]
    for claim in balanced:
        assert claim.basis is not None
        assert not claim.basis["difference_of"].certain
        assert "different parts of the balance" in claim.basis["difference_of"].how
    assert _failures(tmp_path, GOODS_ONLY) == []


def test_a_balance_of_the_whole_keeps_its_sides_beside_a_balance_of_one_part(tmp_path: Path) -> None:
    text = ("The trade deficit was $40.3 billion in June. Exports came to $150.2 billion and imports to "
            "$190.5 billion. The goods deficit rose to $60.0 billion.")
    (balanced,) = [c for c in extract_claims(text).claims if c.difference_of is not None]
    assert balanced.value == "40.3 billion"
    assert balanced.basis is not None
    assert balanced.basis["difference_of"].certain
    assert _failures(tmp_path, text) == []
    wrong = text.replace("$40.3 billion", "$45.3 billion")
    assert [r.rule for r in _failures(tmp_path, wrong)] == ["difference-matches-figures"]


@pytest.mark.parametrize(
    "text",
    [
        "Merchandise exports were $20.5 billion and imports $25.0 billion, "
        "so the trade deficit was $9.9 billion.",
        "Exports were $20.5 billion and imports $25.0 billion, "
        "and the current-account deficit was $9.9 billion.",
    ],
)
def test_a_balance_and_sides_of_different_scopes_do_not_fail(tmp_path: Path, text: str) -> None:
    assert _failures(tmp_path, text) == []
    same = text.replace("Merchandise exports", "Exports").replace("current-account deficit", "trade deficit")
    assert [r.rule for r in _failures(tmp_path, same)] == ["difference-matches-figures"]


def test_seats_picked_up_are_a_tally_not_a_change(tmp_path: Path) -> None:
    text = "With most votes counted, Labor has won 34 seats, while the Coalition has picked up 53."
    assert not [c for c in extract_claims(text).claims if c.kind.value == "change"]
    assert _failures(tmp_path, text) == []


def test_a_change_in_a_clause_about_another_subject_is_not_certainly_the_earlier_figures(
    tmp_path: Path,
) -> None:
    text = "Labor holds 34 seats, while the Coalition is up 5."
    changes = [c for c in extract_claims(text).claims if c.kind.value == "change" and c.change_of]
    assert changes
    assert all(c.basis is not None and not c.basis["change_of"].certain for c in changes)
    assert _failures(tmp_path, text) == []


def test_a_bare_noun_in_a_text_about_a_qualified_one_is_not_its_wider_category(tmp_path: Path) -> None:
    counts = ("Officials counted 2,110 cases in 2022.\n\n"
              "In recent weeks of 2022, 6,480 cholera cases were recorded.")
    assert [r.rule for r in _failures(tmp_path, counts)] == ["part-within-whole"]
    text = "Health officials warn of a steep rise in cholera cases this year.\n\n" + counts
    assert _failures(tmp_path, text) == []
    (part,) = [c for c in extract_claims(text).claims if c.part_of is not None]
    assert part.basis is not None
    assert not part.basis["part_of"].certain


def test_a_count_of_the_bare_noun_first_stated_after_the_part_is_no_certain_whole(tmp_path: Path) -> None:
    text = ("Officials counted 6,480 cholera cases in 2022.\n\n"
            "In recent weeks of 2022, 2,110 cases were recorded.")
    assert _failures(tmp_path, text) == []
    (part,) = [c for c in extract_claims(text).claims if c.part_of is not None]
    assert part.basis is not None
    assert not part.basis["part_of"].certain
    assert "stated after the part" in part.basis["part_of"].how


def test_counts_stated_for_different_spans_of_dates_are_not_one_within_the_other(tmp_path: Path) -> None:
    text = ("Officials counted 6,480 cholera cases in 2022, from January 1 to June 25.\n\n"
            "In 2022, from May 29 to June 25, 2,110 cases were recorded.")
    assert _failures(tmp_path, text) == []
    parts = [c for c in extract_claims(text).claims if c.part_of is not None]
    assert parts
    assert all(c.basis is not None and not c.basis["part_of"].certain for c in parts)


def test_a_count_and_its_share_in_one_bracket_keep_their_own_units(tmp_path: Path) -> None:
    text = ("Most cases came from three regions: Region 3 (9,426, 15 percent); "
            "Region 7 (7,741, 12 percent); Region 9 (5,684, 9 percent).")
    kinds = {c.value: (c.kind.value, c.unit) for c in extract_claims(text).claims}
    assert kinds["7741"] == ("count", None)
    assert kinds["5684"] == ("count", None)
    assert _failures(tmp_path, text) == []


def test_a_list_of_percentages_still_shares_its_unit() -> None:
    text = "Prices rose in two steps (5, 6 percent) over the year."
    units = {c.value: c.unit for c in extract_claims(text).claims}
    assert units["5"] == "percent"


def test_a_percentage_beside_an_amount_of_change_is_its_rate_not_a_share() -> None:
    text = ("Tax receipts reached $9.1 billion last year. This year receipts increased by $700 million "
            "or 3.2 per cent to $22.9 billion.")
    assert not [c for c in extract_claims(text).claims if c.share_of is not None]


def test_the_count_a_share_is_said_of_is_its_part_not_its_whole() -> None:
    text = ("The winner took 134,705 votes with 58.4% of the votes cast, while the runner-up "
            "received 96,052 votes which is 41.6% of the votes cast.")
    claims = extract_claims(text)
    by_id = claims.by_id()
    wholes = [by_id[c.share_of.whole].value for c in claims.claims
              if c.share_of is not None and c.share_of.whole is not None]
    assert "134,705" not in wholes
    assert "96,052" not in wholes
    parts = [by_id[c.share_of.part].value for c in claims.claims
             if c.share_of is not None and c.share_of.part is not None]
    assert parts == ["134,705", "96,052"]  # each beside its share, of a whole not stated


def test_the_guessed_whole_of_a_share_in_a_list_is_not_the_item_before_it() -> None:
    text = ("Exports came to $5.23 billion in January, down 13.5 percent from $6.04 billion.\n\n"
            "Ores were worth $290.17 million (5.5 percent of total), and other goods "
            "$282.22 million (5.4 percent of total).")
    claims = extract_claims(text)
    by_id = claims.by_id()
    wholes = {c.value: by_id[c.share_of.whole].value for c in claims.claims if c.share_of is not None}
    assert wholes == {"5.5": "5.23 billion", "5.4": "5.23 billion"}


def test_an_unnamed_whole_of_a_count_and_its_share_is_the_earlier_count_it_is_that_share_of(
    tmp_path: Path,
) -> None:
    text = ("The clinic saw 118 patients this spring. Last year it saw a median of 56 a month.\n\n"
            "Fifty-three (45%) of the patients were adults, and 24 (20%) were infants.")
    claims = extract_claims(text)
    by_id = claims.by_id()
    wholes = {c.value: by_id[c.share_of.whole] for c in claims.claims if c.share_of is not None}
    assert {v: w.value for v, w in wholes.items()} == {"45": "118", "20": "118"}
    shares = [c for c in claims.claims if c.share_of is not None]
    assert all(c.uncertain("share_of") for c in shares)
    wrong = text.replace("(20%)", "(30%)")
    assert [r for r in _failures(tmp_path, wrong) if r.rule == "share-matches-counts"] == []


def test_counts_listed_with_their_shares_of_one_whole_are_its_parts_listed_together(tmp_path: Path) -> None:
    text = ("The clinic saw 118 patients this spring.\n\n"
            "Fifty-three (45%) were adults; of the rest, 18 (15%) were infants, 24 (20%) were toddlers "
            "and 23 (19%) were teenagers.")
    claims = extract_claims(text)
    by_id = claims.by_id()
    parts = [c for c in claims.claims if c.part_of is not None]
    assert sorted(c.value for c in parts) == ["18", "23", "24", "53"]
    assert {by_id[c.part_of or ""].value for c in parts} == {"118"}
    assert all(c.uncertain("part_of") for c in parts)
    assert len({c.listed_with for c in parts if c.listed_with}) == 1
    (listed,) = [r for r in _results(tmp_path, text) if r.rule == "listed-parts-within-whole"]
    assert listed.status is Status.PASS


def test_shares_adding_up_to_more_than_the_whole_are_not_read_as_a_breakdown() -> None:
    text = ("The clinic saw 118 patients this spring.\n\n"
            "Of its patients, 89 (75%) were women and 71 (60%) were over 50.")
    claims = extract_claims(text)
    assert [c for c in claims.claims if c.listed_with is not None] == []


def test_a_figure_and_the_share_its_clause_says_it_makes_up_are_part_and_share(tmp_path: Path) -> None:
    text = ("Club income rose 12% to £19.6 million, and wages rose 78% to £40.1 million.\n\n"
            "Shop sales grew by 9% to £4.9 million, which made up a quarter of total income. "
            "Exports of cars rose to €6.36 billion, the equivalent of 43 per cent of all exports, "
            "which were €14.7 billion.")
    claims = extract_claims(text)
    by_id = claims.by_id()
    found = {c.value: (by_id[c.share_of.whole].value, by_id[c.share_of.part or ""].value)
             for c in claims.claims if c.share_of is not None}
    assert found["25"] == ("19.6 million", "4.9 million")
    wrong = text.replace("a quarter", "a third")
    assert [r for r in _failures(tmp_path, wrong) if r.rule == "share-matches-counts"] == []


def test_one_label_in_two_lists_is_not_certainly_one_figure(tmp_path: Path) -> None:
    text = ("Since January, most flu cases came from:\n\n"
            "Zone 3 (9,426, 15 percent); Zone 7 (7,741, 12 percent); Zone 9 (5,684, 9 percent).\n\n"
            "In the last four weeks, the zones with the most cases were:\n\n"
            "Zone 3: 3,902 (18 percent); Zone 7: 2,316 (11 percent); Zone 2: 1,997 (9 percent).")
    assert [r for r in _failures(tmp_path, text) if r.rule == "mentions-agree"] == []
    claims = extract_claims(text)
    joined = [c for c in claims.claims if {m.value for m in c.mentions} == {"7,741", "2,316"}]
    assert all(c.uncertain("mentions") for c in joined)


def test_a_change_in_a_lede_is_of_the_first_pair_the_next_sentences_state(tmp_path: Path) -> None:
    text = ("Admissions went up 35 percent between 2010 and 2020, the board reports.\n\n"
            "Its analysts used the national register for the decade.\n\n"
            "They found that admissions rose from 10.5 to 14.2 per 1,000 residents.")
    claims = extract_claims(text)
    by_id = claims.by_id()
    (lede,) = [c for c in claims.claims if c.value == "35"]
    assert (by_id[lede.change_of or ""].value, by_id[lede.baseline or ""].value) == ("14.2", "10.5")
    assert lede.uncertain("change_of")
    wrong = text.replace("35 percent", "53 percent")
    assert _failures(tmp_path, wrong) == []
    assert any(r.rule == "change-matches-figures" and r.status is Status.INCONCLUSIVE
               for r in _results(tmp_path, wrong))


@pytest.mark.parametrize(
    "text",
    [
        ("The brewer's second-quarter profit jumped 20 percent on lower costs.\n\n"
         "The brewer said profit rose to $361 million, or 71 cents a share, from $301 million."),
        ("The chain's profit for the quarter climbed 20 percent.\n\n"
         "It said it earned $361 million, or 71 cents a share, in the quarter. "
         "A year earlier, net income was $301 million, or 57 cents a share."),
        ("The chain's profit for the quarter climbed 20 percent.\n\n"
         "It earned $361 million, or 71 cents a share, compared with $301 million, "
         "or 57 cents a share, a year earlier."),
        ("The card issuer said first-quarter profit rose 20 percent to a record $361 million. "
         "Profit came to 87 cents a share, compared with $301 million, or 69 cents a share, a year earlier."),
    ],
)
def test_a_change_is_of_a_profit_set_beside_the_year_before(tmp_path: Path, text: str) -> None:
    claims = extract_claims(text)
    by_id = claims.by_id()
    (lede,) = [c for c in claims.claims if c.value == "20"]
    levels = (by_id[lede.change_of or ""].value, by_id[lede.baseline or ""].value)
    assert levels == ("361 million", "301 million")
    assert lede.uncertain("baseline")
    (change,) = [r for r in _results(tmp_path, text) if r.rule == "change-matches-figures"]
    assert change.status is Status.PASS
    wrong = text.replace("20 percent", "40 percent")
    assert _failures(tmp_path, wrong) == []
    assert any(r.rule == "change-matches-figures" and r.status is Status.INCONCLUSIVE
               for r in _results(tmp_path, wrong))


def test_a_figure_compared_with_another_of_another_scale_is_not_paired() -> None:
    text = ("Profit climbed 25 percent.\n\n"
            "Profit came to 71 cents a share, compared with $301 million, or 57 cents a share, "
            "a year earlier.")
    claims = extract_claims(text)
    (lede,) = [c for c in claims.claims if c.value == "25"]
    assert lede.change_of is None


def test_a_share_opening_its_clause_and_the_count_closing_it_are_share_and_part() -> None:
    text = ("In 2023, some 9,000 pupils sat the exam, a small rise from 8,950 in 2022.\n\n"
            "Girls made up more than four in 10 entrants, totalling 3,915. "
            "A quarter of the pupils entered were from rural schools (2,260).")
    claims = extract_claims(text)
    by_id = claims.by_id()
    found = {c.value: (by_id[c.share_of.whole].value, by_id[c.share_of.part or ""].value)
             for c in claims.claims if c.share_of is not None}
    assert found["25"] == ("9,000", "2,260")
    assert any(part == "3,915" for _, part in found.values())


def test_two_shares_said_of_two_names_joined_by_and_are_shares_of_one_whole(tmp_path: Path) -> None:
    text = "Norway bought 48 per cent of the harvest and the Netherlands 31 per cent, the board said."
    claims = extract_claims(text)
    (second,) = [c for c in claims.claims if c.listed_with is not None]
    assert second.value == "31"
    assert second.uncertain("listed_with")
    (total,) = [r for r in _results(tmp_path, text) if r.rule == "shares-within-whole"]
    assert total.status is Status.PASS
    wrong = text.replace("31 per cent", "61 per cent")
    assert _failures(tmp_path, wrong) == []
    assert any(r.rule == "shares-within-whole" and r.status is Status.INCONCLUSIVE
               for r in _results(tmp_path, wrong))
    own = "Norway bought 48 per cent of the harvest and the Netherlands 31 per cent of the oil."
    assert [c for c in extract_claims(own).claims if c.listed_with is not None] == []


def test_a_factor_is_checked_against_the_two_figures_given_after_it(tmp_path: Path) -> None:
    text = "Last year the injury rate for riders was 2.5 times the rate for walkers (12.5 versus 5.0)."
    claims = extract_claims(text)
    by_id = claims.by_id()
    (factor,) = [c for c in claims.claims if c.unit == "times"]
    assert (by_id[factor.change_of or ""].value, by_id[factor.baseline or ""].value) == ("12.5", "5.0")
    (check,) = [r for r in _results(tmp_path, text) if r.rule == "change-matches-figures"]
    assert check.status is Status.PASS
    wrong = text.replace("12.5", "15.2")
    assert _failures(tmp_path, wrong) == []
    assert any(r.rule == "change-matches-figures" and r.status is Status.INCONCLUSIVE
               for r in _results(tmp_path, wrong))


def test_a_part_within_that_of_a_level_is_certain_but_within_a_change_only_a_review(tmp_path: Path) -> None:
    level = "Tax receipts came to $880 billion. Within that, payroll taxes brought in $370 billion."
    part = extract_claims(level).claims[1]
    assert part.part_of == extract_claims(level).claims[0].id
    assert part.basis is not None
    assert part.basis["part_of"].certain
    change = ("Receipts showed a rise of $88 billion. Within that, payroll taxes grew by $97 billion, "
              "while other taxes fell.")
    results = _results(tmp_path, change)
    assert not [r for r in results if r.status is Status.FAIL]
    (within,) = [r for r in results if r.rule == "part-within-whole"]
    assert within.status is Status.INCONCLUSIVE
    assert within.explanation.startswith("needs review")


def test_a_share_said_from_a_source_with_its_count_in_brackets_has_that_count_as_its_part() -> None:
    text = ("Of the 9,000 calls logged, the largest group (4,800) came from hospitals. Half of these came "
            "from wards (2,400) and a quarter from clinics (1,200).")
    claims = extract_claims(text).claims
    (quarter,) = [c for c in claims if c.value == "25"]
    assert quarter.share_of is not None
    by_id = {c.id: c for c in claims}
    assert by_id[quarter.share_of.part or ""].value == "1,200"


def test_a_count_closing_the_sentence_after_a_share_is_its_part() -> None:
    text = "The survey reached 4,000 adults. Renters made up 35% of the sample, 1,400 adults."
    (share,) = [c for c in extract_claims(text).claims if c.share_of is not None]
    by_id = extract_claims(text).by_id()
    assert by_id[share.share_of.part or ""].value == "1400"
    assert by_id[share.share_of.whole].value == "4000"


def test_a_share_with_its_part_is_guessed_of_the_larger_count_its_noun_follows() -> None:
    text = ("Officials counted 2,410 confirmed flu cases this winter. Clinics saw 600 children, 900 "
            "adults and 510 older people. Twelve percent (190 cases) needed a hospital bed.")
    claims = extract_claims(text)
    by_id = claims.by_id()
    (share,) = [c for c in claims.claims if c.share_of is not None and c.value == "12"]
    assert share.share_of is not None
    assert share.share_of.whole is not None
    assert by_id[share.share_of.whole].value == "2410"
    assert share.basis is not None
    assert not share.basis["share_of"].certain


@pytest.mark.parametrize(
    ("text", "change"),
    [
        # a cause between the level and the change: the change is of the cause
        ("Egg output fell by 1.8 percent in the quarter from 305.4 thousand tonnes due to the "
         "3.3 percent drop in flock sizes.", "3.3"),
        ("The crop reached 2.41 million tonnes, aided by a 9.4% rise in the sown area.", "9.4"),
        # the level sits in an aside that has closed before the change
        ("Admissions grew 9.2 per cent (8,410 in 2021 compared to 7,702 in 2020) and an almost 25 "
         "per cent increase in waiting times followed.", "25"),
        # the level is the old one the change is measured from
        ("The daily average was 2,140 in 2019, compared to 1,990 in 2018 (+7.5%) and 1,760 in 2017 (+21.6%).",
         "7.5"),
        ("The daily average was 2,140 in 2019, compared to 1,990 in 2018 (+7.5%) and 1,760 in 2017 (+21.6%).",
         "21.6"),
        ("Revenue came to Shs 84 billion in the year up from Shs 63 billion in 2020 reflecting a 33.33 "
         "percent growth.", "33.33"),
    ],
)
def test_a_change_after_a_figure_of_something_else_is_linked_as_a_guess(
    tmp_path: Path, text: str, change: str
) -> None:
    claims = extract_claims(text).claims
    (stated,) = [c for c in claims if c.kind.value == "change" and c.value == change]
    if stated.change_of is not None:
        assert stated.basis is not None
        assert not stated.basis["change_of"].certain
    assert _failures(tmp_path, text) == []


def test_percentage_points_said_of_counts_are_a_guess_not_a_failure(tmp_path: Path) -> None:
    text = "Pending appeals totalled 41,260, an eight percentage-point jump from 38,150 in 2019."
    claims = extract_claims(text).claims
    (change,) = [c for c in claims if c.kind.value == "change"]
    assert change.unit == "percentage points"
    assert change.basis is not None
    assert all(not change.basis[k].certain for k in ("change_of", "baseline") if k in change.basis)
    assert _failures(tmp_path, text) == []


def test_a_from_in_the_next_clause_is_not_the_baseline_of_the_change_before_it(tmp_path: Path) -> None:
    text = ("Card fees grew by 11.4 per cent to Sh21.60 billion in the half while loan income rose from "
            "Sh9.2 billion to Sh12.75 billion.")
    claims = extract_claims(text).claims
    (change,) = [c for c in claims if c.kind.value == "change"]
    if change.baseline is not None:
        assert change.basis is not None
        assert not change.basis["baseline"].certain
    assert _failures(tmp_path, text) == []


SMALLER_LOSS = (
    "The retailer reported a smaller loss for its second quarter. "
    "It lost $120.5 million, or 40 cents a share, compared with a loss of $310.2 million, "
    "or 95 cents a share, a year earlier."
)


def _moved_statuses(tmp_path: Path, text: str) -> list[str]:
    return [r.status.value for r in verified(tmp_path, text, name="results.txt")
            if {"$310.2 million", "$120.5 million"} <= {s.quote for s in r.spans}]


def test_a_smaller_loss_compared_with_last_year_s_is_checked_for_its_direction(tmp_path: Path) -> None:
    (old,) = [c for c in extract_claims(SMALLER_LOSS).claims if c.value == "310.2 million"]
    (new,) = [c for c in extract_claims(SMALLER_LOSS).claims if c.baseline == old.id]
    assert new.direction is not None
    assert new.direction.value == "decrease"
    assert not new.basis["baseline"].certain
    assert _moved_statuses(tmp_path, SMALLER_LOSS) == ["pass"]


def test_a_loss_said_larger_but_smaller_needs_review_rather_than_failing(tmp_path: Path) -> None:
    wrong = SMALLER_LOSS.replace("a smaller loss", "a wider loss")
    assert _moved_statuses(tmp_path, wrong) == ["inconclusive"]


def test_words_on_a_profit_give_no_direction_to_a_pair_of_losses() -> None:
    text = SMALLER_LOSS.replace("a smaller loss", "a smaller profit")
    assert not [c for c in extract_claims(text).claims if c.direction is not None and c.baseline]


def test_a_change_after_a_threshold_of_a_class_is_not_certainly_that_figures(tmp_path: Path) -> None:
    # "20 metres or taller" names which towers are meant; the 5% is said of the towers' count
    text = "More of the checks were on towers of 20 metres or taller - a 5% increase on last year."
    assert _failures(tmp_path, text) == []
    change = next(c for c in extract_claims(text).claims if c.kind == "change")
    assert change.change_of is None or not change.basis["change_of"].certain


def test_a_count_of_the_negated_kind_is_not_the_part_its_subject_names(tmp_path: Path) -> None:
    text = ("Crews attended 500,000 incidents and 300,000 non fire incidents. "
            "Fires accounted for 30% of all incidents.")
    share = next(c for c in extract_claims(text).claims if c.kind == "share")
    assert share.share_of is not None
    assert share.share_of.part is None
    assert _failures(tmp_path, text) == []


@pytest.mark.parametrize("joint", ["who represent", ", equivalent to"])
def test_a_share_said_of_a_count_by_who_represent_or_equivalent_to_is_that_counts_share(
    tmp_path: Path, joint: str
) -> None:
    right = f"Of the 2,400 pupils who sat, 2,280 of them {joint} 95.0% passed."
    wrong = right.replace("95.0%", "90.0%")
    share = next(c for c in extract_claims(right).claims if c.value == "95.0")
    assert share.share_of is not None
    assert share.share_of.part is not None
    assert [r.status for r in _results(tmp_path, right) if r.rule == "share-matches-counts"] == [Status.PASS]
    assert [r.status for r in _results(tmp_path, wrong) if r.rule == "share-matches-counts"] == [Status.FAIL]


def test_the_old_value_of_a_revision_is_not_certainly_the_baseline_of_a_change(tmp_path: Path) -> None:
    text = ("Detached house starts climbed 5.5 percent to 535,000, against a July figure revised up "
            "(from 502,000) to 507,000.")
    (change,) = [c for c in extract_claims(text).claims if c.kind.value == "change"]
    assert change.basis is not None
    if change.baseline is not None:
        assert not change.basis["baseline"].certain
        assert "revision" in change.basis["baseline"].how
    assert _failures(tmp_path, text) == []


def test_a_from_before_any_revision_word_still_states_the_baseline(tmp_path: Path) -> None:
    text = "Detached house starts climbed 5.5 percent to 535,000 from 502,000."
    (change,) = [c for c in extract_claims(text).claims if c.kind.value == "change"]
    assert change.basis is not None
    assert change.basis["baseline"].certain
    assert [r.rule for r in _failures(tmp_path, text)] == ["change-matches-figures"]


def test_a_percentage_the_scan_could_not_read_stands_between_a_change_and_a_level(tmp_path: Path) -> None:
    text = ("Completions ran at 702,000 units, a 0.4 percent rise on June and12.5 percent more than the "
            "624,000 finished a year before.")
    (change,) = [c for c in extract_claims(text).claims if c.value == "0.4"]
    assert change.basis is not None
    if change.baseline is not None:
        assert not change.basis["baseline"].certain
    assert _failures(tmp_path, text) == []
    spaced = text.replace("and12.5", "and 12.5")
    assert _failures(tmp_path, spaced) == []


LEVIES = (
    "The levy for 2024/25 rose by 4.6% to £14,048. This means a Band D charge of £36.03.\n\n"
    "The levy for 2023/24 stayed at £13,431. This means a Band D charge of £35.74.\n"
)


def test_a_sentence_opening_on_this_is_said_of_what_the_sentence_before_said(tmp_path: Path) -> None:
    (charge,) = [c for c in extract_claims(LEVIES).claims if c.value == "36.03"]
    if len(charge.mentions) > 1:
        assert charge.basis is not None
        assert not charge.basis["mentions"].certain
        assert "'this means'" in charge.basis["mentions"].how
    assert _failures(tmp_path, LEVIES) == []


def test_the_same_words_without_a_demonstrative_subject_still_state_one_figure(tmp_path: Path) -> None:
    # the years said after the levies, so that no paragraph opens on a year of its own
    levies = LEVIES.replace("The levy for 2024/25 rose by 4.6% to £14,048.",
                            "The levy rose by 4.6% to £14,048 in 2024/25.")
    levies = levies.replace("The levy for 2023/24 stayed at £13,431.",
                            "The levy stayed at £13,431 in 2023/24.")
    text = levies.replace("This means", "The council set")
    assert [r.rule for r in _failures(tmp_path, text)] == ["mentions-agree"]
    this_year = levies.replace("This means", "This year brings")  # "this" of a noun: no subject of its own
    assert [r.rule for r in _failures(tmp_path, this_year)] == ["mentions-agree"]
    # paragraphs that open alike on years of their own state each year's charge
    assert _failures(tmp_path, LEVIES.replace("This means", "The council set")) == []


def test_a_total_change_after_a_list_of_figures_is_of_the_last_only_by_a_guess(tmp_path: Path) -> None:
    # the 910 is the two gains together, not a rise of the 340 part-time posts
    text = "The region gained 570 full-time posts and 340 part-time posts for a total increase of 910."
    (change,) = [c for c in extract_claims(text).claims if c.change_of]
    assert change.basis is not None
    assert not change.basis["change_of"].certain
    assert "after a list of figures" in change.basis["change_of"].how
    assert _failures(tmp_path, text) == []


def test_a_total_change_after_one_figure_is_of_it_by_wording() -> None:
    text = "The region had 340 part-time posts, a total increase of 90."
    (change,) = [c for c in extract_claims(text).claims if c.change_of]
    assert change.basis is not None
    assert change.basis["change_of"].certain


def test_of_whom_after_a_count_of_things_with_a_count_of_people_before_is_a_guess(tmp_path: Path) -> None:
    text = "A total of 1,200 students sat the exams at nine centres, of whom 700 passed."
    (part,) = [c for c in extract_claims(text).claims if c.part_of]
    assert part.basis is not None
    assert not part.basis["part_of"].certain
    assert "'of whom'" in part.basis["part_of"].how
    assert _failures(tmp_path, text) == []


def test_of_whom_right_after_a_count_of_people_is_its_part_by_wording() -> None:
    (part,) = [c for c in extract_claims("The agency found 523 victims, of whom 230 were minors.").claims
               if c.part_of]
    assert part.basis is not None
    assert part.basis["part_of"].certain


@pytest.mark.parametrize("noun", ["migrants", "passengers", "prisoners"])
def test_of_whom_right_after_a_count_of_people_named_otherwise_is_its_part_by_wording(
    tmp_path: Path, noun: str
) -> None:
    text = f"In the five years to 2024, 61,400 {noun} came over the border on foot, of whom 58,900 stayed."
    (part,) = [c for c in extract_claims(text).claims if c.part_of]
    assert part.basis is not None
    assert part.basis["part_of"].certain
    assert [r.rule for r in _failures(tmp_path, text.replace("58,900", "64,900"))] == ["part-within-whole"]


def test_a_count_in_an_opening_phrase_is_not_the_level_of_the_named_subjects_change(tmp_path: Path) -> None:
    text = "Among the region's four busiest ports, Harbourtown handled 31% more cargo this month."
    linked = [c for c in extract_claims(text).claims if c.change_of]
    assert all(c.basis is not None and not c.basis["change_of"].certain for c in linked)
    assert _failures(tmp_path, text) == []


def test_a_change_paired_respectively_with_a_list_of_levels_is_a_guess(tmp_path: Path) -> None:
    text = "The two depots saw a reduction of 20 and 10 percent to 400 and 900 crates respectively."
    linked = [c for c in extract_claims(text).claims if c.change_of]
    assert linked
    assert all(c.basis is not None and not c.basis["change_of"].certain for c in linked)
    assert _failures(tmp_path, text) == []


def test_a_change_with_a_named_subject_of_its_own_after_a_level_is_not_its_change(tmp_path: Path) -> None:
    # a full stop lost after "in": the fall of 3% is freight's, not a change of the 61,200 visitors
    text = "Visitors rose by 4.0% from 58,850 to 61,200 in Freight from the north was down by 3%."
    linked = [c for c in extract_claims(text).claims if c.change_of and c.value == "3"]
    assert all(c.basis is not None and not c.basis["change_of"].certain for c in linked)
    assert _failures(tmp_path, text) == []


def test_changes_ranging_over_the_members_of_a_count_are_not_its_changes(tmp_path: Path) -> None:
    text = "Last month six towns recorded rent falls, ranging from -0.3% in Northby to -1.9% in Eastby."
    linked = [c for c in extract_claims(text).claims if c.change_of]
    assert linked
    assert all(c.basis is not None and not c.basis["change_of"].certain for c in linked)
    assert _failures(tmp_path, text) == []


def test_a_percentage_above_a_hundred_of_another_thing_is_a_share_only_by_a_guess(tmp_path: Path) -> None:
    (ratio,) = extract_claims("Loan-loss reserves stood at 155% of bad debts.").claims
    assert ratio.basis is not None
    assert not ratio.basis["kind"].certain
    assert _failures(tmp_path, "Loan-loss reserves stood at 155% of bad debts.") == []


def test_a_comma_thousands_in_a_text_read_with_decimal_commas_is_a_guessed_reading(tmp_path: Path) -> None:
    # "2,35 t/ha" and "12,50%" make the comma the decimal mark, so "41,000" reads as 41: a guess
    text = ("The expected yield is 2,35 t/ha. The oats crop was cut by 12,50% "
            "or 5 875 tons to 41,000 tonnes.")
    (amount,) = [c for c in extract_claims(text).claims if c.value == "41.000"]
    assert amount.basis is not None
    assert not amount.basis["value"].certain
    assert _failures(tmp_path, text) == []
    (known,) = [c for c in extract_claims(text, language="fr").claims if c.value == "41.000"]
    assert known.basis is None or "value" not in known.basis  # French: the comma is the decimal mark


def test_a_percentage_restating_the_amount_before_it_against_another_is_a_ratio_by_a_guess(
        tmp_path: Path) -> None:
    text = "Road spending came in at R12,6bn or 106,8% of the R11,8bn budget."
    (ratio,) = [c for c in extract_claims(text).claims if c.value == "106.8"]
    assert ratio.basis is not None
    assert not ratio.basis["kind"].certain
    assert _failures(tmp_path, text) == []


@pytest.mark.parametrize("written", ["2,418, 557", "2, 418, 557"])
def test_digits_grouped_with_a_space_after_a_comma_are_read_apart_by_a_guess(
        tmp_path: Path, written: str) -> None:
    text = f"Of the {written} pupils who sat, 1,902,330 passed, or 78.66% of those who sat."
    read = [c for c in extract_claims(text).claims if c.kind is factcheck.ClaimKind.COUNT]
    apart = [c for c in read if c.value != "1,902,330"]
    assert len(apart) >= 2
    assert all(c.basis is not None and not c.basis["value"].certain for c in apart)
    assert _failures(tmp_path, text) == []


def test_a_list_of_small_figures_after_commas_is_read_as_stated() -> None:
    (first, *_) = extract_claims("Prizes of 100, 200 and 300 dollars went to the winners.").claims
    assert first.basis is None or "value" not in first.basis


def test_two_figures_each_said_to_be_a_further_one_are_two_additions(tmp_path: Path) -> None:
    text = ("Since Monday a further 4,100 people have enrolled on the course. Fees were unchanged. "
            "A further 950 people have applied but are still waiting for a place.")
    assert _failures(tmp_path, text) == []
    (first,) = [c for c in extract_claims(text).claims if c.value == "4100"]
    assert first.basis is None or "mentions" not in first.basis or not first.basis["mentions"].certain


def test_a_figure_after_a_list_closed_by_and_is_not_an_item_of_it(tmp_path: Path) -> None:
    text = "Out of 1,240 candidates, including 652 girls and 588 boys, 1,013 candidates passed."
    assert _failures(tmp_path, text) == []
    claims = extract_claims(text).claims
    (passed,) = [c for c in claims if c.value == "1013"]
    assert passed.listed_with is None
    wrong = text.replace("652 girls", "752 girls")
    assert [r.rule for r in _failures(tmp_path, wrong)] == ["listed-parts-within-whole"]


def test_a_change_in_pesos_written_with_a_bare_p_is_checked_against_its_levels(tmp_path: Path) -> None:
    text = ("Remittances stood at P88.4 billion in the half, an increase of P12.2 billion "
            "from P76.2 billion a year earlier.")
    assert _failures(tmp_path, text) == []
    wrong = text.replace("P12.2 billion", "P12.6 billion")
    assert [r.rule for r in _failures(tmp_path, wrong)] == ["change-matches-figures"]


def test_a_total_row_adds_up_its_counts_but_not_its_percent_changes(tmp_path: Path) -> None:
    text = ("Cargo handled at the ports\n"
            "| May | Change % |\n"
            "Grain | 12.40 | 3.1 |\n"
            "Coal | 8.20 | -4.5 |\n"
            "Other cargo | 2.10 | 1.0 |\n"
            "Total | 22.70 | 0.4 |\n")
    assert _failures(tmp_path, text) == []
    wrong = text.replace("Total | 22.70", "Total | 2.27")
    assert [r.rule for r in _failures(tmp_path, wrong)] == ["total-adds-up"]


def test_a_number_inside_a_compound_word_is_no_level_of_a_change(tmp_path: Path) -> None:
    text = "Sales of two-wheel drive tractors were up 2.6 percent, rising from 41,380 to 42,456."
    assert _failures(tmp_path, text) == []
    assert all(c.value != "2" for c in extract_claims(text).claims)


def test_two_gaps_from_two_references_in_the_same_words_are_two_figures(tmp_path: Path) -> None:
    text = ("Stocks were 212 Bcf less than last year and 95 Bcf above the five-year average. "
            "In the West Region, stocks were 48 Bcf below the five-year average.")
    assert _failures(tmp_path, text) == []


def test_a_count_after_the_parts_a_whole_is_made_up_of_is_not_one_of_them(tmp_path: Path) -> None:
    text = "The 5,210 entrants were made up of 2,604 men and 2,606 women from 310 clubs."
    assert _failures(tmp_path, text) == []
    (clubs,) = [c for c in extract_claims(text).claims if c.value == "310"]
    assert clubs.part_of is None
    wrong = text.replace("2,606 women", "2,706 women")
    assert [r.rule for r in _failures(tmp_path, wrong)] == ["listed-parts-within-whole"]


def test_a_level_compared_to_a_figure_without_its_scale_word_is_a_guess(tmp_path: Path) -> None:
    text = "Operating costs grew by 16% to KSh8.4 billion compared to KSh7.24 a year earlier."
    assert _failures(tmp_path, text) == []
    (change,) = [c for c in extract_claims(text).claims if c.value == "16"]
    assert change.basis is not None
    assert not change.basis["baseline"].certain


def test_a_change_in_brackets_after_an_item_named_after_a_colon_is_the_items(tmp_path: Path) -> None:
    text = ("The region posted falls in all three key measures: occupancy (-8.2% to 61.4%), "
            "room rates (-5.0% to US$98.10) and revenue per room (-12.8% to US$60.20).")
    assert _failures(tmp_path, text) == []
    (change,) = [c for c in extract_claims(text).claims if c.value == "8.2"]
    assert change.basis is not None
    assert not change.basis["change_of"].certain


def test_shares_listed_respectively_are_not_each_paired_with_the_count_beside_them(tmp_path: Path) -> None:
    text = ("Of the 5,000 entrants, 2,600 were women and 2,400 were men, representing 52.00 percent "
            "and 48.00 percent respectively.")
    assert _failures(tmp_path, text) == []
    (first,) = [c for c in extract_claims(text).claims if c.value == "52.00"]
    assert first.share_of is None or first.share_of.part != next(
        c.id for c in extract_claims(text).claims if c.value == "2,400")


def test_changes_paired_respectively_later_in_the_clause_are_not_of_the_figure_before(tmp_path: Path) -> None:
    text = ("Crashes on the coast road numbered 812, killing 95 people and hurting 640 others, down 6.25% "
            "and 3.1% in the numbers of crashes and injuries, respectively.")
    assert _failures(tmp_path, text) == []
    changes = [c for c in extract_claims(text).claims if c.kind.value == "change"]
    assert changes
    assert all(c.basis is not None and not c.basis["change_of"].certain for c in changes if c.change_of)


GUESSED: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "guessed_links.yaml").read_text("utf-8")
)


@pytest.mark.parametrize("case", GUESSED, ids=[c["id"] for c in GUESSED])
def test_a_guessed_link_is_a_review_never_a_failure(tmp_path: Path, case: dict[str, Any]) -> None:
    text = case["text"]
    assert _failures(tmp_path, text) == []
    if "wrong" in case:
        said, instead = case["wrong"]
        assert [r.rule for r in _failures(tmp_path, text.replace(said, instead))] == [case["fails"]]
    if "figure" not in case:
        return
    (claim,) = [c for c in extract_claims(text).claims if c.mentions[0].quote.startswith(case["figure"])]
    if "guessed" in case:
        assert claim.basis is not None
        assert case["guessed"] in claim.basis, claim.basis
        basis = claim.basis[case["guessed"]]
        assert not basis.certain
        assert case.get("how", "") in basis.how
    if "not_certain" in case:
        link = case["not_certain"]
        assert getattr(claim, link) is None or claim.basis is None or not claim.basis[link].certain
    if "unlinked" in case:
        assert not getattr(claim, case["unlinked"])


def test_and_within_a_span_of_time_opens_no_clause_of_its_own(tmp_path: Path) -> None:
    text = ("Rice exports rose by 90% in May 2023 and the same month in 2024 from $400 million to "
            "$1.1 billion.")
    assert [r.rule for r in _failures(tmp_path, text)] == ["change-matches-figures"]
