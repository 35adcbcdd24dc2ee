"""Write ``factcheck/_precompiled_templates.py``: the bundled packs' message templates, read ahead.

    python scripts/precompile_templates.py          # rewrite the module
    python scripts/precompile_templates.py --check  # exit 1 if it is not current

Loading a rule pack parses each message with Jinja2 to find the plain ones
(:mod:`factcheck._plain_template`) and compiles and checks the others; for
the bundled packs, which every ``factcheck verify`` loads, that was most of
what importing Jinja2 was for. This script loads the bundled packs with the
module emptied (so every message is parsed and checked by Jinja2 as any
other pack's is) and writes down what came out: each message's plain
program, or that it is more than plain and passed the checks for its roles.
``tests/test_precompiled_templates.py`` fails when the module is stale.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

MODULE = Path(__file__).resolve().parents[1] / "factcheck" / "_precompiled_templates.py"

HEADER = '''"""The bundled rule packs' message templates, read ahead: generated, do not edit.

Written by ``python scripts/precompile_templates.py`` from what Jinja2 makes of
each message of the bundled packs, so that loading them needs no Jinja2 (see
:func:`factcheck._plain_template.plain_template` and ``checked_ahead``).
``tests/test_precompiled_templates.py`` fails when this is not current.
"""

# ruff: noqa: E501

from typing import Any

'''


def generate() -> str:
    """The module's text for the bundled packs as this checkout reads them."""
    from factcheck import _precompiled_templates as ahead
    from factcheck._bundled import bundled_rules
    from factcheck._loading import load_rules
    from factcheck._plain_template import plain_template, program_of, roles_key

    kept = ahead.PROGRAMS, ahead.CHECKED
    ahead.PROGRAMS, ahead.CHECKED = {}, frozenset()
    plain_template.cache_clear()
    try:
        rules = load_rules([bundled_rules()])  # raises if any message is broken
    finally:
        ahead.PROGRAMS, ahead.CHECKED = kept
        plain_template.cache_clear()
    programs = {r.rule.message: program_of(r.rule.message) for r in rules}
    checked = {(r.rule.message, roles_key(r.arities)) for r in rules if programs[r.rule.message] is None}
    lines = [HEADER,
             "#: Each bundled message's plain program (:data:`factcheck._plain_template.Program` parts),\n",
             "#: or None when it is more than plain.\n",
             "PROGRAMS: dict[str, list[Any] | None] = {\n",
             *(f"    {source!r}: {program!r},\n" for source, program in sorted(programs.items())),
             "}\n\n",
             "#: (message, roles) of the bundled messages that are more than plain, and that compiled and\n",
             "#: read only what a claim has when checked as the loader checks any message.\n",
             "CHECKED: frozenset[tuple[str, tuple[tuple[str, str], ...]]] = frozenset({\n",
             *(f"    {entry!r},\n" for entry in sorted(checked)),
             "})\n"]
    return "".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the module is not current")
    args = parser.parse_args()
    text = generate()
    if args.check:
        if MODULE.read_text(encoding="utf-8") != text:
            sys.exit(f"{MODULE} is stale: run python scripts/precompile_templates.py")
        return
    MODULE.write_text(text, encoding="utf-8")
    print(f"wrote {MODULE}")


if __name__ == "__main__":
    main()
