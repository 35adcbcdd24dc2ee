"""expr: a rule written as a CEL expression over the selected claims.

For relations no built-in kind covers ("the festival is at least a week after
the launch", "the minors' share is below half"), a rule states its test in
CEL (see :mod:`factcheck._cel` for why CEL and how it is kept safe). The
verdict stays three-valued and honest:

* ``pass_if`` must be true only when the rule holds for *every* value the
  figures allow: write it with bounds, ``a.hi <= b.lo``, not ``a.value <=
  b.value`` (the stated value ignores rounding and hedges).
* ``fail_if`` (optional) must be true only when it holds for *no* value:
  ``a.lo > b.hi``.
* Neither true: inconclusive. Without ``fail_if``, a false ``pass_if`` fails
  only when every figure bound to the rule is exact (lo = hi), where bounds and
  value coincide and the test is decided; otherwise it is inconclusive.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from factcheck._models import Claim, ClaimKind, Qualifier, value_interval
from factcheck._stated import parse_number
from factcheck._verdicts import Status
from factcheck.checks import ANY_ROLE, Arity, Binding, Finding, RuleProblem, operand, register

# CEL (factcheck._cel) is imported where an expression is compiled or run, not with the kind: every
# run lists the kinds, and few packs have an expr rule.
if TYPE_CHECKING:
    from factcheck._cel import Expression, ExpressionError


def __getattr__(name: str) -> Any:
    if name == "ExpressionError":
        from factcheck._cel import ExpressionError

        return ExpressionError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Params(BaseModel):
    """A test as expressions over the claims, each role a variable (``a``, ``parts``, …)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    pass_if: str = Field(
        description="CEL, true when the rule holds for every value the figures allow "
        "(use bounds: 'a.hi <= b.lo')."
    )
    fail_if: str | None = Field(
        default=None,
        description="CEL, true when the rule holds for no value the figures allow ('a.lo > b.hi'). "
        "Default: fail only when every figure is exact and pass_if is false.",
    )
    lists: list[str] = Field(
        default_factory=list,
        description="Roles under 'claims' that take every matching claim, as a list.",
    )

    @field_validator("pass_if", "fail_if")
    @classmethod
    def _compiles(cls, v: str | None) -> str | None:
        if v is not None:
            from factcheck._cel import compile_expression

            compile_expression(v)  # ExpressionError is a ValueError carrying the column
        return v

    def compiled(self) -> tuple[Expression, Expression | None]:
        return _compiled(self.pass_if), None if self.fail_if is None else _compiled(self.fail_if)


_CACHE: dict[str, Expression] = {}


def _compiled(source: str) -> Expression:
    if source not in _CACHE:
        from factcheck._cel import compile_expression

        _CACHE[source] = compile_expression(source)
    return _CACHE[source]


def _roles(params: Params, names: list[str]) -> Mapping[str, Arity]:
    return {n: ("many" if n in params.lists else "one") for n in names}


def _validate(params: Params, roles: Mapping[str, Arity]) -> list[RuleProblem]:
    from factcheck._cel import IDENTIFIER, RESERVED

    problems = []
    for name in params.lists:
        if name not in roles:
            problems.append(RuleProblem(("params", "lists"), f"'lists' names {name!r}, which is not "
                                        f"a role under 'claims' ({', '.join(roles) or 'none'})"))
    for role in roles:
        if not IDENTIFIER.fullmatch(role) or role in RESERVED:
            problems.append(RuleProblem(("claims", role), f"role {role!r} cannot be a name in an "
                                        "expression: use letters, digits and '_', not a CEL keyword"))
    for field in ("pass_if", "fail_if"):
        source = getattr(params, field)
        if source is None:
            continue
        for name, at in _compiled(source).names.items():
            if name not in roles:
                problems.append(RuleProblem(
                    ("params", field), f"{field}: no role named {name!r}; this rule binds "
                    f"{', '.join(roles) or 'nothing'}", at))
    return problems


def _number(x: Any) -> float:
    return math.inf if x is None else float(x)


