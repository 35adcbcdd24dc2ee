"""A rule ready to run: checked against its kind, with its message template.

A value type of its own (not the loader's) so that the engine and the tools
that run rules do not depend on YAML parsing. Message templates run in
Jinja's immutable sandbox with strict undefined variables.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment
from pydantic import BaseModel

from factcheck import checks
from factcheck._rules import Rule, RulePack

__all__ = ["TEMPLATES", "CompiledRule"]

TEMPLATES = ImmutableSandboxedEnvironment(
    undefined=jinja2.StrictUndefined, autoescape=False, keep_trailing_newline=False
)


@dataclass(frozen=True, slots=True)
class CompiledRule:
    """A rule checked against its kind: parameters validated, template compiled."""

    rule: Rule
    pack: RulePack
    kind: checks.CheckKind
    params: BaseModel
    template: jinja2.Template
    file: str
    line: int
    column: int
    #: Role arities for kinds that take any role (``expr``); other kinds use their own.
    roles: Mapping[str, checks.Arity] | None = None

    @property
    def arities(self) -> Mapping[str, checks.Arity]:
        """The roles this rule binds, and how many claims each takes."""
        return self.kind.roles if self.roles is None else self.roles

    @property
    def required_roles(self) -> list[str]:
        return [r for r, arity in self.arities.items() if arity != "optional"]
