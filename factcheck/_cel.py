"""CEL expressions for rules: compiled safely, bounded, and pointing at their mistakes.

Why CEL (the Common Expression Language) and why this binding: CEL has no
loops, no I/O, no way to name a host object or function, and every evaluation
terminates. The ``common-expression-language`` package runs Google's grammar
in a Rust interpreter; an expression sees only the plain values we hand it
(numbers, strings, booleans, lists, maps) and no Python callable is
registered, so nothing in Python, the file system or the network is in reach.

The other maintained binding, ``cel-python`` (pure Python, on lark), was
weighed too: it walks the expression with Python objects (a larger surface
to keep closed), pulls in five more packages (lark, pendulum, jmespath,
google-re2, PyYAML), and measured here ~180 µs per evaluation of
``a.hi <= b.lo && a.lo > 0.5`` against ~8 µs for the Rust interpreter,
whose releases are also the more recent and which ships type stubs.

Two things are added on top, both here:

* **Numbers are decimals.** CEL keeps ``int`` and ``double`` apart and
  ``7 / 2`` is ``3``; ``x * 100`` with ``x`` a double is a type error. A
  journalist writing ``(a.value - b.value) / b.value * 100`` means real
  division, so every whole-number literal is read as a double (``100`` as
  ``100.0``) before compiling, except a list index (``parts[0]``). Figures
  reach the expression as doubles too.
* **Bounds.** The Rust interpreter holds the GIL and cannot be interrupted,
  so cost is bounded before it runs: at most :data:`MAX_LENGTH` characters,
  at most :data:`MAX_COMPREHENSIONS` comprehension macros (``all``,
  ``exists``, ``exists_one``, ``map``, ``filter``), none inside another.
  Evaluation is then linear in the number of claims bound to the rule.
"""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from factcheck._safe_text import clip

__all__ = [
    "MAX_COMPREHENSIONS", "MAX_LENGTH", "Expression", "ExpressionError", "compile_expression", "plain_error",
]

MAX_LENGTH = 2000
MAX_COMPREHENSIONS = 4
MACROS = frozenset({"all", "exists", "exists_one", "map", "filter"})
RESERVED = frozenset({
    "true", "false", "null", "in", "as", "break", "const", "continue", "else", "for", "function",
    "if", "import", "let", "loop", "package", "namespace", "return", "var", "void", "while",
})
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _sum(values: list[float]) -> float:
    return float(sum(values))


def _min(values: list[float]) -> float:
    return float(min(values))


def _max(values: list[float]) -> float:
    return float(max(values))


def _abs(value: float) -> float:
    return abs(value)


#: The only host functions an expression may call: pure arithmetic on the plain values given.
FUNCTIONS: dict[str, Any] = {"sum": _sum, "min": _min, "max": _max, "abs": _abs}
BUILTINS = frozenset({
    "size", "int", "uint", "double", "string", "bytes", "bool", "dyn", "type", "contains",
    "startsWith", "endsWith", "matches", "timestamp", "duration", "getFullYear", "getMonth",
    "getDayOfYear", "getDayOfMonth", "getDate", "getDayOfWeek", "getHours", "getMinutes",
    "getSeconds", "getMilliseconds",
})

_NUMBER = re.compile(
    r"0[xX][0-9a-fA-F]+[uU]?|(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|[0-9]+[eE][+-]?[0-9]+|[0-9]+[uU]?"
)
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_SPACE = frozenset(" \t\n\r\f")
_CEL_POSITION = re.compile(r"<input>:(\d+):(\d+):\s*(.*)")


class ExpressionError(ValueError):
    """An expression that cannot be used; ``at`` is its 1-based (line, column) in the source."""

    def __init__(self, message: str, at: tuple[int, int] = (1, 1)) -> None:
        super().__init__(message)
        self.at = at


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str
    text: str
    start: int


def _is_string_prefix(word: str) -> bool:
    """``r``, ``b`` or both, in either order and case: what may stand before a quote."""
    lower = word.lower()
    return lower in ("r", "b", "rb", "br")


def _string_end(source: str, start: int, raw: bool) -> int:
    """The offset just past the string literal whose opening quote is at ``start``."""
    quote = source[start : start + 3] if source[start : start + 3] in ('"""', "'''") else source[start]
    i, n = start + len(quote), len(source)
    while i < n:
        if source.startswith(quote, i):
            return i + len(quote)
        c = source[i]
        if c == "\n" and len(quote) == 1:
            break
        i += 2 if c == "\\" and not raw else 1
    raise ExpressionError("a string is not closed", _position(source, start))


