"""HTML: one self-contained page an editor can open on a laptop or a phone.

The page shows the summary, the article with every figure coloured by the
worst verdict that touches it, and a table of results; a click on a figure or
a result shows the rule, the numbers and their intervals on a small number
line. Everything is inline (no network, no CDN) and locked down by a
Content-Security-Policy that admits only the page's own style and script, by
hash, so text from an article or a rule can never run as code even if it got
past Jinja's autoescaping.

This module only arranges the result model for the template (segments of
text, geometry of number lines); it never judges anything itself.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cache
from typing import TYPE_CHECKING

from factcheck._coverage import CoverageCounts, compared_mentions, count
from factcheck._documents import LoadedClaims
from factcheck._models import Claim, ClaimKind
from factcheck._results import IntervalRecord, Result
from factcheck._safe_text import is_web_url
from factcheck._verdicts import LISTING_ORDER, Status
from factcheck.checks._grading import GRADE_MEANINGS
from factcheck.reports import Run, register
from factcheck.reports._common import coverage, document, needs_attention_first, worst

if TYPE_CHECKING:
    import jinja2


@cache
def _environment() -> jinja2.Environment:
    import jinja2  # only for this format: a run without it (every verify lists the formats) needs none

    return jinja2.Environment(
        loader=jinja2.PackageLoader("factcheck.reports", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _asset(name: str) -> tuple[str, str]:
    """An inline asset's text and its CSP hash source."""
    loader = _environment().loader
    assert loader is not None
    text, _, _ = loader.get_source(_environment(), name)
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return text, f"'sha256-{digest}'"


# --- number lines ---------------------------------------------------------------------

#: Drawing area of a number line, in SVG user units.
WIDTH, LEFT, RIGHT, ROW = 360.0, 12.0, 348.0, 30.0


def _number(text: object) -> Fraction | None:
    return None if text is None else Fraction(str(text))


@dataclass(frozen=True, slots=True)
class Bar:
    """One interval drawn as a row: a label and a segment (or a dot) over the shared axis."""

    label: str
    y: float
    derived: bool
    empty: bool = False
    x1: float = 0.0
    x2: float = 0.0
    lo_arrow: bool = False
    hi_arrow: bool = False
    lo_closed: bool = True
    hi_closed: bool = True
    point: bool = False
    #: "stated" or "computed" on a gap line (drawn as a band or a bar), else "".
    role: str = ""


@dataclass(frozen=True, slots=True)
class NumberLine:
    bars: list[Bar]
    height: float
    axis_y: float
    ticks: list[tuple[float, str]]


def _fmt(x: Fraction) -> str:
    return str(x.numerator) if x.denominator == 1 else f"{float(x):.6g}"


def _short(x: Fraction) -> str:
    """A tick label on a gap line: whole numbers as they are, others to one decimal."""
    return str(x.numerator) if x.denominator == 1 else f"{float(x):.1f}"


def number_line(
    rows: Sequence[tuple[str, IntervalRecord, bool]], roles: Sequence[str] = ()
) -> NumberLine | None:
    """Lay out intervals (label, interval record, derived?) on one axis; ``None`` if none is bounded."""
    bounds = [
        b
        for _, interval, _ in rows
        for b in (_number(interval.lo), _number(interval.hi))
        if b is not None
    ]
    if not bounds:
        return None
    lo, hi = min(bounds), max(bounds)
    pad = (hi - lo) / 12 if hi > lo else max(abs(lo) / 10, Fraction(1))
    start, stop = lo - pad, hi + pad

    def x(v: Fraction) -> float:
        return round(LEFT + float((v - start) / (stop - start)) * (RIGHT - LEFT), 2)

    bars = []
    for i, (label, interval, derived) in enumerate(rows):
        y = ROW * i + 24
        a, b = _number(interval.lo), _number(interval.hi)
        if a is not None and b is not None and a > b:
            bars.append(Bar(label, y, derived, empty=True))
            continue
        bars.append(
            Bar(
                label,
                y,
                derived,
                x1=LEFT if a is None else x(a),
                x2=RIGHT if b is None else x(b),
                lo_arrow=a is None,
                hi_arrow=b is None,
                lo_closed=interval.lo_closed,
                hi_closed=interval.hi_closed,
                point=a is not None and a == b,
                role=roles[i] if i < len(roles) else "",
            )
        )
    axis_y = ROW * len(rows) + 14
    ticks: list[tuple[float, str]] = []
    for v in sorted(set(bounds) if roles else {lo, hi}):
        if not ticks or x(v) - ticks[-1][0] >= 24:
            ticks.append((x(v), _fmt(v) if not roles else _short(v)))
    return NumberLine(bars, axis_y + 18, axis_y, ticks)


