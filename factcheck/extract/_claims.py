"""From figures to claims: periods, what each figure measures, relations, grouping.

Grouping is deliberately cautious, because a wrong group is a false
contradiction: figures are grouped only within one section, never two from
the same sentence, only with the same measured thing, period and unit, and
two *different* values only when their surrounding words share a content
word (a restatement repeats its context; "20 people were killed" and "30
people were injured" do not). A figure whose measured thing is unknown is
grouped only with identical statements of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from factcheck._models import (
    QUALIFIER_ALIASES,
    Claim,
    ClaimKind,
    ClaimsFile,
    Direction,
    Document,
    Mention,
    Qualifier,
    ShareOf,
)
from factcheck.extract import _lexicon as lx
from factcheck.extract._figures import Figure, Layout, _key, _plural, scan

__all__ = ["Relation", "assemble", "figures_to_claims"]

_YEAR_CONTEXT = re.compile(
    r"\b(?:in|during|for|throughout|over|since|of)\s+(?:the\s+(?:year|whole\s+of|first\s+half\s+of|"
    r"second\s+half\s+of)\s+)?((?:19|20)\d\d)\b(?![-–/]\d)|\b((?:19|20)\d\d)['’]s\b",
    re.IGNORECASE,
)
_YEAR_RIGHT_AFTER = re.compile(r"^[^.;]{0,25}?\b(?:in|during)\s+((?:19|20)\d\d)\b")
_PART_BEFORE = re.compile(
    r"\b(?:including|includes|included|of\s+whom|of\s+which|among\s+them|among\s+whom|comprising|"
    r"among\s+those)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_COORDINATED = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)$", re.IGNORECASE)
_APPOSITION = re.compile(r"^\s*(?::|\(|—|–|-{1,2}|,)\s*$")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:\w+\s+)?$", re.IGNORECASE)
_CONTEXT_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{2,}")

_OF_THE = re.compile(r"^\s+(?:out\s+)?of\s+(?:the\s+|all\s+|those\s+)?$", re.IGNORECASE)
_OF_THEM = re.compile(
    r"\s+of\s+(?:them|whom|these|those)\b(?:\s+(?:were\s+|are\s+)?([A-Za-z]+))?", re.IGNORECASE
)
_PRONOUNS = frozenset({"them", "those", "these", "which", "whom", "it", "us", "they"})
#: A change stated by a verb ("sales fell by a third", "prices doubled"): its subject precedes it.
_VERB_CHANGE = re.compile(
    r"\b(?:increased|rose|risen|grew|grown|jumped|surged|climbed|gained|soared|decreased|declined|"
    r"dropped|fell|fallen|slumped|shrank|plunged|doubled|tripled|trebled|quadrupled|halved)\b",
    re.IGNORECASE,
)
#: Kinds whose figures count or total something a noun names.
_MEASURED = frozenset({ClaimKind.COUNT, ClaimKind.AMOUNT})


@dataclass(frozen=True, slots=True)
class Relation:
    """A relation the wording states between two figures (by index into the figure list)."""

    kind: str
    a: int
    b: int


@dataclass(slots=True)
class _Group:
    key: tuple[object, ...]
    figures: list[int] = field(default_factory=list)


def _period(text: str, layout: Layout, fig: Figure, inherited: dict[int, str | None]) -> str | None:
    start, end = layout.sentence_bounds(fig.sentence, len(text))
    own = _YEAR_RIGHT_AFTER.match(text, fig.end, end)
    if own is not None:
        return own.group(1)
    years = [(m.start(), m.group(1) or m.group(2)) for m in _YEAR_CONTEXT.finditer(text, start, end)]
    before = [y for pos, y in years if pos < fig.start]
    if before:
        return before[-1]
    if years:
        return years[0][1]
    return inherited.get(fig.sentence)


def _inherited_periods(text: str, layout: Layout) -> dict[int, str | None]:
    """The period a sentence without a year of its own speaks of: its section's last one."""
    out: dict[int, str | None] = {}
    current: str | None = None
    section = -1
    n = len(layout.sentence_starts)
    for i in range(n):
        if layout.sentence_sections[i] != section:
            section, current = layout.sentence_sections[i], None
        out[i] = current
        start, end = layout.sentence_bounds(i, len(text))
        found = [m.group(1) or m.group(2) for m in _YEAR_CONTEXT.finditer(text, start, end)]
        if found:
            current = found[-1]
    return out


