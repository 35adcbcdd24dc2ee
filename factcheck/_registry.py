"""One registry type for every extension point: check kinds, report formats, relations.

An extension registers itself where it is defined (a decorator in its own
module), so adding one touches no other file. A registry finds the modules of
its package and, optionally, plugins under an entry-point group the first
time it is read; a name registered twice is an error, and an unknown name
gets a "did you mean" from the names that exist.
"""

from __future__ import annotations

import difflib
import functools
import importlib
import pkgutil
import sys
from collections.abc import Iterable, Iterator, Mapping
from importlib.metadata import entry_points
from typing import Any, TypeVar

__all__ = ["Registry", "UnknownNameError", "did_you_mean"]

T = TypeVar("T")


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest of ``choices``, or nothing when none is close."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


@functools.cache
def _installed_entry_points(path: tuple[str, ...]) -> Any:
    """Every installed entry point, read once per ``sys.path`` for all registries (each selects its group).

    One scan reads the metadata of every installed distribution (5-10 ms), and
    each registry that takes plugins scanned for its own group before.
    ``SelectableGroups`` before Python 3.12, ``EntryPoints`` since: both ``select``.
    """
    return entry_points()


class UnknownNameError(KeyError):
    """A name no entry of the registry has; the message names the closest and every choice."""

    def __str__(self) -> str:
        return str(self.args[0])


class Registry(Mapping[str, T]):
    """Entries by name, read in sorted order.

    ``package`` names a package whose public modules (no leading underscore)
    register entries when imported; ``entry_point_group`` names the group
    plugins register under. Both are imported on the first read, not before,
    so that importing factcheck stays cheap.
    """

    def __init__(self, what: str, *, package: str | None = None, entry_point_group: str | None = None):
        self.what = what
        self._package = package
        self._group = entry_point_group
        self._entries: dict[str, T] = {}
        self._discovered = package is None and entry_point_group is None

    def add(self, name: str, entry: T) -> None:
        """Register ``entry`` as ``name``; registering a different entry under a taken name fails."""
        if name in self._entries and self._entries[name] != entry:
            raise ValueError(f"{self.what} {name!r} is registered twice")
        self._entries[name] = entry

    def lookup(self, name: str) -> T:
        """The entry called ``name``; :class:`UnknownNameError` saying what exists otherwise."""
        self._discover()
        try:
            return self._entries[name]
        except KeyError:
            raise UnknownNameError(
                f"unknown {self.what} {name!r}{did_you_mean(name, self._entries)}; "
                f"choose from {', '.join(sorted(self._entries))}"
            ) from None

    def suggest(self, name: str) -> str:
        self._discover()
        return did_you_mean(name, self._entries)

    def copy(self, *, discover_again: bool = False) -> Registry[T]:
        """An independent registry with the same entries (for tests that install plugins).

        With ``discover_again``, the next read looks for plugins again.
        """
        other: Registry[T] = Registry(self.what, package=self._package, entry_point_group=self._group)
        if discover_again:
            _installed_entry_points.cache_clear()
        other._entries = dict(self._entries)
        other._discovered = self._discovered and not discover_again
        return other

    def __getitem__(self, name: str) -> T:
        if not self._discovered:  # a hot path (the engine reads a relation per rule and document)
            self._discover()
        return self._entries[name]

    def __iter__(self) -> Iterator[str]:
        self._discover()
        return iter(sorted(self._entries))

    def __len__(self) -> int:
        self._discover()
        return len(self._entries)

    def __contains__(self, name: object) -> bool:
        self._discover()
        return name in self._entries

    def _discover(self) -> None:
        if self._discovered:
            return
        self._discovered = True
        if self._package is not None:
            package = importlib.import_module(self._package)
            for module in pkgutil.iter_modules(package.__path__):
                if not module.name.startswith("_"):
                    importlib.import_module(f"{self._package}.{module.name}")
        if self._group is not None:
            for entry in _installed_entry_points(tuple(sys.path)).select(group=self._group):
                entry.load()