def gap_line(r: Result) -> NumberLine | None:
    """The stated set and the computed one on one axis (forest-plot style): the gap, drawn."""
    c = r.evidence.comparison
    if c is None:
        return None
    return number_line(
        [(c.stated_label, c.stated, False), (c.computed_label, c.computed, False)],
        roles=("stated", "computed"),
    )


def _axis(claim: Claim | None) -> str:
    """Figures measured alike share an axis; a share and the counts it is of do not."""
    if claim is None:
        return "number:"
    if claim.kind in (ClaimKind.PERCENTAGE, ClaimKind.SHARE):
        return "percent"
    if claim.kind in (ClaimKind.COUNT, ClaimKind.AMOUNT):
        return f"number:{claim.unit or ''}"
    return f"{claim.kind.value}:{claim.unit or ''}"


def _result_lines(r: Result, doc: LoadedClaims | None) -> list[NumberLine]:
    """One number line per kind of quantity among the result's figures (operands, then derived)."""
    claims = doc.claims_file.by_id() if doc is not None else {}
    groups: dict[str, list[tuple[str, IntervalRecord, bool]]] = {}
    for o in r.evidence.operands:
        groups.setdefault(_axis(claims.get(o.claim)), []).append(
            (f"{o.role}: {o.stated} → {o.interval.text}", o.interval, False)
        )
    for d in r.derived:
        home = next((k for k in groups if k.startswith("number:")), "derived")
        groups.setdefault(home, []).append((f"implied {d.name} → {d.interval.text}", d.interval, True))
    return [line for rows in groups.values() if (line := number_line(rows)) is not None]


# --- the article as segments ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure phrase in the text, with the results that involve it."""

    claim: str
    quote: str
    start: int
    end: int
    status: str
    results: list[str]
    #: Set against another figure (or another mention of itself) by a check that ran.
    compared: bool = False
    #: The page it stands on, for a paged source (PDF).
    page: int | None = None

    @property
    def title(self) -> str:
        """The hover text: the verdict in words (claim ids stay in the detail view), and the page."""
        where = f" · page {self.page}" if self.page is not None else ""
        if self.status == SANITY_ONLY:
            return f"only sanity-checked (no check against another figure){where}"
        return (f"{self.status}: click to see why" if self.results else "not checked by any rule") + where


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    figure: Figure | None = None


@dataclass(frozen=True, slots=True)
class ClaimRow:
    id: str
    kind: str
    measures: str
    value: str
    qualifier: str
    unit: str
    figures: list[Figure]
    status: str

    @property
    def phrases(self) -> list[tuple[Figure, int]]:
        """Each distinct figure phrase once, with how often the text states it."""
        counts: dict[tuple[str, str, tuple[str, ...]], list[Figure]] = {}
        for f in self.figures:
            counts.setdefault((f.quote, f.status, tuple(f.results)), []).append(f)
        return [(same[0], len(same)) for same in counts.values()]


@dataclass(slots=True)
class DocumentView:
    id: str
    title: str
    url: str | None
    source: str
    summary: dict[str, int]
    segments: list[Segment] | None
    claims: list[ClaimRow]
    results: list[tuple[str, Result, list[NumberLine], NumberLine | None]] = field(default_factory=list)
    #: How many claims were checked against another figure, only sanity-checked, or not at all.
    coverage: CoverageCounts | None = None


#: A figure only single-figure checks touched and passed ("a count is a whole number"): not green,
#: because nothing compared it with another figure.
SANITY_ONLY = "sanity"


