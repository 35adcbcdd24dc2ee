"""Input readers: how an article in some format becomes the text whose figures are read.

A reader is one module in this package (or a plugin registered under the
``factcheck.readers`` entry-point group) that decorates a ``read(data) ->
Article`` function with :func:`register`, naming the file suffixes and
content types it answers to. Adding a format touches no other file. A format
is chosen from the suffix or content type a source declares, never guessed
from its bytes: an unknown format is a :class:`~factcheck.UsageError` that
names the supported ones. Readers whose library is heavy import it lazily and,
when it is missing, say which extra installs it (:func:`require`).

Offsets in claims count code points of :attr:`Article.text`, the text the
reader extracted (for plain text and Markdown, the file itself).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from factcheck._errors import InputError, Problem, UsageError
from factcheck._inputs import read_input_bytes
from factcheck._registry import Registry, UnknownNameError
from factcheck._version import DISTRIBUTION

__all__ = [
    "READERS",
    "Article",
    "MissingExtraError",
    "Reader",
    "ReaderError",
    "article_suffixes",
    "article_text",
    "decode_utf8",
    "normalize_newlines",
    "read_bytes",
    "read_file",
    "reader_for",
    "readers",
    "register",
    "require",
    "supported",
]


@dataclass(frozen=True, slots=True)
class Article:
    """The text the extractor reads, and what the source says about itself.

    ``pages`` gives, for a paged source (PDF), the offset in ``text`` at which
    each page starts, so that a figure's page can be named.
    """

    text: str
    format: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    site_name: str | None = None
    language: str | None = None
    url: str | None = None
    pages: tuple[int, ...] | None = None



class ReaderError(ValueError):
    """The bytes are not what the format says (bad UTF-8, a broken PDF); ``column`` 1-based."""

    def __init__(self, message: str, *, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.message, self.line, self.column = message, line, column


class MissingExtraError(UsageError):
    """A reader's library is not installed: the message names the extra that installs it."""


ReadFunction = Callable[[bytes], Article]


@dataclass(frozen=True, slots=True)
class Reader:
    name: str
    suffixes: tuple[str, ...]
    content_types: tuple[str, ...]
    #: The library that does the reading, for the README and error messages.
    library: str
    read: ReadFunction
    description: str


#: Every input format by name: this package's modules, and plugins under ``factcheck.readers``.
READERS: Registry[Reader] = Registry("input format", package=__name__, entry_point_group="factcheck.readers")


def register(
    name: str, *, suffixes: Iterable[str], content_types: Iterable[str], library: str
) -> Callable[[ReadFunction], ReadFunction]:
    """Register the decorated ``read(data: bytes) -> Article`` as input format ``name``."""

    def decorate(function: ReadFunction) -> ReadFunction:
        doc = (function.__doc__ or name).strip().splitlines()[0]
        READERS.add(name, Reader(name, tuple(suffixes), tuple(content_types), library, function, doc))
        return function

    return decorate


def readers() -> dict[str, Reader]:
    """Every input format, by name, in name order."""
    return dict(READERS)


def article_suffixes() -> tuple[str, ...]:
    return tuple(s for r in readers().values() for s in r.suffixes)


def supported() -> str:
    """The supported formats in words, for error messages: ``text (.txt), html (.html, .htm), …``."""
    return ", ".join(f"{r.name} ({', '.join(r.suffixes)})" for r in readers().values())


def reader_for(
    *, name: str | None = None, suffix: str | None = None, content_type: str | None = None
) -> Reader:
    """The reader named, or the one whose suffix or content type matches; else a usage error."""
    available = readers()
    if name is not None:
        try:
            return READERS.lookup(name)
        except UnknownNameError as exc:
            raise UsageError(str(exc)) from None
    mime = (content_type or "").split(";")[0].strip().lower()
    for reader in available.values():
        if mime and mime in reader.content_types:
            return reader
    for reader in available.values():
        if suffix and suffix.lower() in reader.suffixes:
            return reader
    what = f"content type {mime!r}" if mime else f"suffix {suffix!r}" if suffix else "no suffix"
    raise UsageError(f"cannot read an article with {what}; supported formats: {supported()}")


def read_bytes(data: bytes, reader: Reader, *, source: str) -> Article:
    """Read ``data`` with ``reader``; a malformed input becomes an :class:`InputError` at ``source``."""
    try:
        return reader.read(data)
    except ReaderError as exc:
        raise InputError([Problem(source, exc.line, exc.column, exc.message)]) from None


def read_file(path: Path, *, format: str | None = None) -> Article:
    """Read an article file; its format comes from ``format`` or its suffix.

    The file must be a regular file within the input size limit
    (:func:`factcheck._inputs.read_input_bytes`).
    """
    data = read_input_bytes(path)  # not a regular file (a device, a FIFO) is said before the format
    return read_bytes(data, reader_for(name=format, suffix=path.suffix or None), source=str(path))


def article_text(path: Path) -> str:
    """The text a claims file's ``document.text`` names, read as its suffix says (else as plain text).

    Raises :class:`InputError` when it cannot be read, and :class:`MissingExtraError` when
    its format needs an extra that is not installed.
    """
    suffix = path.suffix.lower()
    reader = reader_for(suffix=suffix) if suffix in article_suffixes() else readers()["text"]
    return read_bytes(read_input_bytes(path), reader, source=str(path)).text


def require(module: str, extra: str | None) -> ModuleType:
    """Import a reader's library, or say which extra of factcheck installs it.

    ``extra`` is ``None`` for a library factcheck itself depends on.
    """
    try:
        return importlib.import_module(module)
    except ImportError:
        needed = module.split(".")[0]
        if extra is None:
            raise MissingExtraError(f"{needed} is missing: reinstall {DISTRIBUTION}") from None
        raise MissingExtraError(
            f"this needs {needed}, which the {extra!r} extra installs: pip install '{DISTRIBUTION}[{extra}]' "
            f"(in a clone of factcheck: pip install '.[{extra}]')"
        ) from None


def decode_utf8(data: bytes) -> str:
    """UTF-8 text (a byte-order mark dropped), or a :class:`ReaderError` at the first bad byte."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[: exc.start].decode("utf-8", errors="replace")
        line = before.count("\n") + 1
        column = len(before) - (before.rfind("\n") + 1) + 1
        raise ReaderError("not UTF-8 text", line=line, column=column) from None
    return text


def normalize_newlines(text: str) -> str:
    """Lines end in ``\\n`` whatever the source used, as Python's text files read them."""
    return text.replace("\r\n", "\n").replace("\r", "\n")

