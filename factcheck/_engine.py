"""The engine: bind claims to rules, run the checks, stamp and sort the results.

Checks only judge numbers. Choosing claims, naming the rule, its severity,
rendering its message, pointing at the text and keeping the order stable is
done here, once, for every check kind.
"""

from __future__ import annotations

import functools
import itertools
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

from factcheck._certainty import review_failure
from factcheck._compiled import CompiledRule
from factcheck._coverage import coverage_of
from factcheck._documents import LoadedClaims
from factcheck._gc import collections_deferred
from factcheck._models import Claim, ClaimsFile, Qualifier
from factcheck._plain_template import PlainTemplate
from factcheck._readings import augment, derived_claim_id, home_document, merged_view, read_exactly
from factcheck._relations import RELATIONS
from factcheck._results import DocumentInfo, Report, Result, Summary
from factcheck._rules import Rule, Selector
from factcheck._safe_text import clip
from factcheck._template_claim import TemplateClaim
from factcheck._verdicts import Status
from factcheck._version import VERSION
from factcheck.checks import Binding, Derived, Finding, only_verdicts

__all__ = ["TemplateClaim", "document_records", "evaluate", "evaluate_across", "evaluate_document",
           "record_sort_key"]

#: A rule whose roles match this many combinations is reported as broken rather than run.
MAX_BINDINGS = 1000


def evaluate(documents: Sequence[LoadedClaims], rules: Sequence[CompiledRule]) -> Report:
    """Run every applicable rule on every document; the report is sorted and deterministic.

    The merge of :func:`evaluate_document` for each document and, with
    several documents, :func:`evaluate_across` — each document's derived
    values computed once for both.
    """
    reports: list[Report] = []
    views: list[ClaimsFile] = []
    with collections_deferred():
        for doc in documents:
            results, view = _document_results(doc, rules)
            reports.append(_report([doc], results))
            views.append(view)
        if len(documents) > 1:
            reports.append(_report(documents, _across_results(views, rules)))
        return Report.merge(reports) if reports else _report([], [])


def evaluate_document(document: LoadedClaims, rules: Sequence[CompiledRule]) -> Report:
    """Run the rules of scope ``document`` that apply to this document.

    Rules that select derived values run after the others, on the claims plus
    what those derived. Depends on nothing but its arguments, so documents can
    be evaluated in any order, in other processes, and merged (:meth:`Report.merge`).
    """
    with collections_deferred():
        results, _ = _document_results(document, rules)
        return _report([document], results)


def evaluate_across(documents: Sequence[LoadedClaims], rules: Sequence[CompiledRule]) -> Report:
    """Run the rules of scope ``documents`` once on a merged view of every document.

    The view holds each document's claims and the values its own rules
    derive, so those rules run again here (:func:`evaluate` runs them once
    for both). With fewer than two documents there is nothing to compare.
    """
    if len(documents) < 2:
        return _report(documents, [])
    with collections_deferred():
        views = [_derived_view(doc, rules) for doc in documents]
        return _report(documents, _across_results(views, rules))


def _document_results(
    doc: LoadedClaims, rules: Sequence[CompiledRule]
) -> tuple[list[Result], ClaimsFile]:
    """The document's results, and its claims plus the values its rules derived."""
    records, view = _document_records(doc, rules)
    return [Result.model_validate(r) for r in records], view


def _document_records(
    doc: LoadedClaims, rules: Sequence[CompiledRule]
) -> tuple[list[dict[str, Any]], ClaimsFile]:
    """:func:`_document_results` as plain data, in :class:`Result`'s field order (not yet validated)."""
    document_id = doc.document_id
    mine = [r for r in rules if r.rule.scope == "document" and r.pack.applies(document_id)]
    records: list[dict[str, Any]] = []
    found: list[Derived] = []
    literal = _LiteralReadings()
    for rule in (r for r in mine if not _plan(r).derived):
        records.extend(_run_rule(doc.claims_file, rule, found, literal))
    view = augment(doc.claims_file, found)
    for rule in (r for r in mine if _plan(r).derived):
        records.extend(_run_rule(view, rule, None, literal))
    return records, view


