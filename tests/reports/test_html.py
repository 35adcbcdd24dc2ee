"""HTML: self-contained, escaped, deterministic, and working in a real headless Chromium."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path
from typing import Any

import pytest

from factcheck.reports import Run, render, write_reports


def _html(run: Run) -> str:
    return render(run, ["html"])["html"]


def test_article_text_and_messages_are_escaped(demo_run: Run) -> None:
    html = _html(demo_run)
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "<i>moved</i>" not in html
    assert "<b>bold</b>" not in html
    assert html.count("<script>") == 1


def test_self_contained_and_locked_to_its_own_style_and_script(demo_run: Run) -> None:
    html = _html(demo_run)
    assert not re.search(r"<(link|img|iframe|object|embed)\b", html)
    assert not re.search(r"\bsrc\s*=", html)
    assert "@import" not in html
    assert "url(" not in html
    external = re.findall(r'href="([^"#][^"]*)"', html)
    assert external == ["https://example.org/harbour-city"]  # the article link, never loaded
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert csp is not None
    policy = csp.group(1).replace("&#39;", "'")
    assert "default-src 'none'" in policy
    for tag in ("style", "script"):
        body = re.search(rf"<{tag}>(.*?)</{tag}>", html, re.S)
        assert body is not None
        digest = base64.b64encode(hashlib.sha256(body.group(1).encode()).digest()).decode()
        assert f"{tag}-src 'sha256-{digest}'" in policy


def test_every_figure_is_marked_with_its_worst_verdict(demo_run: Run) -> None:
    html = _html(demo_run)
    marks = re.findall(r'<mark class="fig v-(\w+)"[^>]*data-claim="([\w-]+)"', html)
    by_claim = {claim: status for status, claim in marks}
    assert len(by_claim) == len(demo_run.documents[0].claims_file.claims)
    assert by_claim["residents"] == "fail"  # one pass and one failure: the failure wins
    assert by_claim["families-housed"] == "inconclusive"
    assert by_claim["children-share"] == "fail"


def test_without_the_text_the_claims_table_quotes_the_figures(textless_run: Run) -> None:
    html = _html(textless_run)
    assert '<div class="article">' not in html
    assert "<mark" not in html
    for claim in textless_run.documents[0].claims_file.claims:
        for m in claim.mentions:
            assert f">{m.quote}</button>" in html


def test_counts_in_the_page_are_those_of_the_report(demo_run: Run) -> None:
    html = _html(demo_run)
    counts = {k: int(v) for k, v in re.findall(r'data-count="(\w+)">(\d+)<', html)}
    s = demo_run.report.summary
    assert counts == {"total": len(demo_run.report.results), "failed": s.failed,
                      "inconclusive": s.inconclusive, "passed": s.passed, "skipped": s.skipped,
                      "errors": s.errors}


def test_number_lines_are_drawn_for_results_with_numbers(demo_run: Run) -> None:
    html = _html(demo_run)
    with_numbers = [r for r in demo_run.report.results if r.evidence.operands]
    share = [r for r in with_numbers if r.rule == "share-matches-counts"]
    # a share and the counts it is of are drawn on separate axes
    assert html.count('<svg class="numberline"') == len(with_numbers) + len(share) > 1


# --- in a browser -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def page(demo_run: Run, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    out = tmp_path_factory.mktemp("html")
    write_reports(render(demo_run, ["html", "json"]), out)
    return out / "report.html", json.loads((out / "report.json").read_text(encoding="utf-8"))


def _open(browser: Any, path: Path) -> None:
    browser.get_log("browser")  # drop what earlier pages logged
    browser.set_window_size(1280, 900)
    browser.get(path.as_uri())


Page = tuple[Path, dict[str, Any]]


def test_page_loads_without_console_errors_or_network(browser: Any, page: Page) -> None:
    path, _ = page
    _open(browser, path)
    assert browser.title.startswith("factcheck report")
    problems = [e for e in browser.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]
    assert problems == []
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
    from selenium.common.exceptions import NoAlertPresentException

    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018 - the article's <script> must not have run


def test_counts_shown_match_report_json(browser: Any, page: tuple[Path, dict[str, Any]]) -> None:
    path, report = page
    _open(browser, path)
    shown = {
        el.get_attribute("data-count"): int(el.text)
        for el in browser.find_elements("css selector", "[data-count]")
    }
    summary = dict(report["summary"])
    coverage = summary.pop("coverage")
    assert shown == {**summary, "total": len(report["results"])}
    shown_coverage = {
        el.get_attribute("data-coverage-total"): int(el.text)
        for el in browser.find_elements("css selector", "[data-coverage-total]")
    }
    assert shown_coverage == coverage


def test_clicking_a_failed_figure_shows_why(
    browser: Any, page: tuple[Path, dict[str, Any]], artifacts: Path
) -> None:
    path, report = page
    _open(browser, path)
    inspector = browser.find_element("id", "inspector")
    assert not inspector.is_displayed()
    failed = browser.find_elements("css selector", "mark.fig.v-fail")
    assert failed
    figure = next(f for f in failed if f.get_attribute("data-claim") == "children-share")
    figure.click()
    assert inspector.is_displayed()
    shown = inspector.text
    failing = [r for r in report["results"] if r["status"] == "fail" and "children-share" in r["claims"]]
    assert failing
    for r in failing:
        assert r["rule"] in shown
        for operand in r["evidence"]["operands"]:
            assert operand["interval"]["text"] in shown
    assert inspector.find_elements("css selector", "svg.numberline")
    browser.save_screenshot(str(artifacts / "report-html-laptop.png"))
    browser.set_window_size(390, 844)
    browser.find_element("id", "inspector-close").click()
    assert not inspector.is_displayed()
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", figure)
    figure.click()
    assert inspector.is_displayed()
    browser.save_screenshot(str(artifacts / "report-html-phone.png"))
    assert (artifacts / "report-html-laptop.png").stat().st_size > 10_000


def test_the_results_table_filters_by_status(browser: Any, page: tuple[Path, dict[str, Any]]) -> None:
    path, report = page
    _open(browser, path)
    browser.find_element("css selector", '[data-filter="fail"]').click()
    visible = [row for row in browser.find_elements("css selector", "tr.result") if row.is_displayed()]
    assert len(visible) == report["summary"]["failed"]
    assert {row.get_attribute("data-status") for row in visible} == {"fail"}
    browser.find_element("css selector", '[data-filter="all"]').click()
    visible = [row for row in browser.find_elements("css selector", "tr.result") if row.is_displayed()]
    assert len(visible) == len(report["results"])


def test_a_result_opens_in_the_inspector(browser: Any, page: tuple[Path, dict[str, Any]]) -> None:
    path, report = page
    _open(browser, path)
    first = next(r for r in report["results"] if r["status"] == "fail")  # failures lead the table
    browser.find_element("css selector", "button.inspect").click()
    inspector = browser.find_element("id", "inspector")
    assert inspector.is_displayed()
    assert first["headline"] in inspector.text


def test_textless_page_opens_a_quoted_figure(
    browser: Any, textless_run: Run, tmp_path: Path, artifacts: Path
) -> None:
    write_reports(render(textless_run, ["html"]), tmp_path)
    _open(browser, tmp_path / "report.html")
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []
    button = next(
        b for b in browser.find_elements("css selector", "button.fig.v-fail")
        if b.get_attribute("data-claim") == "adults"
    )
    button.click()
    inspector = browser.find_element("id", "inspector")
    assert inspector.is_displayed()
    assert "parts-add-up" in inspector.text
    browser.save_screenshot(str(artifacts / "report-html-without-text.png"))


def test_two_documents_get_distinct_result_ids(demo_run: Run) -> None:
    from factcheck import evaluate, load_rules
    from factcheck._documents import LoadedClaims
    from tests.reports.conftest import DATA

    doc = demo_run.documents[0]
    other = doc.claims_file.model_copy(
        update={"document": doc.claims_file.document.model_copy(update={"id": "second-demo"})}
    )
    documents = [doc, LoadedClaims(other, doc.path, doc.text, doc.text_path)]
    run = Run(evaluate(documents, load_rules([DATA / "demo.rules.yaml"])), documents)
    html = _html(run)
    ids = re.findall(r'<tr class="result" id="(r\d+)"', html)
    assert len(ids) == len(set(ids)) == 2 * len(demo_run.report.results)
    assert html.count('<section class="document"') == 2



CLINIC = "The clinic saw 412 patients in May, 380 of them adults."
CLINIC_CLAIMS = """document: {id: clinic, title: Clinic, text: clinic.txt}
claims:
  - {id: patients, kind: count, measures: patients, value: '412',
     mentions: [{start: 15, end: 27, quote: 412 patients}]}
  - {id: adults, kind: count, measures: patients.adult, value: '380'PART,
     mentions: [{start: 36, end: 39, quote: '380'}]}
