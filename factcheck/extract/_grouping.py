"""Which mentions state one figure: grouping, cautiously, with how each mention joined.

A wrong group is a false contradiction, so mentions are grouped only within
one section, never two from one sentence, only with the same kind, measured
thing, period and unit; two *different* values only when the second restates
the first in the same words (its frame: the words right around it and whose
figure it is) — then the grouping is certain. Values that allow a common
value and share a content word are grouped as a guess ("nearly 200" and
"197"), which a check may use but cannot fail on.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

from factcheck._intervals import Interval
from factcheck._models import ClaimKind, _interval_of
from factcheck.extract import _kinds as kinds
from factcheck.extract import _lexicon as lx
from factcheck.extract._figures import Figure, Layout
from factcheck.extract._links import MEASURED as _MEASURED
from factcheck.extract._links import qualifier as _qualifier
from factcheck.extract._scoped import ANOTHER_SCOPE, another_scope
from factcheck.extract._statements import LINE_ITEM
from factcheck.extract._synonyms import canonical, has_synonyms, synonymous
from factcheck.extract._table_restated import ShareCells, restated_cell, share_cells
from factcheck.extract.languages import reads_as_english

__all__ = ["group", "groups"]


@dataclass(slots=True, init=False)
class _Group:
    key: tuple[object, ...]
    figures: list[int]
    #: How each later mention joined the group, and whether that is certain.
    joined: list[tuple[str, bool]]
    #: The key of the index of groups without a noun it is in (see :func:`_nounless_key`), if any:
    #: told of each mention that joins it.
    nounless: tuple[object, ...] | None
    #: Its first mention and the headed block it stands in: what :attr:`members` is gathered from.
    _first: Figure
    _block: int | None
    _members: _Members | None

    def __init__(self, key: tuple[object, ...], i: int, f: Figure, block: int | None,
                 nounless: tuple[object, ...] | None = None) -> None:
        """The group figure ``i`` opens: a text opens one for most of its figures, and most are never
        compared with a later figure nor joined, so what its mentions are is gathered when first asked."""
        self.key = key
        self.figures = [i]
        self.joined = []
        self.nounless = nounless
        self._first = f
        self._block = block
        self._members = None

    @property
    def members(self) -> _Members:
        """What a later figure compared with the group asks of its mentions."""
        found = self._members
        if found is None:
            found = self._members = _Members(self.figures, self._first, self._block)
        return found

    def join(self, i: int, f: Figure, block: int | None = None) -> None:
        self.members.add(f, block)
        self.figures.append(i)


@dataclass(slots=True, init=False)
class _Members:
    """What the loop in :func:`groups` asks of every mention of a group, kept as mentions join, so that a
    long section repeating one figure costs linear time, not quadratic: the answers are the same."""

    #: The group's mentions (its list, shared).
    figures: list[int]
    sentences: set[int]
    range_ids: set[object]
    values: set[str]
    stated: set[tuple[str, str]]
    readings: dict[tuple[ClaimKind, str, str], Figure]
    #: The headed blocks of lines its mentions stand in (see :func:`_blocks`).
    blocks: set[int]
    # What its mentions' words are (see :meth:`words`, :meth:`names`, :meth:`distinct_frames` and
    # :meth:`frame_keys`), read when a later figure is first compared with it by them, and how many
    # mentions each holds.
    _context: set[str] | None
    _worded: int
    _names: set[frozenset[str]] | None
    _named: int
    _frames: dict[_Frame, None] | None
    _framed: int
    _keys: set[tuple[str, tuple[str, ...]]] | None
    _keyed: int

    def __init__(self, figures: list[int], f: Figure, block: int | None) -> None:
        """The members of a group of ``figures`` whose first mention is ``f``, in ``block``."""
        self.figures = figures
        self.sentences = {f.sentence}
        self.range_ids = {f.range_id}
        self.values = {f.value}
        self.stated = {(f.value, f.qualifier)}
        self.readings = {(f.kind, f.value, f.qualifier): f}
        self.blocks = set() if block is None else {block}
        self._context = None
        self._worded = 0
        self._names = None
        self._named = 0
        self._frames = None
        self._framed = 0
        self._keys = None
        self._keyed = 0

    def add(self, f: Figure, block: int | None) -> None:
        """A mention joins (before the group's list of figures holds it)."""
        if block is not None:
            self.blocks.add(block)
        self.sentences.add(f.sentence)
        self.range_ids.add(f.range_id)
        self.values.add(f.value)
        self.stated.add((f.value, f.qualifier))
        self.readings.setdefault((f.kind, f.value, f.qualifier), f)

    def words(self, contexts: Callable[[int], frozenset[str]]) -> set[str]:
        """The content words beside its mentions (see ``contexts``), read when first asked."""
        found = self._context
        if found is None:
            found = self._context = set()
        for j in self.figures[self._worded :]:
            found.update(contexts(j))
        self._worded = len(self.figures)
        return found

    def names(self, frames: _Frames) -> set[frozenset[str]]:
        """The distinct non-empty :attr:`_Frame.names` of its mentions."""
        found = self._names
        if found is None:
            found = self._names = set()
        for j in self.figures[self._named :]:
            if names := frames[j].names:
                found.add(names)
        self._named = len(self.figures)
        return found

    def distinct_frames(self, frames: _Frames) -> list[_Frame]:
        """Its mentions' frames, each once, in the order first met: alike frames restate alike."""
        found = self._frames
        if found is None:
            found = self._frames = {}
        for j in self.figures[self._framed :]:
            found.setdefault(frames[j], None)
        self._framed = len(self.figures)
        return list(found)

    def frame_keys(self, frames: _Frames) -> set[tuple[str, tuple[str, ...]]]:
        """The :func:`_frame_keys` of its mentions: a figure sharing none restates none of them."""
        found = self._keys
        if found is None:
            found = self._keys = set()
        for j in self.figures[self._keyed :]:
            found.update(frames.keys(j))
        self._keyed = len(self.figures)
        return found


def _group_key(f: Figure) -> tuple[object, ...]:
    if f.cue == LINE_ITEM:  # a statement's line item: the same line in another statement restates it
        return (f.kind, f.measures, f.unit, f.period, LINE_ITEM, f.direction)
    measured = (
        (f.kind in _MEASURED and f.noun is not None and f.cue != "baseline")
        or (f.kind is kinds.CHANGE and f.measures is not None)
        or (f.kind is kinds.SHARE and f.measures is not None)
        or f.cue == "part"
    )
    base = (f.kind, f.measures, f.unit, f.period, f.section, f.direction)
    return base if measured else (*base, f.value, f.qualifier)


_TOKEN: Final = re.compile(r"\d[\d.,]*|[A-Za-z][A-Za-z'’-]*")


#: A restatement repeats at least this many words right around the figure.
_FRAME_WORDS: Final = 3
#: The words either side of a figure that make its frame.
_FRAME_SPAN: Final = 6


_RANGE_READING: Final = "read as the two ends of a range; a score or a record reads the same"


#: Marks that end a clause: a word before one does not modify the words after it.
_CLAUSE_MARKS: Final = (",", ";", ":", "(", "—", "–")


#: Words that point to a subject named elsewhere: with them, whose figure it is stays open.
_ANAPHORA: Final = frozenset({
    "they", "it", "there", "this", "these", "those", "its", "their", "them", "such"})


#: Nouns after "the [month] YYYY" that make the year the name of one period of several.
_PERIOD_NOUNS: Final = frozenset({"year", "financial", "fiscal", "season", "quarter", "period", "tax",
                                  "academic", "school", "calendar", "crop", "marketing", "water"})


@dataclass(frozen=True, slots=True)
class _Frame:
    """The words right around a figure (nearest first on the left) and the names before it."""

    left: tuple[str, ...]
    right: tuple[str, ...]
    names: frozenset[str]
    #: The words of the sentence before the figure (other figures left out): whose figure it is.
    before: frozenset[str]
    #: Every word before the figure, in order.
    sequence: tuple[str, ...] = ()
    #: The words before the figure within its clause (after the last comma, colon, …), in order.
    clause: tuple[str, ...] = ()
    #: The other figures among the words of its frame, as stated.
    others: frozenset[str] = frozenset()
    #: Words right before the figure that name which of several figures it is ("a further", "net").
    naming: frozenset[str] = frozenset()
    #: A year that names a thing ("the 2008 Summer Olympics"): another year names another thing.
    edition: bool = False


#: A sentence run into the next without a space ("last year."Fast & Furious 6"", "ceremonies.The"):
#: the words before it belong to another statement.
_RUN_TOGETHER: Final = re.compile(r"[a-z]{2}[.!?][\"”’]?(?=[\"“]?[A-Z][a-z])")
#: The end of every match of :data:`_RUN_TOGETHER`, from its mark on: where one may start, two letters back.
_RUN_MARK: Final = re.compile(r"[.!?][\"”’]?(?=[\"“]?[A-Z][a-z])")
#: The characters :data:`_RUN_MARK` reads after where the sentence it finds starts.
_RUN_MARK_REACH: Final = 3

#: Words that judge a figure's size ("a franchise-best $117 million", "a whopping 40%"): they say
#: nothing of whose figure it is, and a restatement that contradicts the figure changes them too.
_JUDGED: Final = re.compile(
    r"(?:[a-z]+-)?(?:best|worst|high|low|record|highest|lowest|biggest|largest|smallest)"
    r"|record|whopping|impressive|staggering|massive|huge|hefty|modest|mere|paltry|healthy|solid"
    r"|robust|respectable|remarkable|disappointing|strong|weak|fairly|all-time|sensible|tidy"
)


#: Words right before a figure that say which of several figures it is: "a further $5 million"
#: and "a total $9 million" are two figures, whatever the words around them.
_NAMING: Final = frozenset({
    "further", "additional", "another", "extra", "total", "net", "gross", "combined", "cumulative",
    "remaining", "new", "more", "other", "initial", "final", "underlying", "adjusted", "reported",
    "average", "median", "annual", "monthly", "weekly", "daily", "quarterly", "overall",
})


def _judging(tokens: list[str]) -> set[str]:
    """The words between "a"/"an" and the figure right after them, when each only judges its size."""
    for back in range(1, 4):
        if len(tokens) > back and tokens[-back - 1].lower() in ("a", "an"):
            words = [t.lower() for t in tokens[-back:]]
            return set(words) if all(_JUDGED.fullmatch(w) for w in words) else set()
    return set()


def _own_sentence_start(run_together: Sequence[int], start: int, pos: int) -> int:
    """Where the figure's own sentence starts, when the text runs two together without a space.

    ``run_together`` holds where each such sentence starts in the text, in order.
    """
    k = bisect.bisect_right(run_together, pos) - 1
    return run_together[k] if k >= 0 and run_together[k] > start else start


def _words(tokens: list[str]) -> tuple[str, ...]:
    # another figure stays in the frame as written: two frames share it only when both state
    # it alike ("open 'Furious 7' on …"), so a differing figure still ends what they share
    return tuple(map(str.lower, tokens[:_FRAME_SPAN]))


def _left(before: list[str]) -> tuple[str, ...]:
    """:func:`_words` of the words before a figure, nearest first (the last few reversed, not all)."""
    return _words(before[: -_FRAME_SPAN - 1 : -1])


def _beside(text: str, layout: Layout, f: Figure, run_together: Sequence[int]) -> tuple[int, int, list[str]]:
    """Where the figure's sentence (its own, if two run together) starts and ends; its words before it."""
    start, end = layout.sentence_bounds(f.sentence, len(text))
    start = _own_sentence_start(run_together, start, f.start)
    return start, end, _TOKEN.findall(text[start : f.start])


def _after(text: str, pos: int, end: int) -> list[str]:
    """The words of a frame after a figure that ends at ``pos``, in a sentence that ends at ``end``."""
    # only the first words after it make a frame: the rest of the sentence is not read
    reach = pos + _FRAME_REACH
    if reach < end:
        words = _TOKEN.findall(text, pos, reach)
        if len(words) > _FRAME_SPAN:  # only the last may be cut short by the reach
            return words[:_FRAME_SPAN]
        return [m.group() for m in itertools.islice(_TOKEN.finditer(text, pos, end), _FRAME_SPAN)]
    return _TOKEN.findall(text, pos, end)[:_FRAME_SPAN]


def _last_words(text: str, start: int, end: int) -> list[str]:
    """The words of ``text[start:end]``, or its last ones only, more than a frame's (see :func:`_left`)."""
    reach = end - _FRAME_REACH
    if reach > start:
        words = _TOKEN.findall(text, reach, end)
        if len(words) > _FRAME_SPAN:
            return words[1:]  # only the first may be cut short by the reach
    return _TOKEN.findall(text, start, end)


#: The only characters whose lowercase is not one character that belongs to a word (:data:`_TOKEN`)
#: exactly when they do: "İ" (an "i" and a dot above) and the Kelvin sign (a "k").
_LOWERED_OTHERWISE: Final = ("\u0130", "\u212a")


#: How far from a figure the words of its frame are read first: only when that holds too few, further.
_FRAME_REACH: Final = 100


def _words_leading(text: str, f: Figure) -> list[str]:
    """The words a figure's own span holds right before its number or an "of" before it: "total" in "a
    total of 1,250 pupils", "further" in "a further 300", never the hedge in "more than 300"."""
    tokens = _TOKEN.findall(text, f.start, f.end)
    leading = []
    for word, after in itertools.pairwise(tokens):
        if word[0].isdigit():
            break
        if after[0].isdigit() or after.lower() == "of":
            leading.append(word)
    return leading


def _frame(text: str, layout: Layout, f: Figure, masked: str, nouns: frozenset[str],
           others: frozenset[str] = frozenset(), run_together: Sequence[int] = ()) -> _Frame:
    start, end, before = _beside(text, layout, f, run_together)
    names = frozenset(  # a capital at the start of a sentence marks no name
        t.lower()
        for n, t in enumerate(before)
        if t[0].isupper() and t.lower() not in lx.STOPWORDS and t.lower() not in lx.MONTHS
        and (n > 0 or (len(before) > 1 and before[1][0].isupper()))
    )
    after = _after(text, f.end, end)
    sequence = tuple(t.lower() for t in _TOKEN.findall(masked[start : f.start]) if not t[0].isdigit())
    clause_start = max(start, *(text.rfind(mark, start, f.start) + 1 for mark in _CLAUSE_MARKS))
    clause = tuple(t.lower() for t in _TOKEN.findall(masked[clause_start : f.start]) if not t[0].isdigit())
    judging = _judging(before)
    owner = frozenset(
        w for w in sequence
        if w in _ANAPHORA or (w not in lx.STOPWORDS and w not in nouns and w not in judging)
    )
    naming = frozenset(w.lower() for w in [*before[-3:], *_words_leading(text, f)]) & _NAMING
    edition = f.kind is kinds.YEAR and ((bool(after) and (
        (  # "the 2008 Summer Olympics", not "a 1917 American film"
            bool(before) and before[-1].lower() == "the"
            and after[0][0].isupper() and after[0].lower() not in lx.MONTHS
        )
        or (  # "the June 2023 year", "the 2022 financial year": a year naming a period, one of several
            after[0].lower() in _PERIOD_NOUNS and bool(before)
            and (before[-1].lower() == "the"
                 or (before[-1] in lx.MONTHS and [w.lower() for w in before[-2:-1]] == ["the"]))
        )
    )) or _names_one_of_a_series(before))
    return _Frame(_left(before), _words(after), names, owner, sequence, clause=clause, others=others,
                  naming=naming, edition=edition)


def _names_one_of_a_series(before: list[str]) -> bool:
    """Do the words before a year make it the name of one of a series: "the census of 1991", "the floods of
    1998" (another year, another census)?"""
    if len(before) < 3 or before[-1].lower() != "of" or before[-3].lower() != "the":
        return False
    noun = before[-2]
    return noun.isalpha() and noun.lower() not in lx.STOPWORDS and noun not in lx.MONTHS


class _Frames:
    """Each figure's frame, read when a comparison first needs it (most figures never do)."""

    def __init__(self, text: str, layout: Layout, figures: Sequence[Figure],
                 members: dict[int, list[int]]) -> None:
        self._args = (text, layout, figures, members)
        self.text = text
        self._done: dict[int, _Frame] = {}
        self._keys: dict[int, frozenset[tuple[str, tuple[str, ...]]]] = {}
        self._run_together: dict[int, list[int]] = {}
        self._sentences: dict[int, tuple[int, int, str, list[int]]] = {}
        self._layout = layout
        self._figures = figures
        self._words: tuple[str, dict[int, frozenset[str]]] | None = None

    def _masked_and_nouns(self) -> tuple[str, dict[int, frozenset[str]]]:
        """The text with every figure blanked out, and each sentence's nouns: read for the first frame."""
        if self._words is None:
            text, _, figures, _ = self._args
            chars = list(text)
            for f in figures:
                chars[f.start : f.end] = " " * (f.end - f.start)
            nouns: dict[int, frozenset[str]] = {}
            for f in figures:
                nouns[f.sentence] = nouns.get(f.sentence, frozenset()) | {
                    f.noun.lower() for f in [f] if f.noun}
            self._words = "".join(chars), nouns
        return self._words

    def keys(self, i: int) -> frozenset[tuple[str, tuple[str, ...]]]:
        """The :func:`_frame_keys` of figure ``i``'s frame, read from the words beside it alone: most
        figures are only looked up by their keys, and never compared word by word."""
        found = self._keys.get(i)
        if found is None:
            frame = self._done.get(i)
            if frame is not None:
                found = _frame_keys(frame)
            else:
                f = self._figures[i]
                first, end, lowered, run_together = self._sentence(f.sentence)
                start = _own_sentence_start(run_together, first, f.start) if run_together else first
                if lowered:  # its words come lowercase: the frame's, without lowering each
                    before = _last_words(lowered, start - first, f.start - first)
                    found = _side_keys(tuple(before[: -_FRAME_SPAN - 1 : -1]),
                                       tuple(_after(lowered, f.end - first, end - first)))
                else:
                    text = self.text
                    found = _side_keys(_left(_last_words(text, start, f.start)),
                                       _words(_after(text, f.end, end)))
            self._keys[i] = found
        return found

    def _sentence(self, sentence: int) -> tuple[int, int, str, list[int]]:
        """Where ``sentence`` starts and ends, the sentence in lowercase if its words are its words lowered at
        the same places ("" if a character of :data:`_LOWERED_OTHERWISE` is in it), and where each sentence
        run into it starts (see :meth:`_sentences_run_together`): read once, for its first figure keyed."""
        found = self._sentences.get(sentence)
        if found is None:
            text = self.text
            first, end = self._layout.sentence_bounds(sentence, len(text))
            said = text[first:end]
            lowered = "" if _LOWERED_OTHERWISE[0] in said or _LOWERED_OTHERWISE[1] in said else said.lower()
            found = self._sentences[sentence] = (
                first, end, lowered, self._sentences_run_together(sentence, first, end))
        return found

    def _sentences_run_together(self, sentence: int, start: int, end: int) -> list[int]:
        """Where each sentence run into the one before starts (see :func:`_own_sentence_start`), within
        ``sentence`` (from ``start`` to ``end``): read from its marks alone, when a figure of it is first
        framed (in most texts no figure is, and the others are a few of many sentences)."""
        found = self._run_together.get(sentence)
        if found is None:  # each starts two letters before a mark ending a sentence, right after it: few
            text = self.text  # the mark may be the character before the sentence; its next words are read
            lo, hi = max(start - 1, 0), end + _RUN_MARK_REACH
            found = self._run_together[sentence] = [] if _RUN_MARK.search(text, lo, hi) is None else [
                m.end() for mark in _RUN_MARK.finditer(text, lo, hi)
                if mark.start() >= 2 and (m := _RUN_TOGETHER.match(text, mark.start() - 2))]
        return found

    def __getitem__(self, i: int) -> _Frame:
        if i not in self._done:
            text, layout, figures, members = self._args
            masked, nouns = self._masked_and_nouns()
            f = figures[i]
            others: frozenset[str] = frozenset()
            if len(members[f.sentence]) > 1:  # alone in its sentence, no other figure stands near it
                lo, hi = _window(text, layout, f)
                # not the figure said again in its unit; the same digits in another ("0.1 Mt (0.1%)") count
                others = frozenset(figures[j].value for j in members[f.sentence]
                                   if j != i and lo < figures[j].end and figures[j].start < hi
                                   and (figures[j].value, figures[j].unit) != (f.value, f.unit))
            start, end = layout.sentence_bounds(f.sentence, len(text))
            self._done[i] = _frame(text, layout, f, masked, nouns[f.sentence], others,
                                   self._sentences_run_together(f.sentence, start, end))
        return self._done[i]


def _window(text: str, layout: Layout, f: Figure) -> tuple[int, int]:
    """Where the words of a figure's frame stand: the other figures there make a statement parallel."""
    start, end = layout.sentence_bounds(f.sentence, len(text))
    before = [m.start() for m in _TOKEN.finditer(text, start, f.start)]
    n = _FRAME_SPAN
    after = [m.end() for m in itertools.islice(_TOKEN.finditer(text, f.end, end), n)]  # only the n-th is read
    return (before[-n] if len(before) >= n else start), (after[n - 1] if len(after) >= n else end)


def _shared_frame(
    a_left: tuple[str, ...], b_left: tuple[str, ...], a_right: tuple[str, ...], b_right: tuple[str, ...]
) -> list[str] | None:
    """The words both frames have right beside the figure, if enough of them (one not a little word)."""
    left = 0
    while left < min(len(a_left), len(b_left)) and a_left[left] == b_left[left]:
        left += 1
    right = 0
    while right < min(len(a_right), len(b_right)) and a_right[right] == b_right[right]:
        right += 1
    shared = [*a_left[:left][::-1], "…", *a_right[:right]]
    if left + right < _FRAME_WORDS or not [w for w in shared if w != "…" and w not in lx.STOPWORDS]:
        return None
    return shared


def _restated(a: _Frame, b: _Frame) -> str | None:
    """The words two figures share around them, when they are enough to call one a restatement."""
    # the cheap reasons first (each rules a restatement out, whatever the words shared)
    if _subjects_differ(a, b) or a.naming != b.naming or a.edition or b.edition:
        return None
    if a.others and b.others and not (a.others <= b.others or b.others <= a.others):
        return None  # parallel statements ("rose 0.9 to 1655.6" / "rose 3.7 to 1660.9"; table rows), not one
    shared = _shared_frame(a.left, b.left, a.right, b.right)
    if shared is None and (a.left[:1] in _JOINED) == (b.left[:1] in _JOINED):
        # "born on 15 May" / "( born 27 April": the same words, other little words; but in "9,100 sat the
        # test and 4,020 passed", the words before "and" say what the figure before it is
        shared = _shared_frame(*(tuple(w for w in words if w not in lx.STOPWORDS)
                                 for words in (a.left, b.left, a.right, b.right)))
    if shared is None:
        return None
    scope = len(_common_prefix(a.right, b.right))
    if 0 < scope < min(len(a.right), len(b.right)) and a.right[scope - 1] in _SCOPES:
        return None  # "the second-largest city in France" / "the third-largest city in Europe"
    if scope < min(len(a.right), len(b.right)) and a.right[scope] != b.right[scope] \
            and (a.right[scope] in _COMPARED or b.right[scope] in _COMPARED):
        return None  # "stocks were 212 Bcf less than a year ago" / "… 48 Bcf below the average": two gaps
    if a.left[:1] != b.left[:1] and {*a.left[:1], *b.left[:1]} <= _ENDS_OF_A_MOVE:
        return None  # "slipped from 68.7 per cent" / "slipped to 66.6 per cent": the two ends of a change
    counted = _ANAPHORA | set(a.right) | set(b.right)
    said_before = _common_prefix(a.left, b.left)
    if len(said_before) >= _FRAME_WORDS:  # a clause alike before it: "the 2010 Shield was the 57th Shield"
        counted -= set(said_before)
    if not (a.before - counted) or not (b.before - counted):
        return None  # whose figure it is is not said in the sentence (a list item, a table cell)
    if a.before != b.before and (
        not (a.before <= b.before or b.before <= a.before)
        or (a.before | b.before) & _ANAPHORA
        or _modified(a if len(a.before) > len(b.before) else b, a.before & b.before)
    ):
        return None  # the same phrase said of something else ("job growth" / "growth there")
    return " ".join(shared).strip(" …")


#: Words right after a figure that make it a gap from what follows ("212 Bcf less than a year ago"):
#: two gaps from two other things are two figures.
_COMPARED: Final = frozenset({"less", "more", "fewer", "below", "above", "under", "over", "higher", "lower",
                              "greater", "bigger", "smaller", "than", "behind", "ahead"})

#: A figure's nearest word before it joining it to a statement before ("… above 90 percent and 2,300 …").
_JOINED: Final = frozenset({("and",), ("or",)})

#: Words after which another word names another scope: "in France" is not "in Europe", "till
#: Saturday" is not "till June 18", "came from Peru" is not "came from Chile".
_SCOPES: Final = frozenset({"in", "of", "at", "for", "among", "across", "within", "on", "from", "to",
                            "till", "until", "since", "through", "during", "by"})

#: Words that say whose figure it is by pointing to another sentence ("September's figure was revised
#: up from …", "its profit rose to …"): the same words there may be said of two things.
_REFERRING: Final = frozenset({"figure", "figures", "it", "its", "they", "their", "them"})
_REFERRED: Final = ", but whose figure it is is said in another sentence ('{}')"


#: A line in capitals ("SEASONALLY ADJUSTED ESTIMATES (MONTHLY CHANGE)"): a heading over what follows.
_CAPITALS_HEADING: Final = re.compile(
    r"^[ \t]*(?=[^\n]*[A-Z]{2})[A-Z][A-Z '’&(),/-]{3,80}[ \t]*$", re.MULTILINE)
_ANOTHER_HEADING: Final = ", but under another heading, which may be of another series or period"
#: Why the same words with another value may be another's figure: "The North Dam, which was 40 percent
#: full on Monday", then "the South Dam …", then "The dam was 75 percent full on Monday".
_ANOTHER_NAMED: Final = (", but with another value, and '{}' is named between them: the {} meant may be "
                          "that one")
#: A name of two or more capitalised words ("South Dam", "Red River Bridge").
_MULTIWORD_NAME: Final = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b")


def _another_named_between(text: str, a: _Frame, b: _Frame, end: int, start: int) -> str:
    """Why two mentions in the same words but of different values may be two figures ("" if nothing says so).

    One names whose figure it is ("the North Dam, which was …") and the other only says what it is ("the
    dam was …"); when another thing of that kind is named between them ("the South Dam"), the second may
    be of that one. ``end`` is where the earlier mention ends, ``start`` where the later starts.
    """
    if bool(a.names) == bool(b.names):
        return ""
    named, unnamed = (a, b) if a.names else (b, a)
    for m in _MULTIWORD_NAME.finditer(text, end, start):
        words = m.group().lower().split()
        if words[-1] in unnamed.before and not set(words) <= named.names:
            return _ANOTHER_NAMED.format(m.group(), words[-1])
    return ""


def _values_apart(text: str, a: _Frame, b: _Frame, end: int, start: int) -> str:
    """Why two mentions said in the same words, of different values, may be two figures ("" when nothing
    says so): the first reason found. ``end`` is where the earlier mention ends, ``start`` where the later
    starts."""
    return (_another_named_between(text, a, b, end, start) or _each_an_addition(a, b)
            or _said_of_each(a, b) or _a_group_by_rank(a, b) or _a_threshold(a, b) or _a_part_of_a_year(a, b)
            or _a_date_ending_a_period(a, b) or _named_by_ordinals(a, b) or _narrowed_after(a, b)
            or _for_each_one(a, b) or _other_parts(a, b) or _only_one_a_total(a, b)
            or _named_after_each(text, end, start) or _referred_to_before(text, end, start)
            or _at_other_times(text, end, start)
            or _subject_said_before(text, a, b, end, start)
            or _under_another_heading(text, end, start) or _under_other_run_in_heads(text, end, start)
            or _time_said_of_one(text, end, start) or _the_whole_and_a_part(text, end, start)
            or _another_period_between(text, end, start) or _of_other_groups(text, end, start)
            or _other_labels(text, end, start) or _fields_of_two_records(text, end, start)
            or _opens_on_a_span(text, end, start)
            or _opens_on_some_of_them(text, end, start) or _in_another_table(text, end, start))


#: How far back in a sentence :func:`_sentence_start` reads.
_GROUP_REACH: Final = 300
_WORD: Final = re.compile(r"[a-z]+")
#: Words that say which of two sides a figure is of: a sentence with one, and another with the other,
#: speak of two groups ("of the female candidates …", "of the male candidates …"; "votes for …",
#: "votes against …"). Each word's side, keyed by what the sides divide.
_GROUPS: Final = {
    **dict.fromkeys(("male", "males", "men", "man", "boys", "boy", "husbands", "fathers"), ("sex", "male")),
    **dict.fromkeys(("female", "females", "women", "woman", "girls", "girl", "wives", "mothers"),
                    ("sex", "female")),
    "rural": ("area", "rural"), "urban": ("area", "urban"),
    **dict.fromkeys(("for", "favour", "favor", "yes"), ("vote", "for")), "against": ("vote", "against"),
}
_OTHER_GROUPS: Final = ", but one is said of {} and the other of {}: two groups"


def _of_other_groups(text: str, end: int, start: int) -> str:
    """Why two mentions said alike, of different values, may be two figures ("" if nothing says so): each
    sentence names one side of a divide before its mention (in the figures' own words too: "of the 4,120
    female candidates"), and not the other's side. ``end`` is where the earlier mention ends, ``start``
    where the later starts."""
    said_a, said_b = _groups_said(text, end), _groups_said(text, start)
    for divide in said_a.keys() & said_b.keys():
        if said_a[divide].isdisjoint(said_b[divide]):
            return _OTHER_GROUPS.format("/".join(sorted(said_a[divide])), "/".join(sorted(said_b[divide])))
    return ""


def _groups_said(text: str, pos: int) -> dict[str, set[str]]:
    lead = text[_sentence_start(text, pos) : pos].lower()
    said: dict[str, set[str]] = {}
    for w in _WORD.findall(lead):
        if w in _GROUPS:
            divide, side = _GROUPS[w]
            said.setdefault(divide, set()).add(side)
    return said


_SPAN_OF_YEARS: Final = re.compile(r"\s*(?:between|from)\s+(?:19|20)\d\d\s+(?:and|to)\s+(?:19|20)\d\d\b",
                                   re.IGNORECASE)
_OPENS_ON_A_SPAN: Final = (", but the later one's sentence opens on a span of years ({!r}) the earlier one's "
                           "does not")


def _opens_on_a_span(text: str, end: int, start: int) -> str:
    """Why two mentions said alike, of different values, may be two figures ("" if nothing says so): the
    later one's sentence opens on a span of years ("Between 2001 and 2021 the ice sheet shed …"), the
    earlier one's on none: a total over the span, and a figure of one time within it."""
    opening = _SPAN_OF_YEARS.match(text, _sentence_start(text, start))
    if opening is None or _SPAN_OF_YEARS.match(text, _sentence_start(text, end)):
        return ""
    return _OPENS_ON_A_SPAN.format(" ".join(opening.group().split()))


#: A sentence opening on a number of places or groups it speaks of: "In five states, …", "Across 12
#: districts …", "In most regions, …": what it states holds in those, not in the whole.
_SOME_OF_THEM: Final = re.compile(
    r"\s*(?:in|across|among|at)\s+(?:\d{1,3}(?:,\d{3})*(?![\d,])"  # a count, never a year ("In 2024, …")
    r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|a\s+(?:few|dozen|handful\s+of)|several|some|many|most|half\s+of\s+the|all\s+but\s+\w+)"
    r"\s+(?:of\s+the\s+)?[a-z]+s\b",
    re.IGNORECASE,
)
_OPENS_ON_SOME: Final = (", but one of the two sentences opens on some places or groups only ({!r}) and the "
                         "other does not")