@dataclass(frozen=True, slots=True)
class _Plan:
    """What the engine reads of a rule for every result, worked out once per rule and process.

    The same rules run on every document of a corpus; their stamps, message
    renderer and selectors do not change between documents.
    """

    #: The rule itself, kept alive: plans are found by its ``id()``.
    rule: CompiledRule
    stamp: tuple[str, str, str, str]
    #: Does the rule select derived values (so runs after the rules deriving them)?
    derived: bool
    #: The plain renderer and the variables it reads, when the message needs no Jinja2.
    plain: PlainTemplate | None
    names: tuple[str, ...]
    each: Callable[[Claim], bool] | None
    selectors: dict[str, Callable[[Claim], bool] | None]


_PLANS: dict[int, _Plan] = {}


def _plan(rule: CompiledRule) -> _Plan:
    plan = _PLANS.get(id(rule))
    if plan is None or plan.rule is not rule:
        if len(_PLANS) > 4096:  # rules loaded again and again (a long-lived server, the tests)
            _PLANS.clear()
        r = rule.rule
        plain = rule.plain
        if plain is not None and "derived" in plain.names:
            plain = None
        plan = _Plan(
            rule, (r.id, r.title, rule.pack.pack, r.severity.value), uses_derived(r), plain,
            tuple(sorted(plain.names)) if plain is not None else (),
            None if r.each is None else _matcher(r.each),
            {role: None if selector is None else _matcher(selector)
             for role, selector in (r.claims or {}).items()},
        )
        _PLANS[id(rule)] = plan
    return plan


def _matcher(selector: Selector) -> Callable[[Claim], bool]:
    """:meth:`Selector.matches` for one selector, with the fields it leaves open left out."""
    kinds = None if selector.kind is None else tuple(
        selector.kind if isinstance(selector.kind, list) else [selector.kind])
    patterns = [
        (name, tuple(wanted if isinstance(wanted, list) else [wanted]))
        for name in ("id", "measures", "period", "place", "unit")
        if (wanted := getattr(selector, name)) is not None
    ]
    tests = [(name, frozenset(p) if not any(c in "*?[" for x in p for c in x) else None, p)
             for name, p in patterns]
    direction, least, derived = selector.direction, selector.min_mentions, selector.derived

    def matches(claim: Claim) -> bool:
        if kinds is not None and claim.kind not in kinds:
            return False
        if claim.__dict__.get("derived", False) != derived:  # a plain Claim has no such field
            return False
        for name, plain, pattern in tests:
            value = getattr(claim, name)
            if value is None:
                return False
            if plain is not None:
                if value not in plain:
                    return False
            elif not any(fnmatchcase(value, x) for x in pattern):
                return False
        if direction is not None and claim.direction is not direction:
            return False
        return least is None or len(claim.mentions) >= least

    return matches


def document_records(document: LoadedClaims, rules: Sequence[CompiledRule]) -> list[dict[str, Any]]:
    """The results :func:`evaluate_document` reports, as plain data in the report's order.

    For the corpus path, which writes each result as a JSON line and keeps only
    counts: no :class:`Result` or :class:`Report` is built per document, and
    ``pydantic_core.to_json(record)`` writes what ``Result.model_dump_json()``
    writes (the records keep the model's field order; a test holds the two equal).
    """
    with collections_deferred():
        records, _ = _document_records(document, rules)
    records.sort(key=record_sort_key)
    return records


def record_sort_key(record: dict[str, Any]) -> tuple[Any, ...]:
    """:meth:`Result.sort_key` of a record."""
    first = min((s["start"] for s in record["spans"]), default=-1)
    return (record["document"], first, record["rule"], record["claims"], record["message"])


def _derived_view(doc: LoadedClaims, rules: Sequence[CompiledRule]) -> ClaimsFile:
    """The document's claims plus the values its rules derive, without the results."""
    found: list[Derived] = []
    for rule in rules:
        if rule.pack.applies(doc.document_id) and rule.rule.scope == "document" \
                and not uses_derived(rule.rule):
            for binding in _bindings_or_none(doc.claims_file, rule):
                for finding in _findings(rule, binding):
                    found.extend(finding.derived)
    return augment(doc.claims_file, found)


def _across_results(views: Sequence[ClaimsFile], rules: Sequence[CompiledRule]) -> list[Result]:
    merged = merged_view(views)
    return [Result.model_validate(record) for rule in rules if rule.rule.scope == "documents"
            for record in _run_rule(merged, rule)]


