"""Rates per day stated beside a year's count: read as its daily rate, linked as a guess."""

from __future__ import annotations

from pathlib import Path

import factcheck
from factcheck import Status
from factcheck.extract import extract_claims

YEAR = ("In 2023 the city recorded 21,535 road crashes, 1,200 more than in the year before. "
        "On average 59 crashes happen every day.")


def _results(tmp_path: Path, text: str) -> list[factcheck.Result]:
    article = tmp_path / "story.txt"
    article.write_text(text, encoding="utf-8")
    return list(factcheck.verify([article], output=None).report.results)


def test_a_figure_said_every_day_is_a_daily_rate_of_the_years_count() -> None:
    claims = extract_claims(YEAR).claims
    (daily,) = [c for c in claims if c.value == "59"]
    assert (daily.kind.value, daily.unit) == ("rate", "per day")
    assert daily.rate_of is not None
    assert daily.rate_of.days == 365
    assert {c.id: c for c in claims}[daily.rate_of.count].value == "21535"
    assert daily.basis is not None
    assert not daily.basis["rate_of"].certain


def test_a_daily_rate_that_fits_its_year_passes(tmp_path: Path) -> None:
    (rate,) = [r for r in _results(tmp_path, YEAR) if r.rule == "rate-per-day-matches-count"]
    assert rate.status is Status.PASS


def test_a_daily_rate_that_does_not_fit_only_asks_for_review(tmp_path: Path) -> None:
    results = _results(tmp_path, YEAR.replace("59 crashes", "66 crashes"))
    assert not [r for r in results if r.status is Status.FAIL]
    (rate,) = [r for r in results if r.rule == "rate-per-day-matches-count"]
    assert rate.status is Status.INCONCLUSIVE
    assert rate.explanation.startswith("needs review")


def test_a_day_later_is_no_rate() -> None:
    text = "In 2023 the city recorded 21,535 road crashes. Some 40 drivers were charged a day later."
    assert all(c.rate_of is None and c.kind.value != "rate" for c in extract_claims(text).claims)
