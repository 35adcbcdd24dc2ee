"""The bounds factcheck keeps on what it reads and runs, in one place, so they can be documented.

Claims files, rules and articles are written by many hands and checked in CI,
so every input is bounded before it is parsed: a file larger than
:func:`max_input_bytes` is refused, YAML may not nest deeper than
:data:`MAX_NESTING` nor expand its aliases past :data:`MAX_ALIAS_EXPANSION`
nodes, and a stated figure may not have more than :data:`MAX_NUMBER_DIGITS`
digits. An article whose figure scan would read more than :func:`max_figures`
figures is refused before any of them is read: the work of extraction and
verification grows with the figures, not the bytes (a statistical table packs
thousands into a few kilobytes), and counting them costs a few milliseconds.
Under these bounds every input is answered in at most about two seconds.
The input size and the figures per document are the bounds a user may need to
raise (a long report, a dense release): they are read from the
``FACTCHECK_MAX_INPUT_BYTES`` and ``FACTCHECK_MAX_FIGURES`` environment
variables or the ``--max-input-bytes`` and ``--max-figures`` options.
"""

from __future__ import annotations

import os

__all__ = [
    "DEFAULT_MAX_FIGURES",
    "DEFAULT_MAX_INPUT_BYTES",
    "ENV_MAX_FIGURES",
    "ENV_MAX_INPUT_BYTES",
    "EXCERPT_CHARS",
    "MAX_ALIAS_EXPANSION",
    "MAX_NESTING",
    "MAX_NUMBER_DIGITS",
    "MAX_TEMPLATE_OUTPUT",
    "MAX_TEMPLATE_RANGE",
    "MAX_TEMPLATE_SEQUENCE",
    "max_figures",
    "max_input_bytes",
    "set_max_figures",
    "set_max_input_bytes",
]

#: 128 KiB: some 20,000 words, four times a long feature article. Measured: a claims file or an
#: article of that size is verified in about two seconds of CPU; a long report needs more.
DEFAULT_MAX_INPUT_BYTES = 128 * 1024
ENV_MAX_INPUT_BYTES = "FACTCHECK_MAX_INPUT_BYTES"

#: Figures one article may have (numbers in digits, and number words in English text). Measured
#: with ``python bench/worst_case.py`` on this two-core machine, idle: at 800 figures the costliest
#: article known (one sentence template said over and over of one counted noun) takes about
#: 1.2 s for the whole ``factcheck verify`` and the densest prose about 1.15 s (start-up, about
#: 0.4 s, included); at 1,000 the template took 1.9-2.0 s, too close to the two seconds allowed.
#: Real articles have tens to a few hundred figures; a long statistical report may need the
#: limit raised.
DEFAULT_MAX_FIGURES = 800
ENV_MAX_FIGURES = "FACTCHECK_MAX_FIGURES"

#: Mappings and lists inside one another; claims files and rule packs use fewer than ten.
MAX_NESTING = 64
#: Nodes that YAML aliases (``*name``) may add beyond those written ("billion laughs").
MAX_ALIAS_EXPANSION = 10_000
#: Digits of one stated figure (value or article number); a float holds 17.
MAX_NUMBER_DIGITS = 40
#: Characters of a text shown in a message (e.g. what the article reads where a quote is wrong).
EXCERPT_CHARS = 60

#: Characters a rule's message template may produce.
MAX_TEMPLATE_OUTPUT = 10_000
#: Items a ``range()`` in a template may have.
MAX_TEMPLATE_RANGE = 1_000
#: Characters (or items) a ``*`` in a template may build, and digits a ``**`` may give.
MAX_TEMPLATE_SEQUENCE = 10_000

_override: int | None = None
_figures_override: int | None = None


def set_max_input_bytes(limit: int | None) -> None:
    """Set the input size limit for this process (``None``: back to the environment or default)."""
    global _override
    if limit is not None and limit < 1:
        raise ValueError("the input size limit must be a positive number of bytes")
    _override = limit


def max_input_bytes() -> int:
    """The largest input file read, in bytes: the option, else the environment variable, else 128 KiB."""
    if _override is not None:
        return _override
    return _from_environment(ENV_MAX_INPUT_BYTES, DEFAULT_MAX_INPUT_BYTES)


def set_max_figures(limit: int | None) -> None:
    """Set the figures-per-document limit for this process (``None``: back to the environment or default)."""
    global _figures_override
    if limit is not None and limit < 1:
        raise ValueError("the figures limit must be a positive number")
    _figures_override = limit


def max_figures() -> int:
    """The most figures one article may have: the option, else the environment variable, else the default."""
    if _figures_override is not None:
        return _figures_override
    return _from_environment(ENV_MAX_FIGURES, DEFAULT_MAX_FIGURES)


def _from_environment(name: str, default: int) -> int:
    """A positive whole number from the environment ("1_000_000" allowed), else ``default``."""
    raw = os.environ.get(name, "").strip().replace("_", "")
    if raw.isdigit() and int(raw) > 0:
        return int(raw)
    return default

