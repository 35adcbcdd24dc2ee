"""A fast path for plain message templates: the same text as Jinja2, without running Jinja2.

Most rule messages only print roles and their attributes ("{{ share }} of
{{ whole.stated }}"), and a corpus run renders one per result: the
sandboxed Jinja2 render then costs as much as the check itself. A template
whose tree holds nothing but text, names, ``claim.attribute``, ``a or b``
and ``list | join(sep)`` (optionally after ``map(attribute=...)``) is
compiled here into a list of small functions.

The fast path only answers when it is sure to give what Jinja2 gives: every
value it meets must be a claim (:class:`TemplateClaim`), a list of claims,
``None``, or, printed as a whole, any value (Jinja2 prints ``str(value)``).
Anything else — an unknown name, another type, an exception, an output near
a bound of :mod:`factcheck._sandbox` — returns ``None`` and the caller
renders with Jinja2, which raises exactly what it always raised.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from factcheck import _precompiled_templates as ahead
from factcheck._limits import MAX_TEMPLATE_OUTPUT, MAX_TEMPLATE_SEQUENCE
from factcheck._template_claim import ATTRIBUTES, TemplateClaim

if TYPE_CHECKING:
    from jinja2 import nodes

__all__ = ["PlainTemplate", "Program", "checked_ahead", "plain_template", "program_of", "roles_key"]

#: A plain template as data: its text parts and its expressions, each a tuple —
#: ``("name", name)``, ``("attribute", of, attribute)``, ``("or", left, right)`` or
#: ``("join", of, separator, attribute or None)``. Data, so that the bundled messages' programs
#: can be written down ahead of time (:mod:`factcheck._precompiled_templates`) and a run of the
#: bundled packs needs no Jinja2 at all.
Program = tuple[Any, ...]


class _NotPlainError(Exception):
    """The value met at render time is not one the fast path knows: use Jinja2."""


_Part = Callable[[Mapping[str, Any]], Any]


def _name(name: str) -> _Part:
    def value(variables: Mapping[str, Any]) -> Any:
        if name not in variables:
            raise _NotPlainError
        return variables[name]

    return value


def _attribute(of: _Part, attribute: str) -> _Part:
    getter = getattr(TemplateClaim, attribute).fget

    def value(variables: Mapping[str, Any]) -> Any:
        claim = of(variables)
        if type(claim) is not TemplateClaim:
            raise _NotPlainError
        return getter(claim)

    return value


def _either(left: _Part, right: _Part) -> _Part:
    def value(variables: Mapping[str, Any]) -> Any:
        first = left(variables)
        if first is None:
            return right(variables)
        if type(first) is not TemplateClaim:  # its truth is not known here
            raise _NotPlainError
        return first

    return value


def _join(of: _Part, separator: str, attribute: str | None) -> _Part:
    getter = None if attribute is None else getattr(TemplateClaim, attribute).fget

    def value(variables: Mapping[str, Any]) -> Any:
        items = of(variables)
        if type(items) is not list or any(type(i) is not TemplateClaim for i in items):
            raise _NotPlainError
        joined = separator.join(str(i) if getter is None else str(getter(i)) for i in items)
        if len(joined) > MAX_TEMPLATE_SEQUENCE // 2:  # near a bound: let the sandbox decide
            raise _NotPlainError
        return joined

    return value


def _const_str(node: nodes.Expr) -> str:
    from jinja2 import nodes

    if isinstance(node, nodes.Const) and isinstance(node.value, str):
        return node.value
    raise _NotPlainError


#: Names Jinja2 may give a meaning of its own inside a template.
_SPECIAL_NAMES = frozenset({"self", "loop", "caller", "varargs", "kwargs", "super", "range"})


def _expression(node: nodes.Node) -> Program:
    """The program of one expression of Jinja2's tree; :class:`_NotPlainError` if it is more than plain."""
    from jinja2 import nodes

    if isinstance(node, nodes.Name) and node.ctx == "load" and node.name not in _SPECIAL_NAMES:
        return ("name", node.name)
    if isinstance(node, nodes.Getattr) and node.attr in ATTRIBUTES:
        return ("attribute", _expression(node.node), node.attr)
    if isinstance(node, nodes.Or):
        return ("or", _expression(node.left), _expression(node.right))
    if isinstance(node, nodes.Filter) and node.name == "join" and node.node is not None \
            and len(node.args) == 1 and not node.kwargs and node.dyn_args is None and node.dyn_kwargs is None:
        separator = _const_str(node.args[0])
        inner = node.node
        if isinstance(inner, nodes.Filter) and inner.name == "map" and inner.node is not None \
                and not inner.args and len(inner.kwargs) == 1 and inner.kwargs[0].key == "attribute" \
                and inner.dyn_args is None and inner.dyn_kwargs is None:
            attribute = _const_str(inner.kwargs[0].value)
            if attribute not in ATTRIBUTES:
                raise _NotPlainError
            return ("join", _expression(inner.node), separator, attribute)
        return ("join", _expression(inner), separator, None)
    raise _NotPlainError


