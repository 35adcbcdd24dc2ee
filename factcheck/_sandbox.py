"""Rule message templates: Jinja2 in a sandbox that also bounds time and memory.

Jinja2's :class:`~jinja2.sandbox.ImmutableSandboxedEnvironment` keeps a
template away from Python's internals and from mutating what it is given,
but not from exhausting the machine: ``{{ 'x' * 10**9 }}``,
``{{ 10**100000000 }}`` or three nested ``range(99999)`` loops are all
"safe". A rule pack is written by many hands, so here every render has a
budget:

* ``*``, ``**`` and ``+`` are checked before they compute: no string or list
  longer than :data:`~factcheck._limits.MAX_TEMPLATE_SEQUENCE`, no number
  with more digits than that; ``%`` string formatting (whose width is
  unbounded) is refused;
* every loop step, every ``range()`` item and every call counts against
  :data:`MAX_STEPS` per render; a call or filter given a number above the
  sequence bound (``center(10**9)``) is refused, and so is a result above it;
* ``namespace()`` is not offered, so no value grows from one loop step to the
  next;
* the output stops at :data:`~factcheck._limits.MAX_TEMPLATE_OUTPUT` characters.

Whatever goes wrong while rendering is raised as :class:`TemplateLimitError`
or as the template's own error, and the caller turns it into an ``error``
result.
"""

from __future__ import annotations

import contextvars
import math
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment

from factcheck._limits import MAX_TEMPLATE_OUTPUT, MAX_TEMPLATE_RANGE, MAX_TEMPLATE_SEQUENCE

__all__ = ["MAX_STEPS", "TEMPLATES", "BoundedEnvironment", "TemplateLimitError"]

#: Loop steps, ``range()`` items and calls in one render of one message.
MAX_STEPS = 100_000
_MAX_BITS = int(MAX_TEMPLATE_SEQUENCE * math.log2(10))
#: Filters whose arguments or output cannot be bounded by a size check.
_REFUSED_FILTERS = frozenset({"format", "wordwrap", "indent", "filesizeformat", "pprint", "xmlattr"})
_REFUSED_METHODS = frozenset({"expandtabs", "zfill", "center", "ljust", "rjust"})
#: The sandbox wraps ``str.format`` in a plain function of the same name; its widths are unbounded.
_REFUSED_CALLS = frozenset({"format", "format_map"})
_LIMIT = f"{MAX_TEMPLATE_SEQUENCE:,}"


class TemplateLimitError(SecurityError):
    """A template went past one of its bounds."""


_steps: contextvars.ContextVar[list[int] | None] = contextvars.ContextVar("template_steps", default=None)


def _step(count: int = 1) -> None:
    budget = _steps.get()
    if budget is None:
        return
    budget[0] += count
    if budget[0] > MAX_STEPS:
        raise TemplateLimitError(f"the template takes more than {MAX_STEPS:,} steps")


