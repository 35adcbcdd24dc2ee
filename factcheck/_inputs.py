"""Reading input files so that factcheck reads only what it was given, and only so much of it.

Every file factcheck reads (claims, rules, rule tests, articles, a claims
file's ``document.text``) goes through :func:`read_input`: it must be a
regular file (a FIFO would block, ``/dev/zero`` never ends), no larger than
:func:`~factcheck._limits.max_input_bytes`, and UTF-8. The size is checked
on what is actually read, so files that report no size (``/proc``) are
bounded too.

A claims file names its article's text itself, so that name is the one path
factcheck did not get from the user. :func:`document_text_path` confines it
to the claims file's folder (or to folders the user names with
``--text-root``): an absolute path, ``..`` out of the folder or a symlink
leading out of it is refused, so that a claims file cannot publish
``/etc/passwd`` or the CI runner's ``/proc/self/environ`` in a report.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Sequence
from pathlib import Path

from factcheck._errors import InputError, Problem
from factcheck._limits import ENV_MAX_INPUT_BYTES, MAX_NUMBER_DIGITS, max_input_bytes
from factcheck._safe_text import clip

__all__ = [
    "PathNotAllowedError",
    "document_text_path",
    "kind_of_file",
    "long_numbers",
    "read_input",
    "read_input_bytes",
]

_CHUNK = 1 << 16
# digits, each maybe after one separator: "1,000,000", "3.14159"
_LONG_NUMBER = re.compile(r"[0-9](?:[,.'\u2009\u00a0\u202f]?[0-9]){" + str(MAX_NUMBER_DIGITS) + ",}")
#: What every match of :data:`_LONG_NUMBER` starts with: a digit, then as many digits or marks again. A
#: simpler pattern, searched sooner: a text without such a run (most texts) holds no long number.
_LONG_RUN = re.compile(r"[0-9][0-9,.'\u2009\u00a0\u202f]{" + str(MAX_NUMBER_DIGITS) + "}")


class PathNotAllowedError(ValueError):
    """A path a claims file names that factcheck will not read; the message says why."""


def kind_of_file(mode: int) -> str:
    """What a non-regular file is, in words."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _too_large(size: str, limit: int) -> str:
    return (f"the file is {size} bytes; the limit is {limit:,} bytes "
            f"(raise it with --max-input-bytes or {ENV_MAX_INPUT_BYTES})")


def _read_bytes(path: Path) -> bytes:
    """The bytes of a regular file, at most the size limit; :class:`InputError` otherwise."""
    limit = max_input_bytes()
    where = str(path)
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer before it is refused
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
                     | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        reason = "a symlink to nothing" if path.is_symlink() else "no such file"
        raise InputError([Problem(where, 1, 1, reason)]) from None
    except IsADirectoryError:
        raise InputError([Problem(where, 1, 1, "is a folder, not a file")]) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError([Problem(where, 1, 1, "a symlink that loops")]) from None
        raise InputError([Problem(where, 1, 1, f"cannot be read: {exc.strerror or exc}")]) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError([Problem(where, 1, 1, f"is {kind_of_file(info.st_mode)}, not a regular file")])
        if info.st_size > limit:
            raise InputError([Problem(where, 1, 1, _too_large(f"{info.st_size:,}", limit))])
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise InputError([Problem(where, 1, 1, _too_large(f"over {limit:,}", limit))])
        return b"".join(chunks)
    except OSError as exc:
        raise InputError([Problem(where, 1, 1, f"cannot be read: {exc.strerror or exc}")]) from None
    finally:
        os.close(fd)


def read_input_bytes(path: Path | str) -> bytes:
    """The bytes of an input file (a PDF, a Word document): a regular file, within the size limit."""
    return _read_bytes(Path(path))


def read_input(path: Path | str) -> str:
    """The text of an input file: a regular file, within the size limit, UTF-8.

    Line ends are read as :func:`open` reads them (``\\r\\n`` and ``\\r`` become
    ``\\n``), so that offsets into the text mean what they always meant.
    """
    path = Path(path)
    data = _read_bytes(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InputError([Problem(str(path), line, column, "not UTF-8 text")]) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _real(path: Path) -> Path:
    return Path(os.path.realpath(path))


def document_text_path(claims_path: Path, name: str, roots: Sequence[Path] = ()) -> Path:
    """Where the text a claims file names lives, if it is inside the folders it may read.

    Those are the claims file's own folder and ``roots`` (``--text-root``).
    Symlinks are followed before the check, so one pointing out is refused.
    Raises :class:`PathNotAllowedError` with the reason.
    """
    named_roots = [_real(r) for r in roots]
    named = Path(name)
    if "\x00" in name or not name.strip():
        raise PathNotAllowedError("text must name a file")
    real = _real(claims_path.parent / named)
    # an absolute path is honoured only inside a folder the user named
    allowed = named_roots if named.is_absolute() else [_real(claims_path.parent), *named_roots]
    if not any(real.is_relative_to(root) for root in allowed):
        how = "is an absolute path" if named.is_absolute() else "leads out of the claims file's folder"
        raise PathNotAllowedError(
            f"text {clip(name)!r} {how}: a claims file may name only a file in its own folder "
            "(pass --text-root FOLDER to allow another folder)"
        )
    return real


def long_numbers(text: str, where: str) -> list[Problem]:
    """Numbers in an article too long to be a figure (more than ``MAX_NUMBER_DIGITS`` digits).

    Such a run is data, not prose (a hash, a dump): no stated figure has that
    many digits, and reading it as one would cost time quadratic in its length.
    """
    if _LONG_RUN.search(text) is None:
        return []
    problems = []
    for m in _LONG_NUMBER.finditer(text):
        digits = sum(c.isdigit() for c in m.group())
        before = text[: m.start()]
        line, column = before.count("\n") + 1, m.start() - (before.rfind("\n") + 1) + 1
        problems.append(Problem(where, line, column, f"a number of {digits:,} digits; figures of more "
                                f"than {MAX_NUMBER_DIGITS} digits are not read"))
        if len(problems) >= 10:
            break
    return problems