def _report(documents: Sequence[LoadedClaims], results: list[Result]) -> Report:
    results.sort(key=Result.sort_key)
    infos = [
        DocumentInfo(
            id=d.document_id,
            title=d.claims_file.document.title,
            source=_display_path(d.path),
            url=d.claims_file.document.url,
            text_available=d.text is not None,
            claims=len(d.claims_file.claims),
        )
        for d in documents
    ]
    counts, figures = coverage_of(documents, results)
    return Report(version=VERSION, documents=infos, summary=Summary.of(results, counts), results=results,
                  figures=figures)


def _display_path(path: Path) -> str:
    """The path as the user would type it: relative to the working folder when inside it.

    Keeps reports byte-identical across machines and clones.
    """
    return _shown(path, os.getcwd())


@functools.lru_cache(maxsize=64)
def _shown(path: Path, folder: str) -> str:
    """:func:`_display_path`, once per path: every line of a JSON Lines corpus has the same one."""
    try:
        return path.resolve().relative_to(_resolved(folder)).as_posix()
    except ValueError:
        return path.as_posix()


@functools.lru_cache(maxsize=16)
def _resolved(folder: str) -> Path:
    return Path(folder).resolve()


def _bindings(cf: ClaimsFile, rule: CompiledRule) -> Iterator[Binding | str]:
    """Every way the rule's roles can be filled; a string says why one cannot."""
    r = rule.rule
    claims = cf.claims
    plan = _plan(rule)
    if plan.each is not None:
        (role,) = rule.required_roles
        each = plan.each
        for claim in claims:
            if each(claim):
                yield Binding({role: claim})
        return
    if r.relation is not None:
        yield from _relation_bindings(cf, r.relation, rule)
        return
    assert r.claims is not None
    singles: dict[str, list[Claim | None]] = {}
    fixed: dict[str, list[Claim]] = {}
    for role, arity in rule.arities.items():
        selector = r.claims.get(role)
        test = plan.selectors.get(role)
        matched = [c for c in claims if test is not None and test(c)]
        if arity == "many":
            if not matched and role in rule.required_roles:
                yield f"no claim matches role {role!r} ({_describe(selector)})"
                return
            fixed[role] = matched
        elif not matched:
            if arity == "one":
                yield f"no claim matches role {role!r} ({_describe(selector)})"
                return
            singles[role] = [None]
        else:
            singles[role] = list(matched)
    names = list(singles)
    combos = list(itertools.islice(itertools.product(*singles.values()), MAX_BINDINGS + 1))
    if len(combos) > MAX_BINDINGS:
        raise _BrokenRuleError(f"its selectors match more than {MAX_BINDINGS} combinations of claims")
    for combo in combos:
        chosen = [c for c in combo if c is not None]
        if len({c.id for c in chosen}) < len(chosen):
            continue  # never compare a claim with itself
        yield Binding({**dict(zip(names, combo, strict=True)), **fixed})


def _relation_bindings(cf: ClaimsFile, relation: str, rule: CompiledRule) -> Iterator[Binding]:
    wanted = rule.arities
    for roles in RELATIONS[relation].instances(cf):
        yield Binding({role: claims for role, claims in roles.items() if role in wanted})


class _BrokenRuleError(Exception):
    pass


def _describe(selector: Selector | None) -> str:
    if selector is None:
        return "no selector"
    return ", ".join(f"{k}: {v}" for k, v in selector.model_dump(exclude_none=True).items())


def _run_rule(
    cf: ClaimsFile, rule: CompiledRule, derived: list[Derived] | None = None,
    literal: _LiteralReadings | None = None,
) -> Iterator[dict[str, Any]]:
    doc = cf.document.id
    try:
        bindings = list(_bindings(cf, rule))
    except _BrokenRuleError as exc:
        yield _bare(rule, doc, Status.ERROR, f"rule {rule.rule.id} is broken: {exc}")
        return
    if not bindings:
        yield _bare(rule, doc, Status.SKIPPED, "no claim in this document matches the rule")
        return
    for binding in bindings:
        if isinstance(binding, str):
            yield _bare(rule, doc, Status.SKIPPED, binding)
            continue
        findings = _findings(rule, binding)
        for n, finding in enumerate(findings):
            finding = review_failure(rule, binding, finding)  # a failure needs certainty
            if derived is not None:
                derived.extend(finding.derived)
            loose = finding.slack if finding.slack is not None \
                else slack(rule, binding, n, finding, literal)
            yield _result(cf, rule, binding, finding, loose)