def _size(value: Any) -> int:
    if isinstance(value, str | bytes | list | tuple | dict | set | frozenset):
        return len(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value.bit_length() * MAX_TEMPLATE_SEQUENCE // max(_MAX_BITS, 1)
    return 0


def _checked(value: Any, what: str) -> Any:
    if _size(value) > MAX_TEMPLATE_SEQUENCE:
        raise TemplateLimitError(f"{what} is too large for a message (over {MAX_TEMPLATE_SEQUENCE:,})")
    return value


def _check_arguments(args: Iterable[Any], what: str) -> None:
    for arg in args:
        if isinstance(arg, int) and not isinstance(arg, bool) and abs(arg) > MAX_TEMPLATE_SEQUENCE:
            raise TemplateLimitError(f"{what} is given {arg!r}, above {MAX_TEMPLATE_SEQUENCE:,}")


def _bounded_iter(iterable: Any) -> Iterator[Any]:
    for item in iterable:
        _step()
        yield item


def _bounded_range(*args: int) -> Iterator[int]:
    numbers = range(*args)
    if len(numbers) > MAX_TEMPLATE_RANGE:
        raise TemplateLimitError(f"range() of {len(numbers):,} items; the limit is {MAX_TEMPLATE_RANGE:,}")
    return _bounded_iter(numbers)


_bounded_range.__name__ = _bounded_range.__qualname__ = "range"


def _check_join(items: Any, separator: Any) -> None:
    """Refuse a join whose result would be too long, before it is built."""
    if isinstance(items, list | tuple | str) and isinstance(separator, str):
        total = len(separator) * max(len(items) - 1, 0) + sum(len(i) for i in items if isinstance(i, str))
        if total > MAX_TEMPLATE_SEQUENCE:
            raise TemplateLimitError(f"join would build more than {_LIMIT} characters")


def _bounded_filter(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    passes_first = hasattr(function, "jinja_pass_arg")  # a context or environment comes first

    def bounded(*args: Any, **kwargs: Any) -> Any:
        _step()
        given = args[1:] if passes_first else args
        _check_arguments([*given[1:], *kwargs.values()], f"filter {name!r}")
        if name == "join" and given:
            _check_join(given[0], given[1] if len(given) > 1 else kwargs.get("d", ""))
        return _checked(function(*args, **kwargs), f"the result of filter {name!r}")

    for attribute in ("jinja_pass_arg",):  # context, eval context or environment passed first
        if hasattr(function, attribute):
            setattr(bounded, attribute, getattr(function, attribute))
    return bounded


class BoundedTemplate(jinja2.Template):
    """A template whose :meth:`render` keeps to the step and output budgets."""

    def render(self, *args: Any, **kwargs: Any) -> str:
        token = _steps.set([0])
        try:
            out: list[str] = []
            length = 0
            for chunk in self.generate(*args, **kwargs):
                length += len(chunk)
                if length > MAX_TEMPLATE_OUTPUT:
                    raise TemplateLimitError(f"the message is longer than {MAX_TEMPLATE_OUTPUT:,} characters")
                out.append(chunk)
            return "".join(out)
        except OverflowError:
            raise TemplateLimitError("a number in the template is too large") from None
        except RecursionError:
            raise TemplateLimitError("the template calls itself too deeply") from None
        finally:
            _steps.reset(token)


class BoundedEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox, with ``*``, ``**``, ``+``, ``%``, loops, calls, filters and output bounded."""

    intercepted_binops = frozenset({"*", "**", "+", "%", "//"})
    template_class = BoundedTemplate

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.globals.pop("namespace", None)
        self.globals.pop("lipsum", None)
        self.globals["range"] = _bounded_range
        self.globals["_fc_bounded_iter"] = _bounded_iter
        self.filters = {
            name: _bounded_filter(name, f) for name, f in self.filters.items() if name not in _REFUSED_FILTERS
        }

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        for loop in tree.find_all(nodes.For):
            loop.iter = nodes.Call(nodes.Name("_fc_bounded_iter", "load"), [loop.iter], [], None, None,
                                   lineno=loop.lineno)
        return tree

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        _step()
        if operator == "*":
            _checked_product(left, right)
        elif operator == "**":
            _checked_power(left, right)
        elif operator == "%" and isinstance(left, str):
            raise TemplateLimitError("'%' formatting is not available in messages; use '~' or filters")
        elif operator == "+" and _size(left) + _size(right) > MAX_TEMPLATE_SEQUENCE:
            raise TemplateLimitError(f"'+' would build more than {MAX_TEMPLATE_SEQUENCE:,} items")
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        _step()
        name = str(getattr(__obj, "__name__", "") or "a call")
        owner = getattr(__obj, "__self__", None)
        if name in _REFUSED_CALLS or (isinstance(owner, str | bytes) and name in _REFUSED_METHODS):
            raise TemplateLimitError(f"{name}() is not available in messages")
        grows = name == "replace" and len(args) >= 2 and isinstance(args[1], str)
        if grows and isinstance(owner, str) and owner.count(args[0]) * len(args[1]) > MAX_TEMPLATE_SEQUENCE:
            raise TemplateLimitError(f"replace() would build more than {_LIMIT} characters")
        if name == "join" and isinstance(owner, str) and args:
            _check_join(args[0], owner)
        _check_arguments([*args, *kwargs.values()], f"{name}()")
        return _checked(super().call(__context, __obj, *args, **kwargs), f"the result of {name}()")


def _checked_product(left: Any, right: Any) -> None:
    for seq, times in ((left, right), (right, left)):
        repeats = type(times) is int and isinstance(seq, str | list | tuple)
        if repeats and len(seq) * max(times, 0) > MAX_TEMPLATE_SEQUENCE:
            raise TemplateLimitError(f"'*' would build more than {_LIMIT} items")
    both = isinstance(left, int) and isinstance(right, int)
    if both and left.bit_length() + right.bit_length() > _MAX_BITS:
        raise TemplateLimitError(f"'*' would give a number of more than {_LIMIT} digits")


def _checked_power(base: Any, exponent: Any) -> None:
    huge = (isinstance(base, int) and isinstance(exponent, int) and exponent > 0 and abs(base) > 1
            and exponent * math.log10(abs(base)) > MAX_TEMPLATE_SEQUENCE)
    if huge:
        raise TemplateLimitError(f"'**' would give a number of more than {_LIMIT} digits")


#: The environment every rule message is compiled in.
TEMPLATES = BoundedEnvironment(
    undefined=jinja2.StrictUndefined, autoescape=False, keep_trailing_newline=False
)