def _figures(doc: LoadedClaims | None, results: Iterable[tuple[str, Result]]) -> list[Figure]:
    if doc is None:
        return []
    results = list(results)
    touching: dict[tuple[str, str, int, int], list[tuple[str, Status]]] = {}
    for rid, r in results:
        for s in r.spans:
            touching.setdefault((s.document, s.claim, s.start, s.end), []).append((rid, r.status))
    compared = compared_mentions(r for _, r in results)
    figures = []
    for claim in doc.claims_file.claims:
        for m in claim.mentions:
            key = (doc.document_id, claim.id, m.start, m.end)
            hits = sorted(touching.get(key, []), key=lambda h: -h[1].rank)
            verdict = worst(status for _, status in hits)
            status = "unchecked" if verdict is None else verdict.value
            if verdict is Status.PASS and key not in compared:
                status = SANITY_ONLY
            figures.append(
                Figure(
                    claim=claim.id,
                    quote=m.quote,
                    start=m.start,
                    end=m.end,
                    status=status,
                    results=list(dict.fromkeys(rid for rid, _ in hits)),
                    compared=key in compared,
                    page=doc.claims_file.document.page_at(m.start),
                )
            )
    return sorted(figures, key=lambda f: (f.start, f.end, f.claim))


def _segments(text: str, figures: list[Figure]) -> list[Segment]:
    """Split the text around figure phrases; a phrase overlapping an earlier one stays plain."""
    out, at = [], 0
    for f in figures:
        if f.start < at or f.end > len(text):
            continue
        if f.start > at:
            out.append(Segment(text[at : f.start]))
        out.append(Segment(text[f.start : f.end], f))
        at = f.end
    if at < len(text):
        out.append(Segment(text[at:]))
    return out


def _claim_rows(doc: LoadedClaims | None, figures: list[Figure]) -> list[ClaimRow]:
    if doc is None:
        return []
    by_claim: dict[str, list[Figure]] = {}
    for f in figures:
        by_claim.setdefault(f.claim, []).append(f)
    rows = []
    for c in doc.claims_file.claims:
        mine = by_claim.get(c.id, [])
        verdict = worst(Status(f.status) for f in mine if f.status not in ("unchecked", SANITY_ONLY))
        status = "unchecked" if verdict is None else verdict.value
        if verdict is None and any(f.status == SANITY_ONLY for f in mine):
            status = SANITY_ONLY
        rows.append(
            ClaimRow(
                id=c.id,
                kind=c.kind.value,
                measures=c.measures,
                value=c.value,
                qualifier=c.qualifier.value,
                unit=c.unit or "",
                figures=mine,
                status=status,
            )
        )
    return rows


def _views(run: Run) -> list[DocumentView]:
    ids = {id(r): f"r{i + 1}" for i, r in enumerate(run.report.results)}
    views = []
    for info in run.report.documents:
        mine = [(ids[id(r)], r) for r in run.report.results if r.document == info.id]
        doc = document(run, info.id)
        # every result, not only this document's: a cross-document check marks figures in both
        figures = _figures(doc, [(ids[id(r)], r) for r in run.report.results])
        counts = {s.value: 0 for s in LISTING_ORDER}
        for _, r in mine:
            counts[r.status.value] += 1
        views.append(
            DocumentView(
                id=info.id,
                title=info.title,
                url=info.url if is_web_url(info.url) else None,
                source=info.source,
                summary=counts,
                segments=None if doc is None or doc.text is None else _segments(doc.text, figures),
                claims=_claim_rows(doc, figures),
                results=[(ids[id(r)], r, _result_lines(r, doc), gap_line(r))
                         for r in needs_attention_first(r for _, r in mine)],
                coverage=count(f for f in coverage(run)[1] if f.document == info.id),
            )
        )
    return views


@register("html", filename="report.html")
def render(run: Run) -> str:
    """A self-contained HTML page: the article with its figures marked, and every result explained."""
    from markupsafe import Markup

    css, css_hash = _asset("report.css")
    js, js_hash = _asset("report.js")
    csp = (
        f"default-src 'none'; style-src {css_hash}; script-src {js_hash}; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )
    return _environment().get_template("report.html.j2").render(
        report=run.report,
        documents=_views(run),
        statuses=[s.value for s in LISTING_ORDER],
        css=Markup(css),
        js=Markup(js),
        csp=csp,
        geometry={"width": WIDTH, "left": LEFT, "right": RIGHT},
        grade_meanings=GRADE_MEANINGS,
    )
