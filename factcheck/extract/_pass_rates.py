"""A pass percentage stated beside the count that passed and the count that sat the exam.

"Of the 2,000 pupils, 1,500 passed, and the pass percentage was 75"; "the pass
rate is 75 per cent with 1,500 out of 2,000 candidates qualifying". The sentence
states the part ("1,500 passed") of a whole ("of the 2,000 pupils", "out of
2,000"), and names a percentage the rate of passing: that rate is the part's
share of the whole, by wording. A bare number the words name a percentage
("the pass percentage was 75") is read as one.

One pair only: a sentence with two counts that passed (boys and girls) names no
single part. An "overall" rate beside a whole narrowed by a modifier ("of the
800 boy students") may be the rate of a larger group: that link is a guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract import _kinds as kinds
from factcheck.extract._cues import ends_a_word, led_by
from factcheck.extract._figures import Figure
from factcheck.extract._links import MEASURED, Relation, measured_key, unnamed, wording

__all__ = ["OVERALL_OF_A_GROUP", "pass_rates"]

OVERALL_OF_A_GROUP = (
    "an overall rate stated beside a whole narrowed to one group: it may be the rate of a larger group"
)

#: The words naming the rate, right before it: "the pass percentage was", "pass rate of Class 12 is".
_RATE_BEFORE = re.compile(
    r"\b(?P<overall>(?:overall|total|combined|aggregate)\s+)?(?:pass(?:ing)?|success|qualifying)\s+"
    r"(?:percentage|rate|per\s*cent|%)\b[^.;:!?]{0,30}?\b(?:was|is|were|stood\s+at|of|at|came\s+to|reached)\s+$",
    re.IGNORECASE,
)
#: Right before the words naming a rate: another sitting's ("the previous round's pass rate", "last year's").
_ANOTHER_ROUNDS = re.compile(r"\b(?:previous|last|prior|preceding|past|earlier)\s+[\w-]+(?:['’]s?)?\s+$",
                             re.IGNORECASE)
#: What every match of :data:`_RATE_BEFORE` holds.
_RATE_WORDS = ("pass", "success", "qualifying")
#: The same, as they end a word in every match (whitespace follows): "passengers" names no rate.
_RATE_WORDS_ENDING = ("pass", "passing", "success", "qualifying")
#: How far before a rate the words naming it are read.
_RATE_REACH = 80
#: The words that make a count the part that passed: "1,500 passed", "1,500 out of 2,000 qualifying".
_PASSED = re.compile(r"\b(?:passed|cleared|qualified|qualifying|succeeded|got\s+through)\b", re.IGNORECASE)
#: Before a whole whose part follows later in the sentence: "out of 2,000 candidates who sat, 1,500 passed".
_OUT_OF = re.compile(r"\b(?:out\s+of|of\s+the|of)\s+$", re.IGNORECASE)
#: Right after such a part: the verb that says it passed.
_PASSED_RIGHT_AFTER = re.compile(r"\s*(?:[a-z]+\s+)?(?:passed|cleared|qualified|succeeded)\b", re.IGNORECASE)
#: Between a rate and the same rate before: "78.88, down from 82.80", "89 against 86".
_EARLIER_LEVEL = re.compile(r"\s*,?\s*(?:(?:down|up)\s+)?(?:from|against|compared\s+(?:with|to))\s+",
                            re.IGNORECASE)
#: How far after the part (or its whole) the verb that says it passed may stand.
_VERB_REACH = 40
_SHARE_KINDS = frozenset({kinds.SHARE, kinds.PERCENTAGE})
_LINKED = frozenset({"share_of", "share_part", "share_of_unstated"})


def _bare(f: Figure) -> bool:
    """A number with no unit and no noun, small enough to be a percentage ("78.88")."""
    return f.unit is None and f.kind in MEASURED and f.noun is None \
        and re.fullmatch(r"\d{1,3}(?:\.\d+)?", f.value) is not None


def _a_rate(text: str, f: Figure) -> re.Match[str] | None:
    """The words naming ``f`` a pass rate, when it is a percentage or a bare number."""
    if not (_bare(f) or (f.kind in _SHARE_KINDS and f.unit == "percent")):
        return None
    return _RATE_BEFORE.search(text, max(0, f.start - _RATE_REACH), f.start)


def _passed(text: str, figures: Sequence[Figure], part: int, whole: int) -> bool:
    """Do the words right after the part (or after its whole, when that follows it: "1,500 out of 2,000
    candidates qualifying") say it passed, before any other figure?"""
    after = whole if whole == part + 1 else part
    end = figures[after].end + _VERB_REACH
    if after + 1 < len(figures):
        end = min(end, figures[after + 1].start)
    return _PASSED.search(text, figures[after].end, end) is not None


def _whole_then_part(text: str, figures: Sequence[Figure], w: int) -> int | None:
    """The part that passed of whole ``w``, stated after it: "out of 2,000 who sat, 1,500 passed"."""
    whole = figures[w]
    if w + 1 >= len(figures) or whole.kind not in MEASURED or not _OUT_OF.search(
            text, max(0, whole.start - 12), whole.start):
        return None
    part = figures[w + 1]
    gap = text[whole.end : part.start]
    if part.sentence != whole.sentence or part.kind is not whole.kind or part.unit != whole.unit \
            or "," not in gap or len(gap) > 80 or not _PASSED_RIGHT_AFTER.match(text, part.end):
        return None
    return w + 1


def pass_rates(text: str, figures: Sequence[Figure], relations: list[Relation]) -> None:
    """Link each pass rate to the one count that passed and its whole, stated in its sentence."""
    if not ends_a_word(text, _RATE_WORDS_ENDING, spaced=True):
        return  # every match of the words naming a pass rate holds one
    linked = {r.a for r in relations if r.kind in _LINKED}
    # a figure named a rate stays one below (only a bare number beside it becomes a percentage, and it
    # was one to ask about already), so which are is read first, and the pairs only if one is
    rated = [(i, named) for i in led_by(text, _RATE_WORDS, figures, _RATE_REACH)
             if i not in linked and (named := _a_rate(text, figures[i])) is not None]
    if not rated:
        return
    parts = {r.a for r in relations if r.kind == "part_of"}
    pairs: dict[int, list[tuple[int, int]]] = {}
    for r in relations:
        if r.kind == "part_of" and r.certain and figures[r.a].sentence == figures[r.b].sentence \
                and figures[r.b].kind in MEASURED and _passed(text, figures, r.a, r.b):
            pairs.setdefault(figures[r.a].sentence, []).append((r.a, r.b))
    for at in range(len(figures)):
        later = _whole_then_part(text, figures, at)
        if later is not None and later not in parts:
            pairs.setdefault(figures[at].sentence, []).append((later, at))
    by_sentence: dict[int, list[int]] = {}
    for j, g in enumerate(figures):
        by_sentence.setdefault(g.sentence, []).append(j)
    for i, named in rated:
        f = figures[i]
        if _ANOTHER_ROUNDS.search(text, max(0, named.start() - 30), named.start()):
            continue  # "last year's pass rate was 40.2%": of another sitting's candidates
        found = pairs.get(f.sentence, [])
        if len(found) != 1:
            continue
        part, whole = found[0]
        nxt = i + 1  # "78.88, down from 82.80": the rate before, a percentage too
        before = nxt < len(figures) and figures[nxt].sentence == f.sentence and _bare(figures[nxt]) \
            and _EARLIER_LEVEL.fullmatch(text, f.end, figures[nxt].start) is not None
        counted = [j for j in by_sentence[f.sentence]
                   if figures[j].kind in MEASURED and j != i and not (before and j == nxt)]
        if sorted(counted) != sorted((part, whole)):
            continue  # another count beside them (those who sat, the girls who passed): which is the part?
        p, w = figures[part], figures[whole]
        certain = not (named.group("overall") and w.modifiers)
        how = wording(text, min(p.start, w.start, f.start), max(p.end, w.end, f.end)) if certain \
            else OVERALL_OF_A_GROUP
        if part not in parts:
            relations.append(Relation("part_of", part, whole, how, certain))
        if before:
            figures[nxt].kind, figures[nxt].unit = kinds.SHARE, "percent"
        f.kind, f.unit = kinds.SHARE, "percent"
        f.bases["kind"] = (f"named a pass rate: {named.group(0).strip()!r}", True)
        f.measures = f"{w.measures or measured_key(w) or unnamed(w)}.share"
        relations.append(Relation("share_of", i, whole, how, certain))
        relations.append(Relation("share_part", i, part, how, certain))
