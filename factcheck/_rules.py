"""Rules as data: what to check, on which claims, and how to say it.

A rule file is a *pack*: a name, optionally the documents it is written for,
and a list of rules. Each rule names a check kind (see
:mod:`factcheck.checks`), the parameters of that kind, and how its claims are
chosen: by role (``claims``), one claim at a time (``each``), or from the
relations the claims file states (``relation``).
"""

from __future__ import annotations

from fnmatch import fnmatchcase
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from factcheck._models import Claim, ClaimKind, Direction
from factcheck._verdicts import Severity

__all__ = ["Relation", "Rule", "RulePack", "Selector"]


Relation = Literal[
    "part_of", "listed_parts", "listed_shares", "change_of", "change_both_ways", "moved_from", "total_change",
    "share_of", "difference", "same_figure", "sum_of", "rate_of", "combined_of", "mean_of",
    "one_whole",
]


class Selector(BaseModel):
    """Which claims a role takes. Every field given must match; patterns use ``*``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str | list[str] | None = Field(default=None, description="Claim id(s), or a pattern.")
    measures: str | list[str] | None = Field(
        default=None, description="Measure key(s) or patterns, e.g. 'victims' or 'victims.*'."
    )
    kind: ClaimKind | list[ClaimKind] | None = None
    period: str | None = None
    place: str | None = None
    unit: str | None = None
    direction: Direction | None = None
    min_mentions: int | None = Field(default=None, ge=0)
    derived: bool = Field(
        default=False,
        description="Select the values other rules derived (e.g. last year's implied count) "
        "instead of stated figures.",
    )

    def matches(self, claim: Claim) -> bool:
        return (
            _match(self.id, claim.id)
            and _match(self.measures, claim.measures)
            and (self.kind is None or claim.kind in _as_list(self.kind))
            and _match(self.period, claim.period)
            and _match(self.place, claim.place)
            and _match(self.unit, claim.unit)
            and (self.direction is None or claim.direction is self.direction)
            and (self.min_mentions is None or len(claim.mentions) >= self.min_mentions)
            and claim.__dict__.get("derived", False) == self.derived  # a plain Claim has no such field
        )


def _as_list(x: Any) -> list[Any]:
    return x if isinstance(x, list) else [x]


def _match(patterns: str | list[str] | None, value: str | None) -> bool:
    if patterns is None:
        return True
    if value is None:
        return False
    return any(fnmatchcase(value, p) for p in _as_list(patterns))


class Rule(BaseModel):
    """One consistency rule. ``params`` are checked against the kind's own model at load."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", description="Stable id, kebab-case.")
    title: str
    severity: Severity = Severity.ERROR
    check: str = Field(description="The check kind: compare, sum, share, change, …")
    params: dict[str, Any] = Field(default_factory=dict, description="Options of the check kind.")
    claims: dict[str, Selector] | None = Field(
        default=None, description="Claims by role, e.g. {a: {measures: victims.minor}, b: …}."
    )
    each: Selector | None = Field(default=None, description="Run once for every matching claim.")
    relation: Relation | None = Field(
        default=None, description="Run once for every such relation stated in the claims."
    )
    message: str = Field(
        description="What the result says, a template: '{{ a.stated }} vs {{ b.stated }}'."
    )
    description: str | None = None
    scope: Literal["document", "documents"] = Field(
        default="document",
        description="'documents': run once over the figures of every document verified "
        "together (only when there are several), e.g. to check they agree.",
    )

    @model_validator(mode="after")
    def _one_way_to_choose(self) -> Rule:
        given = [k for k in ("claims", "each", "relation") if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError(
                "a rule chooses its claims in exactly one way: 'claims', 'each' or 'relation'"
                + (f" (found {', '.join(given)})" if given else "")
            )
        return self


class RulePack(BaseModel):
    """A rules file: a named pack, optionally tied to documents by id."""

    model_config = ConfigDict(extra="forbid", frozen=True, title="factcheck rules file")

    schema_: Literal["factcheck/rules/v1"] = Field(default="factcheck/rules/v1", alias="schema")
    pack: str = Field(description="Name of the pack, e.g. 'generic'.")
    description: str | None = None
    applies_to: list[str] | None = Field(
        default=None, description="Document ids (or patterns) the pack is for; all when omitted."
    )
    rules: list[Rule]

    def applies(self, document_id: str) -> bool:
        return self.applies_to is None or _match(self.applies_to, document_id)
