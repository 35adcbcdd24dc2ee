"""Tables written with pipes: cells read by row and column, and the relations their layout states.

The tables below are made up; only their layout follows published ones.
"""

from __future__ import annotations

from pathlib import Path

import factcheck
from factcheck import Status
from factcheck.extract import extract_claims
from tests.conftest import verified

HIGHLIGHTS = """\
The bakery chain reported its half-year figures.

Statutory results | 2024 | 2023 | Movement |
Revenue | £120.0m | £100.0m | +20% |
Net debt | £24.0m | £20.0m | +20% |
Dividend per share | 8.0p | 7.5p | +7% |

Adjusted results | 2024 | 2023 | Movement |
Revenue | £120.0m | £100.0m | +20% |
Adjusted dividend per share | 8.0p | 7.4p | +8% |
"""

VOTES = """\
Results of the vote for the town council.

Party | Share of Votes | Total Seats | Share of Seats |
---|---|---|---|
Blue | 45.0% | 12 | 60.0% |
Green | 30.0% | 6 | 30.0% |
Red | 20.0% | 2 | 10.0% |
Other | 5.0% | 0 | 0% |

The council has 20 seats in all.
"""

INCOME = """\
Income statement, amounts in thousands of euros.

Line | Notes | 2024, € 1,000 | 2023, € 1,000 |
TURNOVER | 1 | 5,120 | 4,900 |
Materials and services | 2 | -2,359 | -2,300 |
Staff costs | 3 | -598 | -560 |
OPERATING PROFIT | | 2,163 | 2,040 |
Finance income | 4 | 40 | 35 |
Finance costs | 4 | -140 | -150 |
Finance income and costs | | -100 | -115 |
PROFIT BEFORE TAXES | | 2,063 | 1,925 |
"""


def _results(tmp_path: Path, text: str) -> list[factcheck.Result]:
    article = tmp_path / "table.txt"
    article.write_text(text, encoding="utf-8")
    return factcheck.verify([article], output=None).report.results


def test_a_cell_is_what_its_row_measures_for_its_columns_period() -> None:
    claims = extract_claims(HIGHLIGHTS).by_id()
    assert claims["revenue-2024"].value == "120.0m"
    assert claims["revenue-2023"].value == "100.0m"
    assert claims["net_debt-2024"].period == "2024"


def test_equal_changes_of_different_rows_are_different_figures_each_with_its_own_row() -> None:
    claims = extract_claims(HIGHLIGHTS).by_id()
    debt = claims["net_debt.change"]
    assert (debt.change_of, debt.baseline) == ("net_debt-2024", "net_debt-2023")
    assert claims["revenue.change"].change_of == "revenue-2024"
    assert [m.quote for m in claims["revenue.change"].mentions] == ["+20%", "+20%"]  # the same row twice
    assert claims["adjusted_dividend_per_share.change"].value == "8"


def test_a_wrong_movement_in_a_table_row_fails_on_its_own_row(tmp_path: Path) -> None:
    wrong = HIGHLIGHTS.replace("Net debt | £24.0m | £20.0m | +20% |", "Net debt | £24.0m | £20.0m | +2% |")
    failed = [r for r in _results(tmp_path, wrong) if r.status is Status.FAIL]
    assert [r.rule for r in failed] == ["change-matches-figures"]
    assert {s.quote for s in failed[0].spans} == {"£24.0m", "£20.0m", "+2%"}


def test_a_share_column_is_a_list_of_shares_of_one_whole_and_each_share_has_its_rows_count(
        tmp_path: Path) -> None:
    claims = extract_claims(VOTES).by_id()
    green = claims["share_of_seats.green"]
    assert green.share_of is not None
    assert (green.share_of.whole, green.share_of.part) == ("seats", "total_seats.green")
    assert green.basis is not None
    assert not green.basis["share_of"].certain
    assert claims["share_of_votes.red"].listed_with == "share_of_votes.blue"
    results = _results(tmp_path, VOTES)
    shares = [r for r in results if r.rule == "share-matches-counts"]
    assert len(shares) == 4
    assert all(r.status is Status.PASS for r in shares)
    assert not [r for r in results if r.status is Status.FAIL]


def test_shares_of_a_column_over_100_percent_only_ask_for_review(tmp_path: Path) -> None:
    over = VOTES.replace("Blue | 45.0%", "Blue | 55.0%")
    results = _results(tmp_path, over)
    assert not [r for r in results if r.status is Status.FAIL]
    (listed,) = [r for r in results
                 if r.rule == "shares-within-whole" and "55.0%" in {s.quote for s in r.spans}]
    assert listed.status is Status.INCONCLUSIVE
    assert listed.explanation.startswith("needs review")


