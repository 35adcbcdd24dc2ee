"""What exists and what it does: the rule table and ``explain`` for a rule or a check kind."""

from __future__ import annotations

import typing
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel

from factcheck import checks
from factcheck._authoring._rule_tests import LoadedRuleTests, load_rule_tests, rule_tests_for
from factcheck._bundled import bundled_rules
from factcheck._compiled import CompiledRule
from factcheck._errors import InputError
from factcheck._loading import (
    load_rules,
)
from factcheck._registry import did_you_mean

__all__ = ["RuleRow", "explain", "rule_table"]


@dataclass(frozen=True, slots=True)
class RuleRow:
    id: str
    severity: str
    kind: str
    title: str
    pack: str
    where: str


def rule_table(paths: Sequence[Path | str] = ()) -> list[RuleRow]:
    """Every rule of the given (default: bundled) packs, in file order."""
    return [
        RuleRow(r.rule.id, r.rule.severity.value, r.kind.id, r.rule.title, r.pack.pack,
                f"{r.file}:{r.line}:{r.column}")
        for r in load_rules([Path(p) for p in (paths or [bundled_rules()])])
    ]


def explain(id: str, paths: Sequence[Path | str] = ()) -> str:
    """What a rule (or a check kind) checks, its parameters with defaults, and an example.

    Raises ``KeyError`` with a suggestion when ``id`` names neither.
    """
    kinds = checks.kinds()
    compiled = load_rules([Path(p) for p in (paths or [bundled_rules()])])
    rule = next((r for r in compiled if r.rule.id == id), None)
    if rule is None and id not in kinds:
        hint = did_you_mean(id, [*kinds, *(r.rule.id for r in compiled)])
        raise KeyError(f"no rule or check kind {id!r}{hint}")
    lines: list[str] = []
    if rule is not None:
        r = rule.rule
        lines += [
            f"{r.id}: {r.title}",
            f"  pack:     {rule.pack.pack} ({rule.file}:{rule.line}:{rule.column})",
            f"  severity: {r.severity.value}",
            f"  check:    {rule.kind.id}",
            f"  claims:   {_choice(rule)}",
        ]
        if r.params:
            lines.append(f"  params:   {_inline(r.params)}")
        lines.append(f"  message:  {r.message}")
        if r.description:
            lines.append(f"  {r.description}")
        cases = [c for p in _tests_near(rule) for c in p.tests.cases if c.rule == r.id]
        if cases:
            lines.append(f"  tests:    {len(cases)} ("
                         + ", ".join(f"{c.expect}{' (known gap)' if c.known_gap else ''}" for c in cases)
                         + ")")
        lines.append("")
    lines += _explain_kind(kinds[rule.kind.id if rule is not None else id])
    return "\n".join(lines).rstrip() + "\n"


def _tests_near(rule: CompiledRule) -> list[LoadedRuleTests]:
    out = []
    for path in rule_tests_for(Path(rule.file)):
        try:
            out.append(load_rule_tests(path))
        except InputError:
            continue
    return out


def _choice(rule: CompiledRule) -> str:
    r = rule.rule
    if r.relation is not None:
        return f"every {r.relation} relation stated in the claims"
    if r.each is not None:
        return f"each claim matching {_inline(r.each.model_dump(exclude_none=True, mode='json'))}"
    assert r.claims is not None
    return "; ".join(f"{role} = {_inline(s.model_dump(exclude_none=True, mode='json'))}"
                     for role, s in r.claims.items())


def _inline(data: Any) -> str:
    text = yaml.safe_dump(data, default_flow_style=True, sort_keys=False, width=1000)
    return text.removesuffix("\n...\n").strip()


def _explain_kind(kind: checks.CheckKind) -> list[str]:
    doc = kind.summary.splitlines()
    lines = [f"check kind {kind.id}: {doc[0]}"]
    lines += [f"  {line.strip()}" if line.strip() else "" for line in doc[1:]]
    roles = ("any names the rule gives (see params)" if kind.any_role
             else ", ".join(f"{r} ({a})" for r, a in kind.roles.items()))
    lines += ["", f"  roles: {roles}", "  parameters:" if kind.params.model_fields else
              "  parameters: none"]
    for name, f in kind.params.model_fields.items():
        value = None if f.is_required() else _plain(f.get_default(call_default_factory=True))
        default = "required" if f.is_required() else f"default {_inline(value)}"
        kind_name = _type_name(f.annotation)
        lines.append(f"    {f.alias or name}: {kind_name}, {default}")
        if f.description:
            lines.append(f"        {f.description}")
    if kind.example:
        lines += ["", "  example:"] + [f"    {line}" for line in kind.example.splitlines()]
    return lines


def _type_name(annotation: Any) -> str:
    if typing.get_origin(annotation) is Literal:
        return "one of " + ", ".join(str(a) for a in typing.get_args(annotation))
    text = getattr(annotation, "__name__", None) if isinstance(annotation, type) else None
    return text or str(annotation).replace("typing.", "").replace("decimal.", "")


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    return value if isinstance(value, str | int | float | bool | list | dict | type(None)) else str(value)