def _context(text: str, fig: Figure, bounds: tuple[int, int]) -> frozenset[str]:
    """Content words near the figure within its sentence: what a restatement repeats."""
    left = _CONTEXT_WORD.findall(text[max(bounds[0], fig.start - 50) : fig.start])[-5:]
    right = _CONTEXT_WORD.findall(text[fig.end : min(bounds[1], fig.end + 50)])[:5]
    skip = {fig.noun or "", *fig.modifiers}
    return frozenset(
        w.lower() for w in left + right if w.lower() not in lx.STOPWORDS and w.lower() not in skip
    )


def _modifier(noun: str | None, text: str, fig: Figure) -> str:
    if noun is None:
        return "part"
    if noun in lx.MODIFIER_FORMS:
        return lx.MODIFIER_FORMS[noun]
    quote = text[fig.start : fig.end]
    if re.search(rf"\b[A-Z]\w*{noun[1:]}\b", quote) and noun.endswith("s"):
        return _key(noun[:-1])
    return _key(noun)


def _measured_key(fig: Figure) -> str | None:
    if fig.noun is None:
        return None
    key = _key(fig.noun)
    mods = [_key(m) for m in fig.modifiers if _key(m)]
    return ".".join([key, "_".join(mods)]) if mods else key


def relate(text: str, figures: Sequence[Figure], layout: Layout) -> list[Relation]:
    """Set each figure's measures and period; return the relations the wording states."""
    inherited = _inherited_periods(text, layout)
    relations: list[Relation] = []
    by_sentence: dict[int, list[int]] = {}
    for i, f in enumerate(figures):
        by_sentence.setdefault(f.sentence, []).append(i)
    for i, f in enumerate(figures):
        if f.kind not in (ClaimKind.YEAR, ClaimKind.DATE):
            f.period = _period(text, layout, f, inherited)
        f.context = _context(text, f, layout.sentence_bounds(f.sentence, len(text)))
        earlier = [j for j in by_sentence[f.sentence] if j < i]
        counts = [j for j in earlier if figures[j].kind in _MEASURED and figures[j].cue != "age"]
        f.measures = _measured_key(f) if f.kind in _MEASURED else None
        nxt = next((j for j in by_sentence[f.sentence] if j > i), None)
        if (
            f.kind in _MEASURED
            and f.noun is None
            and nxt is not None
            and figures[nxt].kind in _MEASURED
            and _OF_THE.match(text[f.end : figures[nxt].start])
        ):  # "3 of the 12 suspects"
            f.cue = "part"
            f.measures = f"{_measured_key(figures[nxt]) or 'total'}.part"
            relations.append(Relation("part_of", i, nxt))
            continue
        if f.kind in _MEASURED and counts:
            whole = _part_whole(text, figures, i, counts, relations)
            if whole is not None:
                w = figures[whole]
                them = _OF_THEM.match(text, f.end)
                if f.noun is None and them is not None and them.group(1) and _plural(them.group(1)):
                    f.noun = them.group(1).lower()  # "230 of them minors"
                f.cue = "part"
                f.measures = f"{w.measures or 'total'}.{_modifier(f.noun, text, f)}"
                if f.period is None:
                    f.period = w.period
                relations.append(Relation("part_of", i, whole))
                continue
        if f.kind in _MEASURED and earlier and _FROM_BEFORE.search(text[max(0, f.start - 20) : f.start]):
            changes = [j for j in earlier if figures[j].kind is ClaimKind.CHANGE]
            if changes:
                change = changes[-1]
                target = next((r.b for r in relations if r.kind == "change_of" and r.a == change), None)
                if f.noun is None and target is not None:
                    f.measures = figures[target].measures
                own = _YEAR_RIGHT_AFTER.match(text, f.end)
                f.period = own.group(1) if own else _previous(figures[change].period)
                f.cue = "baseline"
                relations.append(Relation("baseline", change, i))
                continue
        if f.kind is ClaimKind.CHANGE:
            verb = _VERB_CHANGE.search(text, max(0, f.start - 30), f.end)
            if verb is not None and counts and figures[counts[-1]].end < verb.start() - 1:
                continue  # "cut 50 jobs after sales fell by a third": the subject is not the count
            if counts:
                target = counts[-1]
                f.measures = f"{figures[target].measures or 'figure'}.change"
                f.period = figures[target].period or f.period
                relations.append(Relation("change_of", i, target))
            continue
        if f.kind is ClaimKind.SHARE and f.of_noun in _PRONOUNS:
            f.of_noun = None
            if counts:  # "40 new teachers, half of them women": a share of the count before
                f.measures = f"{figures[counts[-1]].measures or 'figure'}.share"
                relations.append(Relation("share_of", i, counts[-1]))
        elif f.kind is ClaimKind.SHARE and f.of_noun:
            f.measures = f"{_key(f.of_noun)}.share"
        if f.kind is ClaimKind.AGE:
            owner = counts[-1] if counts and f.start - figures[counts[-1]].end <= 3 else None
            if owner is not None:
                f.measures = f"{figures[owner].measures}.age_limit"
            else:
                f.measures = f"{_key(f.noun)}.age_limit" if f.noun else "age"
    _share_wholes(figures, relations)
    return relations