def claim_variable(claim: Claim) -> dict[str, Any]:
    """What an expression sees of a claim: plain values only (see docs/writing-rules.md)."""
    interval = claim.interval()
    if claim.kind is ClaimKind.DATE:  # a day number, so that differences are in days
        value = float(value_interval(claim, claim.value, Qualifier.EXACT).lo or 0)
    else:
        value = float(parse_number(claim.value).value)
    return {
        "id": claim.id,
        "kind": claim.kind.value,
        "measures": claim.measures,
        "value": value,
        "stated": claim.stated,
        "lo": -math.inf if interval.lo is None else float(interval.lo),
        "hi": _number(interval.hi),
        "lo_closed": interval.lo_closed,
        "hi_closed": interval.hi_closed,
        "exact": interval.is_point,
        "integer": interval.integer,
        "qualifier": claim.qualifier.value,
        "unit": claim.unit or "",
        "label": claim.label or claim.measures,
        "period": claim.period or "",
        "place": claim.place or "",
        "source": claim.source or "",
        "direction": claim.direction.value if claim.direction else "",
        "mentions": len(claim.mentions),
    }


def _variables(bound: Binding) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for role, value in bound.items():
        if isinstance(value, list):
            out[role] = [claim_variable(c) for c in value]
        else:
            out[role] = None if value is None else claim_variable(value)
    return out


def _truth(expression: Expression, variables: Mapping[str, Any], field: str) -> bool | str:
    """True or false, or the reason the expression could not be evaluated."""
    try:
        result = expression.evaluate(variables)
    except Exception as exc:  # any failure of a user's expression is reported, never raised
        from factcheck._cel import plain_error

        return f"{field} could not be evaluated: {plain_error(exc)}"
    if not isinstance(result, bool):
        return f"{field} must be true or false, but gave {result!r}"
    return result


@register(
    "expr",
    roles={ANY_ROLE: "one"},
    params=Params,
    example=(
        "claims: {launch: {measures: report.launch_date}, festival: {measures: festival.date}}\n"
        "params:\n"
        "  pass_if: festival.lo - launch.hi >= 7    # at least a week later, whatever the hedges\n"
        "  fail_if: festival.hi - launch.lo < 7     # less than a week for every reading"
    ),
    validate=_validate,
    roles_for=_roles,
)
def check(bound: Binding, params: Params) -> Iterator[Finding]:
    """A CEL test over the claims: pass when `pass_if`, fail when `fail_if`, else inconclusive.

    Each role is a variable holding the claim's `value` (as stated), `lo` and
    `hi` (the bounds of what the text allows, ±infinity when open-ended),
    `exact`, `unit`, `measures` and more; a role in `lists` is a list of them.
    Numbers are decimals: `(a.value - b.value) / b.value * 100` is real
    division. Without `fail_if`, a false `pass_if` fails only when every figure
    is exact; otherwise it is inconclusive.
    """
    passing, failing = params.compiled()
    variables = _variables(bound)
    claims = bound.claims()
    operands = tuple(operand(role, c) for role, value in bound.items()
                     for c in (value if isinstance(value, list) else [value] if value else []))
    impossible = [c for c in claims if c.interval().is_empty]
    if impossible:  # as in every check: a figure that allows no value fails, never passes vacuously
        names = ", ".join(f"{c.stated} ({c.label or c.measures})" for c in impossible)
        yield Finding(Status.FAIL, f"{names} allows no value of its kind: {Status.FAIL.meaning()}",
                      operands, computation=params.pass_if)
        return
    verdict = _truth(passing, variables, "pass_if")
    if isinstance(verdict, str):
        yield Finding(Status.ERROR, verdict, operands, computation=params.pass_if)
        return
    if verdict:
        status, why = Status.PASS, f"pass_if ({params.pass_if}) is true"
    elif failing is not None:
        failed = _truth(failing, variables, "fail_if")
        if isinstance(failed, str):
            yield Finding(Status.ERROR, failed, operands, computation=params.fail_if)
            return
        status = Status.FAIL if failed else Status.INCONCLUSIVE
        why = (f"fail_if ({params.fail_if}) is true" if failed
               else f"neither pass_if ({params.pass_if}) nor fail_if ({params.fail_if}) is true")
    elif all(c.interval().is_point for c in claims):
        status, why = Status.FAIL, f"pass_if ({params.pass_if}) is false and every figure is exact"
    else:
        hedged = [c.stated for c in claims if not c.interval().is_point]
        status = Status.INCONCLUSIVE
        why = (f"pass_if ({params.pass_if}) is false, but {', '.join(hedged)} "
               f"{'is' if len(hedged) == 1 else 'are'} rounded or hedged and no fail_if is given")
    yield Finding(status, f"{why}: the rule {status.meaning()}", operands,
                  computation=params.pass_if if failing is None else f"{params.pass_if} | {params.fail_if}")


__all__ = ["ExpressionError", "Params", "check", "claim_variable"]
