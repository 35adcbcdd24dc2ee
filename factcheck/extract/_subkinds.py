"""A count of a kind of what an earlier count counts: "sexual offences … 129,700" in "5.2 million offences".

When an earlier sentence counts a noun plainly ("5.2 million offences") and a
later one opens on a narrower kind of it as its subject ("Sexual offences
climbed … to 129,700", "Murders of women rose to 897"), the later count is
within the earlier. A noun written beside its figure with a word before it
("4 measles cases") is not read so: the word is as often the fuller name of
the same thing as a narrower kind. The same noun, narrowed by a word before it or a group after it, is
the evidence (or a word a careful reader takes as naming it: "crimes" for
"offences"); that both are of one place and time is a reading (another
year's offences are not a part of this year's), so the link is a guess: it
passes, or asks for review. Words that do not narrow ("total", "recorded")
make no part.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract import _kinds as kinds
from factcheck.extract._figures import Figure, Layout
from factcheck.extract._links import Relation
from factcheck.extract._synonyms import canonical

__all__ = ["subkinds"]

#: The subject that opens a sentence and the verb after it: "Sexual offences climbed", "The number of
#: violent crimes went up", "Murders of women rose".
_SUBJECT = re.compile(
    r"\s*(?:[-•*]\s*)?(?:the\s+number\s+of\s+)?(?P<phrase>(?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+"
    r"(?:\s+(?:of|among|against)\s+[a-z]+)?)\s+(?:went|rose|climbed|fell|dropped|increased|decreased|grew|"
    r"jumped|reached|totalled|totaled|stood|were|was|numbered|came)\b",
    re.IGNORECASE,
)
_NOT_NARROWING = frozenset({"the", "total", "all", "overall", "recorded", "reported", "number", "annual",
                            "yearly", "monthly", "new", "these", "those", "such", "other", "more", "fewer"})
_LINKED = frozenset({"part_of", "share_part", "sum_of", "change_of", "baseline", "mean_of"})


def _narrowed(text: str, layout: Layout, f: Figure) -> tuple[str, tuple[str, ...]] | None:
    """The noun the figure counts and the words that narrow it, from the subject of its sentence (for a
    figure whose own words name no noun)."""
    start, _ = layout.sentence_bounds(f.sentence, len(text))
    subject = _SUBJECT.match(text, start, f.start)
    if subject is None:
        return None
    words = subject.group("phrase").lower().split()
    if len(words) >= 3 and words[-2] in ("of", "among", "against"):
        return words[-3], tuple(words[-1:])
    return (words[-1], tuple(words[:-1])) if len(words) >= 2 else None


def subkinds(text: str, figures: Sequence[Figure], layout: Layout, relations: list[Relation]) -> None:
    """Link a count of a narrower kind of a noun to the plain count of that noun stated before it."""
    if not figures or figures[0].sentence == figures[-1].sentence:
        return  # the plain count is stated in an earlier sentence than its kind (the figures are in order)
    # a count with its own noun ("4 measles cases") is not read as a narrower kind (this reading changes no
    # figure, so they are listed once)
    nounless = [i for i, f in enumerate(figures) if f.kind is kinds.COUNT and not f.noun and f.cue is None]
    if not nounless:
        return
    linked = {r.a for r in relations if r.kind in _LINKED}
    parts = linked | {r.b for r in relations if r.kind == "share_part"}
    for i in nounless:
        f = figures[i]
        if i in linked:
            continue
        narrowed = _narrowed(text, layout, f)
        if narrowed is None or not set(narrowed[1]) - _NOT_NARROWING or set(narrowed[1]) & _NOT_NARROWING:
            continue
        noun, words = narrowed
        wholes = [j for j in range(i) if figures[j].section == f.section
                  and figures[j].kind is kinds.COUNT
                  and canonical((figures[j].noun or "").lower()) == canonical(noun)
                  and not figures[j].modifiers and figures[j].unit == f.unit and figures[j].period == f.period
                  and figures[j].cue is None and j not in parts and figures[j].sentence < f.sentence]
        if not wholes:
            continue
        whole = wholes[-1]
        named = (figures[whole].noun or noun).lower()
        how = (f"{' '.join(words)} {noun} are a kind of the {named} counted before "
               f"({text[figures[whole].start : figures[whole].end]!r}): within them if of the same place and "
               "time, which is read, not stated")
        relations.append(Relation("part_of", i, whole, how, False))
        linked.add(i)
