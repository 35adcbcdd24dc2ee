"""What a percentage is (a change, a share, or unsaid) and how sure the reading is.

Sentences written for this test; only the figure phrases follow real wording.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import LoadedClaims, bundled_rules, evaluate, extract_claims, load_rules
from factcheck._verdicts import Status
from tests.conftest import verified


def _only(text: str) -> tuple[str, str | None, dict[str, tuple[str, bool]]]:
    claims = [c for c in extract_claims(text).claims if c.unit == "percent"]
    assert len(claims) == 1, claims
    c = claims[0]
    bases = {name: (b.how, b.certain) for name, b in (c.basis or {}).items()}
    return c.kind.value, c.direction, bases


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Footfall at the gallery rose by an impressive 138.9% over the year.", "increase"),
        ("Orders jumped a whopping 40% in the spring.", "increase"),
        ("Ferry bookings fell a further 3 per cent in March.", "decrease"),
        ("The harvest grew by an estimated 2.5 per cent.", "increase"),
        ("Rents rose by a staggering, unprecedented 18% in the capital.", None),  # a comma: not one phrase
    ],
)
def test_words_between_a_change_verb_and_its_figure_keep_the_change(text: str, direction: str | None) -> None:
    kind, found, _ = _only(text)
    if direction is None:
        assert kind == "percentage"
    else:
        assert (kind, found) == ("change", direction)


def test_a_change_stays_a_change_with_a_hedge_between() -> None:
    assert _only("Ticket sales fell by nearly 12% in May.")[:2] == ("change", "decrease")


@pytest.mark.parametrize(
    "text",
    [
        "Ticket income at the pier was 138.9% in the season.",
        "The figure for the harbour stood at 12% last year.",
    ],
)
def test_a_percentage_whose_wording_says_not_what_it_is_has_a_guessed_kind(text: str) -> None:
    kind, _, bases = _only(text)
    assert kind == "percentage"
    assert "kind" in bases
    assert bases["kind"][1] is False


@pytest.mark.parametrize(
    "text",
    [
        "Some 38% of the anglers were under thirty.",
        "The quay's takings rose 12% on the year.",
    ],
)
def test_a_percentage_whose_wording_says_what_it_is_has_no_guessed_kind(text: str) -> None:
    _, _, bases = _only(text)
    assert "kind" not in bases


def _status(text: str, rule: str) -> list[Status]:
    claims = extract_claims(text, document_id="probe")
    report = evaluate([LoadedClaims(claims, Path("probe.txt"), text, None)],
                      load_rules([bundled_rules() / "generic"]))
    return [r.status for r in report.results if r.rule == rule]


def test_a_bare_percentage_above_100_asks_for_review_instead_of_failing() -> None:
    assert _status("Ticket income at the pier was 138.9% in the season.", "percentage-within-0-100") == [
        Status.INCONCLUSIVE
    ]


def test_a_level_over_100_moving_under_a_reference_named_before_it_asks_for_review() -> None:
    said, rule = "The {} fell from 103.2% to 101.9% over the week.", "percentage-within-0-100"
    assert _status(said.format("lake's storage level"), rule) == [Status.INCONCLUSIVE] * 2
    assert _status(said.format("turnout in the ward"), rule) == [Status.FAIL] * 2


def test_a_share_of_a_named_whole_above_100_still_fails() -> None:
    assert _status("Some 138% of the anglers were under thirty.", "percentage-within-0-100") == [Status.FAIL]


@pytest.mark.parametrize(
    ("text", "kind", "direction"),
    [
        ("The fleet was shrinking by 4.2 percent a year.", "change", "decrease"),
        ("Ticket sales were climbing 12% ahead of the final.", "change", "increase"),
        ("Turnout kept declining by 3 percent in each poll.", "change", "decrease"),
        ("The party defended a falling 21% share of the vote.", "percentage", None),
        ("Bus ridership slipped 2.6% in the spring.", "change", "decrease"),
        ("Core inflation eased 0.3 per cent in June.", "change", "decrease"),
        ("The shares tumbled 14 percent after the report.", "change", "decrease"),
        ("Farm exports rebounded 8.5% last year.", "change", "increase"),
        ("Mortgage lending advanced 1.9 per cent in the quarter.", "change", "increase"),
    ],
)
def test_a_change_verb_before_a_percentage_states_a_change_unless_it_is_an_adjective(
    text: str, kind: str, direction: str | None
) -> None:
    found_kind, found, _ = _only(text)
    assert (found_kind, found) == (kind, direction)


def test_a_change_stated_with_a_verb_in_ing_is_checked_against_its_figures(tmp_path: Path) -> None:
    text = "The orchard area was declining by 9.8 percent to 7,430 hectares from 8,250 hectares."
    statuses = [r.status for r in verified(tmp_path, text, "change-matches-figures")]
    assert statuses == [Status.FAIL]


@pytest.mark.parametrize(
    "text",
    [
        "Rainfall ranged from 93% of normal on the coast to 128% of normal in the hills.",
        "Public debt reached 117% of GDP last year.",
        "The ward ran at 108 percent of capacity all winter.",
        "Snowfall was 140% of the long-term average.",
        "The drive reached 109% of its objectives in the second round.",
        "Recruitment stood at 121 per cent of the goal set in spring.",
        "Harvests came in at 113% of the projections.",
    ],
)
def test_a_percentage_of_a_reference_level_may_exceed_100(tmp_path: Path, text: str) -> None:
    over = [c for c in extract_claims(text).claims if c.unit == "percent" and float(c.value) > 100]
    assert [c.kind.value for c in over] == ["percentage"]
    assert [r for r in verified(tmp_path, text) if r.status is Status.FAIL] == []


def test_a_share_of_a_whole_named_after_of_is_still_a_share() -> None:
    kind, _, _ = _only("Some 40% of average earners backed the plan.")
    assert kind == "share"


def test_over_a_hundred_percent_of_the_same_measure_a_year_earlier_is_no_share() -> None:
    text = "Ferry takings in June were 117% of the takings in the same month a year earlier."
    assert Status.FAIL not in _status(text, "percentage-within-0-100")
    assert _status("Some 117% of the ferry takings came from day trips.", "percentage-within-0-100") == [
        Status.FAIL]


def test_a_dam_named_before_a_level_over_100_asks_for_review() -> None:
    said = "Lakeside Dam, the largest in the district, rose from 99.2% to 101.4% over the week."
    assert Status.FAIL not in _status(said, "percentage-within-0-100")


def test_a_share_of_a_growth_above_100_asks_for_review() -> None:
    said = ("Leaving out one market, the two search giants captured 128 percent of the growth in online "
            "advertising spending in 2022.")
    assert _status(said, "percentage-within-0-100") == [Status.INCONCLUSIVE]
