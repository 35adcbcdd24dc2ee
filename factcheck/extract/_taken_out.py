"""Revenue once something is taken out of it: "once commissions are taken out, revenue came to $2.53 billion".

Taking something out of revenue, sales or turnover leaves less of it, so
the figure is within the revenue stated before it in the section. Only
wording that subtracts is read ("taken out", "deducted", "net of"): an
amount "excluding" an effect may be higher (revenue at constant exchange
rates), and profit "leaving out" costs is higher too, so neither is linked.
Which earlier figure is the whole revenue is read from the noun, so the link
is a guess: it passes, or asks for review.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract import _kinds as kinds
from factcheck.extract._cues import ends_a_word, may_stand
from factcheck.extract._figures import Figure, Layout
from factcheck.extract._links import Relation

__all__ = ["taken_out"]

_GROSS = r"(?:revenues?|sales|turnover)"
#: Subtracting wording, then the measure and the figure: "Once commissions are taken out, revenue came to".
_SUBTRACTED = re.compile(
    r"(?:\b(?:once|after|when)\s+[^\d;.]{1,60}?\s+(?:are|is|have\s+been|has\s+been)\s+(?:taken\s+out|deducted|"
    r"subtracted|stripped\s+out|taken\s+off)|\bnet\s+of\s+[^\d;.]{1,60}?|\bafter\s+deducting\s+[^\d;.]{1,60}?)"
    rf"\s*,\s*(?:[A-Za-z.'’]+\s+){{0,3}}?{_GROSS}\b[^\d;.]{{0,40}}$",
    re.IGNORECASE,
)
#: A word every match of :data:`_SUBTRACTED` holds.
_SUBTRACTED_WORDS = ("taken", "deduct", "subtract", "stripped", "net")
#: The same as every match of :data:`_SUBTRACTED` ends them: whitespace after the first ("net-zero" takes
#: nothing out), no letter after the second.
_SUBTRACTED_SPACED = ("taken", "stripped", "net", "deducting")
_SUBTRACTED_ENDING = ("deducted", "subtracted")
_GROSS_BEFORE = re.compile(rf"\b{_GROSS}\b", re.IGNORECASE)


def taken_out(text: str, figures: Sequence[Figure], layout: Layout, relations: list[Relation]) -> None:
    """Link revenue with something taken out to the revenue stated before it, as a part."""
    if not (ends_a_word(text, _SUBTRACTED_SPACED, spaced=True) or ends_a_word(text, _SUBTRACTED_ENDING)):
        return  # nothing taken out
    linked = {r.a for r in relations if r.kind in ("part_of", "share_part")}
    for i, f in enumerate(figures):
        if f.kind is not kinds.AMOUNT or i in linked or f.cue is not None:
            continue
        start, _ = layout.sentence_bounds(f.sentence, len(text))
        net = _SUBTRACTED.search(text, start, f.start) if may_stand(text, _SUBTRACTED_WORDS, start, f.start) \
            else None
        if net is None:
            continue
        gross = [j for j in range(i) if figures[j].section == f.section and figures[j].sentence < f.sentence
                 and figures[j].kind is kinds.AMOUNT and figures[j].unit == f.unit
                 and figures[j].cue is None and _names_gross(text, layout, figures[j])]
        if not gross:
            continue
        whole = gross[-1]
        stated = text[figures[whole].start : figures[whole].end]
        how = (f"{' '.join(net.group(0).split())[:80]!r}: less is left once something is taken out, so "
               f"within the revenue stated before ({stated!r}), taken by its noun, not by wording")
        relations.append(Relation("part_of", i, whole, how, False))


def _names_gross(text: str, layout: Layout, f: Figure) -> bool:
    """Is ``f`` the first amount of a sentence that names revenue before it, with nothing taken out?"""
    start, _ = layout.sentence_bounds(f.sentence, len(text))
    before = text[start : f.start]
    return _GROSS_BEFORE.search(before) is not None and not re.search(r"[$£€]\s*\d", before) \
        and _SUBTRACTED.search(text, start, f.start) is None \
        and not re.search(r"\b(?:excluding|leaving\s+out|without|net|adjusted|underlying)\b", before, re.I)
