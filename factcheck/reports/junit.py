"""JUnit XML: the verdicts as test results, for CI systems that draw test reports.

One ``<testsuite>`` per document and one ``<testcase>`` per rule result. A
failed check is a ``<failure>``, a broken rule an ``<error>``, a skipped one
``<skipped>``. JUnit has no "inconclusive": such a case passes (as it does for
the exit code) and says so in ``<system-out>`` and its properties, so a CI page
still shows the doubt without turning the build red.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck._coverage import count
from factcheck._results import Result, Summary
from factcheck._safe_text import xml_safe
from factcheck._verdicts import Status
from factcheck.reports import Run, register
from factcheck.reports._common import by_document, coverage

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET


def _counts(summary: Summary, total: int) -> dict[str, str]:
    return {
        "tests": str(total),
        "failures": str(summary.failed),
        "errors": str(summary.errors),
        "skipped": str(summary.skipped),
        "time": "0",
    }


def _case_name(r: Result) -> str:
    return f"{r.rule} [{', '.join(r.claims)}]" if r.claims else r.rule


def _figures(r: Result) -> str:
    """The numbers behind the verdict, as plain lines for a CI log."""
    lines = [f"{r.status.value} ({r.severity.value}){' ' + r.grade if r.grade else ''}: {r.headline}",
             f"rule message: {r.message}", f"why: {r.explanation}"]
    if r.evidence.computation:
        lines.append(f"computation: {r.evidence.computation}")
    lines += [
        f"{o.role}: “{o.stated}” ({o.claim}) allows {o.interval.text}" for o in r.evidence.operands
    ]
    lines += [f"implied {d.name}: {d.text} ({d.description})" for d in r.derived]
    lines += [f"in the text at {s.start}-{s.end}: “{s.quote}”" for s in r.spans]
    return "\n".join(lines)


def _testcase(suite: ET.Element, r: Result) -> None:
    import xml.etree.ElementTree as ET

    case = ET.SubElement(
        suite, "testcase", {"name": _case_name(r), "classname": f"{r.document}.{r.pack}", "time": "0"}
    )
    props = ET.SubElement(case, "properties")
    for name, value in (
        ("status", r.status.value),
        ("severity", r.severity.value),
        ("rule", r.rule),
        ("title", r.title),
        ("grade", r.grade or ""),
        ("claims", " ".join(r.claims)),
    ):
        ET.SubElement(props, "property", {"name": name, "value": value})
    if r.status is Status.FAIL:
        ET.SubElement(case, "failure", {"message": r.headline, "type": r.severity.value}).text = _figures(r)
    elif r.status is Status.ERROR:
        ET.SubElement(case, "error", {"message": r.message, "type": "rule-error"}).text = _figures(r)
    elif r.status is Status.SKIPPED:
        ET.SubElement(case, "skipped", {"message": r.message})
    else:
        ET.SubElement(case, "system-out").text = _figures(r)


@register("junit", filename="report.junit.xml")
def render(run: Run) -> str:
    """JUnit XML: one testsuite per document, one testcase per rule result."""
    import xml.etree.ElementTree as ET  # only for this format: every run imports the formats to list them

    report = run.report
    root = ET.Element(
        "testsuites", {"name": report.tool, **_counts(report.summary, len(report.results))}
    )
    _, figures = coverage(run)
    for doc in report.documents:
        results = by_document(run, doc.id)
        suite = ET.SubElement(
            root, "testsuite", {"name": doc.id, **_counts(Summary.of(results), len(results))}
        )
        props = ET.SubElement(suite, "properties")
        for name, value in (("title", doc.title), ("source", doc.source), ("url", doc.url or "")):
            ET.SubElement(props, "property", {"name": name, "value": value})
        mine = [f for f in figures if f.document == doc.id]
        for level, n in count(mine).model_dump().items():
            ET.SubElement(props, "property", {"name": f"coverage.{level}", "value": str(n)})
        for f in mine:  # per figure: checked against another figure, only sanity-checked, or unchecked
            ET.SubElement(props, "property", {"name": f"coverage.claim.{f.claim}", "value": f.coverage})
        for r in results:
            _testcase(suite, r)
    ET.indent(root)
    # escaping cannot carry the control characters XML forbids; they can only come from the inputs
    return xml_safe(ET.tostring(root, encoding="unicode", xml_declaration=True)) + "\n"
