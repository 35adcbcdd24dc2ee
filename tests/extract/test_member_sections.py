"""Lines under a "region by region" heading are each region's part of the figure stated before it."""

from __future__ import annotations

from pathlib import Path

import factcheck
from factcheck import Status
from tests.conftest import verified

RULES = ("part-within-whole", "listed-parts-within-whole")

REPORT = """\
Burglaries fell in most of the country, the ministry's yearly report says. In 2015 a total of 9 120 \
burglaries were reported; by the 2022/2023 year the figure had dropped to {national}.

Burglary – region by region

North:
- Burglaries in 2021/2022: 2 310
- Burglaries in 2022/2023: 2 104
Coast:
- Burglaries in 2021/2022: 1 502
- Burglaries in 2022/2023: 1 640
"""


def _results(tmp_path: Path, text: str) -> list[factcheck.Result]:
    return verified(tmp_path, text, *RULES, name="report.txt")


def test_each_region_is_within_the_national_figure_of_its_period(tmp_path: Path) -> None:
    results = _results(tmp_path, REPORT.format(national="7 480"))
    quoted = {s.quote for r in results for s in r.spans}
    assert {"7 480", "2 104", "1 640"} <= quoted
    assert not {"9 120", "2 310", "1 502"} & quoted  # another period's figures are not its parts
    assert all(r.status is Status.PASS for r in results)


def test_a_national_figure_below_a_region_only_asks_for_review(tmp_path: Path) -> None:
    results = _results(tmp_path, REPORT.format(national="1 380"))
    assert results
    assert all(r.status is Status.INCONCLUSIVE and "needs review" in r.explanation for r in results)


def test_no_parts_without_a_region_by_region_heading(tmp_path: Path) -> None:
    text = REPORT.format(national="7 480").replace("Burglary – region by region", "Burglary in detail")
    assert _results(tmp_path, text) == []
