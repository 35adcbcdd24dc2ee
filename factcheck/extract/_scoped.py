"""Names a sentence sets its figure under: "In Manipur, the party won 28 seats" is said of Manipur.

Two sentences that state a figure in the same words ("the party with 7 seats",
"the party with 28 seats") restate one figure only when they speak of the same
thing. When one of them sets its figure under a place or group ("in Manipur",
"across Punjab") that the other does not name, the earlier one may be of
another place, named in a sentence before it: the two are one figure only as
a guess, so a disagreement between them asks for review instead of failing.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.extract import _lexicon as lx

__all__ = ["ANOTHER_SCOPE", "SCOPE_WORDS", "another_scope", "names_after_scope_words"]

ANOTHER_SCOPE = (
    "; but one of the two sentences sets its figure under a name the other does not give "
    "(another place or group may be meant)"
)

#: Words after which a name is the scope a figure is said of.
SCOPE_WORDS = frozenset({"in", "at", "across", "within", "among", "throughout"})
_SKIPPED = frozenset({"the"})
#: Names of a time, not of a place or group: "in September" says when, which periods tell apart.
_TIMES = frozenset({m.lower() for m in lx.MONTHS} | {"monday", "tuesday", "wednesday", "thursday", "friday",
                                                    "saturday", "sunday"})


def names_after_scope_words(
    sequence: Sequence[str], names: frozenset[str], scope_words: frozenset[str] = SCOPE_WORDS
) -> frozenset[str]:
    """The names in ``sequence`` (a sentence's words, lower-cased) right after a scope word, "the" skipped."""
    found = set()
    for k, word in enumerate(sequence[:-1]):
        if word not in scope_words:
            continue
        nxt = k + 1 + (sequence[k + 1] in _SKIPPED and k + 2 < len(sequence))
        if sequence[nxt] in names and sequence[nxt] not in _TIMES:
            found.add(sequence[nxt])
    return frozenset(found)


def another_scope(a_sequence: Sequence[str], a_names: frozenset[str],
                  b_sequence: Sequence[str], b_names: frozenset[str]) -> bool:
    """Does either sentence set its figure under a name that the other's words before it lack?"""
    return bool(names_after_scope_words(a_sequence, a_names) - b_names
                or names_after_scope_words(b_sequence, b_names) - a_names)
