"""Financial statements laid out as text: line items, their columns, and the totals over them.

The statements below are made up; only their layout follows rendered statements.
"""

from __future__ import annotations

from pathlib import Path

import factcheck
from factcheck import Status
from factcheck.extract import extract_claims

STATEMENTS = """\
HARBOUR WIDGETS LTD — Financial Statements (in millions of EUR)
Period: FY2024

INCOME STATEMENT
==================================================
  Revenue                                   9,400
  Operating Expenses                       -6,100
  Net Income                                2,300

BALANCE SHEET
======================================================================
                                           Current            Prior
  --------------------------------------------------------------------
  Cash and Equivalents                        800              700
  Accounts Receivable                         600              550
  Total Current Assets                      1,900            1,700
  --------------------------------------------------------------------
  Property, Plant & Equipment               4,000            3,800
  Total Assets                              6,200            5,600
  --------------------------------------------------------------------

  Trade Payables                              450
  Total Current Liabilities                 1,000              900
  --------------------------------------------------------------------
  Long-Term Debt                            2,000            2,100
  Total Liabilities                         3,100            3,050
  --------------------------------------------------------------------
  Retained Earnings                         4,500            4,000
  Total Equity                              3,100            2,550
  Total Liabilities & Equity                6,200            5,600

CASH FLOW STATEMENT
==================================================
  Net Income                                2,300
  Changes in Working Capital                  150
  Cash from Operations                      2,450
"""


def _failures(tmp_path: Path, text: str) -> list[factcheck.Result]:
    article = tmp_path / "statements.txt"
    article.write_text(text, encoding="utf-8")
    results = factcheck.verify([article], output=None).report.results
    return [r for r in results if r.status is Status.FAIL]


def test_each_figure_is_a_line_item_of_its_columns_period_in_the_stated_unit() -> None:
    claims = extract_claims(STATEMENTS).by_id()
    cash = claims["cash_and_equivalents-FY2024"]
    assert (cash.kind.value, cash.value, cash.unit) == ("amount", "800", "EUR million")
    assert claims["cash_and_equivalents-FY2023"].value == "700"  # the "Prior" column
    assert claims["trade_payables-FY2024"].value == "450"  # a single figure under "Current"


def test_a_line_item_stated_in_two_statements_is_one_figure_certainly() -> None:
    income = extract_claims(STATEMENTS).by_id()["net_income-FY2024"]
    assert [m.quote for m in income.mentions] == ["2,300", "2,300"]
    assert income.basis is not None
    assert income.basis["mentions"].certain


def test_a_correct_statement_raises_no_failure_even_though_its_lines_do_not_add_up(tmp_path: Path) -> None:
    # cash + receivables (1,400) fall short of the current assets (1,900): lines are left out
    # retained earnings (4,500) exceed total equity (3,100): equity has negative lines
    assert _failures(tmp_path, STATEMENTS) == []


def test_net_income_restated_with_another_value_fails(tmp_path: Path) -> None:
    wrong = STATEMENTS.replace("  Net Income                                2,300\n  Changes",
                               "  Net Income                                2,030\n  Changes")
    assert [r.rule for r in _failures(tmp_path, wrong)] == ["mentions-agree"]


def test_stated_assets_that_exceed_their_total_fail(tmp_path: Path) -> None:
    wrong = STATEMENTS.replace("Total Current Assets                      1,900",
                               "Total Current Assets                      1,300")
    failed = {r.rule for r in _failures(tmp_path, wrong)}
    assert "listed-parts-within-whole" in failed


def test_a_subtotal_and_the_lines_after_it_stay_within_the_total(tmp_path: Path) -> None:
    wrong = STATEMENTS.replace("Total Assets                              6,200",
                               "Total Assets                              5,212")
    assert [r.rule for r in _failures(tmp_path, wrong)] == ["listed-parts-within-whole"]


def test_liabilities_after_a_current_subtotal_may_overlap_it_so_only_need_review(tmp_path: Path) -> None:
    over = STATEMENTS.replace("Total Liabilities                         3,100            3,050",
                              "Total Liabilities                         2,900            3,050")
    assert _failures(tmp_path, over) == []
    claims = extract_claims(over).by_id()
    debt = claims["long_term_debt-FY2024"]
    assert debt.listed_with == "total_current_liabilities-FY2024"
    assert debt.basis is not None
    assert not debt.basis["listed_with"].certain


def test_equity_lines_are_not_read_as_parts_that_stay_within_their_total() -> None:
    claims = extract_claims(STATEMENTS).by_id()
    assert claims["retained_earnings-FY2024"].part_of is None


def test_a_total_named_after_two_totals_is_their_sum_for_review_only(tmp_path: Path) -> None:
    claims = extract_claims(STATEMENTS).by_id()
    equity = claims["total_equity-FY2024"]
    assert equity.difference_of is not None
    assert (equity.difference_of.minuend, equity.difference_of.subtrahend) == (
        "total_liabilities_and_equity-FY2024", "total_liabilities-FY2024")
    wrong = STATEMENTS.replace("Total Equity                              3,100",
                               "Total Equity                              2,700")
    article = tmp_path / "statements.txt"
    article.write_text(wrong, encoding="utf-8")
    results = factcheck.verify([article], output=None).report.results
    (difference,) = [r for r in results if r.rule == "difference-matches-figures" and "2,700" in
                     {s.quote for s in r.spans}]
    assert difference.status is Status.INCONCLUSIVE
    assert difference.explanation.startswith("needs review")


HIGHLIGHTS = """\
HIGHLIGHTS FOR THE YEAR (made up)
Millions of EUR
                          2022        2023        change(%)
Sales                     1,120,400   1,151,900   2.8
Net Income                52,310      48,920      6.5
Total Assets              3,004,115   3,112,870   3.6
Equity                    611,030     640,775     4.9
"""


def test_flows_above_total_assets_are_no_parts_of_it(tmp_path: Path) -> None:
    # a table of highlights: sales and income are no holdings, and a change column holds no amounts
    claims = extract_claims(HIGHLIGHTS).claims
    assert not [c for c in claims if c.part_of]
    assert _failures(tmp_path, HIGHLIGHTS) == []
