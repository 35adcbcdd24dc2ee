"""The bounds factcheck keeps on what it reads and runs, in one place, so they can be documented.

Claims files, rules and articles are written by many hands and checked in CI,
so every input is bounded before it is parsed: a file larger than
:func:`max_input_bytes` is refused, YAML may not nest deeper than
:data:`MAX_NESTING` nor expand its aliases past :data:`MAX_ALIAS_EXPANSION`
nodes, and a stated figure may not have more than :data:`MAX_NUMBER_DIGITS`
digits. Under these bounds every input is read in well under two seconds.
The input size is the one bound a user may need to raise (a long report): it
is read from the ``FACTCHECK_MAX_INPUT_BYTES`` environment variable or the
``--max-input-bytes`` option.
"""

from __future__ import annotations

import os

__all__ = [
    "DEFAULT_MAX_INPUT_BYTES",
    "ENV_MAX_INPUT_BYTES",
    "EXCERPT_CHARS",
    "MAX_ALIAS_EXPANSION",
    "MAX_NESTING",
    "MAX_NUMBER_DIGITS",
    "MAX_TEMPLATE_OUTPUT",
    "MAX_TEMPLATE_RANGE",
    "MAX_TEMPLATE_SEQUENCE",
    "max_input_bytes",
    "set_max_input_bytes",
]

#: 128 KiB: some 20,000 words, four times a long feature article. Measured: a claims file or an
#: article of that size is verified in about two seconds of CPU; a long report needs more.
DEFAULT_MAX_INPUT_BYTES = 128 * 1024
ENV_MAX_INPUT_BYTES = "FACTCHECK_MAX_INPUT_BYTES"

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
    raw = os.environ.get(ENV_MAX_INPUT_BYTES, "").strip().replace("_", "")
    if raw.isdigit() and int(raw) > 0:
        return int(raw)
    return DEFAULT_MAX_INPUT_BYTES