def _findings(rule: CompiledRule, binding: Binding) -> list[Finding]:
    try:
        return list(rule.kind.function(binding, rule.params))
    except Exception as exc:
        why = f"check {rule.kind.id} failed: {type(exc).__name__}: {exc}"
        return [Finding(Status.ERROR, why)]


def _bindings_or_none(cf: ClaimsFile, rule: CompiledRule) -> list[Binding]:
    """The bindings a rule runs on (none when it is broken or skipped): for deriving values only."""
    try:
        return [b for b in _bindings(cf, rule) if not isinstance(b, str)]
    except _BrokenRuleError:
        return []


def _bare(rule: CompiledRule, doc: str, status: Status, why: str) -> dict[str, Any]:
    rule_id, title, pack, severity = _plan(rule).stamp
    return {
        "rule": rule_id,
        "title": title,
        "pack": pack,
        "document": doc,
        "status": _STATUS_VALUES[status],
        "severity": severity,
        "message": why,
        "explanation": why,
        "claims": [],
        "spans": [],
        "evidence": {"operands": [], "computation": None, "comparison": None},
        "derived": [],
        "headline": why,
        "grade": None,
        "slack": False,
    }


def _span_key(span: dict[str, object]) -> tuple[object, ...]:
    return span["start"], span["end"], span["claim"]


def _result(
    cf: ClaimsFile, rule: CompiledRule, binding: Binding, finding: Finding, loose: bool = False
) -> dict[str, Any]:
    """The result record as plain data, in :class:`Result`'s field order (validated by whoever needs
    the model: one call for the whole record)."""
    plan = _plan(rule)
    involved = binding.claims()
    ids = list(finding.claims) if finding.claims is not None else [c.id for c in involved]
    by_id = {c.id: c for c in involved}
    spans = [
        {"document": home_document(by_id[cid], cf), "start": m.start, "end": m.end, "claim": cid,
         "quote": m.quote}
        for cid in ids
        if cid in by_id
        for m in by_id[cid].mentions
    ]
    if len(spans) > 1:
        spans.sort(key=_span_key)
    status, message = finding.status, _render(rule, binding, finding, plan)
    rule_id, title, pack, severity = plan.stamp
    if isinstance(message, Exception):
        reason = str(message) or type(message).__name__
        status, message = Status.ERROR, f"rule {rule_id}: message template: {clip(reason, 200)}"
    c = finding.compared
    return {
        "rule": rule_id,
        "title": title,
        "pack": pack,
        "document": home_document(involved[0] if involved else None, cf),
        "status": _STATUS_VALUES[status],
        "severity": severity,
        "message": message,
        "explanation": finding.explanation,
        "claims": ids,
        "spans": spans,
        "evidence": {
            "operands": [
                {"role": o.role, "claim": o.claim, "stated": o.stated, "interval": o.interval.shared_json()}
                for o in finding.operands
            ],
            "computation": finding.computation,
            "comparison": None if c is None else {
                "stated_label": c.stated_label, "stated": c.stated.shared_json(),
                "computed_label": c.computed_label, "computed": c.computed.shared_json(),
            },
        },
        "derived": [
            {"name": d.name, "description": d.description, "interval": d.interval.shared_json(),
             "text": d.interval.describe(floor=d.floor), "claim": derived_claim_id(d)}
            for d in finding.derived
        ],
        "headline": finding.headline if finding.headline and status is finding.status else message,
        "grade": finding.grade if status is Status.FAIL else None,
        "slack": loose and status is Status.PASS,
    }


#: Each status's value, without the enum's descriptor at every result.
_STATUS_VALUES = {status: status.value for status in Status}


def _render(rule: CompiledRule, binding: Binding, finding: Finding, plan: _Plan | None = None) \
        -> str | Exception:
    plan = _plan(rule) if plan is None else plan
    if plan.plain is not None:
        text = plan.plain.render(_read_variables(plan.names, binding, finding))
        if text is not None:
            return " ".join(text.split())
    variables: dict[str, object] = {
        role: ([TemplateClaim.of(c) for c in value] if isinstance(value, list)
               else None if value is None else TemplateClaim.of(value))
        for role, value in binding.items()
    }
    variables.update(finding.variables)
    variables.update(status=finding.status.value, explanation=finding.explanation)
    variables["derived"] = [f"{d.name}: {d.interval.describe(floor=d.floor)}" for d in finding.derived]
    try:
        return " ".join(rule.template.render(variables).split())
    except Exception as exc:  # a template's failure (or bound) is the rule's error, never a crash
        import jinja2  # loaded by rule.template already

        # the loader checked claim attributes; say what is wrong without naming internal classes
        return type(exc)(str(exc).replace("factcheck._template_claim.TemplateClaim object", "claim")) \
            if isinstance(exc, jinja2.TemplateError) else exc