def test_a_subtotal_of_a_signed_statement_is_the_sum_of_the_rows_since_the_last() -> None:
    claims = extract_claims(INCOME).by_id()
    operating = claims["operating_profit-2024"]
    assert (operating.kind.value, operating.unit) == ("amount", "EUR thousand")
    assert operating.sum_of == ["turnover-2024", "materials_and_services-2024", "staff_costs-2024"]
    assert claims["finance_income_and_costs-2023"].sum_of == ["finance_income-2023", "finance_costs-2023"]
    before_taxes = claims["profit_before_taxes-2024"]
    assert before_taxes.sum_of == ["operating_profit-2024", "finance_income_and_costs-2024"]
    assert before_taxes.basis is not None
    assert not before_taxes.basis["sum_of"].certain


def test_a_subtotal_that_does_not_add_up_is_flagged_for_review_not_failed(tmp_path: Path) -> None:
    wrong = INCOME.replace("OPERATING PROFIT | | 2,163", "OPERATING PROFIT | | 2,263")
    results = _results(tmp_path, wrong)
    assert not [r for r in results if r.status is Status.FAIL]
    (total,) = [r for r in results if r.rule == "total-adds-up" and "2,263" in {s.quote for s in r.spans}
                and "5,120" in {s.quote for s in r.spans}]
    assert total.status is Status.INCONCLUSIVE
    assert total.explanation.startswith("needs review")


def test_a_statement_with_no_negative_lines_is_not_read_as_sums() -> None:
    unsigned = INCOME.replace("-", "")
    assert all(c.sum_of is None for c in extract_claims(unsigned).claims)


def test_a_block_of_figure_change_and_prior_year_adds_the_prior_year_to_a_change_read_in_words(
        tmp_path: Path) -> None:
    block = "(Statutory profit £44.0m +10.0% 2023: £40.0m)"
    claims = extract_claims(block).claims
    (change,) = [c for c in claims if c.value == "10.0"]
    by_id = {c.id: c for c in claims}
    assert change.change_of is not None
    assert change.baseline is not None
    assert (by_id[change.change_of].value, by_id[change.baseline].value) == ("44.0m", "40.0m")
    wrong = block.replace("+10.0%", "+12.0%")
    failed = [r for r in _results(tmp_path, wrong) if r.status is Status.FAIL]
    assert [r.rule for r in failed] == ["change-matches-figures"]


def _sums(tmp_path: Path, text: str) -> list[factcheck.Result]:
    return verified(tmp_path, text, "total-adds-up", name="council.txt")


def test_a_column_of_counts_adds_up_to_the_count_stated_after_the_table(tmp_path: Path) -> None:
    (result,) = _sums(tmp_path, VOTES)
    assert result.status is Status.PASS
    assert [s.quote for s in result.spans] == ["12", "6", "2", "0", "20 seats"]


def test_a_column_that_does_not_add_up_only_asks_for_review(tmp_path: Path) -> None:
    # the rows may leave a party out, and which count after the table is their total is a guess
    (result,) = _sums(tmp_path, VOTES.replace("20 seats in all", "24 seats in all"))
    assert result.status is Status.INCONCLUSIVE
    assert "needs review" in result.explanation


def test_no_column_total_without_a_count_of_its_noun_after_the_table(tmp_path: Path) -> None:
    assert _sums(tmp_path, VOTES.replace("The council has 20 seats in all.", "Turnout was 41%.")) == []


VISITORS = """\
Visitors by district.

District | Apr,22 | Apr,23 | Growth |
Hill | 400 | 360 | -10% |
Lake | 250 | 275 | +10% |
"""


def _changes(tmp_path: Path, text: str) -> list[tuple[Status, set[str]]]:
    return [(r.status, {s.quote for s in r.spans})
            for r in verified(tmp_path, text, "change-matches-figures")]


def test_a_header_with_the_earlier_period_first_makes_the_second_column_the_new_level(tmp_path: Path) -> None:
    assert _changes(tmp_path, VISITORS) == [
        (Status.PASS, {"400", "360", "-10%"}), (Status.PASS, {"250", "275", "+10%"})]
    wrong = VISITORS.replace("| -10% |", "| -12% |")
    assert [status for status, _ in _changes(tmp_path, wrong)] == [Status.FAIL, Status.PASS]