def _opens_on_some_of_them(text: str, end: int, start: int) -> str:
    """Why two mentions said alike, of different values, may be two figures ("" if nothing says so): one's
    sentence opens on a number of places or groups ("In six provinces, turnout topped 70 per cent"), the
    other's on none: a figure of those, and one of the whole."""
    earlier = _SOME_OF_THEM.match(text, _sentence_start(text, end))
    later = _SOME_OF_THEM.match(text, _sentence_start(text, start))
    opening = later if earlier is None else earlier if later is None else None
    return _OPENS_ON_SOME.format(" ".join(opening.group().split())) if opening is not None else ""


_ANOTHER_TABLE: Final = (", but each stands in a table or at its foot, and text stands between the two "
                          "tables ({!r}): two tables")


def _in_another_table(text: str, end: int, start: int) -> str:
    """Why two mentions said alike, of different values, may be two figures ("" if nothing says so): each
    stands in a table's row ("Oct 2016 | N/A | 6") or on the line under its rows ("Total: 46"), and a line
    of text (a caption, a heading) stands between them, before the later table's rows: two tables, alike
    in their labels, of two measures. ``end`` is where the earlier mention ends, ``start`` where the later
    starts."""
    first_end = text.find("\n", end)
    later_start = text.rfind("\n", 0, start) + 1
    if first_end < 0 or first_end >= later_start or not (_of_a_table(text, text.rfind("\n", 0, end) + 1)
                                                          and _of_a_table(text, later_start)):
        return ""
    caption = ""
    for line in text[first_end + 1 : later_start].splitlines():
        if "|" in line and caption:
            return _ANOTHER_TABLE.format(caption)
        if "|" not in line and _WORD.search(line.lower()):
            caption = line.strip()
    return ""


