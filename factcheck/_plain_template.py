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
from typing import Any

from jinja2 import nodes

from factcheck._limits import MAX_TEMPLATE_OUTPUT, MAX_TEMPLATE_SEQUENCE
from factcheck._sandbox import TEMPLATES
from factcheck._template_claim import ATTRIBUTES, TemplateClaim

__all__ = ["PlainTemplate", "plain_template"]


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
    if isinstance(node, nodes.Const) and isinstance(node.value, str):
        return node.value
    raise _NotPlainError


#: Names Jinja2 may give a meaning of its own inside a template.
_SPECIAL_NAMES = frozenset({"self", "loop", "caller", "varargs", "kwargs", "super", "range"})


def _compile(node: nodes.Node, names: set[str]) -> _Part:
    if isinstance(node, nodes.Name) and node.ctx == "load" and node.name not in _SPECIAL_NAMES:
        names.add(node.name)
        return _name(node.name)
    if isinstance(node, nodes.Getattr) and node.attr in ATTRIBUTES:
        return _attribute(_compile(node.node, names), node.attr)
    if isinstance(node, nodes.Or):
        return _either(_compile(node.left, names), _compile(node.right, names))
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
            return _join(_compile(inner.node, names), separator, attribute)
        return _join(_compile(inner, names), separator, None)
    raise _NotPlainError


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
    """The fast renderer for ``source``, or ``None`` when the template is more than plain."""
    try:
        tree = TEMPLATES.parse(source)
    except Exception:  # Jinja2 reports the syntax error where it compiles the template
        return None
    parts: list[str | _Part] = []
    names: set[str] = set()
    try:
        for statement in tree.body:
            if not isinstance(statement, nodes.Output):
                return None
            for node in statement.nodes:
                parts.append(node.data if isinstance(node, nodes.TemplateData) else _compile(node, names))
    except _NotPlainError:
        return None
    return PlainTemplate(parts, frozenset(names))
