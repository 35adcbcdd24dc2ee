"""Check kinds: the registry, and what a check receives and returns.

A check kind is one module in this package (or a plugin registered under the
``factcheck.checks`` entry-point group) that decorates its ``check``
generator with :func:`register`. It receives the claims bound to its roles
and its validated parameters, and yields :class:`Finding` values: a status,
the numbers it used, and any values it derived. The engine, not the check,
stamps the rule id, severity and message.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Literal, NamedTuple, TypeVar

from pydantic import BaseModel, ConfigDict

from factcheck._intervals import Interval
from factcheck._models import Claim, ClaimKind
from factcheck._registry import Registry
from factcheck._verdicts import Status

__all__ = [
    "ANY_ROLE",
    "KINDS",
    "Arity",
    "Binding",
    "CheckKind",
    "Compared",
    "Derived",
    "Finding",
    "Grade",
    "NoParams",
    "Operand",
    "RuleProblem",
    "get",
    "kinds",
    "only_verdicts",
    "operand",
    "register",
    "verdict_only",
]

Arity = Literal["one", "optional", "many"]
#: How bad a failure is: "gross" changes a qualitative statement, "major" the number beyond
#: its rounding, "minor" only its last digit (see ``checks/_grading.py``).
Grade = Literal["gross", "major", "minor"]
ENTRY_POINT_GROUP = "factcheck.checks"
#: A kind whose roles contain this key takes whatever roles its rule names (see ``expr``).
ANY_ROLE = "*"


_verdict_only: contextvars.ContextVar[bool] = contextvars.ContextVar("verdict_only", default=False)


def verdict_only() -> bool:
    """Is the check run again for its verdict alone? Then it may leave out its wording.

    The engine runs a check a second time on other readings of the same
    claims (every figure read literally, to tell a pass that rests on
    rounding; a guessed count read as an amount) and keeps only the status of
    what it yields. A check may then yield a bare ``Finding(status, "")`` per
    finding (the same number of findings, the same statuses) instead of
    building explanations, headlines and grades no one reads.
    """
    return _verdict_only.get()


@contextlib.contextmanager
def only_verdicts() -> Iterator[None]:
    """Within this block, :func:`verdict_only` is true: the engine reads statuses only."""
    token = _verdict_only.set(True)
    try:
        yield
    finally:
        _verdict_only.reset(token)


class RuleProblem(NamedTuple):
    """What a kind's ``validate`` hook finds: where in the rule, what, and where in the text.

    ``at`` is a 1-based (line, column) inside the string value at ``loc`` (an
    expression), so that the problem points at the very character.
    """

    loc: tuple[str | int, ...]
    message: str
    at: tuple[int, int] | None = None


class NoParams(BaseModel):
    """For kinds that take no options."""

    model_config = ConfigDict(extra="forbid", frozen=True)


@dataclass(frozen=True, slots=True)
class Operand:
    """A figure a check used: which claim, as stated, and the values it allows."""

    role: str
    claim: str
    stated: str
    interval: Interval


def operand(role: str, claim: Claim, interval: Interval | None = None) -> Operand:
    """The operand for ``claim`` in ``role``, with its interval unless one is given."""
    return Operand(role, claim.id, claim.stated, claim.interval() if interval is None else interval)


@dataclass(frozen=True, slots=True)
class Compared:
    """The two sets a verdict weighs: what the text states and what the other figures give.

    Reports draw them on one axis, so the gap between them is seen at a glance.
    """

    stated_label: str
    stated: Interval
    computed_label: str
    computed: Interval


@dataclass(frozen=True, slots=True)
class Derived:
    """A value the text implies but does not state (e.g. last year's count).

    With ``measures`` set it becomes a claim (``derived: true``) that rules
    selecting derived claims, and the cross-document pass, see in turn.
    """

    name: str
    description: str
    interval: Interval
    #: The least value the quantity can take at all; a lower end there is not reported.
    floor: Fraction | None = None
    measures: str | None = None
    kind: ClaimKind | None = None
    period: str | None = None
    place: str | None = None
    unit: str | None = None
    #: Ids of the claims it is derived from; their mentions locate it in the text.
    sources: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Finding:
    """What one evaluation of a check found, before the engine dresses it as a result."""

    status: Status
    explanation: str
    operands: tuple[Operand, ...] = ()
    computation: str | None = None
    derived: tuple[Derived, ...] = ()
    #: The claims to report (ids); by default every claim bound to the rule.
    claims: tuple[str, ...] | None = None
    #: Extra template variables for the rule's message.
    variables: Mapping[str, object] = field(default_factory=dict)
    #: For a failure: how far off the text is (gross, major, minor; see ``_grading``).
    grade: Grade | None = None
    #: The stated and the computed set, for drawing the gap between them.
    compared: Compared | None = None
    #: One plain sentence of what is wrong with the figures as written, for an editor; ``None``:
    #: the rule's message serves.
    headline: str | None = None
    #: Does a pass rest on rounding or hedges? ``None``: the engine finds out by reading every
    #: figure literally; a check for which every figure is rounded by nature (GRIM) says False.
    slack: bool | None = None


class Binding(Mapping[str, "Claim | list[Claim] | None"]):
    """The claims bound to a check's roles, with typed accessors."""

    def __init__(self, roles: Mapping[str, Claim | list[Claim] | None]) -> None:
        self._roles = dict(roles)

    def __getitem__(self, role: str) -> Claim | list[Claim] | None:
        return self._roles[role]

    def __iter__(self) -> Iterator[str]:
        return iter(self._roles)

    def __len__(self) -> int:
        return len(self._roles)

    def one(self, role: str) -> Claim:
        value = self._roles.get(role)
        if not isinstance(value, Claim):
            raise KeyError(role)
        return value

    def optional(self, role: str) -> Claim | None:
        value = self._roles.get(role)
        return value if isinstance(value, Claim) else None

    def many(self, role: str) -> list[Claim]:
        value = self._roles.get(role)
        if value is None:
            return []
        return value if isinstance(value, list) else [value]

    def claims(self) -> list[Claim]:
        out: list[Claim] = []
        for value in self._roles.values():
            if isinstance(value, Claim):
                out.append(value)
            elif isinstance(value, list):
                out.extend(value)
        return out


P = TypeVar("P", bound=BaseModel)
CheckFunction = Callable[[Binding, P], Iterator[Finding]]


@dataclass(frozen=True, slots=True)
class CheckKind:
    """A registered check kind: its id, options, roles and generator."""

    id: str
    summary: str
    params: type[BaseModel]
    roles: Mapping[str, Arity]
    function: Callable[[Binding, BaseModel], Iterator[Finding]]
    example: str | None = None
    #: Checks a rule beyond its params model (e.g. names an expression uses), at load time.
    validate: Callable[[BaseModel, Mapping[str, Arity]], list[RuleProblem]] | None = None
    #: The roles a rule of an ``ANY_ROLE`` kind gets from its params and selector names.
    roles_for: Callable[[BaseModel, list[str]], Mapping[str, Arity]] | None = None

    @property
    def required_roles(self) -> list[str]:
        return [r for r, arity in self.roles.items() if arity != "optional"]

    @property
    def any_role(self) -> bool:
        return ANY_ROLE in self.roles


#: Every check kind, built in (this package's modules) and plugged in (entry points), by id.
KINDS: Registry[CheckKind] = Registry("check kind", package=__name__, entry_point_group=ENTRY_POINT_GROUP)


def register(
    id: str,
    *,
    roles: Mapping[str, Arity],
    params: type[P],
    example: str | None = None,
    validate: Callable[[P, Mapping[str, Arity]], list[RuleProblem]] | None = None,
    roles_for: Callable[[P, list[str]], Mapping[str, Arity]] | None = None,
) -> Callable[[CheckFunction[P]], CheckFunction[P]]:
    """Register the decorated generator as check kind ``id``.

    The generator's docstring is the kind's summary (its first line) and
    explanation (``factcheck rules explain``).
    """

    def decorate(function: CheckFunction[P]) -> CheckFunction[P]:
        KINDS.add(id, CheckKind(
            id=id,
            summary=(function.__doc__ or id).strip(),
            params=params,
            roles=dict(roles),
            function=function,  # type: ignore[arg-type]
            example=example,
            validate=validate,  # type: ignore[arg-type]
            roles_for=roles_for,  # type: ignore[arg-type]
        ))
        return function

    return decorate


def kinds() -> dict[str, CheckKind]:
    """Every check kind, built in and plugged in, by id."""
    return dict(KINDS)


def get(id: str) -> CheckKind:
    """The check kind ``id``; the error names the closest kind and every kind otherwise."""
    return KINDS.lookup(id)
