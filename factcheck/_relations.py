"""Relations a claims file states, and the claims each one binds to a rule's roles.

A rule with ``relation: part_of`` runs once per whole that has parts; with
``change_of``, once per stated change; and so on. Each relation is one entry
here: the roles it fills (and how many claims each takes) and the function
that finds its instances, so loading (which checks a rule's roles) and the
engine (which binds them) read the same definition.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from factcheck._models import Claim, ClaimsFile
from factcheck.checks import Arity

__all__ = ["RELATIONS", "RelationKind", "same_figure_groups"]

Roles = dict[str, "Claim | list[Claim] | None"]


@dataclass(frozen=True, slots=True)
class RelationKind:
    name: str
    roles: Mapping[str, Arity]
    instances: Callable[[ClaimsFile], Iterator[Roles]]


RELATIONS: dict[str, RelationKind] = {}


def _relation(name: str, **roles: Arity) -> Callable[[Callable[[ClaimsFile], Iterator[Roles]]], None]:
    def register(instances: Callable[[ClaimsFile], Iterator[Roles]]) -> None:
        RELATIONS[name] = RelationKind(name, roles, instances)

    return register


@_relation("part_of", whole="one", parts="many")
def _parts(cf: ClaimsFile) -> Iterator[Roles]:
    """One instance per whole, with every claim that says it is ``part_of`` that whole."""
    by_id = cf.by_id()
    wholes: dict[str, list[Claim]] = {}
    for c in cf.claims:
        if c.part_of is not None:
            wholes.setdefault(c.part_of, []).append(c)
    for whole_id, parts in wholes.items():
        yield {"whole": by_id[whole_id], "parts": parts}


@_relation("change_of", change="one", new="optional", old="optional")
def _changes(cf: ClaimsFile) -> Iterator[Roles]:
    """One instance per stated change, with the figures after (``change_of``) and before (``baseline``)."""
    by_id = cf.by_id()
    for c in cf.claims:
        if c.change_of is not None or c.baseline is not None:
            yield {"change": c, "new": by_id.get(c.change_of or ""), "old": by_id.get(c.baseline or "")}


@_relation("share_of", share="one", whole="one", part="optional")
def _shares(cf: ClaimsFile) -> Iterator[Roles]:
    """One instance per stated share, with its whole and, when stated, its part."""
    by_id = cf.by_id()
    for c in cf.claims:
        if c.share_of is not None:
            yield {"share": c, "whole": by_id[c.share_of.whole], "part": by_id.get(c.share_of.part or "")}


@_relation("same_figure", figures="many")
def _same_figures(cf: ClaimsFile) -> Iterator[Roles]:
    """One instance per figure stated by several documents (same measure, period and place)."""
    for group in same_figure_groups(cf.claims):
        yield {"figures": group}


def same_figure_groups(claims: Sequence[Claim]) -> Iterator[list[Claim]]:
    """Claims of different documents that state the same figure: same measure, period and place.

    Figures without a period are left out: "the year the report covers" or "the
    number of staff" may rightly differ from one document to the next.
    """
    groups: dict[tuple[str, str | None, str | None], list[Claim]] = {}
    for c in claims:
        if c.period is None:
            continue  # a figure without a period may mean something else in each document
        groups.setdefault((c.measures, c.period, c.place), []).append(c)
    for group in groups.values():
        if len({getattr(c, "document", None) for c in group}) > 1:
            yield group