def _previous(period: str | None) -> str | None:
    return str(int(period) - 1) if period and period.isdigit() else None


def _part_whole(
    text: str, figures: Sequence[Figure], i: int, counts: list[int], relations: list[Relation]
) -> int | None:
    """The whole that figure ``i`` is stated to be part of, if the wording says so."""
    f = figures[i]
    prev = counts[-1]
    between = text[figures[prev].end : f.start]
    if f.noun is None and _OF_THEM.match(text, f.end):
        wholes = [j for j in counts if figures[j].cue != "part"]
        return wholes[-1] if wholes else None
    if _PART_BEFORE.search(text[max(0, f.start - 40) : f.start]):
        candidates = [j for j in counts if figures[j].cue != "part"]
        return candidates[-1] if candidates else None
    if figures[prev].cue == "part" and _COORDINATED.match(between):
        return next((r.b for r in relations if r.kind == "part_of" and r.a == prev), None)
    nxt = next((j for j in range(i + 1, len(figures)) if figures[j].sentence == f.sentence), None)
    if (
        _APPOSITION.match(between)
        and figures[prev].cue != "part"
        and nxt is not None
        and figures[nxt].kind in _MEASURED
        and _COORDINATED.match(text[f.end : figures[nxt].start])
        and (between.strip() != "," or _group_word(text, f))
    ):
        return prev
    return None


def _group_word(text: str, f: Figure) -> bool:
    """A demonym or group word ("Cambodians", "foreigners"): a part in a comma apposition."""
    if f.noun is None:
        return False
    return f.noun in lx.MODIFIER_FORMS or bool(re.search(r"\b[A-Z][a-z]+s\b", text[f.start : f.end]))


def _share_wholes(figures: Sequence[Figure], relations: list[Relation]) -> None:
    for i, f in enumerate(figures):
        if f.kind is not ClaimKind.SHARE or not f.of_noun:
            continue
        key = _key(f.of_noun)
        wholes = [
            j
            for j, w in enumerate(figures)
            if w.kind in _MEASURED
            and w.section == f.section
            and w.measures == key
            and (w.period == f.period or f.period is None or w.period is None)
            and w.cue != "part"
        ]
        if wholes:
            before = [j for j in wholes if j < i]
            relations.append(Relation("share_of", i, (before or wholes)[-1]))


def _group_key(f: Figure) -> tuple[object, ...]:
    measured = (
        (f.kind in _MEASURED and f.noun is not None and f.cue != "baseline")
        or (f.kind is ClaimKind.CHANGE and f.measures is not None)
        or (f.kind is ClaimKind.SHARE and f.measures is not None)
        or f.cue == "part"
    )
    base = (f.kind, f.measures, f.unit, f.period, f.section, f.direction)
    return base if measured else (*base, f.value, f.qualifier)


def group(text: str, figures: Sequence[Figure]) -> list[list[int]]:
    """Figures that state the same figure, as lists of indices (in text order)."""
    groups: list[_Group] = []
    open_groups: dict[tuple[object, ...], list[_Group]] = {}
    for i, f in enumerate(figures):
        key = ("range", f.range_id) if f.range_id is not None else _group_key(f)
        target = None
        for g in open_groups.get(key, []):
            members = [figures[j] for j in g.figures]
            if f.range_id is not None and any(m.range_id == f.range_id for m in members):
                target = g
                break
            if any(m.sentence == f.sentence for m in members):
                continue
            if all(m.value == f.value for m in members) or any(m.context & f.context for m in members):
                target = g
                break
        if target is None:
            target = _Group(key)
            groups.append(target)
            open_groups.setdefault(key, []).append(target)
        target.figures.append(i)
    return [g.figures for g in groups]


def _qualifier(text: str) -> Qualifier:
    return QUALIFIER_ALIASES[lx.QUALIFIER_MAP.get(text, text)]


