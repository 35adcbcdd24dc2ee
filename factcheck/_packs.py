"""Which rule packs a run uses: the bundled ones, plus those given, by path or by name.

``--rules`` adds packs to the bundled ones (a newsroom's rules on top of the
generic checks) rather than replacing them, so a user who adds one pack does
not silently lose the rest; ``--no-bundled`` drops them. A rule of one's own
with a bundled rule's id replaces that rule. A bundled pack can be named
instead of given as a path (``--rules generic``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from factcheck._bundled import bundled_packs, bundled_rules
from factcheck._errors import UsageError

__all__ = ["rule_sources"]


def _overlap(a: Path, b: Path) -> bool:
    a, b = a.resolve(), b.resolve()
    return a == b or a in b.parents or b in a.parents


def rule_sources(given: Sequence[Path | str], *, bundled: bool = True,
                 articles_only: bool = False) -> tuple[list[Path], list[Path]]:
    """The rule files and folders a run loads: (the bundled defaults, the ones given).

    A given name that is not a path but names a bundled pack is that pack.
    For a run of articles only, the bundled default is the ``generic`` pack
    (the others are written for particular claims files). A bundled default
    that a given path already covers (or is covered by) is not added twice.
    """
    packs = bundled_packs()
    chosen = [packs[str(p)] if not Path(p).exists() and str(p) in packs else Path(p) for p in given]
    defaults: list[Path] = []
    if bundled:
        default = packs.get("generic", bundled_rules()) if articles_only else bundled_rules()
        if not any(_overlap(default, c) for c in chosen if c.exists()):
            defaults.append(default)
    if not chosen and not defaults:
        raise UsageError("no rules to run: --no-bundled needs at least one --rules "
                         f"(a path, or a bundled pack: {', '.join(packs)})")
    return defaults, chosen