def _of_a_table(text: str, line_start: int) -> bool:
    """Is the line at ``line_start`` a table's row, or the line right under one?"""
    line_end = text.find("\n", line_start)
    if "|" in text[line_start : line_end if line_end >= 0 else len(text)]:
        return True
    above = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    return line_start > 0 and "|" in text[above : line_start - 1]


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence (or clause after a semicolon, or line) holding ``pos`` starts, read back at most
    :data:`_GROUP_REACH` characters."""
    lead_start = max(0, pos - _GROUP_REACH)
    lead = text[lead_start:pos]
    return lead_start + max(lead.rfind(". "), lead.rfind("\n"), lead.rfind("; ")) + 1


_OTHER_LABELS: Final = ", but each stands on a line of its own label ({!r} / {!r}): two items"
#: What may follow a label's colon on its line besides the figure: "Adult males: 161".
_JUST_A_FIGURE: Final = re.compile(r"[\s\d.,%$€£+()-]*")
#: A line that is a label and a figure with no colon between ("Permit income 55,800"): a row of a table
#: set as lines. The label is words only, no sentence: a line of prose ends on a mark, not on its figure.
_LABEL_THEN_FIGURE: Final = re.compile(r"(?P<label>[^\W\d][^\d\n.!?:;]*?)\s+(?:[\d$€£+(-][\d.,%$€£+()-]*)?")
#: What ends a line from a mention on: the rest of its figure and spaces, then a line break or the text's end.
_FIGURE_ENDS_LINE: Final = re.compile(r"[ \t\d.,%$€£+()-]*(?:\n|$)")


def _other_labels(text: str, end: int, start: int) -> str:
    """Why two mentions said alike, of different values, may be two figures ("" if nothing says so): each
    closes a line "label: figure" or "label figure", and the labels differ ("Adult males: 161", "Young
    males: 45"; "Permit income 55,800", "Total income 750,000"). ``end`` is where the earlier mention
    ends, ``start`` where the later starts."""
    a, b = _label(text, end), _label(text, start)
    return _OTHER_LABELS.format(a, b) if a and b and a != b else ""


def _label(text: str, pos: int) -> str:
    """The label of the line that the mention at ``pos`` (its start or its end) closes; "" if the line goes
    on after the mention or holds no label."""
    if _FIGURE_ENDS_LINE.match(text, pos) is None:
        return ""
    line = text[text.rfind("\n", 0, pos) + 1 : pos].lstrip(_BULLETS)  # "- Total jobs – 3,655"
    colon = line.rfind(":")
    if colon >= 0 and _JUST_A_FIGURE.fullmatch(line, colon + 1):
        return " ".join(line[:colon].lower().split())
    bare = _LABEL_THEN_FIGURE.fullmatch(line)
    return " ".join(bare.group("label").rstrip(_DASHES).lower().split()) if bare is not None else ""


_ONLY_ONE_A_TOTAL: Final = ", but only one is said to be '{}': a total and a part of it"
#: Words before a figure that make it the total of several ("the total deficit", "overall turnout").
_TOTALLING: Final = frozenset({"total", "overall", "combined", "cumulative", "aggregate"})


def _only_one_a_total(a: _Frame, b: _Frame) -> str:
    """Why two mentions said alike, of different values, may be two figures ("" if nothing says so): "this
    year's deficit stands near 40 billion" and "the total deficit of 180 billion" are a part and a
    total. Only a word naming the total ("the total deficit"), not "in total", which says no more than
    "altogether"."""
    total = _said_of_one([_total_named(f.sequence) for f in (a, b)])
    return _ONLY_ONE_A_TOTAL.format(total) if total else ""


def _said_of_one(said: Sequence[str]) -> str:
    """What is said of only one of two mentions ("" when both or neither say something)."""
    return "" if bool(said[0]) == bool(said[1]) else said[0] or said[1]


def _total_named(sequence: tuple[str, ...]) -> str:
    """The totalling word a determiner puts before a noun in ``sequence`` ("the total budget"), or ""."""
    for k in range(1, len(sequence) - 1):
        if sequence[k] in _TOTALLING and sequence[k - 1] in _DETERMINERS:
            return sequence[k]
    return ""


_FIELDS_OF_TWO_RECORDS: Final = ", but each opens a line '{}:' in a block of its own: a field of two records"
#: A line's label up to its colon, then the mention: "Cost to income: " before "48 percent".
_FIELD_LABEL: Final = re.compile(r"(?P<label>[^\W\d][^\n:!?]{0,40}):\s*")
#: The mention after the label, up to where it ends: a figure of a few words at most.
_FIELD_VALUE: Final = re.compile(r"[^\n:]{0,30}")


def _fields_of_two_records(text: str, end: int, start: int) -> str:
    """Why two mentions said alike, of different values, may be two figures ("" if nothing says so): each
    follows the same label opening its line, in blocks of lines set apart ("Tickets: $80" … "Cost to
    income: 48 percent." under one event's name, and the same lines under another's)."""
    if "\n\n" not in text[end:start]:
        return ""
    later_line = text.rfind("\n", 0, start) + 1
    later = _FIELD_LABEL.fullmatch(text, later_line, start)
    if later is None:
        return ""
    earlier_line = text.rfind("\n", 0, end) + 1
    earlier = _FIELD_LABEL.match(text, earlier_line, end)
    if earlier is None or not _FIELD_VALUE.fullmatch(text, earlier.end(), end):
        return ""
    label = later.group("label")
    return _FIELDS_OF_TWO_RECORDS.format(label) if earlier.group("label").lower() == label.lower() else ""


#: Dashes and spaces that may stand between a label and its figure ("Total jobs – 3,655").
_DASHES: Final = " \t-–—"


_TWO_YEARS: Final = (", but each year dates another figure of its sentence: two periods compared, said in "
                     "the same words")
#: Kinds of figure a year may date, in a sentence that states one of them as well.
_DATED: Final = frozenset({
    kinds.COUNT, kinds.AMOUNT, kinds.PERCENTAGE, kinds.SHARE, kinds.CHANGE, kinds.RATE,
})


def _two_years(figures: Sequence[Figure], said: Sequence[int], i: int) -> str:
    """Why two years said alike, of different values, may be two figures ("" if nothing says so): "In 2008,
    the total was 344,573. In 2018, the total was 303,185." sets two periods side by side, where "he
    published it in 1895 … he published it in 1897" states one year twice. ``said`` are the mentions of
    the earlier year: one dating another figure is enough, whichever the words were alike with."""
    if figures[i].kind is not kinds.YEAR or not _dates_another(figures, i):
        return ""
    dated = any(figures[j].kind is kinds.YEAR and _dates_another(figures, j) for j in said)
    return _TWO_YEARS if dated else ""


def _dates_another(figures: Sequence[Figure], i: int) -> bool:
    sentence = figures[i].sentence
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(figures) and figures[j].sentence == sentence:
            if figures[j].kind in _DATED:
                return True
            j += step
    return False


#: Words before "of" and a year that make the phrase a span of that year: "over the first half of 2031".
_PART_OF_A_YEAR: Final = frozenset({
    "half", "quarter", "end", "start", "beginning", "middle", "months", "weeks", "part", "course", "rest",
    "spring", "summer", "autumn", "winter",
})
_SPANS_OF_YEARS: Final = ", but '{}' sets a span of the year: another year is another span said alike"


def _a_part_of_a_year(a: _Frame, b: _Frame) -> str:
    """Why two mentions in the same words but of different values may be two figures ("" if nothing
    says so): "over the first half of 2031 … over the first half of 2030" compares two spans of time."""
    for f in (a, b):
        if f.left[:1] == ("of",) and f.left[1:2] and f.left[1] in _PART_OF_A_YEAR:
            return _SPANS_OF_YEARS.format(" ".join(reversed(f.left[:2])))
    return ""


#: A name in a sentence after its figure: "… of 388 points, the Alpha index closed …", "… of 121 points was
#: seen in the Beta index".
_NAME_AFTER: Final = re.compile(r"(?<=[a-z,] )[A-Z][a-z]{2,}\b")
_NOT_NAMES: Final = frozenset({*lx.MONTHS, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                               "Sunday"})
_NAMED_AFTER_EACH: Final = ", but each sentence names its own subject after the figure ({!r} / {!r})"


def _names_after(text: str, at: int) -> frozenset[str]:
    """The names in the rest of the sentence from ``at``."""
    return frozenset(_NAME_AFTER.findall(text, at, _sentence_end(text, at))) - _NOT_NAMES


def _named_after_each(text: str, end: int, start: int) -> str:
    """Why two mentions in the same words but of different values may be two figures ("" if nothing
    says so): "after a swing of 388 points, the Alpha index closed …" and "a swing of 121 points showed
    in the Beta index": each sentence names whose figure it is after it, and the names differ. So do
    two sentences that name different things of two words or more anywhere ("With a planned cost of
    $2.4 billion, the Coastal Roads Agency will …" / "The Harbour Link … at a planned cost of $150
    million")."""
    earlier, later = _names_after(text, end), _names_after(text, start)
    if earlier and later and earlier.isdisjoint(later):
        return _NAMED_AFTER_EACH.format(min(earlier), min(later))
    earlier, later = _multiword_names(text, end), _multiword_names(text, start)
    if earlier and later and earlier.isdisjoint(later):
        return _NAMED_IN_EACH.format(min(earlier), min(later))
    return ""


def _multiword_names(text: str, at: int) -> frozenset[str]:
    """The names of two words or more ("Harbour Link", not "She" after a missing full stop) in the
    sentence holding ``at``."""
    found = _MULTIWORD_NAME.finditer(text, _sentence_opening(text, at), _sentence_end(text, at))
    names = (m.group().removeprefix("The ") for m in found)
    return frozenset(name for name in names if " " in name)


_NAMED_IN_EACH: Final = ", but each sentence names its own subjects ({!r} / {!r})"
#: A sentence opening on a pronoun, or on "the" and one noun, as the subject of its verb ("It was …", "The
#: series was watched …"): what it stands for is named in the sentence before.
_REFERRING_OPENING: Final = re.compile(
    r"(?:It|He|She|They|The [a-z]+) (?=(?:is|was|are|were|has|had|have|will|would|[a-z]+ed)\b)")
_REFERRED_TO_BEFORE: Final = (", but '{}' stands for what the sentence before names, and the two name others "
                               "({!r} / {!r})")


def _referred_to_before(text: str, end: int, start: int) -> str:
    """Why two mentions in the same words but of different values may be two figures ("" if nothing says
    so): "… the cartoon "Paper Moon", which was watched for 760 million minutes" and, after a sentence on
    "Iron Valley", "The series was watched for 701 million minutes": the series is the one named before."""
    earlier_opening, earlier = _subjects(text, end)
    later_opening, later = _subjects(text, start)
    if (earlier_opening or later_opening) and earlier and later and earlier.isdisjoint(later):
        return _REFERRED_TO_BEFORE.format(later_opening or earlier_opening, min(earlier), min(later))
    return ""


#: A time of day ("12 AM", "0:15 a.m.", "9.30pm").
_CLOCK: Final = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s?[ap]\.?m\b\.?", re.IGNORECASE)
_AT_OTHER_TIMES: Final = ", but each is said at its own time of day ({!r} / {!r})"


def _at_other_times(text: str, end: int, start: int) -> str:
    """Why two mentions in the same words but of different values may be two figures ("" if nothing says
    so): "as of 12 AM on June 3" and "as of 0:15 AM on June 2" are two moments, each with its own date.
    A mention's time of day is the last its sentence says before it."""
    earlier = _CLOCK.findall(text, _sentence_opening(text, end), end)
    later = _CLOCK.findall(text, _sentence_opening(text, start), start)
    if earlier and later and earlier[-1].lower() != later[-1].lower():
        return _AT_OTHER_TIMES.format(earlier[-1], later[-1])
    return ""


def _subjects(text: str, at: int) -> tuple[str, frozenset[str]]:
    """The names of two words or more whose figure the sentence holding ``at`` may state: its own, and
    when it opens on a word standing for one named before (returned too, "" if not), the sentence before's."""
    opening = _sentence_opening(text, at)
    names = _multiword_names(text, at)
    referring = _REFERRING_OPENING.match(text, opening)
    if referring is None:
        return "", names
    said_before = len(text[:opening].rstrip()) - 1
    if said_before < 0:
        return "", names
    return referring.group().strip(), names | _multiword_names(text, said_before)


def _sentence_opening(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts: after the last full stop and space, or line end (not at a
    semicolon, as :func:`_sentence_start`'s clause does)."""
    return max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1)


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence holding ``at`` ends: at the next full stop and space, or line end."""
    return min((i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0), default=len(text))


#: Words before a percentage that make it the name of a group by rank: "the top 5% of earners".
_RANKED: Final = frozenset({"top", "bottom", "richest", "poorest", "highest", "lowest", "best", "worst"})
_RANKED_GROUP: Final = ", but '{}' names a group by its rank: another percentage names another group"


def _a_group_by_rank(a: _Frame, b: _Frame) -> str:
    """Why two mentions in the same words but of different values may be two figures ("" if nothing
    says so): "the top 25% of the homes sold" and "the top 5% of the homes sold" are two groups."""
    return _a_word_before(a, b, _RANKED, _RANKED_GROUP)


def _a_word_before(a: _Frame, b: _Frame, words: frozenset[str], reason: str) -> str:
    """``reason`` naming the word right before either mention when it is one of ``words`` ("" if not)."""
    for f in (a, b):
        if f.left[:1] and f.left[0] in words:
            return reason.format(f.left[0])
    return ""


_UNDER_ANOTHER_HEADING: Final = ", but a heading of its own ({!r}) stands over the later one, less indented"
_UNDER_A_HEADING_LINE: Final = ", but a heading of its own ({!r}) stands on a line between them"
#: A line that heads the lines below it: a few words, no figure, no mark that ends a sentence or a cell.
_HEADING: Final = re.compile(r"[A-Z][A-Za-z'&/-]*(?:[ ][A-Za-z'&/()-]+){0,5}(?:[ ]\([^()\n]{1,30}\))?:?")
#: Headings over figures said again: a summary restates, it heads no other group.
_RESTATING_HEADINGS: Final = frozenset({"summary", "overview", "highlights", "in brief", "at a glance",
                                        "key figures", "key facts", "in summary"})
#: Marks that may open a heading line set as a list item ("- Finland", "• Drug seizures").
_BULLETS: Final = "•*-– \t"
#: Lines read up from a figure's line for the heading it stands under.
_HEADING_REACH: Final = 12


def _heading_above(text: str, line_start: int) -> bool:
    """Does a heading line stand over the line at ``line_start``, within a few lines, before a blank one?"""
    for _ in range(_HEADING_REACH):
        if line_start <= 1:
            return False
        above_start = text.rfind("\n", 0, line_start - 1) + 1
        line = text[above_start : line_start - 1].strip()
        if not line:
            return False
        if _HEADING.fullmatch(line.lstrip(_BULLETS)):
            return True
        line_start = above_start
    return False


def _under_another_heading(text: str, end: int, start: int) -> str:
    """Why two mentions in the same words but of different values may be two figures ("" if nothing
    says so): the lines "  • Share unfilled: 38.4%" and "  • Share unfilled: 44.9%" of a nested list,
    with "• Surgery:" between them, less indented, are items of two headings; so are two lines that
    open alike, each under a heading line of its own ("Drug seizures" … "Tobacco seizures"). ``end`` is
    where the earlier mention ends, ``start`` where the later starts."""
    line_start = text.rfind("\n", 0, start) + 1
    lead = text[line_start:start]
    indent = len(lead) - len(lead.lstrip(" \t"))
    if not indent and _heading_above(text, text.rfind("\n", 0, end) + 1):
        first = text.find("\n", end) + 1  # the lines after the earlier mention's, up to the later's
        for line in text[first:line_start].splitlines() if 0 < first < line_start else ():
            heading = line.strip().lstrip(_BULLETS)
            if _HEADING.fullmatch(heading) and heading.lower() not in _RESTATING_HEADINGS:
                return _UNDER_A_HEADING_LINE.format(heading)  # "Lorry checks" on a line of its own; "- Spain"
    pos = text.find("\n", end)
    while indent and 0 <= pos < line_start - 1:
        nxt = text.find("\n", pos + 1)
        line = text[pos + 1 : nxt]
        words = line.lstrip(" \t")
        if words.strip() and len(line) - len(words) < indent and not any(c.isdigit() for c in words):
            return _UNDER_ANOTHER_HEADING.format(words.strip(" \t•*-"))
        pos = nxt
    return ""


#: A paragraph's run-in head: capitalised words (and the little words of a name), perhaps a bracket, then a
#: colon, at the line's start ("GHANA (May): …", "North Region: …"); not a sentence's words before a colon.
_RUN_IN_HEAD: Final = re.compile(
    r"[ \t]*(?P<head>[A-Z][\w'’&./-]*(?:[ \t]+(?:[A-Z][\w'’&./-]*|and|of|the|de|la|du|del|y|&))*"
    r"[ \t]*(?:\([^()\n]{1,30}\))?)[ \t]*:[ \t]")
_OTHER_RUN_IN_HEADS: Final = ", but each stands in a paragraph opening on a head of its own ({!r} / {!r})"


def _under_other_run_in_heads(text: str, end: int, start: int) -> str:
    """Why two mentions in the same words but of different values may be two figures ("" if nothing says
    so): "NORTH ISLAND (March): … Turnout was 51 per cent." and "SOUTH ISLAND (April): … Turnout was 66
    per cent." are paragraphs of a round-up, each of the place its head names. ``end`` is where the
    earlier mention ends, ``start`` where the later starts."""
    heads = []
    for at in (end, start):
        head = _RUN_IN_HEAD.match(text, text.rfind("\n", 0, at) + 1)
        if head is None or head.end() > at:
            return ""
        heads.append(" ".join(head.group("head").split()))
    return _OTHER_RUN_IN_HEADS.format(*heads) if heads[0].lower() != heads[1].lower() else ""


#: Words after a figure's noun that narrow what it counts: "passengers to and from the islands".
_NARROWING: Final = frozenset({"within", "outside", "excluding", "except", "abroad", "overseas",
                               "domestically", "internationally"})
_NARROWED: Final = ", but '{}' after one of them narrows what it counts"


def _narrowed_after(a: _Frame, b: _Frame) -> str:
    """Why two mentions in the same words but of different values may be two figures ("" if nothing
    says so): "flew 18.2 million passengers in June" and "flew 1.9 million passengers to and from the
    islands in June" count all passengers and some."""
    n = len(_common_prefix(a.right, b.right))
    for f in (a, b):
        rest = f.right[n : n + 3]
        if rest == ("to", "and", "from") or (rest[:1] and rest[0] in _NARROWING):
            return _NARROWED.format(" ".join(rest) if rest[0] == "to" else rest[0])
    return ""


#: Verbs after which a share's words name the part it is ("40% of calls were medical").
_COPULAS: Final = frozenset({"is", "are", "was", "were"})
_OTHER_PARTS: Final = ", but each names its own part after '{}' ({!r} / {!r})"


def _other_parts(a: _Frame, b: _Frame) -> str:
    """Why two mentions in the same words but of different values may be two figures ("" if nothing says
    so): "over 60% of visits were routine checks" and "only 3% of visits were truly urgent" say the same
    words up to the verb, then name two parts."""
    n = len(_common_prefix(a.right, b.right))
    if n < 2 or a.right[n - 1] not in _COPULAS or len(a.right) <= n or len(b.right) <= n:
        return ""
    return _OTHER_PARTS.format(" ".join(a.right[:n]), a.right[n], b.right[n])


#: Words right after a figure that make it an amount for each one, not for all ("$5 per person").
_FOR_EACH: Final = frozenset({"per", "each", "apiece"})
_FOR_EACH_ONE: Final = ", but one of them is said '{}' …: of each one, the other of all"


def _for_each_one(a: _Frame, b: _Frame) -> str:
    """Why two mentions in the same words but of different values may be two figures ("" if nothing says
    so): "it will cost you $84.20 to feed eight" and "it will cost you under $11 per head"."""
    each = [f.right[0] for f in (a, b) if f.right[:1] and f.right[0] in _FOR_EACH]
    return _FOR_EACH_ONE.format(each[0]) if len(each) == 1 else ""


_ORDINALS: Final = frozenset({"first", "second", *lx.ORDINAL_WORDS})
_ORDINALS_NAMING: Final = ", but each clause names its own by an ordinal ('{}' / '{}')"


def _named_by_ordinals(a: _Frame, b: _Frame) -> str:
    """Why two mentions in the same words but of different values may be two figures ("" if nothing
    says so): "the second shift was cut in 2021" and "the first shift was cut in 2022" name two shifts;
    so do "8,000 pupils took the first paper" and "7,100 pupils took the second paper", by the words
    after them."""
    first, second = (sorted(set(f.clause) & _ORDINALS) for f in (a, b))
    if first and second and first != second:
        return _ORDINALS_NAMING.format(first[0], second[0])
    after_a, after_b = (next((w for w in f.right if w in _ORDINALS), "") for f in (a, b))
    return _ORDINALS_NAMING.format(after_a, after_b) if after_a and after_b and after_a != after_b else ""


#: Words right before a date that make it the end of a period it names: "the fortnight ended September 11".
_ENDING_A_PERIOD: Final = frozenset({"ended", "ending", "through", "until", "till", "since"})
_DATE_ENDS_A_PERIOD: Final = ", but '{}' makes the date the end of a period: another date, another period"


def _a_date_ending_a_period(a: _Frame, b: _Frame) -> str:
    """Why two mentions in the same words but of different values may be two figures ("" if nothing
    says so): "in the fortnight ended March 8" and "… ended March 10" name two fortnights."""
    return _a_word_before(a, b, _ENDING_A_PERIOD, _DATE_ENDS_A_PERIOD)


#: Words right after a figure that make it a threshold naming a group: "clubs with 15 or more coaches",
#: "people aged 65 and over".
_THRESHOLDS: Final = frozenset({
    (joined, bound) for joined in ("or", "and")
    for bound in ("more", "over", "above", "older", "fewer", "less", "under", "below", "younger")
})
_THRESHOLD: Final = ", but '{}' makes it a threshold naming a group: another threshold names another group"


def _a_threshold(a: _Frame, b: _Frame) -> str:
    """Why two mentions in the same words but of different values may be two figures ("" if nothing
    says so): "clubs with 3 or more coaches" and "clubs with 15 or more coaches" are two groups."""
    for f in (a, b):
        if f.right[:2] in _THRESHOLDS:
            return _THRESHOLD.format(" ".join(f.right[:2]))
    return ""


#: Pronouns that say a figure of each of several things ("all have won over 60%", "each of them got").
_DISTRIBUTIVE: Final = frozenset({"all", "each", "both"})
_SAID_OF_EACH: Final = (", but '{}' says it of each of several things: a bound on several figures, not this "
                        "one said again")


def _said_of_each(a: _Frame, b: _Frame) -> str:
    """Why two mentions in the same words but of different values may be two figures ("" if nothing says
    so): "the ruling party may have won 38% of the vote" … "all have won over 90% of the vote" states
    one figure and then one for each of several others."""
    for f in (a, b):
        said = f.clause
        for k, w in enumerate(said[:-1]):
            after = said[k + 1]
            if w in _DISTRIBUTIVE and (after in _LINKING_VERBS or after == "of" or after.endswith("ed")):
                return _SAID_OF_EACH.format(" ".join(said[k : k + 2]))
    return ""


#: Words naming a figure as one added to what was said before ("a further 4,100", "another 950").
_ADDITIONS: Final = frozenset({"further", "additional", "another", "extra"})
_EACH_ADDED: Final = ", but each is said to be added ('{}'): two additions, not one figure said twice"


def _each_an_addition(a: _Frame, b: _Frame) -> str:
    """Why two mentions in the same words but of different values may be two figures ("" if nothing says
    so): "a further 4,100 people have enrolled" … "a further 950 people have applied" each add to what
    came before them."""
    added = a.naming & b.naming & _ADDITIONS
    return _EACH_ADDED.format(min(added)) if added else ""


_SUBJECT_SAID_BEFORE: Final = (", but '{}' names no one's figure: whose it is was said in a sentence before, "
                               "and the two may be of two things")
#: The most words a sentence may say before its figure and still name only what the figure measures.
_BARE_SUBJECT_WORDS: Final = 5


def _subject_said_before(text: str, a: _Frame, b: _Frame, end: int, start: int) -> str:
    """Why two mentions in the same words but of different values, in two paragraphs, may be two figures
    ("" if nothing says so): a sentence that is only "The expected yield is 2.1 t/ha" takes whose yield it
    is from its paragraph, and in a release of one paragraph per crop, each is another crop's. ``end`` is
    where the earlier mention ends, ``start`` where the later starts."""
    if "\n" not in text[end:start]:
        return ""
    for f in (b, a):
        said = f.sequence
        if 2 <= len(said) <= _BARE_SUBJECT_WORDS and _only_the_measure(said):
            return _SUBJECT_SAID_BEFORE.format(" ".join(said))
    return ""


def _only_the_measure(said: tuple[str, ...]) -> bool:
    """Do the words opening a sentence up to its figure say what it measures and not whose it is: "The
    expected yield is", "The average yield totalled", "An average of"?"""
    if said[0] == "the" and (said[-1] in _LINKING_VERBS or said[-1] in _AMOUNTING):
        return _SCOPES.isdisjoint(said)
    return said[0] in _INDEFINITE and said[-1] == "of" and _SCOPES.isdisjoint(said[:-1])


_INDEFINITE: Final = frozenset({"a", "an"})
#: Verbs that say what a measure came to, as "is" does ("The average yield totalled"), not what someone did
#: ("The agency registered 410 members": whose figure it is, is said).
_AMOUNTING: Final = frozenset({"totaled", "totalled", "totals", "averaged", "averages", "reached", "reaches"})


#: A phrase that sets what follows in a span of time ("For the three months,", "In the first quarter",
#: "year to date"): figures said alike before and after it may be of two periods.
_PERIOD_SCOPE: Final = re.compile(
    r"\b(?:for|in|during|over)\s+the\s+(?:(?:first|second|third|fourth|fifth|sixth|last|past|latest|full|whole|same|"
    r"\d+(?:st|nd|rd|th)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+){0,2}"
    r"(?:months?|quarters?|half|year|weeks?|period)\b"
    r"|\byear[\s-]to[\s-]date\b|\bso\s+far\s+this\s+year\b",
    re.IGNORECASE,
)
#: A time counted back from the text's own ("A decade ago,", "Two years earlier", "the previous year"): a
#: point, not a span that scopes what follows, so it is another period even when it was also said before.
#: Not "last year" or "last month", which most often name the period a report is about ("in June" …
#: "last month").
_A_TIME_BACK: Final = re.compile(
    r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:decades?|years?|months?|quarters?|weeks?)"
    r"\s+(?:ago|earlier|before)\b"
    r"|\bthe\s+(?:previous|prior|preceding)\s+(?:decade|year|month|quarter|week)\b",
    re.IGNORECASE,
)
#: One month of a year ("in September 2031"): another span than the months set before ("over the first nine
#: months of 2031"), read only after such a span.
_A_MONTH_OF_A_YEAR: Final = re.compile(
    rf"\b(?i:in|for|during)\s+(?:{lx.MONTH_NAMES})\s+(?:19|20)\d\d\b"
)
#: The present set against what came before, opening the later mention's sentence ("Now, the share is …").
_THE_PRESENT_OPENING: Final = re.compile(
    r"\s*(?:now|today|nowadays|these\s+days|currently|at\s+present|at\s+the\s+moment)\b(?!\s+that\b)",
    re.IGNORECASE,
)
_WEEKDAY_NAME: Final = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
#: A line that opens on a date and a colon ("Friday, April 7: …"): a dated entry, as of a log or a diary.
_DATELINE: Final = re.compile(
    rf"^[ \t]*(?:{_WEEKDAY_NAME},?[ \t]+)?"
    rf"(?:(?:{lx.MONTH_NAMES})\.?[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+(?:{lx.MONTH_NAMES}))"
    rf"(?:,?[ \t]+\d{{4}})?:",
    re.MULTILINE | re.IGNORECASE,
)
_ANOTHER_PERIOD: Final = ", but '{}' stands between them: the later may be of another period"
#: How far before the earlier mention the span of time it is set in is looked for.
_PERIOD_REACH: Final = 400


def _another_period_between(text: str, end: int, start: int) -> str:
    """Why two mentions in the same words but of different values may be two figures ("" if nothing says
    so): "… were up 34% [in March]. For the three months, … are up 18%" states the month, then the
    quarter; not when the span last set before the earlier mention is that one ("So far this year …
    So far this year …"). So may a span set right after one mention and not the other ("… in May" /
    "… during the first five months"). ``end`` is where the earlier mention ends, ``start`` where the
    later starts."""
    if dated := _DATELINE.search(text, end, start):  # "Friday, April 7: …" opens an entry of another day
        return _ANOTHER_PERIOD.format(" ".join(dated.group().split()))
    set_before = [" ".join(m.group().lower().split())
                  for m in _PERIOD_SCOPE.finditer(text, max(0, end - _PERIOD_REACH), end)][-1:]
    for found in _PERIOD_SCOPE.finditer(text, end, start):
        said = " ".join(found.group().split())
        if [said.lower()] != set_before:
            return _ANOTHER_PERIOD.format(said)
    if back := _counted_back(text, end, start):
        return _ANOTHER_PERIOD.format(back)
    if set_before and (month := _A_MONTH_OF_A_YEAR.search(text, end, start)):
        return _ANOTHER_PERIOD.format(" ".join(month.group().split()))
    earlier, later = _span_after(text, end), _span_after(text, start)
    if earlier != later:  # "flew 41.2 million in May" / "flew 212.5 million during the first five months"
        return _SPANS_AFTER.format(earlier or _NO_SPAN, later or _NO_SPAN)
    return ""


_SPANS_AFTER: Final = ", but each is set in its own span of time right after it ('{}' / '{}')"
_NO_SPAN: Final = "none said"


def _counted_back(text: str, end: int, start: int) -> str:
    """A time counted back that sets the later mention apart ("" if none): said in its sentence before it
    ("A decade ago, women earned …"), or right after one mention and not the other ("… a decade ago");
    or the present, opening the later mention's sentence ("Now, women earn …").
    Not anywhere between them: "… died last year" in another sentence is no period of the figure."""
    opens = max(end, _sentence_opening(text, start))
    if back := _A_TIME_BACK.search(text, opens, start):
        return " ".join(back.group().split())
    if now := _THE_PRESENT_OPENING.match(text, opens, start):
        return " ".join(now.group().split())
    earlier, later = _back_after(text, end), _back_after(text, start)
    return (later or earlier) if earlier != later else ""


def _back_after(text: str, at: int) -> str:
    """A time counted back right after a mention, in its sentence ("" if none): "… 17.6% a decade ago"."""
    return _said_right_after(text, at, _A_TIME_BACK)


def _span_after(text: str, at: int) -> str:
    """The span of time set right after a mention, in its sentence ("" if none): "… flew 212.5 million
    travellers over the first half"."""
    return _said_right_after(text, at, _PERIOD_SCOPE)


#: A period named from the text's own time, right after a mention: "… totalled 310 last year".
_RELATIVE_PERIOD: Final = re.compile(r"\b(?:last|this)\s+(?:year|month|week|quarter|season)\b", re.IGNORECASE)
#: Any word of time in a sentence: a month, a year, a unit of the calendar.
_ANY_TIME: Final = re.compile(
    rf"\b(?:(?:19|20)\d\d|{lx.MONTH_NAMES}|years?|months?|weeks?|quarters?|days?|seasons?|today|now)\b",
    re.IGNORECASE)
_TIME_OF_ONE: Final = (", but only one is said of a period ('{}'), and the other's sentence names no time: "
                       "it may be a total over another span")


def _time_said_of_one(text: str, end: int, start: int) -> str:
    """Why two mentions said alike, of different values, may be two figures ("" if nothing says so): "the
    board upheld 1,870 appeals on medical grounds", after a paragraph on its 40 years, and "… upheld 236
    appeals on medical grounds last year": one names its period, the other's sentence no time at all,
    so it may count over all the years. (After "in June", "last month" names the same month.)"""
    said = [_said_right_after(text, at, _RELATIVE_PERIOD) for at in (end, start)]
    period = _said_of_one(said)
    if not period:
        return ""
    timeless = end if not said[0] else start
    if _ANY_TIME.search(text, _sentence_opening(text, timeless), _sentence_end(text, timeless)):
        return ""
    return _TIME_OF_ONE.format(period)


#: Words that say a figure is of a whole country, nation or state.
_THE_WHOLE: Final = re.compile(
    r"\b(?:(?:the\s+)?(?:whole|entire)\s+(?:country|nation|state|region|province)|nationwide|nationally|"
    r"country-?wide|across\s+the\s+(?:country|nation))\b", re.IGNORECASE)
_WHOLE_AND_PART: Final = ", but only one is said of the whole ('{}'): a whole and a part of it"


def _the_whole_and_a_part(text: str, end: int, start: int) -> str:
    """Why two mentions said alike, of different values, may be two figures ("" if nothing says so): "a
    shortfall of 9 per cent in the whole country" and "a shortfall of 31 per cent in the hill districts"
    are of the whole and of a part."""
    said = [_THE_WHOLE.search(text, _sentence_opening(text, at), _sentence_end(text, at))
            for at in (end, start)]
    whole = _said_of_one([" ".join(m.group().split()) if m else "" for m in said])
    return _WHOLE_AND_PART.format(whole) if whole else ""


def _said_right_after(text: str, at: int, words: re.Pattern[str]) -> str:
    """What ``words`` find right after ``at`` in its sentence, in lower case ("" if nothing)."""
    said = text[at : at + _SPAN_REACH]
    stop = min((i for i in (said.find(". "), said.find("\n")) if i >= 0), default=len(said))
    found = words.search(said, 0, stop)
    return " ".join(found.group().lower().split()) if found else ""


#: How far after a mention the span of time it is set in is looked for.
_SPAN_REACH: Final = 100


_PARALLEL_PARAGRAPHS: Final = (", but each stands in a paragraph listing {} or more figures of its kind: two "
                               "breakdowns side by side, of what their paragraphs say")
#: The fewest figures of one kind a paragraph lists to be a breakdown of its own.
_BREAKDOWN: Final = 3


def _parallel_paragraphs(text: str, figures: Sequence[Figure], a: int, b: int) -> str:
    """Why two figures with no noun said alike but of different values may be two figures ("" if nothing
    says so): "The port handled 31.2% of the tonnage. … Grain accounted for 24.1%." and "The port
    handled 40.5% of the calls. … Grain accounted for 18.9%.", each a paragraph of shares of its own
    whole, which is said in another sentence of it."""
    if "\n" not in text[figures[a].end : figures[b].start]:
        return ""
    for k in (a, b):
        lo = text.rfind("\n", 0, figures[k].start) + 1
        hi = text.find("\n", figures[k].end)
        hi = len(text) if hi < 0 else hi
        alike = sum(1 for g in figures if lo <= g.start < hi and (g.kind, g.unit) == (figures[k].kind,
                                                                                     figures[k].unit))
        if alike < _BREAKDOWN:
            return ""
    return _PARALLEL_PARAGRAPHS.format(_BREAKDOWN)


_PARALLEL_LINES: Final = (", but each stands in a line opening on its own figure ({!r} / {!r}): two items of "
                          "a list side by side, each of what its line says")


def _parallel_lines(text: str, figures: Sequence[Figure], a: int, b: int) -> str:
    """Why two figures said alike but of different values may be two figures ("" if nothing says so):
    "71.4% of calls of the first kind were answered in time, down from 73.9% …" and "56.8% of calls of
    the second kind …, down from 60.5% …", each a line of a list that opens on a figure of its own, or on
    the same words and a figure of its own."""
    lo, hi = figures[a], figures[b]
    if "\n" not in text[lo.end : hi.start]:
        return ""
    if _heads_a_block(text, lo) and _heads_a_block(text, hi):
        return _BLOCK_HEADS
    if _a_question_line(text, lo) and _a_question_line(text, hi):
        return _TWO_QUESTIONS
    openers, labels = [], []
    for f in (lo, hi):
        line = text.rfind("\n", 0, f.start) + 1
        first = next((g for g in figures if line <= g.start < f.start), None)
        if first is None or (first.unit != f.unit and first.kind not in _PERIODS):  # "- 1980: …", "- 2009:"
            return ""
        openers.append(first)
        label = text[line : first.start].strip(" \t-•*").lower()
        if first.kind is kinds.DATE:  # "Monday, April 10: …", "Sunday, April 9: …"
            label = _WEEKDAY.sub("", label)
        labels.append(" ".join(label.split()))
    if openers[0].value == openers[1].value or labels[0] != labels[1]:
        return ""  # lines alike up to their first figure ("First half of 2017: …", "First half of 2016: …")
    return _PARALLEL_LINES.format(*(text[o.start : o.end] for o in openers))


#: Figures that, opening a line, name its period: the lines' figures are each of its own.
_PERIODS: Final = frozenset({kinds.YEAR, kinds.DATE})
_WEEKDAY: Final = re.compile(rf"\b{_WEEKDAY_NAME}\b,?")


_BLOCK_HEADS: Final = (", but each stands in the short first line of a block of lines: the headings of two "
                       "blocks ('Meeting report, May 3rd 2024' / '… May 9th 2024'), not one figure again")
#: The longest first line of a block read as its heading.
_HEADING_LENGTH: Final = 60


_TWO_QUESTIONS: Final = (", but each stands in a line of its own that asks a question ('How much … 2019?' / "
                          "'… 2020?'): two questions of a list, not one figure again")


#: The longest line read as a question of a list.
_QUESTION_LENGTH: Final = 80


def _a_question_line(text: str, f: Figure) -> bool:
    """Does ``f`` stand in a short line of its own that ends on a question mark (an FAQ's question)?"""
    start = text.rfind("\n", 0, f.start) + 1
    end = text.find("\n", f.end)
    line = text[start : end if end >= 0 else len(text)].rstrip()
    return line.endswith("?") and len(line) <= _QUESTION_LENGTH and "?" not in line[:-1]


def _heads_a_block(text: str, f: Figure) -> bool:
    """Does ``f`` stand in a short line that opens a block of lines (after a blank line or at the start,
    with a line under it)?"""
    start = text.rfind("\n", 0, f.start) + 1
    end = text.find("\n", f.end)
    if end < 0 or end - start > _HEADING_LENGTH or not text[end + 1 : end + 2].strip():
        return False
    return start == 0 or text[max(0, start - 2) : start] == "\n\n" or not text[:start].strip()


def _heading_between(text: str, start: int, end: int) -> bool:
    """Does a heading stand between two mentions: a line in capitals (trend figures, then seasonally
    adjusted), or a short line of words after a blank line when another such line stands over the earlier
    mention too ("North Dam", then "South Dam", each over its own "Stored now … ML")? A lone "Summary"
    between two tables heads no other thing."""
    if "\n" not in text[start:end]:
        return False
    return _CAPITALS_HEADING.search(text, start, end) is not None or (
        _TITLE_LINE.search(text, start, end) is not None
        and _TITLE_LINE.search(text, max(0, start - _TITLE_REACH), start) is not None)


#: A short line of words with no figure and no sentence mark, alone after a blank line: a heading.
_TITLE_LINE: Final = re.compile(r"\n[ \t]*\n[ \t]*[A-Z][^\W\d][^\n\d.!?:;,\"“”]{0,48}\n")
#: How far before the earlier mention a heading over it is looked for.
_TITLE_REACH: Final = 200


def _doubt(text: str, a: _Frame, b: _Frame, end: int, start: int) -> str:
    """Why two mentions said in the same words may still be two figures ("" when nothing says so).

    ``end`` is where the earlier mention ends, ``start`` where the later starts.
    """
    referred = sorted((a.before | b.before) & _REFERRING)
    if referred:
        return _REFERRED.format(referred[0])
    opening = next((f.sequence[:2] for f in (a, b) if _refers_back(f.sequence)), None)
    if opening is not None:
        return _REFERRED.format(" ".join(opening))
    return _ANOTHER_HEADING if _heading_between(text, end, start) else ""


#: A sentence opening on a demonstrative that stands for what the sentence before said ("This represents a
#: charge of £36.03", "That is 4% of the total", "These amount to"): whose figure it is, is said there.
_DEMONSTRATIVES: Final = frozenset({"this", "that", "these", "those"})
_LINKING_VERBS: Final = frozenset({"is", "was", "are", "were", "will", "would", "can", "could", "may",
                                   "might", "has", "had", "have", "should", "must"})


def _refers_back(sequence: tuple[str, ...]) -> bool:
    """Does the sentence open on a demonstrative as its subject (followed by a verb, not a noun as in
    "this year": a verb ending in -s or -ed, or a linking one)?"""
    if sequence[:1] and sequence[0] in _DEMONSTRATIVE_IS:  # "That's 41 a day."
        return True
    return len(sequence) >= 2 and sequence[0] in _DEMONSTRATIVES and (
        sequence[1] in _LINKING_VERBS or sequence[1].endswith(("s", "ed")))


#: A demonstrative and "is" written as one word.
_DEMONSTRATIVE_IS: Final = frozenset({"that's", "that’s", "this's", "this’s"})


#: Words right before a figure that say which end of a change or span it is.
_ENDS_OF_A_MOVE: Final = frozenset({"from", "to", "since", "until", "till", "before", "after"})


def _common_prefix(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def _modified(frame: _Frame, shared: frozenset[str]) -> bool:
    """Does a word the other figure lacks stand right beside a shared one ("adjusted profit"), or
    narrow it after a preposition ("inflation for urban areas")?

    Only within the figure's clause: "under South Korean law, Kim's trial must begin …"
    does not make it another trial.
    """
    seq = frame.clause
    return any(
        w in frame.before and w not in shared and (
            any(n in shared for n in seq[max(0, k - 1) : k + 2]) or _scoped(seq, k, shared)
        )
        for k, w in enumerate(seq)
    )


def _scoped(seq: tuple[str, ...], k: int, shared: frozenset[str]) -> bool:
    """Is word ``k`` the scope a shared word is narrowed to ("inflation for urban areas")?"""
    back = k - 1
    while back >= 0 and seq[back] in _DETERMINERS:
        back -= 1
    while back >= 0 and seq[back] not in _SCOPES and k - back <= 3 and seq[back] not in shared:
        back -= 1  # "for urban areas": the words of the scope before this one
    return back >= 1 and seq[back] in _SCOPES and seq[back - 1] in shared


_DETERMINERS: Final = frozenset({"the", "a", "an", "its", "their", "his", "her", "all"})


def _subjects_differ(a: _Frame, b: _Frame) -> bool:
    """Two figures said of different named subjects ("Labour won …" / "the Conservatives won …")."""
    return bool(a.names and b.names and not a.names & b.names)


#: A heading over a block of lines: a short line ending in a colon ("North:"), in bold ("**North**")
#: or marked as a heading ("## North").
_BLOCK_HEADING: Final = re.compile(
    r"[ \t]*(?:(?P<colon>[^\s\-•*#][^\n:.!?]{0,60}):|\*\*[^\n*]{1,60}\*\*:?|__[^\n_]{1,60}__:?"
    r"|#{1,6}[ \t]+[^\n]{1,60})[ \t]*\n"
)
#: A sentence that leads a list ("… paid the county $2.2 million in June, including:"): its items are its
#: own, as a heading's lines are.
_LEAD_LINE: Final = re.compile(r"[ \t]*[^\s\-•*#][^\n]{0,400}:[ \t]*\n")
#: What every heading holds (a colon, "**", "__" or "#").
_HEADING_MARKS: Final = (":", "**", "__", "#")
#: A line of a block: a bullet, a numbered item or an indented line.
_BLOCK_LINE: Final = re.compile(r"(?:[ \t]*(?:[-•*–]|\d{1,2}[.)])[ \t]+|[ \t]+\S)[^\n]*(?:\n|$)")


def _blocks(text: str, figures: Sequence[Figure]) -> list[int | None]:
    """The headed block of lines each figure stands in (where its heading starts), if any.

    "North:" then "- Burglaries in 2022: 2 104", "Coast:" then "- Burglaries in
    2022: 1 640": the heading names whose the lines under it are, so the same
    words under two headings state two figures, never one said again.
    """
    if "\n" not in text or not any(mark in text for mark in _HEADING_MARKS):
        return [None] * len(figures)  # a heading ends its line (one line has none) and holds one of its marks
    spans: list[tuple[int, int, int]] = []
    for m in re.finditer(r"^", text, re.MULTILINE):
        heading = _BLOCK_HEADING.match(text, m.start())
        if heading is None or (heading.group("colon") and len(heading.group("colon").split()) > 6):
            heading = _LEAD_LINE.match(text, m.start())
            if heading is None:
                continue
        end = heading.end()
        while (line := _BLOCK_LINE.match(text, end)) is not None and line.end() > end \
                and not _BLOCK_HEADING.match(text, end):  # another heading ends it: each line is read once
            end = line.end()
        if end > heading.end():
            spans.append((heading.end(), end, m.start()))
    starts = [s for s, _, _ in spans]
    blocks: list[int | None] = []
    for f in figures:
        k = bisect.bisect_right(starts, f.start) - 1
        blocks.append(spans[k][2] if k >= 0 and f.end <= spans[k][1] else None)
    return blocks


def _ours(block: int | None, candidates: list[_Group]) -> list[_Group]:
    """The groups not said under another heading than ``block`` (all of them, for a figure under none)."""
    return candidates if block is None else [g for g in candidates if g.members.blocks <= {block}]


def group(text: str, figures: Sequence[Figure], layout: Layout | None = None) -> list[list[int]]:
    """Figures that state the same figure, as lists of indices (in text order)."""
    return [g.figures for g in groups(text, figures, layout or Layout([0], [0]))]


def groups(
    text: str, figures: Sequence[Figure], layout: Layout,
    contexts: Callable[[int], frozenset[str]] | None = None,
) -> list[_Group]:
    """The groups of mentions that state one figure. ``contexts`` gives the content words beside
    figure ``i`` (its ``context`` without it), asked only of the figures compared by them."""
    if contexts is None:
        contexts = _own_contexts(figures)
    if len(figures) < 2:  # nothing to compare a figure with: it is a group of its own
        return [_alone(f) for f in figures]
    groups: list[_Group] = []
    open_groups: dict[tuple[object, ...], list[_Group]] = {}
    in_sentence: dict[int, list[int]] = {}
    for i, f in enumerate(figures):
        in_sentence.setdefault(f.sentence, []).append(i)
    # a figure restates none of its own sentence, so with one sentence only the readings of a figure
    # said twice in it (a range's two ends, a fraction and its percentage) can group: no other is looked for
    apart = len(in_sentence) > 1
    frames = _Frames(text, layout, figures, in_sentence)
    blocks = _blocks(text, figures)
    rows = _RowLabels(text, figures)
    without_noun: dict[tuple[object, ...], _NounlessIndex] = {}
    # measured groups whose noun has synonyms, by their key with the synonyms as one
    by_name: dict[tuple[object, ...], list[_Group]] = {}
    # measured groups by their key with the counted noun's modifiers left out ("cases.measles" → "cases")
    by_head: dict[tuple[object, ...], list[_Group]] = {}
    # groups by the value they state, across sections and names: a figure restated with other words
    by_value: dict[tuple[object, ...], list[_Group]] = {}
    # counts named by a noun, by kind, unit and section: a later "the N referrals" may restate one
    by_count: dict[tuple[object, ...], list[_Group]] = {}
    # a pipe table's share cells, which a share in the prose after it may say again
    cells = share_cells(figures) if apart and "|" in text else None
    group_of: dict[int, _Group] = {}
    for i, f in enumerate(figures):
        key = ("range", f.range_id) if f.range_id is not None else _group_key(f)
        target: _Group | None = None
        how: tuple[str, bool] = ("", True)
        if i and text.startswith(")", f.end) and _fraction_in_figures(text, figures[i - 1], f):
            target, how = group_of[i - 1], ("a fraction restated in figures in brackets right after it", True)
            target.joined.append(how)
            target.join(i, f)
            group_of[i] = target
            continue
        frame: _Frame | None = None  # the figure's frame and its keys, read when first needed
        keys: frozenset[tuple[str, tuple[str, ...]]] | None = None
        block = blocks[i]
        same_key = open_groups.get(key)
        for g in _ours(block, same_key) if same_key is not None else _NO_GROUPS:
            members = g.members
            if f.range_id is not None and f.range_id in members.range_ids:
                target, how = g, (_RANGE_READING, False)
                break
            if f.sentence in members.sentences or rows.differ(g.figures[-1], i):
                continue
            if f.cue == LINE_ITEM:
                target, how = g, f.bases.get("mentions", ("the same line item", False))
                break
            if members.stated == {(f.value, f.qualifier)}:
                if rows.other_cells(g.figures, i) or _in_other_rows(figures, in_sentence, g.figures, i):
                    continue
                target, how = g, _SAME_VALUE
                break
            if frame is None:
                frame = frames[i]
                keys = frames.keys(i)
            names = frame.names
            if names and any(names.isdisjoint(other) for other in members.names(frames)):
                continue  # said of another party, place or group
            words = None
            if not members.frame_keys(frames).isdisjoint(keys or ()):
                words = next(((w, s) for s in members.distinct_frames(frames) if (w := _restated(s, frame))),
                             None)
            if words is not None:
                scoped = another_scope(words[1].sequence, words[1].names, frame.sequence, frame.names)
                said_last = figures[g.figures[-1]].end
                doubt = _doubt(text, words[1], frame, said_last, f.start) or (
                    _values_apart(text, words[1], frame, said_last, f.start)
                    or _parallel_lines(text, figures, g.figures[-1], i)
                    or _beside_other_figures(text, figures, g.figures, g.figures[-1], i)
                    if f.value not in members.values else "")
                how = (f"restated in the same words: {words[0]!r}" + ANOTHER_SCOPE * scoped + doubt,
                       not scoped and not doubt)
                target = g
                break
            if (members.values == {f.value} or not members.words(contexts).isdisjoint(contexts(i))) and all(
                _compatible(m, f) for m in members.readings.values()
            ):  # else different figures, unless restated (above)
                shared = sorted(members.words(contexts) & contexts(i))
                why = f"the shared word {shared[0]!r}" if shared else "the same counted noun"
                target, how = g, (f"grouped by {why}, not by wording", False)
                break
        named: tuple[object, ...] | None = None
        head: tuple[object, ...] | None = None
        if apart and len(key) == 6 and f.measures:
            named, head = _other_names(key, f.measures)
        if target is None and named is not None and named in by_name:
            candidates = [g for g in _ours(block, by_name[named]) if g.key != key][-_RECENT:]
            target, how = _restated_under_another_name(figures, frames, candidates, i)
        # only a figure distinctive enough is looked for by its value elsewhere, and kept to be found so
        value_key = _value_key(f) if apart and _restatable(f) else None
        if target is None and value_key is not None and (same_value := by_value.get(value_key)):
            candidates = _ours(block, same_value)
            target, how = _same_value_elsewhere(text, figures, candidates, i, in_sentence, contexts)
        counted = (f.kind, f.unit, f.section) if apart and f.kind is kinds.COUNT and f.noun else None
        if target is None and counted is not None and counted in by_count:
            target, how = _restated_by_its_action(text, layout, figures, _ours(block, by_count[counted]), f)
        if target is None and cells and f.of_noun:
            target, how = _a_cell_in_other_words(text, layout, figures, cells, group_of, block, i)
        if target is None and head is not None and head in by_head:
            target, how = _same_value_under_head_noun(figures, _ours(block, by_head[head]), f, key)
        nounless = _nounless_key(f) if apart else None
        if target is not None and nounless is not None and nounless in without_noun and how == _SAME_VALUE:
            target, how = _by_frame_rather_than_value(figures, frames, without_noun[nounless], target, i,
                                                      in_sentence, block)
        if target is None and nounless is not None and nounless in without_noun:
            met = without_noun[nounless].meeting(frames.keys(i))
            if met:  # (most figures meet none: not found, as with no candidates)
                candidates = [g for g in _ours(block, met) if not rows.differ(g.figures[-1], i)]
                target, how = _restatement_without_noun(figures, frames, candidates, i, in_sentence)
        if target is None:
            target = _Group(key, i, f, block, nounless)
            groups.append(target)
            open_groups.setdefault(key, []).append(target)
            if named is not None:
                by_name.setdefault(named, []).append(target)
            if head is not None:
                by_head.setdefault(head, []).append(target)
            if counted is not None:
                by_count.setdefault(counted, []).append(target)
            if value_key is not None:
                by_value.setdefault(value_key, []).append(target)
            if nounless is not None:
                nounless_index = without_noun.get(nounless)
                if nounless_index is None:  # one per key, made when its first group opens
                    nounless_index = without_noun[nounless] = _NounlessIndex(frames)
                nounless_index.enter(target, i)
        else:
            target.joined.append(how)
            target.join(i, f, block)
            if target.nounless is not None:
                without_noun[target.nounless].enter(target, i)
        group_of[i] = target
    return groups


def _own_contexts(figures: Sequence[Figure]) -> Callable[[int], frozenset[str]]:
    """The words beside each figure as its ``context`` holds them."""
    return lambda i: figures[i].context


def _alone(f: Figure) -> _Group:
    """The group of the only figure of a text, as :func:`groups` opens it (the block it stands in is
    read only to keep apart the mentions of one group, and it has one)."""
    return _Group(("range", f.range_id) if f.range_id is not None else _group_key(f), 0, f, None)


def _frame_keys(frame: _Frame) -> frozenset[tuple[str, tuple[str, ...]]]:
    """Keys two frames share whenever :func:`_restated` may call one a restatement of the other.

    A restatement shares at least ``_FRAME_WORDS`` (3) words beside the figure,
    so its first two words on the left or on the right, as said or without the
    little words.
    """
    return _side_keys(frame.left, frame.right)


@functools.lru_cache(maxsize=8192)
def _side_keys(left: tuple[str, ...], right: tuple[str, ...]) -> frozenset[tuple[str, tuple[str, ...]]]:
    """:func:`_frame_keys` of a frame with these words on its left and right (all they depend on)."""
    keys = []
    for name, content_name, said in (("left", "left content", left), ("right", "right content", right)):
        alike = synonymous(said)
        for words in (said,) if alike == said else (said, alike):
            if len(words) >= 2:
                keys.append((name, words[:2]))
            content = _first_content(words)
            if len(content) >= 2:
                keys.append((content_name, content))
    return frozenset(keys)


def _first_content(words: tuple[str, ...]) -> tuple[str, ...]:
    """The first two of ``words`` that are not little words (fewer if there are not two)."""
    found: tuple[str, ...] = ()
    for w in words:
        if w not in lx.STOPWORDS:
            found += (w,)
            if len(found) == 2:
                break
    return found


class _NounlessIndex:
    """The groups a figure without a noun may restate, by the words beside their mentions.

    Without it, each such figure would meet every earlier group of its kind in
    the section: quadratic in a long section of bare figures. A group is in the
    index of the key its first mention has (:attr:`_Group.nounless`), and only
    the groups refer to the index, by that key: no cycle for the collector.
    """

    def __init__(self, frames: _Frames) -> None:
        self._frames = frames
        self._by_key: dict[tuple[str, tuple[str, ...]], list[_Group]] = {}
        self._unread: list[tuple[_Group, int]] = []

    def enter(self, g: _Group, i: int) -> None:
        """Mention ``i`` opened or joined ``g``: the words beside it are read when a later figure first
        asks (in most texts none does), in the order the mentions came, so the index is the same."""
        self._unread.append((g, i))

    def _read(self) -> None:
        for g, i in self._unread:
            for k in self._frames.keys(i):
                found = self._by_key.setdefault(k, [])
                if not found or found[-1] is not g:
                    found.append(g)
        self._unread.clear()

    def meeting(self, keys: frozenset[tuple[str, tuple[str, ...]]]) -> list[_Group]:
        """The groups that could share enough words with a frame of these keys, in the order opened."""
        if self._unread:
            self._read()
        seen: dict[int, _Group] = {}
        for k in keys:
            met = self._by_key.get(k)
            if met is not None:
                for g in met:
                    seen.setdefault(id(g), g)
        if len(seen) < 2:
            return list(seen.values())
        return sorted(seen.values(), key=_first_mention)  # the order the groups opened in


def _first_mention(g: _Group) -> int:
    """The figure that opened ``g``: groups open in the order of their first figures."""
    return g.figures[0]


def _compatible(a: Figure, b: Figure) -> bool:
    """Do two statements allow a common value (197 and "nearly 200")?"""
    return _overlapping(a.kind, a.value, a.qualifier, b.kind, b.value, b.qualifier)


@functools.lru_cache(maxsize=65536)
def _overlapping(kind_a: ClaimKind, value_a: str, qualifier_a: str,
                 kind_b: ClaimKind, value_b: str, qualifier_b: str) -> bool:
    """:func:`_compatible` on what it depends on: a section asks it of the same wordings again and again."""
    sets = [_allowed(kind_a, value_a, qualifier_a), _allowed(kind_b, value_b, qualifier_b)]
    return sets[0] is not None and sets[1] is not None and sets[0].overlaps(sets[1])


@functools.lru_cache(maxsize=4096)
def _allowed(kind: ClaimKind, value: str, qualifier: str) -> Interval | None:
    """The values a statement allows (read once per wording: a long section repeats them)."""
    try:
        return _interval_of(kind, value, _qualifier(qualifier), None)
    except (ValueError, ZeroDivisionError):
        return None


#: Why a restatement between two lists is a guess: lists under two headings may be of two periods.
_LIST_ITEMS: Final = ", but both are items of lists, which may be of different periods or groups"


#: Why the same words may state two figures: each is read as of its own period.
_OTHER_PERIODS: Final = ", but read as of different periods ({} and {})"


def _other_periods(a: Figure, b: Figure) -> str:
    """ "… the most, with 46% recorded" (in a paragraph on 2012) and "… the most, with 36% recorded in
    2013": figures with no noun are looked for across periods, so two of different periods in the same
    words may be two figures ("" when the periods agree or one is not known)."""
    if a.period is None or b.period is None or a.period == b.period:
        return ""
    return _OTHER_PERIODS.format(a.period, b.period)


def _a_list_item(text: str, figures: Sequence[Figure], in_sentence: dict[int, list[int]], i: int) -> bool:
    """Is figure ``i`` one of three of its kind, or of five, in its sentence ("A (9,426); B (7,741); …")?"""
    kind, together = figures[i].kind, in_sentence.get(figures[i].sentence, [])
    if together:
        first, last = figures[together[0]], figures[together[-1]]
        starts = [m.end() for m in _RUN_TOGETHER.finditer(text, first.start, last.end)]
        lo = max([s for s in starts if s <= figures[i].start], default=0)
        hi = min([s for s in starts if s > figures[i].start], default=len(text))
        together = [j for j in together if lo <= figures[j].start < hi]
    return sum(figures[j].kind is kind for j in together) >= 3 or len(together) >= 5


#: What sets a figure against the figure before it in its sentence: "…, compared to 46% in 2019".
_COMPARED_BEFORE: Final = re.compile(r"\b(?:compared\s+(?:to|with)|against|versus)\s+$", re.IGNORECASE)
_COMPARED_WITH_OTHERS: Final = ", but each is set against another figure before it ({} / {})"


def _before_each(figures: Sequence[Figure], j: int, i: int) -> tuple[Figure, Figure] | None:
    """The figure right before each of figures ``j`` and ``i`` in its own sentence; ``None`` when either
    opens its sentence."""
    if j == 0 or i == 0 or figures[j - 1].sentence != figures[j].sentence \
            or figures[i - 1].sentence != figures[i].sentence:
        return None
    return figures[j - 1], figures[i - 1]


def _compared_with_other_figures(text: str, figures: Sequence[Figure], j: int, i: int) -> str:
    """Why two mentions in the same words, of different values, may be two figures ("" if nothing says so):
    "71% …, compared to 46% in 2019" and "58% …, compared to 33% in 2019" each give the earlier value of
    the figure before it, and those differ."""
    before = _before_each(figures, j, i)
    if before is None or not all(
            _COMPARED_BEFORE.search(text, max(0, figures[k].start - 20), figures[k].start) for k in (j, i)):
        return ""
    a, b = before
    return _COMPARED_WITH_OTHERS.format(a.value, b.value) if a.value != b.value else ""


_OTHER_COUNTS_BESIDE: Final = ", but each sentence counts its own {} ({} / {}): two sets, not one again"


def _counted_beside_others(figures: Sequence[Figure], j: int, i: int) -> str:
    """Why two mentions in the same words, of different values, may be two figures ("" if nothing says so):
    "4,210 goals have been netted in 880 matches" and "after 290 matches …, 1,150 goals have been netted":
    each sentence counts the same other thing, and those counts differ."""
    beside = []
    for k in (j, i):
        own = figures[k]
        beside.append({g.noun.lower(): g.value for g in figures if g.sentence == own.sentence and g is not own
                       and g.kind is kinds.COUNT and g.noun and g.noun != own.noun})
    for noun, value in beside[0].items():
        if noun in beside[1] and beside[1][noun] != value:
            return _OTHER_COUNTS_BESIDE.format(noun, value, beside[1][noun])
    return ""


def _beside_other_figures(text: str, figures: Sequence[Figure], group: Sequence[int], j: int, i: int) -> str:
    """Why figure ``i``, said in the same words as figure ``j`` of ``group`` but with another value, may be
    another figure ("" if nothing says so), from the figures beside each and the text's language: the
    reasons both ways of finding a restatement ask, in one order."""
    return (_changes_of_other_levels(figures, j, i) or _counted_beside_others(figures, j, i)
            or _followed_by_others(figures, j, i) or _two_years(figures, group, i)
            or _ranks_of_two_named(text, figures, j, i) or _left_for_other_levels(text, figures, j, i)
            or _in_another_language(text))


#: Right before a level a move left, after the level it reached: "3,320 in May, up from".
_LEFT_FROM: Final = re.compile(r"\b(?:up|down)\s+from\s+(?:the\s+)?$", re.IGNORECASE)
_LEFT_FOR_OTHERS: Final = ", but each is the level a move left for another level ({} / {})"


def _left_for_other_levels(text: str, figures: Sequence[Figure], j: int, i: int) -> str:
    """Why two figures said alike, of different values, may be two figures ("" if nothing says so): "3,320
    visitors from one country came in May, up from 2,870 in April" and "610 from another came in May, down
    from 1,670 in April" left two levels for two others."""
    reached = []
    for k in (j, i):
        f = figures[k]
        if k == 0 or _LEFT_FROM.search(text, max(0, f.start - 20), f.start) is None:
            return ""
        level = figures[k - 1]
        if level.sentence != f.sentence or level.kind is not f.kind:
            return ""
        reached.append(level.value)
    return _LEFT_FOR_OTHERS.format(*reached) if reached[0] != reached[1] else ""


#: A name set beside a rank, before it ("Northwind, the third-largest …") or after its noun ("the
#: second-largest carrier, Skyline, …").
_NAME_BEFORE_A_RANK: Final = re.compile(r"(?P<name>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}),\s+the\s+$")
_NAME_AFTER_A_RANK: Final = re.compile(
    r"[\w-]*(?:\s+[a-z][\w-]*){0,3},\s+(?P<name>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})\s*[,.;]")
_RANKS_OF_TWO: Final = ", but each is the rank of another named beside it ({!r} / {!r})"


def _ranks_of_two_named(text: str, figures: Sequence[Figure], j: int, i: int) -> str:
    """Why two ranks said alike, of different values, may be two figures ("" if nothing says so):
    "Northwind, the third-largest carrier, …" and "… the second-largest carrier, Skyline, …" rank two."""
    if figures[i].kind is not kinds.ORDINAL or figures[j].kind is not kinds.ORDINAL:
        return ""
    names = []
    for f in (figures[j], figures[i]):
        before = _NAME_BEFORE_A_RANK.search(text, max(0, f.start - 60), f.start)
        after = None if before is not None else _NAME_AFTER_A_RANK.match(text, f.end)
        named = before or after
        if named is None:
            return ""
        names.append(named.group("name"))
    return _RANKS_OF_TWO.format(*names) if names[0] != names[1] else ""


_IN_ANOTHER_LANGUAGE: Final = (", but the text is not in English, whose words are the ones read for whose "
                                "figure each is")


def _in_another_language(text: str) -> str:
    """Why two mentions in the same words, of different values, may be two figures ("" if nothing says so):
    the words that would say whose each is (names, scopes, "each", "the previous") are read in English."""
    return "" if reads_as_english(text) else _IN_ANOTHER_LANGUAGE


_FOLLOWED_BY_OTHERS: Final = (", but each is followed in its sentence by another of its kind ({} / {}): a "
                              "list's items")


def _followed_by_others(figures: Sequence[Figure], j: int, i: int) -> str:
    """Why two mentions in the same words, of different values, may be two figures ("" if nothing says so):
    "… emitted 2,140 tonnes, with road lighting close behind at 1,310 tonnes" and "the leisure centre
    emitted 590 tonnes, with the town hall close behind at 380 tonnes": each sentence goes on to the next
    of a ranking, and the next differ."""
    a, b = _next_of_its_kind(figures, j), _next_of_its_kind(figures, i)
    if a is None or b is None or a.value == b.value:
        return ""
    return _FOLLOWED_BY_OTHERS.format(a.value, b.value)


def _next_of_its_kind(figures: Sequence[Figure], k: int) -> Figure | None:
    """The next figure of figure ``k``'s kind and unit in its sentence, if any."""
    own = figures[k]
    for g in itertools.islice(figures, k + 1, None):
        if g.sentence != own.sentence:
            return None
        if g.kind is own.kind and g.unit == own.unit:
            return g
    return None


_CHANGES_OF_OTHERS: Final = ", but each follows another level in its sentence ({} / {})"


def _changes_of_other_levels(figures: Sequence[Figure], j: int, i: int) -> str:
    """Why two changes in the same words, of different values, may be two figures ("" if nothing says so):
    "flew 18.4 million passengers in June, up 3.2%" and "flew 1.92 million passengers to and from
    the islands in June, up 11.6%" each follow the level they are of, and those levels differ."""
    before = _before_each(figures, j, i)
    if before is None or figures[j].kind is not kinds.CHANGE or figures[i].kind is not kinds.CHANGE \
            or any(f.kind not in (kinds.COUNT, kinds.AMOUNT) for f in before):
        return ""
    a, b = before
    return _CHANGES_OF_OTHERS.format(a.value, b.value) if a.value != b.value else ""


def _restatement_without_noun(
    figures: Sequence[Figure], frames: _Frames, candidates: list[_Group], i: int,
    in_sentence: dict[int, list[int]],
) -> tuple[_Group | None, tuple[str, bool]]:
    """A figure with no noun (a year, a date, a bare percentage) restated in the same sentence frame.

    "published his work in 1930" … "published his work in 1922": the frame, not
    the noun, says both state one figure. ``candidates`` are the groups of the
    same kind, unit, section and direction whose first figure has no noun.
    """
    if not candidates or _labels_the_figure_before(frames.text, figures, i):
        return None, ("", True)
    f = figures[i]
    keys = frames.keys(i)
    guess: tuple[_Group | None, tuple[str, bool]] = (None, ("", True))
    for g in candidates:
        if figures[g.figures[-1]].sentence == f.sentence:  # figures come in text order
            continue
        if _labels_the_figure_before(frames.text, figures, g.figures[0]):
            continue
        near = _sharing_keys(frames, g, keys)
        found = next(((w, j) for j in near if (w := _restated(frames[j], frames[i]))), None)
        if found is not None and f.kind in _MEASURED and _counted_apart(frames[found[1]], frames[i]):
            found = None
        if found is not None:
            words, j = found
            listed = all(_a_list_item(frames.text, figures, in_sentence, j) for j in (g.figures[0], i))
            text, said_last = frames.text, figures[g.figures[-1]].end
            doubt = _LIST_ITEMS if listed else _doubt(text, frames[j], frames[i], said_last, f.start) or (
                _values_apart(text, frames[j], frames[i], said_last, f.start)
                or _parallel_paragraphs(text, figures, j, i) or _parallel_lines(text, figures, j, i)
                or _compared_with_other_figures(text, figures, j, i)
                or _beside_other_figures(text, figures, g.figures, j, i)
                if figures[j].value != f.value else "") or _other_periods(figures[j], f)
            if not doubt and another_scope(frames[j].sequence, frames[j].names, frames[i].sequence,
                                           frames[i].names):
                doubt = ANOTHER_SCOPE
            return g, (f"restated in the same words: {words!r}" + doubt, not doubt)
        if guess[0] is None:
            alike = next((w for j in near if (w := _restated_through_synonyms(frames, j, i))), None)
            if alike is not None:
                guess = g, (f"restated in like words, read through synonyms: {alike!r}; a guess", False)
    return guess


def _counted_apart(a: _Frame, b: _Frame) -> bool:
    """Do the words right after two figures with no noun part into other words ("212 logged burst
    pipes" / "519 logged calls")?

    With no noun read, those words are what each figure counts: where they start
    alike and go on differently, the two count different things, however alike the
    words before them.
    """
    n = len(_common_prefix(a.right, b.right))
    return (
        0 < n < min(len(a.right), len(b.right))
        and a.right[n].isalpha() and b.right[n].isalpha()
        and a.right[n] not in lx.STOPWORDS and b.right[n] not in lx.STOPWORDS
    ) or (n == 0 and (_narrowed(a.right, b.right) or _narrowed(b.right, a.right)))


def _narrowed(words: Sequence[str], other: Sequence[str]) -> bool:
    """Do ``other``'s words say ``words``' first word with one word before it ("9,040 empty boxes" after
    "48,210 boxes")? That word names a narrower kind of what the first counts."""
    return (
        len(words) >= 1 and len(other) >= 2 and other[1] == words[0] and words[0].isalpha()
        and words[0] not in lx.STOPWORDS and other[0].isalpha() and other[0] not in lx.STOPWORDS
    )


_SAME_VALUE: Final = ("the same figure stated again", True)


def _labels_the_figure_before(text: str, figures: Sequence[Figure], i: int) -> bool:
    """Is figure ``i`` a year that labels the figure right before it on its line ("US cents 58.0 2009")?

    Such a year is the period of a table's cell, not a fact of its own: the
    rows "58.0 2009" and "58.0 2008" say the same words of two years, and that
    is what a table is, not one year restated as another.
    """
    if i == 0 or figures[i].kind is not kinds.YEAR:
        return False
    gap = text[figures[i - 1].end : figures[i].start]
    return bool(gap) and gap.isspace() and "\n" not in gap


class _RowLabels:
    """The first cell of the table row each figure stands in ("Precinct 7" in "Precinct 7 | … | 121").

    Two rows with other labels are two rows of a table: the same words in both
    ("UNDER VOTES:") name a column, not one figure said twice.
    """

    def __init__(self, text: str, figures: Sequence[Figure]) -> None:
        self._text = text
        self._figures = figures
        self._cells = "|" in text
        self._labels: dict[int, str | None] = {}

    def differ(self, a: int, b: int) -> bool:
        if not self._cells:
            return False
        first, second = self._label(a), self._label(b)
        return first is not None and second is not None and first != second

    def other_cells(self, members: Sequence[int], i: int) -> bool:
        """Is figure ``i`` a cell of a table, and one of ``members`` a cell on another of its lines?

        Two cells that happen to hold one value ("7" won, "7" lost) are two
        figures; a year or a date is the same one wherever it is said.
        """
        if not self._cells or self._figures[i].kind in (kinds.YEAR, kinds.DATE):
            return False
        line = self._cell_line(i)
        return line is not None and any((other := self._cell_line(j)) is not None and other != line
                                        for j in members)

    def _line(self, i: int) -> tuple[int, str]:
        """Where the line of figure ``i`` starts, and the line."""
        start = self._text.rfind("\n", 0, self._figures[i].start) + 1
        end = self._text.find("\n", start)
        return start, self._text[start : end if end >= 0 else len(self._text)]

    def _cell_line(self, i: int) -> int | None:
        """Where the line of figure ``i`` starts, if that line is a row of a table (it holds a "|")."""
        start, line = self._line(i)
        return start if "|" in line else None

    def _label(self, i: int) -> str | None:
        if i not in self._labels:
            start, line = self._line(i)
            cells = [c.strip().lower() for c in line.strip().strip("|").split("|")]
            label = cells[0] if len(cells) >= 3 and cells[0] else None
            self._labels[i] = label if label and self._figures[i].start >= start + line.find("|") else None
        return self._labels[i]


def _sharing_keys(frames: _Frames, g: _Group, keys: frozenset[tuple[str, tuple[str, ...]]]) -> list[int]:
    """The latest mentions of ``g`` (at most ``_RECENT``) whose frames could restate a figure's."""
    return list(itertools.islice(
        (j for j in reversed(g.figures) if not keys.isdisjoint(frames.keys(j))), _RECENT))


#: No groups (of a key none has opened yet).
_NO_GROUPS: Final[list[_Group]] = []


#: How many of the latest mentions or groups a figure stated again compares its words with (a
#: bound: a year said a thousand times must not be compared a million times).
_RECENT: Final = 8


def _other_names(
    key: tuple[object, ...], measures: str,
) -> tuple[tuple[object, ...] | None, tuple[object, ...]]:
    """A measured group's key (what it ``measures`` second) with its noun's synonyms as one ("troops"
    and "soldiers"), if it has any, and with its counted noun alone ("cases.measles" → "cases"): where
    a figure named otherwise, or more plainly, is looked for."""
    head, _, rest = measures.partition(".")
    plain = (key[0], head, *key[2:])
    if not has_synonyms(head):
        return None, plain
    return (key[0], canonical(head) + ("." + rest if rest else ""), *key[2:]), plain


@functools.lru_cache(maxsize=4096)
def _in_synonyms(frame: _Frame) -> _Frame:
    """The frame with each word replaced by the name of its synonyms' class (itself if none has one)."""
    if not any(canonical(w) != w for w in [*frame.left, *frame.right, *frame.before]):
        return frame
    return dataclasses.replace(
        frame, left=synonymous(frame.left), right=synonymous(frame.right),
        before=frozenset(synonymous(frame.before)), sequence=synonymous(frame.sequence),
        clause=synonymous(frame.clause),
    )


def _through_synonyms(frames: _Frames, j: int, i: int) -> tuple[_Frame, _Frame] | None:
    """Both frames read through synonyms, if that changes either (else nothing new to compare)."""
    a, b = _in_synonyms(frames[j]), _in_synonyms(frames[i])
    return None if a is frames[j] and b is frames[i] else (a, b)


def _restated_through_synonyms(frames: _Frames, j: int, i: int) -> str | None:
    pair = _through_synonyms(frames, j, i)
    return None if pair is None else _restated(*pair)


def _restated_under_another_name(
    figures: Sequence[Figure], frames: _Frames, candidates: list[_Group], i: int,
) -> tuple[_Group | None, tuple[str, bool]]:
    """"500 troops were sent to the border" … "600 soldiers were sent to the border": a guess.

    The words around both are alike once synonyms are read as one; whether the
    two nouns name one thing is the reader's call, so the link is never certain.
    """
    if not candidates or _labels_the_figure_before(frames.text, figures, i):
        return None, ("", True)
    f = figures[i]
    keys = frames.keys(i)
    for g in candidates:
        if figures[g.figures[-1]].sentence == f.sentence:  # figures come in text order
            continue
        if _labels_the_figure_before(frames.text, figures, g.figures[0]):
            continue
        near = _sharing_keys(frames, g, keys)  # the words beside them first: most share none, and that
        if not near:  # rules the group out without reading whose figure each mention is
            continue
        if any(_subjects_differ(frames[j], frames[i]) for j in g.figures):
            continue
        words = next((w for j in near if (w := _restated_through_synonyms(frames, j, i))), None)
        if words is not None:
            first = figures[g.figures[0]]
            return g, (f"restated in like words under another name ({first.noun!r} / {f.noun!r}): {words!r}; "
                       "whether they name one thing is a guess", False)
    return None, ("", True)


def _by_frame_rather_than_value(
    figures: Sequence[Figure], frames: _Frames, index: _NounlessIndex, same: _Group, i: int,
    in_sentence: dict[int, list[int]], block: int | None = None,
) -> tuple[_Group, tuple[str, bool]]:
    """For a figure with no noun, the group its words restate, before one that only shares its value.

    "its seventh appearance" and "ranked seventh in their heats" share a value,
    not a quantity; "ranked first in their heats" … "ranked seventh in their
    heats" state one rank.
    """
    if len(in_sentence.get(figures[i].sentence, ())) >= 5:
        return same, _SAME_VALUE  # a row of a table or a list: a restatement there is a guess at best
    if not same.members.frame_keys(frames).isdisjoint(frames.keys(i)):
        return same, _SAME_VALUE  # said in words like one of its mentions: the value's group it is
    others = [g for g in _ours(block, index.meeting(frames.keys(i)))[-_RECENT:] if g is not same]
    target, how = _restatement_without_noun(figures, frames, others, i, in_sentence)
    return (same, _SAME_VALUE) if target is None or not how[1] else (target, how)


#: A fraction in words ("almost a fifth") and the percentage in brackets right after it ("(19%)").
_FRACTION_WORD: Final = re.compile(
    r"\b(?:half|halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)$", re.IGNORECASE
)
_BRACKETED: Final = re.compile(r"\s*\(\s*$")
_FRACTION_KINDS: Final = (frozenset({kinds.CHANGE}), frozenset({kinds.SHARE, kinds.PERCENTAGE}))


def _fraction_in_figures(text: str, fraction: Figure, figure: Figure) -> bool:
    """"up by almost a fifth (19%)", "a quarter (24%) of them": one figure said twice, the second exactly."""
    if fraction.range_id is not None or figure.range_id is not None or fraction.sentence != figure.sentence:
        return False
    if not text.startswith(")", figure.end) or not _FRACTION_WORD.search(text, fraction.start, fraction.end):
        return False
    if _BRACKETED.fullmatch(text, fraction.end, figure.start) is None:
        return False
    if lx.PERCENT.search(text, figure.start, figure.end) is None:
        return False
    return any({fraction.kind, figure.kind} <= kinds for kinds in _FRACTION_KINDS)


_RESTATABLE_KINDS: Final = frozenset({
    kinds.AMOUNT, kinds.COUNT, kinds.PERCENTAGE, kinds.SHARE, kinds.CHANGE,
})


def _restatable(f: Figure) -> bool:
    """A figure distinctive enough that the same value said elsewhere may be it said again."""
    if f.kind not in _RESTATABLE_KINDS or f.range_id is not None or f.cue == LINE_ITEM:
        return False
    return f.unit is not None or sum(map(str.isdigit, f.value)) >= 3


def _in_headline(text: str, f: Figure) -> bool:
    """Is the figure on a line that ends without a full stop (a headline, a label and its value)?"""
    start = text.rfind("\n", 0, f.start) + 1
    end = text.find("\n", f.end)
    line = text[start : len(text) if end < 0 else end].rstrip()
    return not line.endswith((".", "!", "?", ".\"", ".”", ".)"))


#: A sentence with this many figures is a row of a table or a list.
_LISTED: Final = 4


def _in_other_rows(figures: Sequence[Figure], in_sentence: dict[int, list[int]], members: Sequence[int],
                   i: int) -> bool:
    """Are figure ``i`` and one of ``members`` each one of many figures of their own line or sentence?

    Rows of a table set out with spaces ("Limpopo 48.9 57.8 8.9", "Mpumalanga
    47.9 56.8 8.9") and lists ("PDIU 4, PR 3", "FC 4, PNSD 4") repeat a value by
    chance: the same value there is two figures, not one said again (a year or
    a date is the same one wherever it is said).
    """
    f = figures[i]
    if f.kind in (kinds.YEAR, kinds.DATE) or len(in_sentence.get(f.sentence, ())) < _LISTED:
        return False
    return any(figures[j].sentence != f.sentence and len(in_sentence.get(figures[j].sentence, ())) >= _LISTED
               for j in members)


def _value_key(f: Figure) -> tuple[object, ...]:
    """A "share of turnover 54%" and "54% of turnover" state one kind of figure, whichever word marks it."""
    kind = kinds.PERCENTAGE if f.kind is kinds.SHARE else f.kind
    return (kind, f.value, f.unit, f.period)


def _same_value_elsewhere(
    text: str, figures: Sequence[Figure], candidates: list[_Group], i: int,
    in_sentence: dict[int, list[int]], contexts: Callable[[int], frozenset[str]],
) -> tuple[_Group | None, tuple[str, bool]]:
    """"US trade gap grows 8 percent" … "the gap rose …, 8 percent more": a headline said again.

    The very value (hedged alike or not), in the same unit and period, with a content word in common
    (synonyms read as one: "turnover" and "income"), in another section or under
    another name; only one of the two may name what it counts, else two nouns say
    two figures. One of the two stands in a headline or a label line (no closing
    full stop) and the other in prose: that is where a figure is said twice in
    other words, while two sentences of prose with one value are as often two
    figures ("permits rose 4.8%" … "permits for houses rose 4.8%"), and two cells
    of tables repeat values by chance. Whether they are one is the reader's
    inference: never certain.
    """
    f = figures[i]
    if not candidates or not _restatable(f):
        return None, ("", True)
    listed = len(in_sentence.get(f.sentence, ())) >= _LISTED
    headline = _in_headline(text, f)
    own = set(synonymous(contexts(i)))
    for g in reversed(candidates[-_RECENT:]):
        if f.sentence in g.members.sentences or g.members.values != {f.value}:
            continue
        first = figures[g.figures[0]]
        if listed and len(in_sentence.get(first.sentence, ())) >= _LISTED:
            continue
        if headline == _in_headline(text, first):
            continue
        if first.noun is not None and f.noun is not None and canonical(first.noun) != canonical(f.noun):
            continue
        if first.direction is not None and f.direction is not None and first.direction != f.direction:
            continue
        shared = sorted(own & set(synonymous(g.members.words(contexts))))
        if shared:
            return g, (f"the same value said again with the word {shared[0]!r} in common, not by wording",
                       False)
    return None, ("", True)


#: "Of the 17,400 referrals": a definite article before a figure points back to a figure already given.
_DEFINITE_BEFORE: Final = re.compile(r"\b(?:the|these|those|all)\s+$", re.IGNORECASE)


def _restated_by_its_action(
    text: str, layout: Layout, figures: Sequence[Figure], candidates: list[_Group], f: Figure,
) -> tuple[_Group | None, tuple[str, bool]]:
    """"some 17,004 victims … were referred" … "Of the 17,004 referrals": a guess.

    A later count introduced by "the" and named by a noun whose verb the sentence
    of an earlier count states (synonyms as one: "referrals" and "referred") is
    read as that count again only when the two allow a common value: the people
    referred and the referrals made need not be one figure (one person may be
    referred twice), so two values that differ stay two figures, each checked by
    its own words ("24% of referrals" against the count of referrals). Whether
    they are one is the reader's call: the link is never certain.
    """
    if f.noun is None or not has_synonyms(f.noun.lower()) \
            or not _DEFINITE_BEFORE.search(text, max(0, f.start - 12), f.start):
        return None, ("", True)
    action = canonical(f.noun.lower())
    for g in reversed(candidates[-_RECENT:]):
        first = figures[g.figures[0]]
        if f.sentence in g.members.sentences or first.noun is None or canonical(first.noun.lower()) == action:
            continue
        if first.period is not None and f.period is not None and first.period != f.period:
            continue
        if not _compatible(first, f):
            continue
        _, end = layout.sentence_bounds(first.sentence, len(text))
        verb = next((w for w in _TOKEN.findall(text[first.end : end])
                     if w.lower() != first.noun.lower() and canonical(w.lower()) == action), None)
        if verb is not None:
            return g, (f"'the {f.value} {f.noun}' read as the {first.value} {first.noun} its sentence says "
                       f"were {verb}; a guess", False)
    return None, ("", True)


def _a_cell_in_other_words(
    text: str, layout: Layout, figures: Sequence[Figure], cells: ShareCells, group_of: dict[int, _Group],
    block: int | None, i: int,
) -> tuple[_Group | None, tuple[str, bool]]:
    """"the Greens, on under a twentieth of the vote" after the row "Green": see :mod:`._table_restated`."""
    found = restated_cell(text, layout, figures, cells, i)
    if found is None or found[0] not in group_of or not _ours(block, [group_of[found[0]]]):
        return None, ("", True)
    cell, label = found
    how = f"the table's share of {figures[i].of_noun} on the row {label!r}, said again in prose naming it"
    return group_of[cell], (how + "; a guess", False)


def _same_value_under_head_noun(
    figures: Sequence[Figure], candidates: list[_Group], f: Figure, key: tuple[object, ...],
) -> tuple[_Group | None, tuple[str, bool]]:
    """"118 measles cases" … "the 118 cases": one figure, named once in full and once by its noun.

    Only the very value stated again joins, and only when one of the two names
    is the noun alone ("118 mumps cases" and "118 measles cases" are two
    figures); the link is the reader's inference, so it is not certain.
    """
    noun = str(key[1])
    for g in reversed(candidates[-_RECENT:]):
        other = str(g.key[1])
        if g.key == key or ("." in noun and "." in other):
            continue
        if g.members.stated != {(f.value, f.qualifier)} or f.sentence in g.members.sentences:
            continue
        if figures[g.figures[-1]].section != f.section:
            continue
        return g, (f"the same value counted by the same noun ({noun!r} / {other!r}), not by wording", False)
    return None, ("", True)


def _nounless_key(f: Figure) -> tuple[object, ...] | None:
    """Where a figure without a noun looks for the figure it may restate, if it may."""
    if f.cue is not None or f.range_id is not None or (f.noun is not None and f.kind in _MEASURED):
        return None
    return (f.kind, f.unit, f.section, f.direction)