def test_without_a_header_naming_the_periods_which_column_is_later_is_a_guess(tmp_path: Path) -> None:
    rows = "Hill | 400 | 360 | -12% |\nLake | 250 | 275 | +10% |\n"
    statuses = [status for status, _ in _changes(tmp_path, rows)]
    assert Status.FAIL not in statuses
    assert Status.INCONCLUSIVE in statuses


def test_a_cell_under_a_header_in_percent_is_a_change_in_percent(tmp_path: Path) -> None:
    table = ("Monthly ferry passengers.\n\n"
             "Month | 2022 (thousand) | 2023 (thousand) | % +/- on 2022\n"
             "May | 400 | 440 | +10\n"
             "June | 500 | 450 | -10\n")
    assert _changes(tmp_path, table) == [
        (Status.PASS, {"400", "440", "+10"}), (Status.PASS, {"500", "450", "-10"})]
    wrong = table.replace("| +10", "| +12")
    assert [status for status, _ in _changes(tmp_path, wrong)] == [Status.FAIL, Status.PASS]
    unsigned = "Sales.\n\nShop | 2022 | 2023 | % change\nHill | 100 | 350 | 250\nLake | 200 | 220 | 10\n"
    assert [r for r in verified(tmp_path, unsigned) if r.status is Status.FAIL] == []


def test_a_change_as_a_signed_amount_in_a_cell_of_its_own_is_no_level_of_the_row(tmp_path: Path) -> None:
    table = ("World tea output, thousand tonnes.\n\n"
             "Season: 2021/22 | 2022/23 | Change (thousand tonnes) | (Per cent)\n"
             "Output: 3 210 | 3 290 | + 80 | + 2.5%\n"
             "Exports: 1 800 | 1 764 | – 36 | – 2.0%\n")
    assert _changes(tmp_path, table) == [
        (Status.PASS, {"3 210", "3 290", "2.5%"}), (Status.PASS, {"1 800", "1 764", "2.0%"})]
    wrong = table.replace("+ 2.5%", "+ 3.5%")
    assert [status for status, _ in _changes(tmp_path, wrong)] == [Status.FAIL, Status.PASS]


def test_two_columns_of_one_period_are_two_estimates_not_the_ends_of_a_change(tmp_path: Path) -> None:
    table = ("World tea output, thousand tonnes.\n\n"
             "Season: 2021/22 Final | 2022/23 First estimate | 2022/23 Revised | Change | (Per cent)\n"
             "Output: 3 210 | 3 300 | 3 290 | + 80 | + 2.5%\n")
    statuses = [status for status, _ in _changes(tmp_path, table)]
    assert Status.FAIL not in statuses
    assert Status.INCONCLUSIVE in statuses


def test_a_row_ending_in_changes_since_several_years_states_no_change_between_them(tmp_path: Path) -> None:
    table = ("Court filings.\n\n"
             "Filings | 2015 | 2020 | 2024 | % since 2015 | % since 2020 | % since 2023 |\n"
             "Civil | 520 | 500 | 400 | -23.1 | -20.0 | -4.8 |\n"
             "Criminal | 300 | 330 | 360 | 20.0 | 9.1 | 1.4 |\n")
    assert Status.FAIL not in [status for status, _ in _changes(tmp_path, table)]


def _foot(total: str, rest: str = "Other or unknown") -> str:
    return ("Road casualties by cause.\n\n"
            "| | Number | Share |\n"
            "| Speeding | 1,204 | 40.1 |\n"
            "| Distraction | 1,097 | 36.5 |\n"
            f"| {rest} | 702 | 23.4 |\n"
            f"| Total | {total} | 100 |\n")


def test_a_total_row_under_a_row_of_the_rest_is_the_sum_by_layout(tmp_path: Path) -> None:
    assert [r.status for r in verified(tmp_path, _foot("3,003"), "total-adds-up")] == [Status.PASS]
    assert [r.status for r in verified(tmp_path, _foot("3,030"), "total-adds-up")] == [Status.FAIL]


def test_a_total_row_under_rows_that_may_be_a_selection_asks_for_review(tmp_path: Path) -> None:
    text = _foot("3,030", rest="Drink driving")
    assert [r.status for r in verified(tmp_path, text, "total-adds-up")] == [Status.INCONCLUSIVE]


def test_rows_that_break_another_row_down_are_not_summed(tmp_path: Path) -> None:
    text = _foot("3,030").replace("| Distraction |", "| of which: phones |")
    assert verified(tmp_path, text, "total-adds-up") == []
