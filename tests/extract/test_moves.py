"""A figure stated as up or down from another, with no figure for the change: its direction is checked."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck import Status
from factcheck.extract import extract_claims
from tests.conftest import verified


def _statuses(tmp_path: Path, text: str) -> list[Status]:
    return [r.status for r in verified(tmp_path, text, "direction-matches-figures")]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Revenue was £410m, up from £380m a year earlier.", "Revenue was £410m, up from £450m."),
        ("The party kept 12 seats (down from 30).", "The party kept 12 seats (down from 9)."),
        ("Robberies rose from 140 in 2022 to 215 last year.", "Robberies rose from 240 in 2022 to 215."),
        ("The rate has fallen sharply, from 31 in 100 homes in 2010 to 18 in 100 now.",
         "The rate has fallen sharply, from 31 in 100 homes in 2010 to 68 in 100 now."),
        ("The firm said earnings grew to $4.10 billion, or 88 cents a share, from $3.35 billion.",
         "The firm said earnings grew to $4.10 billion, or 88 cents a share, from $4.35 billion."),
    ],
)
def test_the_direction_of_a_move_is_checked(tmp_path: Path, text: str, wrong: str) -> None:
    assert _statuses(tmp_path, text) == [Status.PASS]
    assert _statuses(tmp_path, wrong) == [Status.FAIL]


def test_the_new_figure_records_its_baseline_and_direction_by_wording() -> None:
    claims = extract_claims("Revenue was £410m, up from £380m a year earlier.").claims
    new = next(c for c in claims if c.value == "410m")
    assert new.baseline == next(c.id for c in claims if c.value == "380m")
    assert new.direction is not None
    assert new.direction.value == "increase"
    assert new.basis is not None
    assert new.basis["baseline"].certain


def test_a_move_with_a_stated_change_is_left_to_the_change() -> None:
    claims = extract_claims("Profit rose 10 percent to $2.2 billion from $2.0 billion.").claims
    assert [c.direction for c in claims if c.kind.value != "change"] == [None, None]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Sales more than doubled from 300 to 700.", Status.PASS),
        ("Sales more than doubled from 300 to 580.", Status.FAIL),
        ("Profits nearly tripled to $5.8 billion from $2.0 billion.", Status.PASS),
        ("Profits nearly tripled to $7.0 billion from $2.0 billion.", Status.FAIL),
    ],
)
def test_a_hedged_multiplier_verb_is_a_factor(tmp_path: Path, text: str, status: Status) -> None:
    article = tmp_path / "story.txt"
    article.write_text(text, encoding="utf-8")
    results = factcheck.verify([article], output=None).report.results
    assert [r.status for r in results if r.rule == "change-matches-figures"] == [status]
    change = next(c for c in extract_claims(text).claims if c.kind.value == "change")
    assert change.unit == "times"


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Last year 8,412 bicycles were stolen, a slight rise from 8,390 the year before.",
         "Last year 8,412 bicycles were stolen, a slight rise from 8,590 the year before."),
        ("Weekly claims edged down to 210,000 in May, the agency said, after two months at 225,000.",
         "Weekly claims edged down to 210,000 in May, the agency said, after two months at 195,000."),
    ],
)
def test_a_move_said_with_a_noun_or_after_a_spell_is_checked(tmp_path: Path, text: str, wrong: str) -> None:
    assert _statuses(tmp_path, text) == [Status.PASS]
    assert _statuses(tmp_path, wrong) == [Status.FAIL]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("In 2012 some 3,150 ferries sailed; by 2020 the figure had climbed to 4,020.",
         "In 2012 some 3,150 ferries sailed; by 2020 the figure had climbed to 2,900."),
        ("About 8,412 bicycles, most of them bought new within the last five years and left unlocked "
         "outside stations, were stolen, a slight rise from 8,390.",
         "About 8,412 bicycles, most of them bought new within the last five years and left unlocked "
         "outside stations, were stolen, a slight rise from 8,590."),
    ],
)
def test_a_move_linked_by_proximity_asks_for_review(tmp_path: Path, text: str, wrong: str) -> None:
    assert _statuses(tmp_path, text) == [Status.PASS]
    assert _statuses(tmp_path, wrong) == [Status.INCONCLUSIVE]


def test_a_from_does_not_pair_with_the_to_of_the_next_clause(tmp_path: Path) -> None:
    text = ("The port handled 5,210 ships, up from 4,880 in 2019, while the airport climbed to 4,100 "
            "compared to 3,900 in 2019.")
    claims = extract_claims(text).claims
    airport = next(c for c in claims if c.mentions[0].quote.startswith("4,100"))
    assert airport.baseline != next(c.id for c in claims if c.mentions[0].quote.startswith("4,880"))
    assert Status.FAIL not in _statuses(tmp_path, text)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Deposits rose 12 per cent from $40.2 billion a year earlier to $45.0 billion.", Status.PASS),
        ("Deposits rose 19 per cent from $40.2 billion last year to $45.0 billion.", Status.FAIL),
        ("Deposits rose 19 per cent from $40.2 billion the previous quarter to $45.0 billion.", Status.FAIL),
    ],
)
def test_the_baselines_period_between_from_and_to_keeps_the_change_of_the_new_level(
    tmp_path: Path, text: str, status: Status
) -> None:
    assert [r.status for r in verified(tmp_path, text, "change-matches-figures")] == [status]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Bus fares rose to 4.2% in March from 3.9% in February.",
         "Bus fares rose to 4.2% in March from 4.9% in February."),
        ("The jobless rate eased to 5.1 per cent in June 2024 from 5.6 per cent in May.",
         "The jobless rate eased to 5.1 per cent in June 2024 from 4.6 per cent in May."),
        ("Ticket sales climbed to 8,300 in the third quarter from 7,950.",
         "Ticket sales climbed to 8,300 in the third quarter from 9,950."),
        ("Rents dipped to $1,480 last month from $1,530.", "Rents dipped to $1,480 last month from $1,430."),
        ("Rail fares rose to 5.9% in the 12 months to June from 4.8%.",
         "Rail fares rose to 5.9% in the 12 months to June from 6.8%."),
        ("Rail fares rose to 5.9% in the year to June, up from 4.8%.",
         "Rail fares rose to 5.9% in the year to June, up from 6.8%."),
        ("Joblessness fell to 6.2% on a seasonally adjusted basis from 6.5%.",
         "Joblessness fell to 6.2% on a seasonally adjusted basis from 5.5%."),
        ("Ferry trips slid to 640 in the second half from 700.",
         "Ferry trips slid to 640 in the second half from 600."),
    ],
)
def test_a_month_or_quarter_between_the_new_level_and_from_keeps_the_move(
        tmp_path: Path, text: str, wrong: str) -> None:
    assert _statuses(tmp_path, text) == [Status.PASS]
    assert _statuses(tmp_path, wrong) == [Status.FAIL]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Milk prices rose to 7.4% in April, as compared with 6.8% during March.",
         "Milk prices rose to 7.4% in April, as compared with 8.8% during March."),
        ("Hotel stays fell to 12,400 in 2023, compared to 13,900 in 2022.",
         "Hotel stays fell to 12,400 in 2023, compared to 10,900 in 2022."),
        ("Deposits grew to $3.2 billion as against $2.9 billion a year earlier.",
         "Deposits grew to $3.2 billion as against $3.9 billion a year earlier."),
        ("Food inflation eased further to 1.2 per cent in May against 2.5 per cent in April.",
         "Food inflation eased further to 1.2 per cent in May against 0.5 per cent in April."),
        ("Car sales rose to 41,300 in June, compared with 38,900 in June last year.",
         "Car sales rose to 41,300 in June, compared with 44,900 in June last year."),
    ],
)
def test_a_new_level_compared_with_an_earlier_period_is_a_move(tmp_path: Path, text: str, wrong: str) -> None:
    assert _statuses(tmp_path, text) == [Status.PASS]
    assert _statuses(tmp_path, wrong) == [Status.FAIL]


@pytest.mark.parametrize(
    "text",
    [
        "Joblessness in the north rose to 6.1% in May, compared with 7.0% nationally.",
        "Joblessness in the north rose to 6.1% in May, compared with 7.0% in May for the whole country.",
        "Revenue rose to $5.2 million, compared with $5.6 million expected by analysts.",
        "Revenue rose to $5.2 million against $5.6 million forecast.",
        "Revenue rose to $5.2 million in 2021, compared with $5.6 million at its nearest rival in 2021.",
        "Rural prices eased to 3.1% in July, against 3.4% for the cities.",
        "Pay for men rose to $41,200 in 2023, compared with $43,900 in 2022 for women.",
    ],
)
def test_a_level_compared_with_another_place_group_or_forecast_is_no_move(tmp_path: Path, text: str) -> None:
    assert _statuses(tmp_path, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Of all entrants, 14% passed with more than 70% (down from 18% a year before).",
        "Of the class, 30% finished the course achieving over 80% (up from 95%).",
    ],
)
def test_a_hedged_class_bound_before_up_or_down_from_moves_only_as_a_guess(tmp_path: Path, text: str) -> None:
    results = verified(tmp_path, text, "direction-matches-figures")
    assert [r.status for r in results] == [Status.INCONCLUSIVE]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Grain exports were 3.4 million tonnes in 2022, down from 3.9 million tonnes.",
         "Grain exports were 3.4 million tonnes in 2022, down from 2.9 million tonnes."),
        ("Visitors numbered 51,200 in August, up from 47,800 in July.",
         "Visitors numbered 51,200 in August, up from 57,800 in July."),
        ("The surplus stood at $620 million last quarter, up from $540 million.",
         "The surplus stood at $620 million last quarter, up from $690 million."),
        ("The clinic saw 1,240 patients in the second half (down from 1,410).",
         "The clinic saw 1,240 patients in the second half (down from 1,110)."),
    ],
)
def test_a_period_between_a_level_and_up_or_down_from_keeps_the_move(
        tmp_path: Path, text: str, wrong: str) -> None:
    assert _statuses(tmp_path, text) == [Status.PASS]
    assert _statuses(tmp_path, wrong) == [Status.FAIL]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("About 12,300 people enrolled in 2016, rising to 15,800 in 2020.",
         "About 12,300 people enrolled in 2016, rising to 10,800 in 2020."),
        ("The deficit was $3.1 billion in May, narrowly falling to $2.9 billion in June.",
         "The deficit was $3.1 billion in May, narrowly falling to $3.3 billion in June."),
        ("Output reached 8.4 million tonnes last year, before easing to 7.9 million tonnes.",
         "Output reached 8.4 million tonnes last year, before easing to 8.9 million tonnes."),
    ],
)
def test_a_level_then_rising_or_falling_to_another_is_a_move(tmp_path: Path, text: str, wrong: str) -> None:
    assert _statuses(tmp_path, text) == [Status.PASS]
    assert _statuses(tmp_path, wrong) == [Status.FAIL]


@pytest.mark.parametrize(
    "text",
    [
        "The rate was 5.0% for men and 8.0% for women, rising to 7.0% in 2016.",
        "Exports were $3.2 billion and imports $4.6 billion, rising to $4.1 billion.",
    ],
)
def test_rising_to_after_two_levels_of_its_kind_is_a_guess(tmp_path: Path, text: str) -> None:
    assert _statuses(tmp_path, text) == [Status.INCONCLUSIVE]


def test_a_participle_with_its_own_subject_is_no_move(tmp_path: Path) -> None:
    assert _statuses(tmp_path, "Profit was $3.2 million, with revenue rising to $10.5 million.") == []


@pytest.mark.parametrize("rate", ["per dollar", "per US dollar", "to the euro", "against the pound"])
def test_a_currency_quoted_against_another_moves_only_as_a_guess(tmp_path: Path, rate: str) -> None:
    text = f"The rupee fell from 180 rupees {rate} to 310 rupees in four months."
    assert _statuses(tmp_path, text) == [Status.INCONCLUSIVE]
    assert _statuses(tmp_path, "The crop fell from 180 tonnes to 310 tonnes in four months.") == [Status.FAIL]