"""


def _page(tmp_path: Path, part: str) -> str:
    from factcheck import evaluate, load_claims, load_rules
    from factcheck._bundled import bundled_rules

    (tmp_path / "clinic.txt").write_text(CLINIC, encoding="utf-8")
    (tmp_path / "clinic.claims.yaml").write_text(CLINIC_CLAIMS.replace("PART", part), encoding="utf-8")
    documents = [load_claims(tmp_path / "clinic.claims.yaml")]
    report = evaluate(documents, load_rules([bundled_rules() / "generic"]))
    return _html(Run(report=report, documents=documents))


def _marks(tmp_path: Path, part: str) -> dict[str, str]:
    html = _page(tmp_path, part)
    marks = re.findall(r'<mark class="fig v-(\w+)"[^>]*data-claim="([\w-]+)"', html)
    return {claim: status for status, claim in marks}


def test_a_figure_only_a_sanity_rule_passed_is_not_painted_green(tmp_path: Path) -> None:
    assert _marks(tmp_path, "") == {"patients": "sanity", "adults": "sanity"}  # "a count is whole": no more
    assert _marks(tmp_path, ", part_of: patients") == {"patients": "pass", "adults": "pass"}


def test_the_page_counts_figures_checked_against_another_only_sanity_checked_or_unchecked(
    tmp_path: Path,
) -> None:
    def coverage(part: str) -> dict[str, int]:
        return {k: int(v) for k, v in re.findall(r'data-coverage="(\w+)">(\d+)<', _page(tmp_path, part))}

    assert coverage("") == {"compared": 0, "sanity": 2, "unchecked": 0}
    assert coverage(", part_of: patients") == {"compared": 2, "sanity": 0, "unchecked": 0}
def test_every_doubtful_or_failed_check_draws_its_gap(demo_run: Run) -> None:
    from factcheck.reports.html_report import gap_line

    html = _html(demo_run)
    drawn = [r for r in demo_run.report.results
             if r.status.value in ("fail", "inconclusive") and r.evidence.comparison is not None]
    assert drawn
    detailed = [r for r in demo_run.report.results
                if r.status.value != "skipped" and r.evidence.comparison is not None]
    # in the results row of a failure or doubt, and in every detail the inspector shows
    assert html.count('<svg class="numberline gap') == len(drawn) + len(detailed)
    for r in drawn:
        line = gap_line(r)
        assert line is not None
        stated, computed = line.bars
        assert (stated.role, computed.role) == ("stated", "computed")
        if r.status.value == "fail":
            assert stated.x2 < computed.x1 or computed.x2 < stated.x1


_BANDS = """
const out = [];
for (const svg of document.querySelectorAll('tr.result[data-status="fail"] > td > svg.gap')) {
  const box = (part) => {
    const el = svg.querySelector('.' + part + ' .band');
    const r = el.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width,
            height: r.height, stroke: parseFloat(getComputedStyle(el).strokeWidth),
            color: getComputedStyle(el)[el.tagName === 'line' ? 'stroke' : 'fill']};
  };
  out.push({row: svg.closest('tr').id, stated: box('stated'), computed: box('computed')});
}
return out;
"""


def test_a_failure_draws_stated_and_computed_bands_apart(
    browser: Any, page: Page, artifacts: Path
) -> None:
    path, report = page
    _open(browser, path)
    drawn = browser.execute_script(_BANDS)
    failed_with_numbers = [r for r in report["results"]
                           if r["status"] == "fail" and r["evidence"]["comparison"] is not None]
    assert len(drawn) == len(failed_with_numbers) > 0
    for gap in drawn:
        stated, computed = gap["stated"], gap["computed"]
        for band in (stated, computed):
            # drawn, and visible: a bar has length and a thick stroke, a dot a size
            assert band["width"] > 0
            assert band["height"] > 0 or band["stroke"] >= 3
        assert stated["color"] != computed["color"]
        apart = max(computed["left"] - stated["right"], stated["left"] - computed["right"])
        assert apart > 2, gap  # the two sets do not meet on screen either
    row = browser.find_element("id", drawn[0]["row"])
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", row)
    row.screenshot(str(artifacts / "report-html-gap.png"))
    assert (artifacts / "report-html-gap.png").stat().st_size > 2_000
