"""Writing files so that a failed or interrupted run never leaves half a file, or half a set, behind.

:func:`write_files` writes every file of a run (all report formats) to a
temporary file beside its target first and renames them into place only when
all were written, with SIGINT and SIGTERM held back until it is done, so a
Ctrl-C or a CI runner's SIGTERM leaves either the previous files or the
complete new set, and never a temporary file. Any failure to write (the
output is a file, lies below a file, is not writable, the disk is full)
leaves every existing file as it was and is raised as a
:class:`~factcheck.UsageError` naming the place (``factcheck: …``, exit 2), not a traceback.
"""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import tempfile
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path

from factcheck._errors import UsageError

__all__ = ["write_atomically", "write_files"]

_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


#: What a plain ``open(..., "w")`` would give; ``mkstemp`` alone gives 0600.
_FILE_MODE = 0o666 & ~_umask()


def _cannot(path: Path, reason: str) -> UsageError:
    return UsageError(f"{path}: cannot write here: {reason}")


def _reason(exc: OSError) -> str:
    if isinstance(exc, FileExistsError | NotADirectoryError):
        return "a file stands where a folder is needed"
    return exc.strerror or str(exc)


def _prepare_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _cannot(folder, _reason(exc)) from None
    if not folder.is_dir():
        raise _cannot(folder, "not a folder")


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM back until the block ends (they are delivered then, not lost)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _stage(target: Path, text: str) -> Path:
    """Write ``text`` to a new temporary file beside ``target``; return its path."""
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.chmod(tmp, _FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def write_files(files: Mapping[Path, str]) -> None:
    """Write every file, all or none: each through a temporary file, all renamed at the end.

    SIGINT and SIGTERM are held back meanwhile (a few milliseconds for a
    run's reports) and take effect when the files are complete or untouched,
    and the temporary files gone.
    """
    staged: list[tuple[Path, Path]] = []
    with _signals_held():
        try:
            for target in files:
                _prepare_folder(target.parent)
                with contextlib.suppress(FileNotFoundError):
                    mode = target.lstat().st_mode
                    if stat.S_ISDIR(mode):
                        raise _cannot(target, "a folder of that name is in the way")
                    if not (stat.S_ISREG(mode) or stat.S_ISLNK(mode)):
                        raise _cannot(target, "something other than a file is in the way")
            for target, text in files.items():
                try:
                    staged.append((_stage(target, text), target))
                except OSError as exc:
                    raise _cannot(target, _reason(exc)) from None
            for tmp, target in staged:
                os.replace(tmp, target)
            staged.clear()
        finally:
            for tmp, _ in staged:
                tmp.unlink(missing_ok=True)


def write_atomically(target: Path, text: str) -> None:
    """Write ``text`` to ``target`` through a temporary file in the same folder and a rename.

    Readers see the old file or the new one, never a part; on any error the
    temporary file is removed and the old file stays as it was.
    """
    write_files({target: text})