def _tokens(source: str) -> list[_Token]:
    """CEL's tokens, without spaces and ``//`` comments.

    A scanner, not a pattern: it knows that a comment runs to the end of its
    line whatever quotes it holds, that a raw string (``r"\\"``) has no escapes,
    and that triple quotes span lines, so what the bounds below count is
    what CEL will run. :func:`_agrees_with_cel` then checks it against CEL's
    own reading.
    """
    out: list[_Token] = []
    i, n = 0, len(source)
    while i < n:
        c = source[i]
        if c in _SPACE:
            i += 1
        elif source.startswith("//", i):
            newline = source.find("\n", i)
            i = n if newline < 0 else newline
        elif c in "\"'":
            end = _string_end(source, i, raw=False)
            out.append(_Token("string", source[i:end], i))
            i = end
        elif (m := _IDENT.match(source, i)) is not None:
            word = m.group()
            if m.end() < n and source[m.end()] in "\"'" and _is_string_prefix(word):
                end = _string_end(source, m.end(), raw="r" in word.lower())
                out.append(_Token("string", source[i:end], i))
                i = end
            else:
                out.append(_Token("ident", word, i))
                i = m.end()
        elif (m := _NUMBER.match(source, i)) is not None:
            out.append(_Token("number", m.group(), i))
            i = m.end()
        else:
            out.append(_Token("other", c, i))
            i += 1
    return out


def _agrees_with_cel(source: str, tokens: list[_Token], program: Any) -> None:
    """Refuse an expression unless CEL reads its strings and names as :func:`_tokens` did.

    The binding gives no parse tree, so the bounds are counted on our tokens;
    this makes sure they are CEL's: every string token must be, for CEL, one
    literal and nothing else, and every name CEL sees must be a name token.
    """
    for t in tokens:
        if t.kind != "string":
            continue
        try:
            import cel  # on first use: importing the package also loads its REPL (prompt_toolkit)

            literal = cel.compile(t.text)
            alone = not literal.functions() and not literal.variables()
            value = literal.execute() if alone else None
        except Exception:
            value = None
        if not isinstance(value, str | bytes):
            raise ExpressionError("this string is not written as CEL reads strings",
                                  _position(source, t.start))
    names = {t.text for t in tokens if t.kind == "ident"}
    unseen = sorted(set(program.variables()) - names)
    if unseen:
        raise ExpressionError(f"CEL reads the name {unseen[0]!r} where factcheck does not; "
                              "the expression cannot be bounded")


