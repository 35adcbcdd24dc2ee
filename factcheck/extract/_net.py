"""A net figure beside its gross figure and what is deducted: net = gross − deductions.

"Gross revenue was £500m; after deductions of £120m, net revenue was £380m":
by definition the net figure is the gross less what is taken off it. The link
is taken as certain when each of the three is named by its word right before
it ("net revenue", "gross revenue", "deductions of"), once each, within one
sentence or two adjacent ones, in one currency; other costs (fees, charges)
are not taken for the deductions, since a net figure may deduct more.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract import _kinds as kinds
from factcheck.extract._cues import ends_a_word, led_by
from factcheck.extract._figures import Figure
from factcheck.extract._links import Relation, wording

__all__ = ["net_figures"]

#: What tax is deducted from to give a net figure (net debt is not debt less tax).
_TAXED = frozenset({"income", "profit", "profits", "earnings", "pay", "salary", "salaries", "wages"})

_ROLE_WORDS = re.compile(
    r"\b(?:(net)|(gross|pre-tax|pretax)|(deductions?|taxes|tax))\b(?:\s+([a-z]+))?\s*"
    r"(?:was|were|of|at|came\s+to|stood\s+at|:)?\s*$",
    re.IGNORECASE,
)


#: A word every match of :data:`_ROLE_WORDS` holds, and how far before the figure it is read.
_ROLE_CUES = ("net", "gross", "tax", "deduction")
_ROLE_REACH = 40
#: The word a net figure is said with, then a space and the noun it is of: a text without it states none.
_NET_WORDS = ("net",)


def _role(text: str, f: Figure) -> tuple[str, str | None] | None:
    """Which side figure ``f`` is, from the words right before it ("net revenue was", "deductions of"),
    and the noun the net or gross figure is of ("revenue")."""
    if f.kind is not kinds.AMOUNT:
        return None
    found = _ROLE_WORDS.search(text, max(0, f.start - _ROLE_REACH), f.start)
    if found is None:
        return None
    noun = (found.group(4) or "").lower() or None
    if found.group(3):
        return ("deducted", "tax" if found.group(3).lower().startswith("tax") else None)
    return ("net", noun) if found.group(1) else ("gross", noun)


def net_figures(text: str, figures: Sequence[Figure], linked: set[int]) -> list[Relation]:
    """A net figure's gross (``difference_minuend``) and what is deducted (``difference_subtrahend``)."""
    if not ends_a_word(text, _NET_WORDS, spaced=True):
        return []  # no net figure of a noun ("net revenue": "net-zero" names none)
    roles = {i: r for i in led_by(text, _ROLE_CUES, figures, _ROLE_REACH)
             if i not in linked and (r := _role(text, figures[i]))}
    out: list[Relation] = []
    for i, (role, noun) in roles.items():
        if role != "net" or noun is None:
            continue
        f = figures[i]
        near = {j: r for j, r in roles.items() if j != i and abs(figures[j].sentence - f.sentence) <= 1
                and figures[j].unit == f.unit and figures[j].section == f.section}
        gross = [j for j, r in near.items() if r == ("gross", noun)]  # net revenue and gross revenue
        deducted = [j for j, r in near.items() if r[0] == "deducted" and (r[1] is None or noun in _TAXED)]
        if len(gross) != 1 or len(deducted) != 1:
            continue
        lo = min(i, gross[0], deducted[0])
        hi = max(i, gross[0], deducted[0])
        stated = wording(text, figures[lo].start, figures[hi].end)
        how = f"by definition: a net figure is the gross less what is deducted; {stated}"
        out.append(Relation("difference_minuend", i, gross[0], how, True))
        out.append(Relation("difference_subtrahend", i, deducted[0], how, True))
    return out