def _claim_id(f: Figure, taken: set[str]) -> str:
    base = f.measures or f"{f.kind.value}-{re.sub(r'[^A-Za-z0-9]+', '-', f.value).strip('-')}"
    if f.period and f.kind not in (ClaimKind.YEAR, ClaimKind.DATE):
        base += f"-{f.period}"
    base = re.sub(r"^[^A-Za-z0-9]+", "", base) or "figure"
    cid, n = base, 2
    while cid in taken:
        cid, n = f"{base}-{n}", n + 1
    taken.add(cid)
    return cid


def _baseline_note(period: str | None) -> str | None:
    if period is None:
        return None
    return f"compared with {'the previous year' if period == 'previous' else period}"


def _label(text: str, f: Figure) -> str | None:
    if f.noun is None:
        return None
    return " ".join([*f.modifiers, f.noun])


def figures_to_claims(
    text: str, figures: Sequence[Figure], layout: Layout
) -> tuple[list[Claim], list[Relation], list[list[int]]]:
    """Claims (one per group of mentions) with the stated relations between them."""
    relations = relate(text, figures, layout)
    groups = group(text, figures)
    _infer_subsets(figures, groups, relations)
    taken: set[str] = set()
    claim_of: dict[int, str] = {}
    ids = []
    for g in groups:
        cid = _claim_id(figures[g[0]], taken)
        ids.append(cid)
        for j in g:
            claim_of[j] = cid
    links: dict[str, dict[str, Any]] = {cid: {} for cid in ids}
    for r in relations:
        a, b = claim_of[r.a], claim_of[r.b]
        if a == b:
            continue
        if r.kind == "part_of":
            links[a].setdefault("part_of", b)
        elif r.kind == "change_of":
            links[a].setdefault("change_of", b)
        elif r.kind == "baseline":
            links[a].setdefault("baseline", b)
        elif r.kind == "share_of":
            links[a].setdefault("share_of", ShareOf(whole=b))
    claims = []
    for cid, g in zip(ids, groups, strict=True):
        first = figures[g[0]]
        mentions = []
        for j in g:
            f = figures[j]
            mentions.append(
                Mention.model_construct(
                    start=f.start,
                    end=f.end,
                    quote=text[f.start : f.end],
                    value=None if f.value == first.value else f.value,
                    qualifier=None if f.qualifier == first.qualifier else _qualifier(f.qualifier),
                )
            )
        # Built without re-validation: every field comes from the grammar above, and the tests
        # validate what the extractor writes (tests/extract/test_validity.py). Validating each
        # claim again would double the cost of extraction.
        claims.append(
            Claim.model_construct(
                id=cid,
                kind=first.kind,
                measures=first.measures or first.kind.value,
                value=first.value,
                qualifier=_qualifier(first.qualifier),
                unit=first.unit,
                label=_label(text, first),
                period=first.period,
                direction=None if first.direction is None else Direction(first.direction),
                note=first.note or _baseline_note(first.baseline_period),
                mentions=mentions,
                **links[cid],
            )
        )
    return claims, relations, groups


def _infer_subsets(figures: Sequence[Figure], groups: list[list[int]], relations: list[Relation]) -> None:
    """ "230 minor victims" is part of "523 victims" of the same period and section."""
    heads = {
        (figures[g[0]].measures, figures[g[0]].period, figures[g[0]].section): g[0]
        for g in groups
        if figures[g[0]].kind is ClaimKind.COUNT and figures[g[0]].cue not in ("part", "baseline")
    }
    stated = {r.a for r in relations if r.kind == "part_of"}
    for g in groups:
        f = figures[g[0]]
        if f.kind is not ClaimKind.COUNT or not f.measures or "." not in f.measures or g[0] in stated:
            continue
        if f.cue in ("part", "baseline") or f.period is None:
            continue
        whole = heads.get((f.measures.rsplit(".", 1)[0], f.period, f.section))
        if whole is not None and _plural(figures[whole].noun or "") and f.noun == figures[whole].noun:
            relations.append(Relation("part_of", g[0], whole))


def assemble(
    text: str, *, document_id: str, title: str | None = None, language: str | None = None
) -> ClaimsFile:
    """The claims file for ``text``: every figure, grouped, with stated relations.

    ``language`` (``en``, ``fr``, ``de-CH``, …) decides how digits are read; see :func:`scan`.
    """
    figures, layout = scan(text, language)
    claims, _, _ = figures_to_claims(text, figures, layout)
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), document_id)
    return ClaimsFile.model_construct(
        document=Document(
            id=document_id, title=title or first_line.lstrip("# ")[:200], language=language or "en"
        ),
        claims=claims,
    )