def _position(source: str, offset: int) -> tuple[int, int]:
    before = source[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


@dataclass(frozen=True, slots=True)
class Expression:
    """A compiled expression, with the names it reads and where each first appears."""

    source: str
    program: Any
    names: Mapping[str, tuple[int, int]]

    def evaluate(self, variables: Mapping[str, Any]) -> Any:
        """Run on plain values; raises ``ValueError``/``TypeError``/``RuntimeError`` on bad input.

        The binding prints a failing host function's error on standard error as
        well as raising it; the raised error is the one reported, so the print
        is caught here.
        """
        with contextlib.redirect_stderr(io.StringIO()):
            import cel  # on first use: importing the package also loads its REPL (prompt_toolkit)

            return self.program.execute(cel.Context(variables=dict(variables), functions=FUNCTIONS))


def plain_error(exc: BaseException) -> str:
    """What went wrong in an evaluation, in one short line without the binding's plumbing."""
    text = str(exc) or type(exc).__name__
    if isinstance(exc, KeyError):
        text = f"no field {text}"
    text = text.replace("Python function call failed: ", "").replace("TypeError: ", "")
    text = re.split(r"\. (?:Check|Convert|CEL does not)", text)[0]
    return clip(" ".join(text.split()), 200)


def compile_expression(source: str) -> Expression:
    """Check the limits, read whole numbers as decimals, compile; raise :class:`ExpressionError`."""
    if len(source) > MAX_LENGTH:
        raise ExpressionError(f"expression is {len(source)} characters long; the limit is {MAX_LENGTH}")
    if not source.strip():
        raise ExpressionError("expression is empty")
    tokens = _tokens(source)
    _check_comprehensions(source, tokens)
    rewritten, origin = _decimal_literals(source, tokens)
    try:
        import cel  # on first use: importing the package also loads its REPL (prompt_toolkit)

        program = cel.compile(rewritten)
    except Exception as exc:  # the binding raises ValueError, RuntimeError or a Rust panic
        raise _located(str(exc), source, rewritten, origin) from None
    _agrees_with_cel(source, tokens, program)
    for name in program.functions():
        is_operator = not re.fullmatch(r"[A-Za-z][\w.]*", name)
        if not is_operator and name not in BUILTINS and name not in FUNCTIONS:
            where = next((t.start for t in tokens if t.text == name), 0)
            known = ", ".join(sorted(FUNCTIONS))
            raise ExpressionError(f"unknown function {name!r}; besides CEL's own, there are {known}",
                                  _position(source, where))
    bound = {
        tokens[i + 2].text
        for i, t in enumerate(tokens[:-2])
        if t.kind == "ident" and t.text in MACROS and tokens[i + 1].text == "("
        and i > 0 and tokens[i - 1].text == "."
    }
    names: dict[str, tuple[int, int]] = {}
    for i, t in enumerate(tokens):
        follows_dot = i > 0 and tokens[i - 1].text == "."
        if t.kind == "ident" and not follows_dot and t.text not in bound and t.text not in RESERVED:
            is_call = i + 1 < len(tokens) and tokens[i + 1].text == "("
            if not is_call:
                names.setdefault(t.text, _position(source, t.start))
    return Expression(source, program, names)


def _check_comprehensions(source: str, tokens: list[_Token]) -> None:
    depth = 0
    open_macros: list[int] = []  # paren depth at which each open macro's arguments started
    count = 0
    for i, t in enumerate(tokens):
        if t.text == "(":
            is_macro = (
                i >= 2 and tokens[i - 1].kind == "ident" and tokens[i - 1].text in MACROS
                and tokens[i - 2].text == "."
            )
            depth += 1
            if is_macro:
                count += 1
                at = _position(source, tokens[i - 1].start)
                if open_macros:
                    raise ExpressionError(
                        f"'{tokens[i - 1].text}' inside another comprehension; nesting is not "
                        "allowed, so that evaluation stays linear in the number of claims", at)
                if count > MAX_COMPREHENSIONS:
                    raise ExpressionError(f"more than {MAX_COMPREHENSIONS} comprehensions", at)
                open_macros.append(depth)
        elif t.text == ")":
            if open_macros and open_macros[-1] == depth:
                open_macros.pop()
            depth -= 1


def _decimal_literals(source: str, tokens: list[_Token]) -> tuple[str, list[int]]:
    """Append ``.0`` to whole-number literals; ``origin[i]`` is the source offset of output char i."""
    out: list[str] = []
    origin: list[int] = []
    cursor = 0
    for i, t in enumerate(tokens):
        if t.kind != "number" or not t.text.isdigit():
            continue
        prev = tokens[i - 1] if i > 0 else None
        before = tokens[i - 2] if i > 1 else None
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        is_index = (
            prev is not None and prev.text == "[" and after is not None and after.text == "]"
            and before is not None and (before.kind == "ident" or before.text in (")", "]"))
        )
        if is_index:
            continue
        end = t.start + len(t.text)
        out.append(source[cursor:end])
        origin.extend(range(cursor, end))
        out.append(".0")
        origin.extend([end - 1, end - 1])
        cursor = end
    out.append(source[cursor:])
    origin.extend(range(cursor, len(source) + 1))
    return "".join(out), origin


def _located(message: str, source: str, rewritten: str, origin: list[int]) -> ExpressionError:
    m = _CEL_POSITION.search(message)
    if m is None:
        first = message.splitlines()[0] if message else "unknown error"
        return ExpressionError(f"expression does not compile: {clip(first, 200)}")
    line, col = int(m[1]), int(m[2])
    lines = rewritten.split("\n")
    offset = sum(len(x) + 1 for x in lines[: line - 1]) + col - 1
    offset = origin[min(max(offset, 0), len(origin) - 1)]
    what = m[3].strip().removeprefix("Syntax error: ").split(" expecting ")[0]
    if "Recursion limit" in what:
        what = "it is nested too deeply"
    what = what.replace("mismatched input '<EOF>'", "the expression ends too early")
    return ExpressionError(f"expression does not compile: {what}", _position(source, offset))
