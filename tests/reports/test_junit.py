"""JUnit XML: read back by a real JUnit parser, counts and failures match the result model."""

from __future__ import annotations

from pathlib import Path

from junitparser import Error, Failure, JUnitXml, Skipped, TestSuite

from factcheck._verdicts import Status
from factcheck.reports import Run, render, write_reports
from factcheck.reports._common import needs_attention_first


def _parse(run: Run, tmp_path: Path) -> JUnitXml:
    (path,) = write_reports(render(run, ["junit"]), tmp_path)
    assert path.name == "report.junit.xml"
    return JUnitXml.fromfile(str(path))


def test_one_suite_per_document_with_counts_of_the_report(demo_run: Run, tmp_path: Path) -> None:
    xml = _parse(demo_run, tmp_path)
    suites = list(xml)
    assert [s.name for s in suites] == [d.id for d in demo_run.report.documents]
    s = demo_run.report.summary
    assert (xml.tests, xml.failures, xml.errors, xml.skipped) == (
        len(demo_run.report.results), s.failed, s.errors, s.skipped
    )
    suite = suites[0]
    assert isinstance(suite, TestSuite)
    assert (suite.tests, suite.failures, suite.errors) == (len(demo_run.report.results), s.failed, s.errors)


def test_one_testcase_per_result_and_failures_carry_message_and_figures(
    demo_run: Run, tmp_path: Path
) -> None:
    (suite,) = list(_parse(demo_run, tmp_path))
    cases = list(suite)
    results = needs_attention_first(demo_run.report.results)
    assert len(cases) == len(results)
    for case, r in zip(cases, results, strict=True):
        assert case.name.startswith(r.rule)
        kinds = {type(x) for x in case.result}
        if r.status is Status.FAIL:
            (failure,) = case.result
            assert isinstance(failure, Failure)
            assert failure.message == r.headline
            assert failure.text is not None
            for operand in r.evidence.operands:
                assert f"“{operand.stated}”" in failure.text
                assert str(operand.interval["text"]) in failure.text
        elif r.status is Status.ERROR:
            assert kinds == {Error}
        elif r.status is Status.SKIPPED:
            assert kinds == {Skipped}
        else:
            assert case.is_passed
            assert case.system_out is not None
            assert case.system_out.startswith(r.status.value)


def test_inconclusive_passes_but_says_so(demo_run: Run, tmp_path: Path) -> None:
    (suite,) = list(_parse(demo_run, tmp_path))
    doubtful = [c for c in suite if c.system_out and c.system_out.startswith("inconclusive")]
    assert len(doubtful) == demo_run.report.summary.inconclusive > 0
    assert all(c.is_passed for c in doubtful)


def test_markup_in_messages_is_escaped_not_parsed(demo_run: Run) -> None:
    text = render(demo_run, ["junit"])["junit"]
    assert "<i>moved</i>" not in text
    assert "&lt;i&gt;moved&lt;/i&gt;" in text