def program_of(source: str) -> list[str | Program] | None:
    """The template's parts as Jinja2 parses it (text, or expressions), or ``None`` if more than plain."""
    from jinja2 import nodes

    from factcheck._sandbox import TEMPLATES

    try:
        tree = TEMPLATES.parse(source)
    except Exception:  # Jinja2 reports the syntax error where it compiles the template
        return None
    parts: list[str | Program] = []
    try:
        for statement in tree.body:
            if not isinstance(statement, nodes.Output):
                return None
            for node in statement.nodes:
                parts.append(node.data if isinstance(node, nodes.TemplateData) else _expression(node))
    except _NotPlainError:
        return None
    return parts


def _compile(program: Program, names: set[str]) -> _Part:
    match program:
        case ("name", name):
            names.add(name)
            return _name(name)
        case ("attribute", of, attribute):
            return _attribute(_compile(of, names), attribute)
        case ("or", left, right):
            return _either(_compile(left, names), _compile(right, names))
        case ("join", of, separator, attribute):
            return _join(_compile(of, names), separator, attribute)
    raise ValueError(f"not a plain template program: {program!r}")


class PlainTemplate:
    """A template of text and plain expressions, rendered without Jinja2 (see the module)."""

    __slots__ = ("_parts", "names")

    def __init__(self, parts: list[str | _Part], names: frozenset[str]) -> None:
        self._parts = parts
        #: The variables the template reads.
        self.names = names

    def render(self, variables: Mapping[str, Any]) -> str | None:
        """The text Jinja2 would render, or ``None`` where only Jinja2 can say."""
        out: list[str] = []
        try:
            for part in self._parts:
                out.append(part if isinstance(part, str) else str(part(variables)))
        except Exception:  # Jinja2 renders it again and raises what it raises
            return None
        text = "".join(out)
        return None if len(text) > MAX_TEMPLATE_OUTPUT // 2 else text


@functools.lru_cache(maxsize=4096)
def plain_template(source: str) -> PlainTemplate | None:
    """The fast renderer for ``source``, or ``None`` when the template is more than plain.

    The bundled messages' programs are looked up (written ahead of time from
    Jinja2's parse, and checked by a test to match it); any other source is
    parsed by Jinja2 here.
    """
    parts = ahead.PROGRAMS[source] if source in ahead.PROGRAMS else program_of(source)
    if parts is None:
        return None
    names: set[str] = set()
    compiled = [part if isinstance(part, str) else _compile(part, names) for part in parts]
    return PlainTemplate(compiled, frozenset(names))


def roles_key(roles: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    """The roles a message is checked against (:func:`checked_ahead`), in a fixed order."""
    return tuple(sorted(roles.items()))


def checked_ahead(source: str, roles: Mapping[str, str]) -> bool:
    """Was this message, more than plain, compiled and checked against these roles ahead of time?

    The bundled packs' messages are (:mod:`factcheck._precompiled_templates`, kept current by a
    test), so that loading them needs no Jinja2; any other message is checked when it loads.
    """
    return (source, roles_key(roles)) in ahead.CHECKED