def _read_variables(names: Sequence[str], binding: Binding, finding: Finding) -> dict[str, object]:
    """The variables a plain message reads, as :func:`_render` gives them all to Jinja2 (the status
    and explanation before the check's own variables, those before the roles)."""
    own = finding.variables
    out: dict[str, object] = {}
    for name in names:
        if name == "status":
            out[name] = finding.status.value
        elif name == "explanation":
            out[name] = finding.explanation
        elif name in own:
            out[name] = own[name]
        elif name in binding:
            value = binding[name]
            out[name] = [TemplateClaim.of(c) for c in value] if isinstance(value, list) \
                else None if value is None else TemplateClaim.of(value)
    return out


# --- passes that rest on rounding or a hedge ---------------------------------------


def _literal(c: Claim) -> bool:
    """Is the claim already read literally: unhedged points in every mention?"""
    if not c.interval().is_point:
        return False
    plain = type(c) is Claim  # a mention with neither value nor hedge of its own reads as the claim
    return all(
        (m.qualifier or c.qualifier) is Qualifier.EXACT
        and ((plain and m.value is None and m.qualifier is None) or c.mention_interval(m).is_point)
        for m in c.mentions
    )


class _LiteralReadings:
    """Each claim read exactly, once per document: a claim takes part in many bindings."""

    def __init__(self) -> None:
        #: id of the claim -> (the claim, kept alive so that its id is not reused; its reading; changed?)
        self._seen: dict[int, tuple[Claim, Claim, bool]] = {}

    def __call__(self, c: Claim) -> tuple[Claim, bool]:
        """The claim read exactly, and whether that reading differs from the claim's own."""
        seen = self._seen.get(id(c))
        if seen is None or seen[0] is not c:
            seen = (c, *_read_literally(c))
            self._seen[id(c)] = seen
        return seen[1], seen[2]


def _read_literally(c: Claim) -> tuple[Claim, bool]:
    fields = c.__dict__  # not getattr: a plain Claim has neither field, and pydantic's miss is slow
    if fields.get("fixed") is not None or fields.get("exact", False) or _literal(c):
        return c, False
    literal = read_exactly(c)
    changed = literal.interval() != c.interval() or any(
        literal.mention_interval(m) != c.mention_interval(m) for m in c.mentions
    )
    return literal, changed


def _exact_binding(binding: Binding, readings: _LiteralReadings | None = None) -> Binding | None:
    changed = False
    read = readings if readings is not None else _read_literally

    def exact(c: Claim) -> Claim:
        nonlocal changed
        literal, differs = read(c)
        changed = changed or differs
        return literal

    roles = {
        role: ([exact(c) for c in value] if isinstance(value, list)
               else None if value is None else exact(value))
        for role, value in binding.items()
    }
    return Binding(roles) if changed else None


def slack(
    rule: CompiledRule, binding: Binding, index: int, finding: Finding,
    readings: _LiteralReadings | None = None,
) -> bool:
    """Does this pass hold only because of rounding or a hedge?

    The check runs again with every figure read as exactly what it states; if
    it then fails or is in doubt, the pass rests on the slack the wording
    allows, and an editor may want to tighten it.
    """
    if finding.status is not Status.PASS:
        return False
    literal = _exact_binding(binding, readings)
    if literal is None:
        return False
    try:
        with only_verdicts():
            again = list(rule.kind.function(literal, rule.params))
    except Exception:  # the literal reading is advice; the verdict stands
        return False
    return index < len(again) and again[index].status in (Status.FAIL, Status.INCONCLUSIVE)


def uses_derived(rule: Rule) -> bool:
    """Does the rule select derived values (and so has to run after the rules deriving them)?"""
    selectors = [*(rule.claims or {}).values(), *([rule.each] if rule.each is not None else [])]
    return any(s.derived for s in selectors)
