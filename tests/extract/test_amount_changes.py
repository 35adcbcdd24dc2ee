"""Changes stated as an amount ("or €633 million", "1,320 more than a year before"), and their level."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import Status
from factcheck.extract import extract_claims
from tests.conftest import verified


def _statuses(tmp_path: Path, text: str, rule: str = "change-agrees-both-ways") -> list[Status]:
    return [r.status for r in verified(tmp_path, text, rule)]


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose 5 per cent, or €40 million, on the month to €840 million in May.",
        "Imports went up €40 million, or 5 per cent, to €840 million.",
        "Sales in May were 5 per cent, or €40 million, higher than a year earlier, at €840 million.",
        "In May 840 burglaries were recorded, an increase of 40 (5%).",
        "A total of 840 burglaries were recorded, a 5% increase — 40 cases — over the previous year.",
    ],
)
def test_a_change_stated_two_ways_is_checked_against_its_level(tmp_path: Path, text: str) -> None:
    assert _statuses(tmp_path, text) == [Status.PASS]
    assert _statuses(tmp_path, text.replace("5 per cent", "9 per cent").replace("5%", "9%")) == [Status.FAIL]


def test_both_ways_are_changes_of_the_level_by_wording() -> None:
    claims = extract_claims("Imports went up €40 million, or 5 per cent, to €840 million.").claims
    changes = [c for c in claims if c.kind.value == "change"]
    level = next(c for c in claims if c.value == "840 million")
    assert sorted(c.value for c in changes) == ["40 million", "5"]
    assert all(c.change_of == level.id and c.basis and c.basis["change_of"].certain for c in changes)


def test_an_amount_more_than_a_period_before_is_a_change_of_the_figure_it_follows() -> None:
    text = "There were 4,210 thefts reported, 310 more than the same period last year."
    claims = extract_claims(text).claims
    change = next(c for c in claims if c.value == "310")
    assert change.kind.value == "change"
    assert change.direction is not None
    assert change.direction.value == "increase"
    assert change.change_of == next(c.id for c in claims if c.value.replace(",", "") == "4210")


def test_a_share_after_or_is_not_read_as_a_change() -> None:
    claims = extract_claims("Exports to Britain rose to €40 million, or 5 per cent of all exports.").claims
    assert [c.kind.value for c in claims if c.value == "40 million"] == ["amount"]


CARRIED = ("Burglary saw the steepest rise of all, going up by 25.0%. There were 5,040 burglary cases "
           "reported, 1,008 more than the same period last year.")


def test_a_change_in_the_sentence_before_is_of_the_level_its_subject_names(tmp_path: Path) -> None:
    assert _statuses(tmp_path, CARRIED) == [Status.PASS]
    assert _statuses(tmp_path, CARRIED.replace("25.0%", "12.0%")) == [Status.FAIL]


def test_a_subject_only_partly_repeated_is_a_guess(tmp_path: Path) -> None:
    text = CARRIED.replace("There were 5,040 burglary cases", "There were 5,040 business burglary cases")
    assert _statuses(tmp_path, text.replace("Burglary saw", "Home burglary saw").replace("25.0%", "12.0%")) \
        == [Status.INCONCLUSIVE]


def test_a_change_with_another_subject_is_not_carried(tmp_path: Path) -> None:
    text = CARRIED.replace("Burglary saw", "Robbery saw")
    assert _statuses(tmp_path, text) == []


REVISED = ("Payrolls for March were revised from +183,000 to +151,000, and for April from +124,000 to "
           "+102,000. Taken together, the revisions mean the two months added 54,000 fewer jobs than first "
           "reported.")


def test_a_total_of_revisions_is_checked_against_each_revision(tmp_path: Path) -> None:
    assert _statuses(tmp_path, REVISED, "total-change-adds-up") == [Status.PASS]
    assert _statuses(tmp_path, REVISED.replace("54,000", "64,000"), "total-change-adds-up") == [Status.FAIL]


def test_the_total_records_the_revised_figures_by_wording() -> None:
    claims = extract_claims(REVISED).claims
    total = next(c for c in claims if c.value == "54,000")
    revised = [c for c in claims if c.baseline is not None]
    assert total.kind.value == "change"
    assert total.total_change_of == [c.id for c in revised]
    assert total.basis is not None
    assert total.basis["total_change_of"].certain


def test_revisions_without_a_total_in_the_next_sentence_are_not_summed(tmp_path: Path) -> None:
    text = REVISED.replace("Taken together, the revisions mean", "Economists said")
    assert _statuses(tmp_path, text, "total-change-adds-up") == []


def test_a_subject_repeated_far_from_the_level_is_not_its_name(tmp_path: Path) -> None:
    text = ("Burglary saw the steepest rise of all, going up by 12.0%. There were 5,000 thefts reported, "
            "1,000 more than the same period last year, in a year when burglary worried the police.")
    assert _statuses(tmp_path, text) == []


EARNINGS = ("Average weekly pay for full-time staff went up £3 to £630. Over the past year, "
            "average weekly pay has risen £30, or 5 per cent.")


def test_a_change_stated_two_ways_is_of_the_level_before_with_its_subject(tmp_path: Path) -> None:
    assert _statuses(tmp_path, EARNINGS) == [Status.PASS]
    assert _statuses(tmp_path, EARNINGS.replace("5 per cent", "8 per cent")) == [Status.FAIL]


def test_without_its_subject_in_the_sentence_before_it_has_no_level(tmp_path: Path) -> None:
    assert _statuses(tmp_path, EARNINGS.replace("average weekly pay has", "bonuses have")) == []


def test_a_change_whose_subject_the_next_sentence_names_in_other_words_is_a_guess(tmp_path: Path) -> None:
    said = ("Murder went up by {}% over the year, the police said. About 8,412 people were killed in that "
            "time, 412 more than the year before.")
    assert _statuses(tmp_path, said.format("5")) == [Status.PASS]
    assert _statuses(tmp_path, said.format("9")) == [Status.INCONCLUSIVE]


def test_a_percentage_between_a_verb_and_the_level_it_moved_its_object_to_is_a_change() -> None:
    text = "Cheaper fuel lifted second-quarter earnings 12 percent to a record $2.24 billion."
    claims = extract_claims(text).claims
    (change,) = [c for c in claims if c.value == "12"]
    assert change.kind.value == "change"
    assert change.direction is not None
    assert change.direction.value == "increase"
    assert change.change_of == next(c.id for c in claims if c.value == "2.24 billion")
    (cut,) = [c for c in extract_claims("The storm cut the harbour's catch 8 percent to 410 tonnes.").claims
              if c.value == "8"]
    assert cut.direction is not None
    assert cut.direction.value == "decrease"


def test_a_share_before_to_is_not_a_change_without_a_moving_verb() -> None:
    claims = extract_claims("Voters gave the party 21 percent to the rivals' 34 percent.").claims
    assert all(c.kind.value != "change" for c in claims)


def test_a_lede_restating_a_stated_change_is_one_figure_with_it() -> None:
    text = ("Ferry crossings went up 12 percent between 2015 and 2020.\n\n"
            "The report found that crossings rose 12 percent over those years, from 250 to 280 a day.")
    changes = [c for c in extract_claims(text).claims if c.kind.value == "change"]
    assert len(changes) == 1
    assert [m.quote for m in changes[0].mentions] == ["12 percent", "12 percent"]
    assert changes[0].change_of is not None
    assert changes[0].baseline is not None


def test_a_change_with_its_percentage_in_brackets_more_than_a_bracketed_baseline(tmp_path: Path) -> None:
    # "3,120 (8.1%) more than in May 2022 (38,460)": the figure before the bracket is the change in
    # visits, the percentage the same change relative to the bracketed baseline, not a share
    right = "In May 2023 the clinics counted 41,580 visits, 3,120 (8.1%) more than in May 2022 (38,460)."
    wrong = right.replace("(38,460)", "(35,960)")
    claims = extract_claims(right).claims
    changes = sorted((c for c in claims if c.kind.value == "change"), key=lambda c: c.value)
    level = next(c for c in claims if c.value == "41,580")
    baseline = next(c for c in claims if c.value == "38,460")
    assert [c.value for c in changes] == ["3,120", "8.1"]
    assert all(c.change_of == level.id and c.basis and c.basis["change_of"].certain for c in changes)
    assert changes[1].baseline == baseline.id
    assert not any(c.share_of for c in claims)
    checked = [r.status for r in verified(tmp_path, right, "change-matches-figures")]
    assert Status.PASS in checked
    assert Status.FAIL not in checked
    assert Status.FAIL in [r.status for r in verified(tmp_path, wrong, "change-matches-figures")]


def test_a_level_after_while_is_not_certainly_the_level_of_the_change_before(tmp_path: Path) -> None:
    # the rise of 1,210 (3.9%) is of the number employed; 33,420 is another subject's level
    text = "The number employed rose by 1,210 people (3.9%), while the labour force rose to 33,420."
    changes = [c for c in extract_claims(text).claims if c.kind.value == "change"]
    assert changes
    assert all(c.basis and not c.basis["change_of"].certain and "'while'" in c.basis["change_of"].how
               for c in changes if c.change_of)
    assert Status.FAIL not in _statuses(tmp_path, text)


def test_a_level_after_while_in_the_sentence_before_is_not_certainly_the_subjects(tmp_path: Path) -> None:
    # "sales" opens the sentence before, but the level stands after "while", in a clause of its own
    text = ("Sales gains in the quarter came from online orders (+4,000), while fewer shops opened (-300). "
            "Over the year, total sales rose by 51,000 (+2.2%).")
    changes = [c for c in extract_claims(text).claims if c.kind.value == "change" and c.change_of]
    assert changes
    assert all(c.basis and not c.basis["change_of"].certain and "'while'" in c.basis["change_of"].how
               for c in changes)
    assert Status.FAIL not in _statuses(tmp_path, text)


def test_a_level_in_the_subjects_own_clause_of_the_sentence_before_stays_certain() -> None:
    text = "Prices slipped, while sales rose to 5,000 in May. Over the year, sales rose by 300 (+6.4%)."
    changes = [c for c in extract_claims(text).claims if c.kind.value == "change" and c.change_of]
    assert changes
    assert all(c.basis["change_of"].certain for c in changes)


def test_a_change_after_the_level_of_the_sentence_before_may_start_from_it(tmp_path: Path) -> None:
    # the fall of $1.20 starts from the close: 1.20 / 31.40 is 3.8 %, while 1.20 / 32.60 would be 3.7 %
    text = "Acme shares rose 10 cents to close at $31.40. After hours, the shares fell $1.20, or 3.8 percent."
    changes = [c for c in extract_claims(text).claims if c.kind.value == "change" and c.change_of]
    assert changes
    assert all(c.basis and not c.basis["change_of"].certain for c in changes)
    assert Status.FAIL not in _statuses(tmp_path, text)


def test_a_change_from_a_level_with_its_period_to_another_is_of_its_own_pair(tmp_path: Path) -> None:
    # the 25 % is the fall from 40 to 30, not a change of the 75 cases before it
    text = ("The north recorded 75 cases, while the south saw a fall of 25 percent "
            "from 40 cases last year to 30 this year.")
    (change,) = [c for c in extract_claims(text).claims if c.kind.value == "change"]
    assert change.change_of is not None
    assert extract_claims(text).by_id()[change.change_of].value == "30"
    assert Status.FAIL not in _statuses(tmp_path, text, rule="change-matches-figures")


def test_a_comparative_bounding_the_figure_after_a_count_and_its_share_is_no_change(tmp_path: Path) -> None:
    text = "Of the 3,210 pupils who sat the test, 2,010 (62.6%) pupils scored below 150 marks."
    (share,) = [c for c in extract_claims(text).claims if c.value == "62.6"]
    assert share.kind.value == "share"
    assert _statuses(tmp_path, text) == []
    assert [r.status for r in verified(tmp_path, text, "share-matches-counts")] == [Status.PASS]


@pytest.mark.parametrize(("percent", "status"), [("0.52", Status.PASS), ("0.92", Status.FAIL)])
def test_an_index_change_in_points_beside_its_level_in_points_is_in_its_points(
    tmp_path: Path, percent: str, status: Status
) -> None:
    text = f"The index gained 41.20 points, or {percent} percent, to close at 7,964.85 points."
    (change,) = [c for c in extract_claims(text).claims if c.mentions[0].quote == "41.20 points"]
    assert change.unit != "percentage points"
    assert _statuses(tmp_path, text) == [status]


@pytest.mark.parametrize(
    ("stated", "statuses"),
    [("an increase of 512 or 31%", [Status.PASS]), ("an increase of 512 or 41%", [Status.FAIL])],
)
def test_a_change_stated_two_ways_after_to_a_from_b_is_of_a_from_b(
    tmp_path: Path, stated: str, statuses: list[Status]
) -> None:
    for moved in ("to 2,160 from 1,648", "to 2,160, up from 1,648", "to 2,160 in 2024 from 1,648",
                  "to 2,160 last year from 1,648", "to 2,160 over the half to June 2024 from 1,648"):
        text = f"Members of the club rose {moved}, {stated}."
        assert _statuses(tmp_path, text) == statuses
        (change,) = [c for c in extract_claims(text).claims if c.mentions[0].quote == "512"]
        level = next(c for c in extract_claims(text).claims if c.id == change.change_of)
        base = next(c for c in extract_claims(text).claims if c.id == change.baseline)
        assert (level.mentions[0].quote, base.mentions[0].quote) == ("2,160", "1,648")
