"""A rule ready to run: checked against its kind, with its message template.

A value type of its own (not the loader's) so that the engine and the tools
that run rules do not depend on YAML parsing. Message templates run in
Jinja's immutable sandbox with strict undefined variables, bounded in time and
memory (:mod:`factcheck._sandbox`). A compiled rule
keeps its template's source and compiles it on first use (once per process),
so that rules pickle and can be sent to other processes with a document.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pydantic import BaseModel

from factcheck import checks
from factcheck._documents import LoadedClaims
from factcheck._errors import Problem
from factcheck._plain_template import PlainTemplate, plain_template
from factcheck._registry import did_you_mean
from factcheck._rules import Rule, RulePack

if TYPE_CHECKING:
    import jinja2

__all__ = ["CompiledRule", "compile_template", "unmatched_selectors"]



@functools.lru_cache(maxsize=4096)
def compile_template(source: str) -> jinja2.Template:
    """The sandboxed template for ``source``; raises ``jinja2.TemplateSyntaxError``.

    Jinja2 is imported here, not with the module: a run whose messages are all
    plain (:mod:`factcheck._plain_template`) never needs it.
    """
    from factcheck._sandbox import TEMPLATES

    return TEMPLATES.from_string(source)


@dataclass(frozen=True, slots=True)
class CompiledRule:
    """A rule checked against its kind: parameters validated, template known to compile."""

    rule: Rule
    pack: RulePack
    kind: checks.CheckKind
    params: BaseModel
    file: str
    line: int
    column: int
    #: Role arities for kinds that take any role (``expr``); other kinds use their own.
    roles: Mapping[str, checks.Arity] | None = None

    @property
    def template(self) -> jinja2.Template:
        """The message template, compiled on first use in this process."""
        return compile_template(self.rule.message)

    @property
    def plain(self) -> PlainTemplate | None:
        """The message's fast renderer when the template is plain (the same text, without Jinja2)."""
        return plain_template(self.rule.message)

    @property
    def arities(self) -> Mapping[str, checks.Arity]:
        """The roles this rule binds, and how many claims each takes."""
        return self.kind.roles if self.roles is None else self.roles

    @property
    def required_roles(self) -> list[str]:
        return [r for r, arity in self.arities.items() if arity != "optional"]


def unmatched_selectors(rule: CompiledRule, documents: Sequence[LoadedClaims]) -> Iterator[Problem]:
    """A warning per selector key (``measures``, ``id``) that no claim of the documents has.

    Usually a typo, so the warning suggests the closest key the documents do
    have; ``verify`` reports these too, since such a rule is silently skipped.
    """
    docs = [d for d in documents if rule.pack.applies(d.document_id)]
    if not docs:
        return

    def warn(message: str) -> Problem:
        return Problem(rule.file, rule.line, rule.column, f"warning: {rule.rule.id}: {message}")

    claims = [c for d in docs for c in d.claims_file.claims]
    selectors = dict(rule.rule.claims or {})
    if rule.rule.each is not None:
        selectors["each"] = rule.rule.each
    for role, selector in selectors.items():
        if selector.derived:
            continue  # derived values exist only once other rules have run
        for key in ("measures", "id"):
            wanted = getattr(selector, key)
            for pattern in [wanted] if isinstance(wanted, str) else wanted or []:
                probe = selector.model_copy(update={key: pattern})
                if not any(probe.matches(c) for c in claims):
                    values = sorted({str(getattr(c, key)) for c in claims})
                    yield warn(f"{role}: no claim in {', '.join(d.document_id for d in docs)} has "
                               f"{key} {pattern!r}{did_you_mean(pattern, values)}")
