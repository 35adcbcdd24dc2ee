"""From figures to claims: periods, what each figure measures, the relations the wording states.

Each link records how it was found: stated by wording ("3 of the 12
suspects", "rose 6 % to … from …"), or guessed (by proximity, by a shared
noun). Grouping mentions into one figure is :mod:`._grouping`; relations a
table, a layout or a definition states are :mod:`._laid_out`.
"""

from __future__ import annotations

import bisect
import functools
import re
import string
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from fractions import Fraction
from typing import Any, Final, TypeVar

from pydantic import BaseModel, ValidationError

from factcheck._models import (
    Basis,
    BindingName,
    Claim,
    ClaimKind,
    ClaimsFile,
    DifferenceOf,
    Direction,
    Document,
    Mention,
    Qualifier,
    RateOf,
    ShareOf,
    _interval_of,
    assembled,
)
from factcheck._stated import parse_number
from factcheck.extract import _kinds as kinds
from factcheck.extract import _lexicon as lx
from factcheck.extract._against_normal import against_normals
from factcheck.extract._averages import stated_averages
from factcheck.extract._changes import (
    _CHANGE_OR_PERCENTAGE,
    amount_changes,
    carried_changes,
    comparative,
    compared_way,
    comparisons,
    differences,
    factors,
    moved_objects,
    moves,
    multiplier_verbs,
    revisions,
)
from factcheck.extract._changes_said_after import changes_said_after
from factcheck.extract._combined import combined_rates
from factcheck.extract._combined_shares import combined_shares
from factcheck.extract._comprising import comprised_wholes, opens_a_breakdown
from factcheck.extract._cues import may_hold, may_hold_short, search_from
from factcheck.extract._fact_boxes import fact_boxes
from factcheck.extract._figures import BARE_PERCENT, Figure, Layout, _key, _over_a_hundred, _plural, scan
from factcheck.extract._grouping import groups as mention_groups
from factcheck.extract._laid_out import _change_amount, balance_changes, balances, laid_out_changes
from factcheck.extract._links import MEASURED as _MEASURED
from factcheck.extract._links import PERCENTS as _PERCENTS
from factcheck.extract._links import PROXIMITY, SCALE_DIFFERS, WHERE_COUNTED, Relation, counted_where
from factcheck.extract._links import TIMES as _TIMES
from factcheck.extract._links import YEAR as _YEAR
from factcheck.extract._links import close as _close
from factcheck.extract._links import measured_key as _measured_key
from factcheck.extract._links import qualifier as _qualifier
from factcheck.extract._links import scale_differs as _scale_differs
from factcheck.extract._links import unnamed as _unnamed
from factcheck.extract._links import wording as _wording
from factcheck.extract._lists import (
    TOTAL_CHANGE_BEFORE,
    bounded_in_brackets,
    bracketed_breakdowns,
    colon_breakdowns,
    coordinated_shares,
    listed_changes,
    share_lists,
)
from factcheck.extract._medal_tallies import medal_tallies
from factcheck.extract._member_sections import member_sections
from factcheck.extract._minus import defined_differences
from factcheck.extract._most_in import member_and_nation, most_in_whole, world_totals
from factcheck.extract._named_shares import named_shares
from factcheck.extract._named_wholes import NAMED_WHOLE, the_named_whole
from factcheck.extract._net import net_figures
from factcheck.extract._pass_rates import pass_rates
from factcheck.extract._per_period import per_period_changes
from factcheck.extract._poll_leads import poll_leads
from factcheck.extract._ranks import ranks_within_ranks
from factcheck.extract._rates import DAYS_IN_A_YEAR, daily_rates
from factcheck.extract._remaining_shares import remaining_shares
from factcheck.extract._running_totals import running_totals
from factcheck.extract._seat_gains import seat_gains
from factcheck.extract._section_changes import section_changes
from factcheck.extract._shares_of_stated_wholes import shares_of_stated_wholes
from factcheck.extract._statements import statements
from factcheck.extract._subkinds import subkinds
from factcheck.extract._table_comparisons import table_comparisons
from factcheck.extract._tables import tables
from factcheck.extract._taken_out import taken_out
from factcheck.extract._totalling import totalled_lists
from factcheck.extract.languages import guess_other_language

__all__ = ["assemble", "figures_to_claims"]

#: "fiscal year 2022", "FY 2022": the year a figure is of, named with its kind of year.
_KIND_OF_YEAR = r"(?:(?:the\s+)?(?:fiscal|financial|calendar|school|academic|tax)\s+year\s+|FY\s?)?"
_YEAR_CONTEXT = re.compile(
    r"\b(?:in|during|for|throughout|over|since|of)\s+(?:the\s+(?:year|whole\s+of|first\s+half\s+of|"
    r"second\s+half\s+of)\s+)?" + _KIND_OF_YEAR
    + r"((?:19|20)\d\d)\b(?![-–/]\d|\s+(?:through|to|until|till|and)\s+(?:19|20)\d\d\b)"  # not a span's start
    + r"|\b((?:19|20)\d\d)['’]s\b",
    re.IGNORECASE,
)
#: A sentence opening on a year that a verb says is the time it speaks of: "2016 saw …", "2023 was …".
_YEAR_OPENING = re.compile(
    r"\s*((?:19|20)\d\d)\s+(?:saw|was|brought|marked|had|became|proved|ended|began|recorded)\b", re.IGNORECASE
)
#: Words after an amount that make it one per unit ("$1.20 per share", "£12 a head"): no whole of amounts.
_PER_UNIT = re.compile(r"\s+(?:per|a|an|each)\s+(?:share|head|person|capita|unit|item)\b", re.IGNORECASE)
#: A year stated right after the figure ("1,786 persons in 2013"); matched at the figure's end.
#: A cheap test before ``_YEAR_CONTEXT``, which is tried at every word of a sentence.
_A_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_RIGHT_AFTER = re.compile(
    r"[^.;\d]{0,40}?\b(?:in|during)\s+" + _KIND_OF_YEAR + r"((?:19|20)\d\d)\b", re.IGNORECASE
)
_PART_BEFORE = re.compile(
    r"\b(?:including|includes|included|(?<!each\s)of\s+whom|(?<!each\s)(?<!result\s)(?<!cause\s)of\s+which|among\s+them|"
    r"among\s+whom|comprising|"
    r"among\s+those)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
#: A word every match of :data:`_PART_BEFORE` holds.
_PART_WORDS = ("includ", "whom", "which", "among", "comprising")
#: What every match of :data:`_PART_BEFORE` starts with.
_PART_STARTS = ("includ", "of", "among", "comprising")
#: An aside that lists parts: "…, including 4 nurses".
_INCLUDING_BEFORE = re.compile(r"\bincluding\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
#: A figure named as a threshold, never a whole: "broke the $50 million mark, including …".
_A_MARK_AFTER = re.compile(r"\s+(?:mark|barrier|threshold|milestone)\b", re.IGNORECASE)
#: A clause of its own whose subject "included" the part: "7 buses, and the fleet included 48 vans".
_ANOTHER_SUBJECT_INCLUDED = re.compile(
    r"(?:,\s*(?:and|while|but|whereas)|;)\s+(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,4}"
    r"(?:included|includes|include)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
MONEY_CHANGE_OF_A_COUNT = ("a change in money after a count of no unit: it may be of something else the "
                           "sentence measures, or a size the count's items have; a guess")
INCLUDED_BY_ANOTHER_SUBJECT = ("a part that a clause of its own says its subject included, after the count "
                               "before: the subject may name another whole; a guess")
_COORDINATED = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)$", re.IGNORECASE)
_APPOSITION = re.compile(r"^\s*(?::|\(|—|–|-{1,2}|,)\s*$")
#: What ends a list at its last item ("A, B and C"): a figure after it, by a comma, is not an item.
_CLOSES_A_LIST = re.compile(r"\b(?:and|or)\b|&", re.IGNORECASE)
#: Nouns of a change ("a 6.1 per cent increase over", "610 units or a gain of").
_CHANGE_NOUN_WORDS = ("increase", "rise", "growth", "jump", "gain", "improvement", "decrease", "fall", "drop",
                      "decline", "reduction")
#: A baseline's lead-in: "from", "than", "compared with/to", "against"; not the "from" of where things come
#: from ("came from 96 towns", "drawn from 40 schools"), nor a "than" typed twice ("among more than than
#: 1,800 firms": the hedge "more than").
_SET_FROM = (r"\b(?:(?<!came )(?<!come )(?<!comes )(?<!coming )(?<!drawn )(?<!hailing )(?<!arrived )from"
             r"|(?<!than )than(?!\s+than\b)|compared\s+(?:with|to)|against)\s+")
#: Nouns a lead-in names a baseline by before "of": "on the 2019 total of", "from the 2021 level of".
_LEVEL_NOUNS = r"(?:total|level|tally|figure|number|average|estimate|count)"
_FROM_BEFORE = re.compile(
    rf"{_SET_FROM}(?:\w+\s+)?$"
    # "from last year's 2.1 million", "than the previous quarter's"
    rf"|{_SET_FROM}(?:last|the\s+(?:previous|prior|same))\s+"
    r"(?:year|month|quarter|week|period)['’]s\s+$"
    # "up 4% to 9,120 on 2023's 8,770", "on last year's"
    r"|\bon\s+(?:(?:19|20)\d\d|last\s+(?:year|month|quarter|week))['’]s\s+$"
    rf"|{_SET_FROM}(?:[\w'’-]+\s+){{0,4}}"
    # "from the 2023 average of", "compared to the last session value of", "as against the sales of"
    r"(?:total|level|tally|figure|number|average|estimate|peak|value|amount|count|exports|imports|sales|"
    r"output|production|revenue|revenues|earnings|receipts)\s+of\s+$"
    # "3,100 (8.1%) more than in May 2021 (38,100)": the bracket after the period holds its level
    # "… 6.5% higher than during fiscal 2022-23 (Rs 85,670)": a fiscal year, and its level in brackets
    r"|\bthan\s+(?:in|on|during|for)\s+(?:the\s+)?(?:[A-Za-z]+\s+)?(?:19|20)\d\d(?:[-–/]\d\d(?:\d\d)?)?\s*\(\s*$"
    # "a 6.1 per cent increase over the 5,090", "a 3% rise on the 640", "a 9% rise on the 2019 total of":
    # the noun of a change says what "over" and "on" are (not "over 5,000 people", a hedge)
    rf"|\b(?:{'|'.join(_CHANGE_NOUN_WORDS)})\s+(?:over|on)\s+"
    rf"(?:the\s+)?(?:(?:[\w'’-]+\s+){{0,3}}{_LEVEL_NOUNS}\s+of\s+)?$",
    re.IGNORECASE,
)
#: The year a baseline's lead-in names it by, right before it: "on the 2019 total of", "from the 2021 level
#: of".
_YEAR_NAMING_THE_LEVEL = re.compile(
    rf"\bthe\s+((?:19|20)\d\d)\s+(?:[a-z-]+\s+)?{_LEVEL_NOUNS}\s+of\s+$",
    re.IGNORECASE)
#: After a figure, a time counted back ("up 40% on three peak seasons ago"): a point in time, no level.
_AGO = re.compile(r"\s+ago\b", re.IGNORECASE)
#: What every match of :data:`_FROM_BEFORE` starts with.
_FROM_WORDS = ("from", "than", "compared", "against", "on ", *_CHANGE_NOUN_WORDS)
_CONTEXT_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{2,}")

_OF_THE = re.compile(r"^\s+(?:out\s+)?of\s+(?:the\s+|all\s+|those\s+|its\s+|their\s+|the\s+[\w-]+['’]s\s+)?$",
                     re.IGNORECASE)
_OF_THEM = re.compile(
    r"\s+of\s+(?:them|whom|these|those)\b(?:\s+(?:were\s+|are\s+)?([A-Za-z]+))?", re.IGNORECASE
)
_PRONOUNS = frozenset({"them", "those", "these", "which", "whom", "it", "us", "they"})
#: The verbs of :data:`_VERB_CHANGE`.
_CHANGE_VERBS = (
    "increased", "rose", "risen", "grew", "grown", "jumped", "surged", "climbed", "gained", "soared",
    "decreased", "declined", "dropped", "fell", "fallen", "slumped", "shrank", "plunged", "doubled",
    "tripled", "trebled", "quadrupled", "halved",
)
#: A change stated by a verb ("sales fell by a third", "prices doubled"): its subject precedes it.
_VERB_CHANGE = re.compile(r"\b(?:" + "|".join(_CHANGE_VERBS) + r")\b", re.IGNORECASE)


#: Words that open a baseline: a year after one within its clause is the baseline's, not the period
#: of the figure the clause compares ("£283m, up from £245m in 2012", "the most since 2009").
_BASELINE_MARK = re.compile(
    r"\b(?:since|from|than|compared\s+(?:with|to)|against|versus|vs\.?)(?![\w'’-])", re.IGNORECASE
)
#: A word every match of :data:`_BASELINE_MARK` holds.
_BASELINE_WORDS = ("since", "from", "than", "compared", "against", "versus", "vs")
#: Words after a baseline that reach the new level: "from 5 in 2019 to 9 in 2020" — 2020 is the level's.
_TO_LEVEL = re.compile(r"\b(?:to|until|till|through|reaching|and)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[;:—–]|,(?=\s)")


def _year_at(m: re.Match[str]) -> int:
    return m.start(1) if m.group(1) else m.start(2)


def _baseline_mark(text: str, start: int, year_at: int) -> int | None:
    """Where the baseline a year belongs to opens, when it does ("up from £245m in 2012")."""
    if not may_hold_short(text[start:year_at], _BASELINE_WORDS):
        return None  # most years: no word that opens a baseline stands before them
    clause = max((m.end() for m in _CLAUSE_END.finditer(text, start, year_at)), default=start)
    mark = None
    for m in _BASELINE_MARK.finditer(text, clause, year_at):
        mark = m
    if mark is None or _TO_LEVEL.search(text, mark.end(), year_at):
        return None
    return mark.start()


def _period(text: str, layout: Layout, fig: Figure, inherited: dict[int, str | None],
            named: list[tuple[int, str, int | None]]) -> str | None:
    """The period of a figure in a sentence that names years (``named``, as :func:`_sentence_years` reads
    them); in any other, :func:`_inherited_period` is all there is."""
    _, end = layout.sentence_bounds(fig.sentence, len(text))
    # a year after the figure first (what the pattern matches holds one)
    own = _YEAR_RIGHT_AFTER.match(text, fig.end, end) if _A_YEAR.search(text, fig.end, end) else None
    if own is not None:
        fig.bases["period"] = (f"stated right after the figure: {own.group(0).strip()!r}", True)
        return own.group(1)
    years = [(pos, y) for pos, y, mark in named if mark is None or fig.start > mark]
    if years:
        before = [y for pos, y in years if pos < fig.start]
        fig.bases["period"] = ("the nearest year in the sentence, not tied to the figure by wording", False)
        return before[-1] if before else years[0][1]
    return _inherited_period(fig, inherited)


def _inherited_period(fig: Figure, inherited: dict[int, str | None]) -> str | None:
    period = inherited.get(fig.sentence)
    if period is not None:
        fig.bases["period"] = ("inherited from an earlier sentence of the section", False)
    return period


def _sentence_years(text: str, start: int, end: int, first_year: int) -> list[tuple[int, str, int | None]]:
    """The years a sentence names a time by ("in 2019"): where each stands, and where the baseline
    it belongs to opens, if it does (read once per sentence that holds a year, for every figure in it).

    ``first_year`` is where the first four digits :data:`_A_YEAR` matches from ``start`` on stand. What
    ``_YEAR_CONTEXT.finditer`` finds, searched for year by year: a match holds such a year with nothing
    but letters and spaces before it, so none starts before the letters and spaces right before the next
    year (it is tried at every position, which costs more than finding where they begin). A year right
    after "in " (most) is matched there first: no match for it can start before "in"."""
    found: list[tuple[int, str, int | None]] = []
    at, year = start, first_year
    opening = _YEAR_OPENING.match(text, start, end) if first_year - start < 8 else None
    if opening is not None:  # "2016 saw 304,126 grants": the year the sentence is about
        found.append((opening.start(1), opening.group(1), None))
    while True:
        m = _YEAR_CONTEXT.match(text, year - 3, end) \
            if year - 3 >= at and text[year - 3 : year].lower() == "in " else None
        if m is None:
            m = _YEAR_CONTEXT.search(text, _words_before(text, at, year), end)
        if m is None:
            return found
        found.append((m.start(), m.group(1) or m.group(2), _baseline_mark(text, start, _year_at(m))))
        at = m.end()
        later = _A_YEAR.search(text, at, end)
        if later is None:
            return found
        year = later.start()


#: ASCII letters and spaces: those of a run of letters and spaces that ``str.rstrip`` can pass at once.
_ASCII_LETTERS_AND_SPACES: Final = string.ascii_letters + string.whitespace


def _words_before(text: str, start: int, end: int) -> int:
    """Where the letters and spaces that run up to ``end`` begin (from ``start`` on): the ASCII ones are
    passed at once, then any other letter or space one at a time (most texts have none)."""
    k = start + len(text[start:end].rstrip(_ASCII_LETTERS_AND_SPACES))
    while k > start and (text[k - 1].isalpha() or text[k - 1].isspace()):
        k = start + len(text[start : k - 1].rstrip(_ASCII_LETTERS_AND_SPACES))
    return k


def _inherited_periods(
    text: str, layout: Layout, last: int
) -> tuple[dict[int, str | None], dict[int, list[tuple[int, str, int | None]]]]:
    """The period a sentence without a year of its own speaks of: its section's last one; and the
    years of each sentence that holds a year (:func:`_sentence_years`), up to sentence ``last`` (the
    last a figure stands in: what a sentence inherits comes from those before it)."""
    out: dict[int, str | None] = {}
    years_in: dict[int, list[tuple[int, str, int | None]]] = {}
    current: str | None = None
    section = -1
    starts, sections = layout.sentence_starts, layout.sentence_sections
    n = min(len(starts), last + 1)
    # the next year in the text, searched for again only past the sentence it stands in: four digits
    # never cross a sentence's start (whitespace is before each), so it is in the first sentence it ends in
    stop = starts[n] if n < len(starts) else len(text)
    year = _A_YEAR.search(text, 0, stop)
    holder = n if year is None else bisect.bisect_right(starts, year.start()) - 1  # the sentence it stands in
    for i in range(n):
        if sections[i] != section:
            section, current = sections[i], None
        out[i] = current
        if i != holder or year is None:
            continue  # most sentences hold no year
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        years = years_in[i] = _sentence_years(text, starts[i], end, year.start())
        named = [y for _, y, mark in years if mark is None]
        if named:
            current = named[-1]
        year = _A_YEAR.search(text, end, stop)
        holder = n if year is None else bisect.bisect_right(starts, year.start()) - 1
    return out, years_in


def _context(text: str, fig: Figure, bounds: tuple[int, int]) -> frozenset[str]:
    """Content words near the figure within its sentence: what a restatement repeats."""
    return _words_near(text, bounds, fig.start, fig.end, fig.modifiers, fig.noun)


def _words_near(text: str, bounds: tuple[int, int], start: int, end: int, modifiers: tuple[str, ...],
                noun: str | None) -> frozenset[str]:
    """:func:`_context` of a figure from what it depends on."""
    left = _CONTEXT_WORD.findall(text, max(bounds[0], start - 50), start)[-5:]
    right = _CONTEXT_WORD.findall(text, end, min(bounds[1], end + 50))[:5]
    return frozenset(map(str.lower, left + right)).difference(lx.STOPWORDS, modifiers, (noun or "",))


class _Contexts:
    """Each figure's :func:`_context`, read only when grouping first asks for it: most figures are
    never compared by their words. A figure's words are taken as they stand when :func:`relate` meets
    it (a later reading may name its noun), which is how they stand before its loop over the figures:
    that loop names no figure's noun but the one it is at, once it has met it. So all are noted then."""

    def __init__(self, text: str, layout: Layout) -> None:
        self._text, self._layout = text, layout
        self._noted: list[tuple[int, int, int, tuple[str, ...], str | None]] = []
        self._read: dict[int, frozenset[str]] = {}

    def note(self, figures: Sequence[Figure]) -> None:
        """Take the words of every figure as they stand now."""
        self._noted = [(f.sentence, f.start, f.end, f.modifiers, f.noun) for f in figures]

    def __call__(self, i: int) -> frozenset[str]:
        found = self._read.get(i)
        if found is None:
            if i >= len(self._noted):  # a figure alone in its text: read by nothing
                found = frozenset()
            else:
                sentence, start, end, modifiers, noun = self._noted[i]
                bounds = self._layout.sentence_bounds(sentence, len(self._text))
                found = _words_near(self._text, bounds, start, end, modifiers, noun)
            self._read[i] = found
        return found


def _modifier(noun: str | None, text: str, fig: Figure) -> str:
    if noun is None:
        return "part"
    if noun in lx.MODIFIER_FORMS:
        return lx.MODIFIER_FORMS[noun]
    quote = text[fig.start : fig.end]
    if re.search(rf"\b[A-Z]\w*{noun[1:]}\b", quote) and noun.endswith("s"):
        return _key(noun[:-1])
    return _key(noun)


class _Relations:
    """The relations found so far, indexed by kind and end, so a look-up does not rescan them all.

    ``found`` is the plain list the relation modules append to; the index catches up with it on
    each look-up. Not a list subclass: mypyc compiles no subclass of a builtin, and compiled
    callers append to a ``list[Relation]`` directly, past any overridden ``append``.
    """

    def __init__(self, found: list[Relation] | None = None) -> None:
        self.found: list[Relation] = [] if found is None else found
        self._indexed = 0
        self._from: dict[tuple[str, int], list[Relation]] = {}
        self._to: dict[tuple[str, int], list[Relation]] = {}

    def __iter__(self) -> Iterator[Relation]:
        return iter(self.found)

    def append(self, r: Relation) -> None:
        self.found.append(r)

    def extend(self, rs: Iterable[Relation]) -> None:
        self.found.extend(rs)

    def _catch_up(self) -> None:
        found = self.found
        for r in found[self._indexed :]:
            self._from.setdefault((r.kind, r.a), []).append(r)
            self._to.setdefault((r.kind, r.b), []).append(r)
        self._indexed = len(found)

    def starting(self, kind: str, a: int) -> list[Relation]:
        """The relations of ``kind`` from figure ``a``, in the order found."""
        if self._indexed < len(self.found):
            self._catch_up()
        return self._from.get((kind, a), [])

    def ending(self, kind: str, b: int) -> list[Relation]:
        """The relations of ``kind`` to figure ``b``, in the order found."""
        if self._indexed < len(self.found):
            self._catch_up()
        return self._to.get((kind, b), [])


def relate(
    text: str, figures: Sequence[Figure], layout: Layout, contexts: _Contexts | None = None
) -> list[Relation]:
    """Set each figure's measures and period; return the relations the wording states. The words
    beside each figure, read to group it with another of another sentence, are noted in ``contexts``
    (or, without it, set as its ``context``)."""
    by_sentence: dict[int, list[int]] = {}
    #: where each figure stands among its sentence's (which are in text order)
    rank: list[int] = []
    #: the figures whose next figure stands in the same sentence: the only ones that open a pair of neighbours
    paired: list[int] = []
    for i, f in enumerate(figures):
        same = by_sentence.setdefault(f.sentence, [])
        if same and same[-1] == i - 1:
            paired.append(i - 1)
        rank.append(len(same))
        same.append(i)
    inherited, years_in = _inherited_periods(text, layout, max(by_sentence, default=-1))
    index = _Relations()
    relations = index.found
    several = len(figures) > 1  # what links a figure to another, or tells it from another, has to read
    multiplier_verbs(text, figures)
    if several:
        moved_objects(text, figures)
    stated_as_amounts = amount_changes(text, figures, paired, layout) if several else []
    linked_below = {j for amount in stated_as_amounts for j in amount.changes}
    if "(" in text:
        linked_below |= _bounds_in_brackets(text, figures, paired)
    # the words beside a figure, read only to group it with another of another sentence: as they stand
    # before the loop below, which names no noun but that of the figure it is at, once it has met it
    if len(by_sentence) > 1:
        if contexts is not None:
            contexts.note(figures)
        else:
            for f in figures:
                f.context = _context(text, f, layout.sentence_bounds(f.sentence, len(text)))
    for i, f in enumerate(figures):
        if f.kind not in _TIMES:
            years = years_in.get(f.sentence)  # none for a sentence with no year in it (most)
            f.period = _inherited_period(f, inherited) if years is None \
                else _period(text, layout, f, inherited, years)
        same_sentence = by_sentence[f.sentence]
        earlier = same_sentence[: rank[i]]
        counts: list[int] = []  # the counts and amounts before it in its sentence (a loop costs less here)
        for j in earlier:
            if figures[j].kind in _MEASURED and figures[j].cue != "age":
                counts.append(j)
        f.measures = _measured_key(f) if f.kind in _MEASURED else None
        if i in linked_below:
            continue
        # the sentence's figures are in order, ``i`` among them after those ``earlier``
        nxt = same_sentence[rank[i] + 1] if rank[i] + 1 < len(same_sentence) else None
        if (
            f.kind in _MEASURED
            and f.noun is None
            and nxt is not None
            and figures[nxt].kind in _MEASURED
            and (_OF_THE.match(text[f.end : figures[nxt].start])
                 or (text[f.end : figures[nxt].start] == "/"
                     and f.kind is figures[nxt].kind is kinds.COUNT and _plural(figures[nxt].noun or "")))
            and not _money_of_a_bare_count(f, figures[nxt])
        ):  # "3 of the 12 suspects", "649/650 seats declared"
            f.cue = "part"
            f.bases["kind"] = ("counts what its whole counts: 'N of the M'", True)
            f.measures = f"{_measured_key(figures[nxt]) or 'total'}.part"
            relations.append(Relation("part_of", i, nxt, _wording(text, f.start, figures[nxt].end), True))
            continue
        if f.kind in _MEASURED and not earlier:
            found_whole = _whole_before(text, figures, layout, i, by_sentence)
            if found_whole is not None:  # "… at 6.9 million. Of those, 1.7 million …"
                w = figures[found_whole.b]
                f.cue = "part"
                f.measures = f"{w.measures or _unnamed(w)}.{_modifier(f.noun, text, f)}"
                f.period = f.period or w.period
                relations.append(found_whole)
                continue
        if f.kind in _MEASURED and counts:
            found = _part_whole(text, figures, i, counts, index, by_sentence[f.sentence])
            if found is not None and ((figures[found.b].kind, figures[found.b].unit) != (f.kind, f.unit)
                                      or _PER_UNIT.match(text, figures[found.b].end)):
                # "4,210 deals, including sales worth 15.3 billion dirhams": no part of a count; nor
                # "$1.20 per share, including a $64 million charge" of an amount per share
                found = None
            if found is not None:
                whole = found.b
                w = figures[whole]
                them = _OF_THEM.match(text, f.end)
                if f.noun is None and them is not None and them.group(1) and _plural(them.group(1)):
                    f.noun = them.group(1).lower()  # "230 of them minors"
                f.cue = "part"
                f.measures = f"{w.measures or _unnamed(w)}.{_modifier(f.noun, text, f)}"
                if f.period is None:
                    f.period = w.period
                relations.append(found)
                continue
        # "from 18,717 in 2013 to …"
        # a level after another figure of its sentence: what the readings below of a pair start from
        a_level = bool(earlier) and (f.kind in _LEVELS or _a_percent_level(f)) and not _AGO.match(text, f.end)
        prior_level = _last_level(figures, earlier) if a_level else None
        if prior_level is not None and figures[prior_level].cue == "baseline" \
                and _TO_AFTER_FROM.match(_YEAR.sub("", text[figures[prior_level].end : f.start])):
            # "up 12.4% from 18,717 to 21,042": the figure after "to" is the new one
            base = next(iter(index.ending("baseline", prior_level)), None)
            if base is not None and not index.starting("change_of", base.a) \
                    and (f.kind in _LEVELS or _in_points(figures[base.a])):
                f.measures = f.measures or figures[earlier[-1]].measures
                how = _wording(text, figures[base.a].start, f.end) if base.certain else base.how
                certain = base.certain
                if certain and _scale_differs(figures[prior_level], f):
                    how, certain = SCALE_DIFFERS, False
                relations.append(Relation("change_of", base.a, i, how, certain))
                continue
        bracket = comparative(text, figures, i) if a_level else None  # "to 96.0m (2019: 80.0m)"
        if a_level and (
                search_from(_FROM_BEFORE, words_before := text[max(0, f.start - 60) : f.start], _FROM_WORDS)
                or (bracket is not None and index.ending("change_of", bracket[0]))):
            changes = [j for j in earlier if figures[j].kind is kinds.CHANGE]
            if changes and (f.kind in _LEVELS or _in_points(figures[changes[-1]])):
                change = changes[-1]
                target = next((r.b for r in index.starting("change_of", change)), None)
                if f.noun is None and target is not None:
                    f.measures = figures[target].measures
                own = _YEAR_RIGHT_AFTER.match(text, f.end) or _YEAR_NAMING_THE_LEVEL.search(words_before)
                f.period = own.group(1) if own else \
                    (bracket and bracket[1]) or _previous(figures[change].period)
                f.cue = "baseline"
                allow = {target, *_converted(text, figures, target)} if target is not None else set()
                certain = _close(text, figures, change, i, allow=allow) \
                    or (target is not None and target < i
                        and _ASIDE_THEN_FROM.match(text, figures[target].end, f.start) is not None) \
                    or (bracket is not None and bracket[0] == target)
                if certain and search_from(_OTHER_CLAUSE, text, _OTHER_CLAUSE_STARTS, figures[change].end,
                                           f.start):
                    certain = False  # "grew 11.4 per cent to Sh21.60 billion while loans rose from Sh9.2bn"
                if certain and _a_clause_of_its_own(text[figures[change].end : f.start]):
                    certain = False  # "sales are up 7%, and the average fare held steady from $4.10 to $4.12"
                how = _wording(text, figures[change].start, f.end) if certain else PROXIMITY
                if certain and _FROM_A_YEAR.search(text, figures[change].end, f.start):
                    how, certain = BASE_YEAR_SAID, False  # "up 8% from 2019, and … compared to 512,000"
                if certain and target is not None and (
                        (f.unit is not None and figures[target].unit != f.unit)
                        or (figures[target].kind is kinds.AMOUNT and f.kind is kinds.COUNT and f.noun)):
                    how, certain = BASELINE_IN_ANOTHER_UNIT, False  # "to 14,200 once they cut … from £240"
                if certain and _REVISED_FROM.search(words_before):
                    how, certain = REVISED_FROM, False
                if certain and _points_of_a_level(figures[change], f):
                    how, certain = POINTS_OF_A_LEVEL, False
                if certain and target is not None and _scale_may_carry(figures[target], f):
                    how, certain = SCALE_DIFFERS, False  # "to KSh8.4 billion compared to KSh7.24"
                if certain and (own := _A_MOVE_OF_ITS_OWN.search(text, figures[change].end, f.start)):
                    how, certain = A_MOVE_OF_ITS_OWN.format(own.group().strip()), False
                if certain and _another_base(text, figures[change], f):
                    how, certain = ANOTHER_BASE, False  # "up 9% year on year, … of the prior quarter"
                if certain and target is not None and target < change \
                        and _DASH.search(text, figures[target].end, figures[change].start) \
                        and _DASH.search(text, figures[change].end, f.start):
                    how, certain = AFTER_AN_ASIDE, False  # "63.5% – up 2.1 points – compared to 36.5%"
                relations.append(Relation("baseline", change, i, how, certain))
                continue
        if earlier and f.kind is kinds.PERCENTAGE and _also_changed(text, figures, i, earlier):
            # "up 9 percent at constant rates and 12 reported"
            f.kind, f.direction = kinds.CHANGE, figures[earlier[-1]].direction
            f.bases["kind"] = ("a change like the percentage change it is coordinated with", True)
        if f.kind is kinds.CHANGE:
            if _in_points(f):  # "up 0.3 percentage points": a change of a percentage
                counts = [j for j in earlier if _a_percent_level(figures[j])] or counts
            verb = search_from(_VERB_CHANGE, text, _CHANGE_VERBS, max(0, f.start - 30), f.end) \
                if counts else None
            if verb is not None and figures[counts[-1]].end < verb.start() - 1:
                continue  # "cut 50 jobs after sales fell by a third": the subject is not the count
            ahead = _new_value_after(text, figures, i, by_sentence[f.sentence])
            if ahead is not None:  # "rose 6 percent to $2.17 billion"
                f.measures = f"{_measured_key(figures[ahead]) or 'figure'}.change"
                f.period = figures[ahead].period or f.period
                respective = _RESPECTIVELY.match(text, figures[ahead].end) is not None
                how = RESPECTIVE_PAIRS if respective else _wording(text, f.start, figures[ahead].end)
                relations.append(Relation("change_of", i, ahead, how, not respective))
            elif counts and not _from_to_after(text, figures, i):  # "(up 7% from A to B)": its own pair
                target = counts[-1]
                chained = _chained_level(text, figures, index, target, i)
                if chained is not None:  # "A, up 2% from B and 8% higher than C": a change of A
                    subject, how, certain = chained
                    f.measures = f"{figures[subject].measures or 'figure'}.change"
                    f.period = figures[subject].period or f.period
                    relations.append(Relation("change_of", i, subject, how, certain))
                    continue
                target, left = _moved(text, figures, target, by_sentence[f.sentence], i)
                f.measures = f"{figures[target].measures or 'figure'}.change"
                f.period = figures[target].period or f.period
                if "period" in figures[target].bases:
                    f.bases["period"] = figures[target].bases["period"]
                gap = text[figures[counts[-1]].end : f.start]
                certain = (
                    (_close(text, figures, target, i, allow={counts[-1]} if left == counts[-1] else set())
                     or (left is not None and _close(text, figures, left, i)))  # "A, compared with B, up X%"
                    and not search_from(_STATES_A_CHANGE, text, _STATES_A_CHANGE_STARTS,  # "rose by 6 cents"
                                        max(0, figures[target].start - 25), figures[target].start)
                    and not _restates_the_change_before(text, figures, target)  # "down 12.4% - 318 thefts -"
                    and not (figures[target].kind is kinds.COUNT  # "a loss of 212 pupils - a 3.1%"
                             and search_from(_A_LOSS_OF, text, _A_LOSS_OF_STARTS,
                                             max(0, figures[target].start - 25), figures[target].start))
                    and not _OR_APPOSITION.match(gap)
                    and not search_from(_OTHER_CLAUSE, gap, _OTHER_CLAUSE_STARTS)  # "34 seats, while … 53"
                    and not search_from(_SAMPLE_BEFORE, text, _SAMPLE_STARTS,  # "on a sample of 517 shops"
                                        max(0, figures[target].start - 40), figures[target].start)
                    and not _ELSEWHERE_GAP.search(gap)  # "3.75 million tons, aided by a 15.7% rise in area"
                    and not _another_statement(gap)  # "to 640 and all injuries were up 4%"
                    and not _frames_the_sentence(text, figures[target], gap)  # "Of the 40 schools, one …"
                    and not _NAMED_SUBJECT_OF_ITS_OWN.search(gap)  # "640 in Traffic from X was down 4%"
                    and not _SAW_ANOTHER_CHANGE.search(gap)  # "to 3,100 tonnes, saw sales rise by 41%"
                    and not _RANGING_FROM.search(gap)  # "six towns recorded falls, ranging from -0.3%"
                    and not _ITEM_AFTER_A_COLON.search(gap)  # "three metrics: occupancy (-4.1%": occupancy's
                    and (not _baseline_before(text, max(0, figures[target].start - 80),
                                              figures[target].start)  # "compared to 3,893 (+2%)"
                         or left == counts[-1])  # "fell to 4,500 from 5,000, a drop of 10%": of 4,500
                    and (_CHANGE_AFTER.match(_when_left_out(gap)) is not None  # "… in 2024, up 15%"
                         or _appositive_change(text, figures[target].end, f))
                )
                how = _wording(text, figures[target].start, f.end) if certain else PROXIMITY
                if certain and _points_of_a_level(f, figures[target]):
                    how, certain = POINTS_OF_A_LEVEL, False
                if certain and _part_of_one_after_a_whole(f, figures[target]):
                    how, certain = PART_OF_ONE, False
                if certain and _a_total_after_a_list(text, figures, counts, i):
                    how, certain = TOTAL_AFTER_A_LIST, False
                if certain and _changes_listed_respectively(text, figures, i):
                    how, certain = RESPECTIVE_PAIRS, False
                if certain and (still := _CONCEDING.search(gap)):
                    how, certain = CONCEDED_CHANGE.format(still.group()), False
                if certain and (grower := _named_grower(text, f, figures[target])):
                    how, certain = CHANGE_OF_ANOTHER_NAMED.format(grower), False
                if certain and (one := _WITH_ONE_DOING.search(gap)):  # "five counties with Carlow recording"
                    how, certain = CHANGE_OF_ANOTHER_NAMED.format(one.group()), False
                if certain and f.unit in lx.CURRENCY_CODES and figures[target].unit is None \
                        and figures[target].noun is not None:
                    how, certain = MONEY_CHANGE_OF_A_COUNT, False  # "Six deals (+$40M)": a size of each
                if certain and figures[target].kind is kinds.COUNT and figures[target].noun is not None \
                        and _COUNT_AS_SUBJECT.match(gap):
                    how, certain = COUNT_OF_WHOSE.format(text[figures[target].start : f.start].strip()), False
                if certain and figures[target].kind is kinds.COUNT and (
                        whose := _WHOSE_COUNT.search(text, max(0, figures[target].start - 40),
                                                     figures[target].start)):
                    how, certain = COUNT_OF_WHOSE.format(text[whose.start() : figures[target].end]), False
                if certain and nxt is not None and figures[nxt].kind in _A_LEVEL_OR_PERCENT \
                        and figures[nxt].unit != figures[target].unit \
                        and _FROM_RIGHT_AFTER.fullmatch(text, f.end, figures[nxt].start):
                    how, certain = CHANGE_FROM_ANOTHER_UNIT, False  # "five credits, a 14% rise from the 50%"
                if certain and left is not None and _scale_differs(figures[left], figures[target]):
                    how, certain = SCALE_DIFFERS, False  # "from Rs.8,420 crore in 2019 to Rs.8,730"
                if certain and counted_where(text, figures, target):  # "at the region's six job centres"
                    where = text[figures[target].start : figures[target].end]
                    how, certain = WHERE_COUNTED.format(where), False
                if certain and left is not None and nxt is not None \
                        and figures[nxt].kind in _A_LEVEL_OR_PERCENT \
                        and (gap_to := _GAP_TO_WHAT_FOLLOWS.fullmatch(text, f.end, figures[nxt].start)):
                    how, certain = GAP_TO_WHAT_FOLLOWS.format(gap_to.group().strip(" ,")), False
                if certain and left is not None and (said := _move_change_said(figures, index, target, i)):
                    how, certain = MOVE_HAS_ITS_CHANGE.format(text[said.start : said.end]), False
                relations.append(Relation("change_of", i, target, how, certain))
                if left is not None:  # "to 4,500 from 5,000, a drop of 10%": from 5,000
                    figures[left].cue = "baseline"
                    if certain and (period := _OWN_BASE_PERIOD.match(text, f.end)):
                        how, certain = BASE_PERIOD_SAID.format(period.group().strip()), False
                    relations.append(Relation("baseline", i, left, how, certain))
            continue
        bracketed = _share_in_brackets(text, figures, i, earlier, index) \
            if earlier and f.kind in _PERCENTS else []
        if bracketed:
            relations.extend(bracketed)
            continue
        if f.kind is kinds.SHARE and f.of_noun in _PRONOUNS:
            f.of_noun = None
            if counts:  # "40 new teachers, half of them women": a share of the count before
                f.measures = f"{figures[counts[-1]].measures or 'figure'}.share"
                certain = _RIGHT_AFTER.match(text[figures[counts[-1]].end : f.start]) is not None
                how = _wording(text, figures[counts[-1]].start, f.end) if certain else PROXIMITY
                relations.append(Relation("share_of", i, counts[-1], how, certain))
        elif f.kind is kinds.SHARE and f.of_noun:
            f.measures = f"{_key(f.of_noun)}.share"
        if f.kind is kinds.AGE:
            owner = counts[-1] if counts and f.start - figures[counts[-1]].end <= 3 else None
            if owner is not None:
                f.measures = f"{figures[owner].measures}.age_limit"
            else:
                f.measures = f"{_key(f.noun)}.age_limit" if f.noun else "age"
    for amount in stated_as_amounts:
        level = figures[amount.level]
        for j in amount.changes:
            figures[j].measures = f"{level.measures or _measured_key(level) or _unnamed(level)}.change"
            figures[j].period = level.period or figures[j].period
            relations.append(Relation("change_of", j, amount.level, amount.how, amount.certain))
            if amount.baseline is not None:
                relations.append(Relation("baseline", j, amount.baseline, amount.how, amount.certain))
        if amount.baseline is not None:
            figures[amount.baseline].cue = "baseline"
    for read in _passes_for(len(figures)):
        read(text, figures, layout, relations)
    if not several:
        return relations  # every reading below links two figures or more, and changes none it does not link
    linked = {j for r in relations if r.kind in ("change_of", "baseline") for j in (r.a, r.b)}
    for carried, level_at, how, certain in carried_changes(text, figures, layout, stated_as_amounts, linked):
        figures[carried].measures = f"{figures[level_at].measures or _unnamed(figures[level_at])}.change"
        relations.append(Relation("change_of", carried, level_at, how, certain))
        linked.add(carried)
    for revision in revisions(text, figures, layout, linked, paired):
        total = figures[revision.total]
        for new_at, old_at in revision.pairs:
            relations.append(Relation("revised_from", new_at, old_at, revision.how, True))
            relations.append(Relation("total_change", revision.total, new_at, revision.how, True))
            linked.update((new_at, old_at))
        total.measures = f"{figures[revision.pairs[0][0]].measures or 'figure'}.revision"
    linked |= {j for r in relations if r.kind.startswith("difference_") for j in (r.a, r.b)}
    for found_net in [*net_figures(text, figures, linked), *defined_differences(text, figures, linked)]:
        relations.append(found_net)
        linked.update((found_net.a, found_net.b))
    for stated_gap in differences(text, figures, linked, paired):
        d = stated_gap.difference
        sides = (stated_gap.minuend, stated_gap.subtrahend)
        named = next((figures[j] for j in sides if figures[j].noun), None)
        for j in (d, stated_gap.minuend, stated_gap.subtrahend):
            if named is not None and figures[j].noun is None and figures[j].kind is named.kind:
                figures[j].bases["kind"] = (f"counts what {named.noun!r} counts: 'N more than M'", True)
        relations.append(Relation("difference_minuend", d, stated_gap.minuend, stated_gap.how, True))
        relations.append(Relation("difference_subtrahend", d, stated_gap.subtrahend, stated_gap.how, True))
        linked.update((d, stated_gap.minuend, stated_gap.subtrahend))
    for move in moves(text, figures, linked, paired):
        new, old = figures[move.new], figures[move.old]
        if new.noun is None and old.measures:
            new.measures = old.measures
        elif old.noun is None and new.measures:
            old.measures = new.measures
        how, certain = move.how, move.certain
        if certain and _an_exchange_rate(text, layout, new):  # "the shilling fell from 128.40 to 129.15 …"
            how, certain = EXCHANGE_RATE, False
        relations.append(Relation(f"{'rose' if move.direction == 'increase' else 'fell'}_from", move.new,
                                  move.old, how, certain))
        linked.update((move.new, move.old))
    for pair in comparisons(text, figures, layout, linked, by_sentence):
        way = compared_way(text, figures, layout, pair)
        if pair.new is not None and way is not None:
            how = f"{pair.how}; which way it went from the words {way[1]!r}, as a guess"
            moved = "rose_from" if way[0] == "increase" else "fell_from"
            relations.append(Relation(moved, pair.new, pair.old, how, False))
        elif pair.new is not None:
            relations.append(Relation("compared_with", pair.new, pair.old, pair.how, False))
        else:
            _earlier_of_change(figures, index, pair.old)
    for stated in factors(text, figures):
        larger = figures[stated.larger]
        figures[stated.factor].measures = f"{larger.measures or _measured_key(larger) or 'figure'}.ratio"
        relations.append(Relation("change_of", stated.factor, stated.larger, stated.how, False))
        relations.append(Relation("baseline", stated.factor, stated.smaller, stated.how, False))
    _lede_changes(figures, index)
    relations.extend(ranks_within_ranks(text, figures))
    relations.extend(combined_rates(text, figures, layout))
    relations.extend(stated_averages(text, figures, layout))
    _changes_within_that(text, figures, layout, index, by_sentence)
    return relations


def _changes_within_that(
    text: str, figures: Sequence[Figure], layout: Layout, relations: _Relations,
    by_sentence: dict[int, list[int]],
) -> None:
    """ "a rise of $88 billion … Within that, non-withheld payments grew by $37 billion": a part of the one
    amount of change the sentence before states, as a guess (a part may rise by more than the whole when
    other parts fall)."""
    if not may_hold(text, ("within",)):
        return  # the words that open such a sentence
    for i, f in enumerate(figures):
        if f.kind is not kinds.CHANGE or f.unit in ("percent", None) or relations.starting("part_of", i):
            continue
        start, _ = layout.sentence_bounds(f.sentence, len(text))
        if not _WITHIN_THAT.fullmatch(text, start, f.start):
            continue
        before = [j for j in by_sentence.get(f.sentence - 1, []) if figures[j].kind is kinds.CHANGE
                  and figures[j].unit == f.unit and figures[j].section == f.section]
        if len(before) == 1:
            relations.append(Relation("part_of", i, before[0], _CHANGE_WITHIN, False))


_CHANGE_WITHIN = ("a change within a change: a part may rise by more than the whole when other parts fall, "
                  "so read for review")


_EARLIER_OF_CHANGE = ("the figure a year earlier, stated alone in the sentence after a change of a figure of "
                      "its kind: linked as a guess")


def _earlier_of_change(figures: Sequence[Figure], relations: _Relations, old: int) -> None:
    """ "lifted profit 21 percent to a record $1.06 billion. Quarterly profit came to 87 cents per share,
    compared with $873 million … a year earlier": the year-earlier figure, with nothing of its kind to
    compare in its own sentence, is the baseline of the change the sentence before states, as a guess."""
    earlier = figures[old]
    for r in relations:
        level = figures[r.b]
        if r.kind == "change_of" and level.sentence == earlier.sentence - 1 \
                and figures[r.a].unit == "percent" \
                and (level.kind, level.unit) == (earlier.kind, earlier.unit) \
                and not _scale_differs(level, earlier) and not relations.starting("baseline", r.a):
            relations.append(Relation("baseline", r.a, old, _EARLIER_OF_CHANGE, False))
            return


#: How far after a change stated alone its figures may come: the next sentences of the story's opening.
_LEDE_REACH = 3
#: Figures that state no quantity of their sentence's own ("in 2024", "fourth-quarter profit").
_NO_QUANTITY = _TIMES | {kinds.ORDINAL}
_LEDE = ("a change stated alone in its sentence, of the first figure the next sentences state with the "
         "figure before it: linked as a guess")


def _lede_changes(figures: Sequence[Figure], relations: _Relations) -> None:
    """"Profit jumped 33 percent. … profit grew to $3.02 billion … from $2.27 billion": a change alone
    in its sentence (a headline, a lede) is of the first pair of figures, after and before, that the next
    sentences state, when it goes the same way.

    Which pair a lede summarises is a reading, not stated, so the link is a guess: a check on it can
    pass or ask for review, never fail.
    """
    pairs: list[tuple[int, int, Direction | None]] = []
    stated_change: dict[tuple[int, int], int] = {}
    for r in relations:
        if r.kind in _MOVES:
            pairs.append((r.a, r.b, _MOVES[r.kind]))
        elif r.kind == "compared_with":
            pairs.append((r.a, r.b, None))
        elif r.kind == "change_of":
            baselines = relations.starting("baseline", r.a)
            if baselines:
                old = baselines[0].b
                pairs.append((r.b, old, _direction_of(figures[r.a])))
                stated_change[(r.b, old)] = r.a
    if not pairs:
        return
    stated = {r.a for r in relations if r.kind in ("change_of", "baseline")}
    changes = [i for i, f in enumerate(figures)
               if f.kind is kinds.CHANGE and f.unit == "percent" and i not in stated]
    if not changes:
        return  # every change in percent is already of a figure: no lede left to link
    pairs.sort(key=lambda p: min(p[0], p[1]))
    per_sentence: dict[int, int] = {}
    for f in figures:
        if f.kind not in _NO_QUANTITY:  # "fourth-quarter profit"
            per_sentence[f.sentence] = per_sentence.get(f.sentence, 0) + 1
    for i in changes:
        f = figures[i]
        if per_sentence[f.sentence] != 1:
            continue
        way = _direction_of(f)
        pair = next((p for p in pairs if min(p[0], p[1]) > i
                     and f.sentence < figures[min(p[0], p[1])].sentence <= f.sentence + _LEDE_REACH), None)
        if pair is None or way is None or pair[2] not in (None, way):
            continue
        new, old, _ = pair
        level = figures[new]
        f.measures = f"{level.measures or _measured_key(level) or _unnamed(level)}.change"
        said = stated_change.get((new, old))
        if said is not None and (figures[said].value, figures[said].unit, figures[said].direction) \
                == (f.value, f.unit, f.direction):
            # "rates went up 35 percent" … "the rate rose 35 percent, from …": the lede says the stated
            # change again, so both are one figure (grouped as such), not two changes of one pair
            figures[said].measures = figures[said].measures or f.measures
            f.measures = figures[said].measures
            continue
        relations.append(Relation("change_of", i, new, _LEDE, False))
        relations.append(Relation("baseline", i, old, _LEDE, False))


def _direction_of(f: Figure) -> Direction | None:
    try:
        return Direction(f.direction) if f.direction else None
    except ValueError:
        return None


#: Figures a stated change can lead from and to: counts, amounts and rates ("from 10.5 to 14.2 per 100,000").
_LEVELS = _MEASURED | {kinds.RATE}
_A_LEVEL_OR_PERCENT = _LEVELS | _PERCENTS
_OF_THE_BEFORE = re.compile(r"\b(?:of|among)\s+(?:the|these|those|all)\s+$", re.IGNORECASE)
#: "Of these 4,120 passed in the first class, …": a pronoun, then the first part with no noun of its own.
_POINTS_BACK_TO = re.compile(r"\b(?:of|among)\s+(?:these|those)\s+$", re.IGNORECASE)
_IN_BRACKETS = re.compile(r"^\s*\($")
_SHARE_CLOSES_BRACKET = re.compile(r"\s*,\s*(?:or\s+)?")
#: Words right before a figure that make it an amount of change ("rose 6 cents, or 0.2 percent").
_STATES_A_CHANGE = re.compile(
    r"\b(?:by|rose|fell|gained|lost|added|increased|decreased|climbed|dropped|declined|grew|"
    r"shed|cut|jumped|slipped|eased|edged\s+(?:up|down)|an?\s+(?:increase|decrease|rise|fall|drop|gain)"
    r"\s+of)\s+(?:(?!to\b)\w+\s+)?$",  # not "rose to 4,500": that is the level it reached
    re.IGNORECASE,
)
#: What every match of :data:`_STATES_A_CHANGE` starts with ("a" for "an increase of" too).
_STATES_A_CHANGE_STARTS = (
    "by", "rose", "fell", "gained", "lost", "added", "increased", "decreased", "climbed", "dropped",
    "declined", "grew", "shed", "cut", "jumped", "slipped", "eased", "edged", "a",
)
#: ", an increase of" after the clause of a figure: the change of that figure, however long the clause.
_APPOSITIVE_CHANGE = re.compile(
    r"^[^\d;.]{0,80},\s+(?:an?\s+)?(?:increase|rise|decrease|drop|fall|jump|decline|growth)\s+of\s+$",
    re.IGNORECASE,
)
#: "rose 11% to $4.62 billion, topping the estimate of $4.51 billion, from $4.14 billion": an aside
#: closed by a comma before "from", which then belongs to the change again.
_ASIDE_THEN_FROM = re.compile(r",\s+[a-z]+ing\b[^;()]{0,80},\s+(?:from|compared\s+with)\s+(?:\w+\s+)?$")
_TO_AFTER_FROM = re.compile(
    r"^\s*(?:[a-z%]+\s+|per\s+[a-z]+\s+|(?:in|for|during|of)\s+(?:the\s+)?[\w/'’-]+\s+"
    # "from 8,400 t during the March quarter to": a quarter named after "in/over/during the"
    r"|(?:in|over|during)\s+the\s+[A-Z][a-z]+\s+(?:quarter|half)\s+"
    r"|(?:last|the\s+(?:previous|prior))\s+(?:year|quarter|month|week)\s+"
    r"|(?:a|the)\s+(?:year|quarter|month|week)\s+(?:earlier|ago|before)\s+)?"
    r"to\s+(?:a\s+(?:record\s+)?)?$",
    re.IGNORECASE,
)
_APPOSITIVE_AFTER = re.compile(
    r"^[^\d;.]{0,80},\s+(?:an?\s+)?$", re.IGNORECASE
)
_CHANGE_NOUN_AFTER = re.compile(
    r"\s*(?:increase|rise|decrease|drop|fall|jump|decline|growth|higher|lower|more|fewer|less|up|down)\b",
    re.IGNORECASE,
)


#: "to 4,500 from 5,000": the new level, then the old one.
_TO_THEN_FROM = re.compile(r"(?:\s+in)?\s+from\s+(?:an?\s+)?", re.IGNORECASE)
_TO_RIGHT_BEFORE = re.compile(r"\bto\s+(?:an?\s+)?$", re.IGNORECASE)
#: "from 3,100 to 3,400", "from 22 in May to 41": the old level, then the new one (years taken out).
_FROM_THEN_TO = re.compile(r"(?:\s+in(?:\s+[A-Z][a-z]+)?)?\s+to\s+(?:an?\s+)?", re.IGNORECASE)
_FROM_RIGHT_BEFORE = re.compile(r"\bfrom\s+(?:an?\s+)?$", re.IGNORECASE)
#: "…, an increase of", "… a year earlier, up": a change in apposition after the level it is set against (not
#: "(+7.5%)" in brackets, which may be that level's own change).
_APPOSED_CHANGE = re.compile(r"[^\d;()]{0,40},\s*(?:[a-z]+\s+){0,4}", re.IGNORECASE)
#: "A, compared with B": the new level, then the one it is set against (words of A's own clause may stand
#: between: "2.640 million tonnes left by rail last season, compared with 2.400 million tonnes").
_THEN_COMPARED = re.compile(
    r"(?:\s+[^\d;,.()]{0,80}?)?\s*,\s*(?:compared\s+(?:with|to)|against|versus|vs\.?|up\s+from|down\s+from)\s+(?:an?\s+)?",
    re.IGNORECASE,
)


def _moved(
    text: str, figures: Sequence[Figure], target: int, same_sentence: list[int], change: int
) -> tuple[int, int | None]:
    """The level a change after "to A from B", "from B to A" or "A, compared with B" is of (A), and the level
    it left (B).

    In "fell to 4,500 from 5,000, a drop of 10%" the figure nearest before the
    change is the old level, and the one the wording moved to stands right
    before its "from"; in "rose from 3,100 to 3,400, up 9.7%" the nearest is the
    new level and the old one stands after "from" before it. Otherwise the
    nearest figure is the level, and no old level is stated beside it.
    """
    at = same_sentence.index(target) if target in same_sentence else 0
    before = [j for j in same_sentence[:at] if figures[j].kind not in _TIMES]
    if not before:
        return target, None
    other = before[-1]
    if figures[other].kind not in _LEVELS and not _a_percent_level(figures[other]):
        return target, None
    gap = _YEAR.sub("", text[figures[other].end : figures[target].start])
    if _TO_THEN_FROM.fullmatch(gap) and _TO_RIGHT_BEFORE.search(text, max(0, figures[other].start - 8),
                                                                 figures[other].start):
        return other, target
    if _FROM_THEN_TO.fullmatch(gap) and _FROM_RIGHT_BEFORE.search(text, max(0, figures[other].start - 8),
                                                                   figures[other].start):
        return target, other
    if _THEN_COMPARED.fullmatch(gap) and _APPOSED_CHANGE.fullmatch(
            _YEAR.sub("", text[figures[target].end : figures[change].start])):
        return other, target  # "$5.21 billion, compared with $4.87 billion …, an increase of 7%"
    return target, None


def _appositive_change(text: str, target_end: int, change: Figure) -> bool:
    """ "197 cases relating to …, an increase of 20%" or "…, a 31% increase": the change of that figure."""
    gap = _YEAR.sub("", text[target_end : change.start])
    if _APPOSITIVE_CHANGE.search(gap):
        return True
    return bool(_APPOSITIVE_AFTER.search(gap)) and _CHANGE_NOUN_AFTER.match(text, change.end) is not None


#: A colon, then an item named with its change in brackets: "all three metrics: occupancy (-4.1% …)" is
#: occupancy's change, not one of the three metrics'.
_ITEM_AFTER_A_COLON = re.compile(
    r":\s*(?:\w[^:;()]*\(|(?!(?:up|down|an?|rising|falling|rose|fell|increased|decreased|gaining|losing)\b)"
    r"[A-Za-z][^:;()]*)\s*$", re.IGNORECASE)
#: "38 points, or 0.09 per cent", "610 cars or a gain of 2.4 percent", "41 fewer, or a 5.9% fall": two ways
#: of stating one change, not a change of the figure before.
_OR_APPOSITION = re.compile(
    r"^\s*(?:(?:more|fewer|less|higher|lower)\s*)?,?\s*or\s*(?:an?\s+)?"
    rf"(?:(?:{'|'.join(_CHANGE_NOUN_WORDS)}|loss)\s+of\s+)?$"
)
#: A second change coordinated right after the baseline of the first: "… from 216,818 homes and 8.1% …".
_AND_AFTER_BASELINE = re.compile(r"^\s*(?:[A-Za-z'’-]+\s+){0,3}and\s+$")


def _chained_level(
    text: str, figures: Sequence[Figure], relations: Any, base: int, change: int
) -> tuple[int, str, bool] | None:
    """The level a change coordinated after another change's baseline is a change of.

    In "220,425 homes, up 1.7% from 216,818 homes and 8.1% higher than 203,929"
    the figure before the second change is the first change's baseline, not
    what the second change measures: both changes are of the shared subject.
    Certain only when "and" follows the baseline's words directly.
    """
    if figures[base].cue != "baseline":
        return None
    first = next((r.a for r in relations.ending("baseline", base)), None)
    if first is None:
        return None
    level = next((r.b for r in relations.starting("change_of", first)), None)
    if level is None or level >= base:
        return None
    certain = _AND_AFTER_BASELINE.match(text[figures[base].end : figures[change].start]) is not None
    how = _wording(text, figures[level].start, figures[change].end) if certain else PROXIMITY
    return level, how, certain
#: A pronoun ("half of them") refers to the count right before it: "40 teachers, half of them".
_RIGHT_AFTER = re.compile(r"^\s*(?:[,(:]|—|–)\s*(?:and\s+|with\s+)?$")
_CHANGE_AFTER = re.compile(
    r"^[^\d;.]{0,40}$"
)
#: A day of a month, which says when a level stood, between it and its change ("… as of June 30, 2024, up
#: 4%"), as a year does.
_DAY = re.compile(rf"\b(?:(?:{lx.MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?"
                  rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{lx.MONTH_NAMES}))\b")


def _when_left_out(gap: str) -> str:
    """The words between a level and its change without the years and days that say when the level stood."""
    return _DAY.sub("", _YEAR.sub("", gap))


#: Between a change and the same change in other units set beside it: "down 12.4 per cent - 318 offences".
_ASIDE_AFTER_A_CHANGE = re.compile(r"\s*(?:[—–-]|,\s*or|\(|,)\s*")


def _restates_the_change_before(text: str, figures: Sequence[Figure], target: int) -> bool:
    """Is ``target`` set right after a change as its size in other units ("down 12.4% - 318 offences")?

    Such a figure is the change again, not a level, so a later change is not
    the change of it: "… - 318 offences - and down 6.2 per cent in terms of
    car thefts" is of another subject.
    """
    if target == 0:
        return False
    before = figures[target - 1]
    return (before.kind is kinds.CHANGE and before.sentence == figures[target].sentence
            and _ASIDE_AFTER_A_CHANGE.fullmatch(text, before.end, figures[target].start) is not None)


#: "a loss of" before a count: the count of what was lost ("a loss of 212 pupils"), a change itself, not
#: the level a change after it leads to (of an amount, "a loss of $5m" is the level of a loss).
_A_LOSS_OF = re.compile(r"\b(?:a|an|the)\s+(?:net\s+)?loss\s+of\s+(?:about\s+|some\s+|around\s+)?$",
                        re.IGNORECASE)
#: What every match of :data:`_A_LOSS_OF` starts with ("a" for "an" too).
_A_LOSS_OF_STARTS = ("a", "the")
#: A count of what a figure was measured on ("a sample of 517 shops", "based on 1,200 replies"): the
#: change after it is of what was measured, not of the sample.
_SAMPLE_BEFORE = re.compile(
    r"\b(?:(?:sample|survey|poll|panel|study|census)\s+of|based\s+on|drawn\s+from|measured\s+(?:on|across|in)"
    r"|across)\s+(?:a\s+|an\s+|the\s+)?(?:(?:some|about|around|over|nearly|almost|more\s+than)\s+)?$",
    re.IGNORECASE,
)
#: What every match of :data:`_SAMPLE_BEFORE` starts with.
_SAMPLE_STARTS = ("sample", "survey", "poll", "panel", "study", "census", "based", "drawn", "measured",
                  "across")
#: A new clause with a subject of its own between a figure and a change: the change may be another's.
#: "a July figure revised up (from 502,000) to 507,000": the figure after "from" is what a revision
#: changed, so the change said before it may be measured from the revised figure instead.
_REVISED_FROM = re.compile(
    r"\b(?:revised|revisions?|restated|upgraded|downgraded)(?:\s+(?:up|down|upwards?|downwards?|higher|lower))?"
    r"\s*\(?\s*from\s+$",
    re.IGNORECASE,
)
REVISED_FROM = ("the figure after 'from' is the old value of a revision, and the change may be measured from "
                "the revised value instead")
_OTHER_CLAUSE = re.compile(
    r"\b(?:while|whereas|but|although|though|meanwhile)\b(?!\s+(?:up|down|still|also|only|is|was)\b)",
    re.IGNORECASE,
)
#: What every match of :data:`_OTHER_CLAUSE` starts with.
_OTHER_CLAUSE_STARTS = ("while", "whereas", "but", "although", "though", "meanwhile")
#: Words after "and" that go on saying of the same subject ("$197,000 and was 3.7 percent above").
_SAME_SUBJECT = frozenset({
    "is", "was", "were", "are", "has", "have", "had", "been", "now", "also", "then", "so", "thus", "still",
    "up", "down", "by", "higher", "lower", "rose", "fell", "increased", "decreased", "grew", "declined",
    "jumped", "dropped", "climbed", "gained", "lost", "risen", "fallen", "grown",
})


_AND = re.compile(r"\band\b", re.IGNORECASE)
_GAP_WORD = re.compile(r"[A-Za-z'’-]+")


def _after_and(gap: str) -> list[str] | None:
    """The words after the first "and" in the gap, lower-cased (``None`` if no "and")."""
    found = _AND.search(gap)
    return None if found is None else [w.lower() for w in _GAP_WORD.findall(gap, found.end())]


def _another_statement(gap: str) -> bool:
    """Does "and" in the gap open a statement of its own ("640 and all injuries were up", "$21.50
    billion and 9.2 percent more exports")? A change after it may be of another subject."""
    words = _after_and(gap)
    return words is not None and (not words or any(w not in _SAME_SUBJECT for w in words))


#: Verbs that make the words after "and" a clause of its own, with the words before them its subject.
_CLAUSE_VERBS = frozenset({
    "is", "was", "were", "are", "has", "have", "had", "held", "stayed", "remained", "went", "moved", "rose",
    "fell", "grew", "increased", "decreased", "declined", "jumped", "dropped", "climbed", "slipped", "edged",
})


def _a_clause_of_its_own(gap: str) -> bool:
    """Does "and" in the gap open a clause with a subject and a verb of its own ("…, and the average fare
    held steady from …"), not a phrase ("in May 2023 and the same month of 2024 from …")?"""
    words = _after_and(gap) or []
    verb = next((n for n, w in enumerate(words) if w in _CLAUSE_VERBS), None)
    return verb is not None and verb > 0 and words[0] not in _SAME_SUBJECT


#: Lists paired by "respectively" ("fell 20 and 10 percent to 400 and 900 respectively"): read figure by
#: figure, the change is taken as of the level right after it, not the one in its place in the list. The
#: last item may hold a decimal point or a thousands comma ("and 50.66 percent respectively").
_RESPECTIVELY = re.compile(
    r"(?:\s+(?:and|or)\s+(?:[^\s,.;]|[.,](?=\d))+)?(?:\s+[a-z]+){0,2}\s*,?\s+respectively\b"
)
RESPECTIVE_PAIRS = ("changes and levels listed 'respectively': each change goes with the level in its "
                    "place in the lists, which this reading does not follow; a guess")

#: A move of its own between a change and a level after it: "a rise of 500 on June 2020, and up from 9.10m
#: in June 2016" starts from the 9.10m, which the 500 need not.
_A_MOVE_OF_ITS_OWN = re.compile(r",?\s+and\s+(?:was\s+|is\s+)?(?:up|down)\s+from\b", re.IGNORECASE)
A_MOVE_OF_ITS_OWN = ("{!r} starts a move of its own between the change and the level: the level may be "
                     "that move's start, not the change's; a guess")
#: A change measured over a year, and a figure of the period just before (a quarter, a month, a week) —
#: or the other way round: each names its own base of comparison.
_OVER_A_YEAR: Final = re.compile(
    r"\b(?:year[\s-](?:on|over)[\s-]year|y-?o-?y|(?:from|than|on)\s+a\s+year\s+(?:earlier|ago|before))\b"
    r"|\bsame\s+(?:quarter|month|week|period)\s+(?:of\s+)?(?:last|the\s+previous|a)\s+year\b", re.IGNORECASE)
_OVER_A_SHORTER_SPAN: Final = re.compile(
    r"\b(?:(?:previous|prior|preceding|last)\s+(?:quarter|month|week)"
    r"|(?:quarter|month|week)[\s-](?:on|over)[\s-](?:quarter|month|week)|sequential(?:ly)?)\b", re.IGNORECASE)
#: How far around a change and after its baseline their base of comparison is looked for.
_BASE_REACH: Final = 40
ANOTHER_BASE = ("the change and the figure it is set against name different bases of comparison (over a "
                "year, over a shorter span): the figure may not be where the change started; a guess")


def _another_base(text: str, change: Figure, baseline: Figure) -> bool:
    """Do a change and a baseline after it name different bases ("sales, up 9% year on year, also beat
    the 310 units sold over the prior quarter")?"""
    around = text[max(0, change.start - _BASE_REACH) : change.end + _BASE_REACH]
    after = text[baseline.end : baseline.end + _BASE_REACH]
    return bool((_OVER_A_YEAR.search(around) and _OVER_A_SHORTER_SPAN.search(after))
                or (_OVER_A_SHORTER_SPAN.search(around) and _OVER_A_YEAR.search(after)))


PART_OF_ONE = ("a change with decimals and no unit, set after a whole count: no count moves by a part of "
               "one, so it may measure something else (a table's next column); a guess")


def _part_of_one_after_a_whole(change: Figure, level: Figure) -> bool:
    """Is ``change`` a move by a part of one ("+0.512") set after a count stated whole ("12")?"""
    return change.unit is None and "." in change.value and level.kind is kinds.COUNT \
        and level.value.isdigit()


#: A dash with spaces around it: two of them set off an aside ("63.5% – up 2.1 points – compared to 36.5%").
_DASH = re.compile(r"\s[–—-]\s")
AFTER_AN_ASIDE = ("the change is set off by dashes, and what follows them may compare the level before it "
                  "with another figure, not state where the change started; a guess")


def _bounds_in_brackets(text: str, figures: Sequence[Figure], paired: Sequence[int]) -> set[int]:
    """The figures that are the bounds of an interval in brackets after another: they read no relation."""
    return {k for i in paired if bounded_in_brackets(text, figures, i) for k in (i + 1, i + 2)}


#: A word conceding the figure before it against the change after it: "cut its forecast from $189bn to
#: $184bn, still a 30% rise": the rise is on another reference (last year's), not from the $189bn.
_CONCEDING: Final = re.compile(r"\b(?:still|yet|nonetheless|nevertheless|even\s+so)\b", re.IGNORECASE)
CONCEDED_CHANGE = ("{!r} sets the change against the figure before it: it may be on another reference; "
                   "a guess")
#: Words that make the count after them say whose figure changed: "profits of the region's five banks
#: grew 2.6%", "among the top 10 cities, rents fell 4.1%", "Top 40 firms' profits up 12.5%", "3,140 were
#: filed in the 12 member states, a 5% rise". The change is of what they hold.
_WHOSE_COUNT = re.compile(
    r"\b(?:of|among|across|in|at)\s+(?:the|its|their|these|those|[A-Za-z]+['’]s?)\s+(?:(?:top|largest|biggest)\s+)?$"
    r"|\b(?:top|bottom|largest|biggest)\s+$",
    re.IGNORECASE,
)
#: A change named by what grows, right before it: "to lift export growth of 6.2%".
_CHANGE_OF_A_NAMED = re.compile(
    r"\b([A-Za-z][\w-]*)\s+(?:growth|rise|increase|decline|fall|drop|contraction|expansion)\s+(?:rate\s+)?"
    r"(?:of|by)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$"
)
#: "with" and a name doing something, between a count and a change: the change is the named one's.
_WITH_ONE_DOING = re.compile(r"\bwith\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+[a-z]+ing\b")
_NOT_A_NAME: Final = frozenset({
    "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "annual", "yearly", "monthly",
    "quarterly", "weekly", "daily", "overall", "total", "further", "sharp", "steep", "slight", "modest",
    "strong", "small", "big", "large", "record", "estimated", "expected", "projected", "average", "real",
    "nominal",
})
CHANGE_OF_ANOTHER_NAMED = "the change names what changed ({!r}), not the count before it: a guess"


def _named_grower(text: str, change: Figure, level: Figure) -> str:
    """The words right before ``change`` that name what grew, when they name something else than the
    count ``level`` counts ("4 industries to lift export growth of 6.2%"); "" if they do not."""
    named = _CHANGE_OF_A_NAMED.search(text, max(0, change.start - 40), change.start)
    if named is None or level.noun is None or named.group(1).lower() in _NOT_A_NAME:
        return ""
    return "" if level.noun.lower().startswith(named.group(1).lower()[:4]) else named.group(0).strip()


#: A count and its noun, the subject of a change: "the 38 shops were up 4.2%" (their sales were).
_COUNT_AS_SUBJECT = re.compile(
    r"\s+(?:were|are)\s+(?:also\s+|\w+ly\s+)?(?:up|down)\s+(?:by\s+)?$", re.IGNORECASE
)
_SIGNED_QUANTITY: Final = ("a fall of more than 100% beside a figure below zero or a balance: a change of "
                           "a figure that may change sign", False)
#: A figure below zero ("-$2.06B", "−4.1") or a word naming a quantity that may be one.
_SIGNED: Final = re.compile(
    r"(?:^|(?<=[\s|(]))[-−–]\s?(?:[$€£¥]|[A-Z]{3}\s?)?\d|\b(?:deficits?|balances?|surplus(?:es)?|net|losses?|"
    r"profits?)\b",
    re.IGNORECASE,
)


def _signed_beside(text: str, f: Figure) -> bool:
    """Does the line of ``f`` state a figure below zero or name a balance? A fall of more than 100% is then
    of a figure that may change sign."""
    start = text.rfind("\n", 0, f.start) + 1
    end = text.find("\n", f.end)
    return _SIGNED.search(text, start, len(text) if end < 0 else end) is not None


#: A change's own base year, then the clause it closes: "growth from 2014, and …".
_FROM_A_YEAR = re.compile(r"\bfrom\s+(?:19|20)\d\d\b\s*(?:[,;]|and\b)", re.IGNORECASE)
BASE_YEAR_SAID = ("the change names the year it is from, and the clause ends there: the figure set against "
                  "it after may be of another year")
BASELINE_IN_ANOTHER_UNIT = ("the level the change leads to is in another unit: the baseline may be of "
                            "another thing")
CHANGE_FROM_ANOTHER_UNIT = ("the change is said to start from a figure in another unit than the one before "
                            "it: it may be the change of another figure")
#: Between a change and a figure it is a gap to: "which is 6.3 percent below the record".
_GAP_TO_WHAT_FOLLOWS = re.compile(
    r",?\s+(?:below|above|under|short\s+of|(?:higher|lower|more|less)\s+than)\s+(?:[^\W\d]+\s+){0,4}"
    r"[^\w\s]{0,3}",
    re.IGNORECASE,
)
GAP_TO_WHAT_FOLLOWS = "the change is said as a gap to the figure after it ({!r}), not as the move before it"
MOVE_HAS_ITS_CHANGE = ("the move already has its change stated ({!r}): another change in the same unit after "
                       "it may be of another period or thing, such as a later rate; a guess")


def _move_change_said(
    figures: Sequence[Figure], relations: _Relations, level: int, i: int
) -> Figure | None:
    """The change in figure ``i``'s unit already linked by wording to the move ending at ``level`` (None if
    none): "rose 380 per cent from 25 in May to 120 in June, a pace that eased to a 15 per cent rise in July"
    states the move's change before it; the one after is another."""
    unit = figures[i].unit
    return next((figures[r.a] for r in relations.ending("change_of", level)
                 if r.a != i and r.certain and figures[r.a].unit == unit), None)


#: After a change, the period it is measured from: "down 7 percent on May 2015", "up 4% since 2019".
_OWN_BASE_PERIOD = re.compile(
    r"\s+(?:from|since|on|over|compared\s+(?:with|to))\s+(?:(?:the\s+)?(?:same\s+)?(?:month|quarter|period)\s+"
    rf"(?:of|in)\s+|(?:{lx.MONTH_NAMES})\.?\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)
BASE_PERIOD_SAID = ("the change names the period it is measured from ({!r}): the level the move started "
                    "from may be of another")
#: Between a change and the figure it starts from: "a 4.2 per cent increase from the".
_FROM_RIGHT_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}\s+from\s+(?:the\s+|a\s+|an\s+)?", re.IGNORECASE)
COUNT_OF_WHOSE = ("the count before the change ({!r}) says whose figure it is; the change may be of what "
                  "they hold, not of their number: a guess")
#: "respectively" later in a clause, after the changes it pairs: "down 10.5% and 17.8% in the numbers of
#: crashes and injuries, respectively".
_RESPECTIVELY_LATER = re.compile(r"[^.;]{0,120}?\brespectively\b", re.IGNORECASE)


def _changes_listed_respectively(text: str, figures: Sequence[Figure], i: int) -> bool:
    """Is change ``i`` one of a list of changes its clause pairs "respectively" with what they are of?
    Then each goes with the figure in its place in the other list, not with the figure before it."""
    f = figures[i]
    ends = [j for j in (i - 1, i + 1) if 0 <= j < len(figures) and figures[j].sentence == f.sentence
            and figures[j].kind in _CHANGE_OR_PERCENTAGE]
    if not ends:
        return False
    last = figures[max(i, *ends)]
    return _RESPECTIVELY_LATER.match(text, last.end) is not None


#: A subject of its own, named and followed by its verb, between a level and a change after it: "… to 1,200
#: in Freight from the north was up by 3%" (a full stop lost) is freight's change, not the level's.
_NAMED_SUBJECT_OF_ITS_OWN = re.compile(
    r"\b[A-Z][a-z]+(?:\s+[\w'’-]+){0,4}?\s+(?:was|were|is|are|has|had|have)\s"
)

#: A subject the change is said of, right before it: "…, saw export sales increase by".
_SAW_ANOTHER_CHANGE = re.compile(
    r"\b(?:saw|sees|see|seeing|had|has|watched)\s+(?:its\s+|their\s+|the\s+)?(?:[A-Za-z'’-]+\s+){1,3}"
    r"(?:increase|rise|grow|climb|jump|fall|drop|decline|decrease|shrink)\s+(?:by\s+)?$",
    re.IGNORECASE,
)

#: Changes given as a range over the members of what the level counts: "six towns recorded falls, ranging
#: from".
_RANGING_FROM = re.compile(r"\brang(?:ing|ed|es|e)\s+from\s*$", re.IGNORECASE)

#: An opening phrase a count stands in, naming the group the sentence then speaks of one of: "Among
#: the three largest ports,", "Of the 40 regions,", "- In 12 of the regions,".
_FRAMING_OPENING = re.compile(
    r"(?:^|[.!?:]\s|\n)[ \t]*(?:[-•*][ \t]*)?(?:among|of|across|in|for|from)\s+[^,.;:\n]{0,50}$",
    re.IGNORECASE,
)
#: The rest of that phrase, then a named subject of the sentence: "… ports, Harbourtown recorded a".
_NAMED_SUBJECT_AFTER = re.compile(r"^[^,.;:\n]{0,30},\s+(?:the\s+)?[A-Z]")


def _frames_the_sentence(text: str, level: Figure, gap: str) -> bool:
    """Does the count stand in an opening phrase, with a named subject after it ("Among the three largest
    ports, Harbourtown recorded a 12% rise")? The change is that subject's, not the count's."""
    return _NAMED_SUBJECT_AFTER.match(gap) is not None and _FRAMING_OPENING.search(
        text, max(0, level.start - 60), level.start) is not None


POINTS_OF_A_LEVEL = ("a change in percentage points of a figure that is not a percentage: the writer may "
                     "mean per cent")
TOTAL_AFTER_A_LIST = ("a total change said after a list of figures: it may be the change of them all "
                      "together, not of the last one; a guess")


def _a_total_after_a_list(text: str, figures: Sequence[Figure], counts: Sequence[int], i: int) -> bool:
    """ "gained 120 full-time jobs and 40 part-time ones for a total increase of 160": a change said as a
    total ("total", "overall", "combined", "net") after two or more figures of its sentence is of
    them together as often as of the last, so which level it changes is a guess."""
    f = figures[i]
    listed = sum(1 for j in counts if figures[j].sentence == f.sentence)
    return listed >= 2 and TOTAL_CHANGE_BEFORE.search(text, max(0, f.start - 40), f.start) is not None


def _last_level(figures: Sequence[Figure], earlier: list[int]) -> int | None:
    """The last of the ``earlier`` figures that is no year: the one a level after "to" may follow."""
    for j in reversed(earlier):
        if figures[j].kind is not kinds.YEAR:
            return j
    return None


def _in_points(change: Figure) -> bool:
    """ "up 0.3 percentage points": a change whose levels are percentages."""
    return change.kind is kinds.CHANGE and change.unit == "percentage points"


def _a_percent_level(f: Figure) -> bool:
    """ "5.4%" in "rose to 5.4% from 5.1%": a percentage that is a level, as a change in points moves."""
    return f.kind in _PERCENTS and f.unit == "percent" and f.cue != "change"


def _points_of_a_level(change: Figure, level: Figure) -> bool:
    """ "41,260 appeals, an eight percentage-point jump from 38,150": points are a change of a percentage."""
    return change.unit == "percentage points" and level.unit != "percent"


#: Between a figure and a change: a closed aside ("(8,410 compared to 7,702) and an almost 25 per cent")
#: or a cause ("due to the 3.3 percent drop in flock sizes"), or a threshold naming a class ("towers of 20
#: metres or taller - a 5% increase"): the change may be of something else.
_ELSEWHERE_GAP = re.compile(
    r"^\s+(?:or|and)\s+(?:more|higher|over|above|older|greater|larger|taller)\b|\)|\b(?:due\s+to|because\s+of|owing\s+to|thanks\s+to|aided\s+by|helped\s+by|driven\s+by|"
    r"boosted\s+by|dragged\s+down\s+by|on\s+the\s+back\s+of|despite|in\s+spite\s+of|notwithstanding|"
    r"contribut\w*\s+to)\b",
    re.IGNORECASE,
)
#: A figure that is itself the old level ("compared to 1,990 in 2018 (+7.5%)", "up from Shs 63 billion in
#: 2020 reflecting a 33.33 percent growth"): the change after it is of the new level, not of it.
_BASELINE_BEFORE = re.compile(
    r"\b(?:from|compared\s+(?:to|with)|against|versus|vs\.?)\s+(?:the\s+|an?\s+)?(?:(?:19|20)\d\d\s+)?"
    r"(?:[^\W\d]+\s+)?(?:of\s+)?[^\w\s]{0,3}$"  # "compared with 2018 sales of $"
    r"|\bcompared\s+(?:to|with)\s+(?:[^;.]|\.\d){0,60}\band\s+$"  # "… to 1,990 in 2018 (+7.5%) and 1,760"
    r"|\d\s*(?:%|per\s*cent|percent)\s+on\s+(?:the\s+)?$"  # "a gain of 4% on the 2,310 calls"
    # "13.7 percent above the revised May estimate of 1,135,000"
    r"|\b(?:above|below|than)\s+(?:the\s+|an?\s+|its\s+)?(?:[\w'’-]+\s+){0,4}"
    r"(?:estimate|level|rate|figure|total|number|tally|reading)\s+of\s+$",
    re.IGNORECASE,
)
#: What every match of :data:`_BASELINE_BEFORE` starts with in ASCII text: a word, or a percentage's digit.
_BASELINE_BEFORE_STARTS = ("from", "compared", "against", "versus", "vs", "above", "below", "than",
                           "0", "1", "2", "3", "4", "5", "6", "7", "8", "9")


def _baseline_before(text: str, start: int, end: int) -> bool:
    """``_BASELINE_BEFORE.search(text, start, end)``, tried where a match may start: in ASCII text, at one
    of its words or at a digit (elsewhere a digit of another script may start the percentage)."""
    if not text.isascii() and not text[start:end].isascii():
        return _BASELINE_BEFORE.search(text, start, end) is not None
    return search_from(_BASELINE_BEFORE, text, _BASELINE_BEFORE_STARTS, start, end) is not None
#: The period a change is over, between it and its level: "12 percent year on year to", "1.7% on the
#: month to", "0.4% this week to".
_OVER_A_PERIOD = (
    r"(?:(?:year|month|quarter|week)[\s-]+(?:on|over)[\s-]+(?:year|month|quarter|week)"
    r"|(?:on|over|in|from)\s+(?:the|a)\s+(?:(?:previous|prior|same)\s+)?(?:year|month|quarter|week|period)"
    r"(?:\s+(?:earlier|before|ago))?"
    r"|(?:this|last)\s+(?:year|month|quarter|week))\s*,?\s*"
)
#: Words that make the "to" after them a comparison, not the level a change leads to: "a 40% rise in cases
#: compared to 15", "relative to", "close to".
_TO_COMPARES = "compared|relative|comparable|equal|equivalent|similar|close|prior|next|due|owing|thanks"
_TO_AFTER_CHANGE = re.compile(
    rf"^\s*(?:percent|per\s+cent|%|percentage\s+points?)?\s*,?\s*(?:{_OVER_A_PERIOD})?(?:(?:as\s+)?reported\s+)?"
    r"(?:to|at|ending\s+at)\s+(?:(?:hit|reach|touch|stand\s+at)\s+)?"
    r"(?:a\s+(?:record|new|total|best-ever|all-time|[a-z]+-(?:high|low))\s+(?:high\s+|low\s+)?(?:of\s+)?"
    r"|an?\s+)?$"
    # "a 12% increase in pre-tax profit to £42m", "a 38% turnover growth to £412m": the change noun (and
    # what it is in), then "to"
    r"|^\s*(?:percent|per\s+cent|%)?\s*(?:[a-z]{3,}\s+)?(?:increase|rise|growth|jump|gain|fall|drop|decline|"
    rf"decrease|cut|reduction)\s+(?:{_OVER_A_PERIOD})?"
    rf"(?:in\s+(?:(?!(?:from|and|while|but|whereas|as|to|{_TO_COMPARES})\b)[^\W\d][\w'’-]*\s+)"
    r"{1,6}?)?to\s+$",
    re.IGNORECASE,
)


#: Between a percentage change and a percentage coordinated with it: "9 percent at constant rates and ".
_ALSO = re.compile(r"\s+(?:[a-z-]+\s+){0,3}and\s+(?:by\s+)?")


def _also_changed(text: str, figures: Sequence[Figure], i: int, earlier: list[int]) -> bool:
    """Is figure ``i`` a second percentage change, coordinated with the one before it?"""
    f = figures[i]
    if f.kind is not kinds.PERCENTAGE or f.unit != "percent" or f.of_noun or not earlier:
        return False
    before = figures[earlier[-1]]
    return (before.kind is kinds.CHANGE and before.unit == "percent" and before.direction is not None
            and _ALSO.fullmatch(text, before.end, f.start) is not None)


#: An amount restated in brackets in another currency: "640 million euros (702 million dollars)".
_BRACKET_OPEN = re.compile(r"\s*\(\s*")


def _converted(text: str, figures: Sequence[Figure], j: int) -> set[int]:
    """The figure restating amount ``j`` in another currency in brackets right after it, if any."""
    k = j + 1
    if k >= len(figures) or figures[j].kind is not kinds.AMOUNT:
        return set()
    a, b = figures[j], figures[k]
    if b.kind is not kinds.AMOUNT or b.unit == a.unit:
        return set()
    if not _BRACKET_OPEN.fullmatch(text, a.end, b.start):
        return set()
    if not text[b.end : b.end + 2].lstrip().startswith(")"):
        return set()
    return {k}


def _next_in(same_sentence: list[int], i: int) -> int | None:
    """The first figure of a sentence's figures (in order) after figure ``i``, if any."""
    k = bisect.bisect_right(same_sentence, i)
    return same_sentence[k] if k < len(same_sentence) else None


def _new_value_after(text: str, figures: Sequence[Figure], i: int, same_sentence: list[int]) -> int | None:
    """The figure a change leads "to" ("rose 6 percent to $2.17 billion"), if the wording says so."""
    nxt = _next_in(same_sentence, i)
    if nxt is None or not (figures[nxt].kind in _MEASURED
                           or (_in_points(figures[i]) and _a_percent_level(figures[nxt]))):
        return None
    if _TO_AFTER_CHANGE.match(text[figures[i].end : figures[nxt].start]):
        return nxt
    after = _next_in(same_sentence, nxt)
    if (after is not None and _AS_WORTH.fullmatch(text, figures[i].end, figures[nxt].start)
            and (figures[after].kind, figures[after].unit) == (figures[nxt].kind, figures[nxt].unit)
            and _AS_AGAINST.fullmatch(text, figures[nxt].end, figures[after].start)):
        return nxt  # "grew by 9% as jute worth $132m was sold, as against $121m": the level it grew to
    return None


#: Between a change and the level it explains: "grew by 9.0% as jute worth", "rose 12% as sales of".
_AS_WORTH = re.compile(
    r"\s*(?:percent|per\s+cent|%)?\s*,?\s*as\s+(?:[a-z]+\s+){0,4}(?:worth|valued\s+at|valuing|totall?ing|of)\s+",
    re.IGNORECASE,
)
#: Between that level and the baseline set against it: "was sold, as against", "compared to the
#: sales of".
_AS_AGAINST = re.compile(
    r"(?:\s+[a-z]+){0,3}\s*,?\s+(?:as\s+)?(?:compared\s+(?:to|with)|against|versus)\s+(?:(?:the\s+)?[a-z]+\s+of\s+)?",
    re.IGNORECASE,
)


def _share_in_brackets(
    text: str, figures: Sequence[Figure], i: int, earlier: list[int], relations: _Relations
) -> list[Relation]:
    """ "35 (93%)" after "of the 42 …": the percentage is the part's share of its stated whole."""
    f = figures[i]
    if f.kind not in _PERCENTS or f.of_noun or not earlier:
        return []
    part = earlier[-1]
    if figures[part].kind not in _MEASURED or not _IN_BRACKETS.match(text[figures[part].end : f.start]):
        return []
    whole = next((r for r in relations.starting("part_of", part) if r.certain), None)
    if whole is None:
        return []
    f.measures = f"{figures[whole.b].measures or _measured_key(figures[whole.b]) or 'figure'}.share"
    how = f"{whole.how}, with its share in brackets"
    return [Relation("share_of", i, whole.b, how, True), Relation("share_part", i, part, how, True)]


_FROM_GAP = re.compile(r"\s*,?\s+from\s+")


#: From the level a change started at to the one it ended at, perhaps with the first one's period between:
#: "from 2,400 to", "from 42 cases last year to", "from 60 in 2023 to".
_TO_AFTER_LEVEL = re.compile(
    r"\s+(?:(?:last|the\s+previous|a)\s+(?:year|month|quarter|week)\s+|(?:a\s+)?(?:year|month)\s+(?:earlier|ago|"
    r"before)\s+|(?:in|during)\s+(?:(?:19|20)\d\d|[A-Z][a-z]+)\s+)?to\s+",
    re.IGNORECASE,
)


def _from_to_after(text: str, figures: Sequence[Figure], i: int) -> bool:
    """Does the change at ``i`` state its own two figures right after it ("up 15% from 2,400 to 2,760",
    "a fall of 20% from 40 cases last year to 32")?"""
    if i + 2 >= len(figures) or figures[i + 2].sentence != figures[i].sentence:
        return False
    return _FROM_GAP.fullmatch(text, figures[i].end, figures[i + 1].start) is not None \
        and _TO_AFTER_LEVEL.fullmatch(text, figures[i + 1].end, figures[i + 2].start) is not None


def _previous(period: str | None) -> str | None:
    return str(int(period) - 1) if period and period.isdigit() else None


#: Between two items of a list of parts, brackets left out: "study in junior schools, ", " and ", or the
#: "while" setting two items against each other ("Of them, 1,900 are treated in the city while 2,400 are …").
_NEXT_PART = re.compile(r"[^\d;:.()]*?(?:,\s*(?:and\s+|while\s+|whereas\s+)?|\s+(?:and|while|whereas)\s+)")
#: A bracket with no bracket inside, left out of the words between two items.
_BRACKETED = re.compile(r"\([^()]*\)")
#: After an item whose verb is left out, as in the item before it: "52 million in middle schools".
_VERB_LEFT_OUT = re.compile(r"\s+(?:in|at|on|for|from|with|as|under|into)\s+(?!\S*\d)", re.IGNORECASE)
_FIRST_WORD = re.compile(r"\s+([a-z]+)\s+(?!\S*\d)")


def _listed_before(text: str, figures: Sequence[Figure], i: int, counts: list[int]) -> int | None:
    """The part listed before figure ``i`` when ``i`` continues its list: "31 million study in junior
    schools (…), 52 million in middle schools": the next item leaves the verb out, or repeats it
    ("410 joined the choir and 380 joined the band"). A figure inside a bracket closed before ``i``
    ("grades 6 and 8") is not an item.
    """
    f = figures[i]
    for j in reversed(counts):
        gap = text[figures[j].end : f.start]
        if gap.count(")") > gap.count("("):
            continue
        p = figures[j]
        if p.cue != "part" or (p.kind, p.unit) != (f.kind, f.unit):
            return None
        if not _NEXT_PART.fullmatch(_BRACKETED.sub("", gap)):
            return None
        if _VERB_LEFT_OUT.match(text, f.end):
            return j
        verb_p, verb_f = _FIRST_WORD.match(text, p.end), _FIRST_WORD.match(text, f.end)
        return j if verb_p and verb_f and verb_p.group(1) == verb_f.group(1) else None
    return None


WHOM_OF_PEOPLE = ("'of whom' after a count of what may not be people, with a count of people before it "
                  "in the sentence: either may be the whole; a guess")
PEOPLE_AS_PARTS = ("parts that count people after a count of what may not be people, with a count of people "
                   "before it in the sentence: either may be the whole; a guess")


def _people_before_a_count_of_things(words_before: str, part: Figure, figures: Sequence[Figure],
                                     candidates: list[int], sentence: int) -> str:
    """Why the count right before a part may not be its whole ("" if nothing says so): "1,200 students sat
    the exams at nine centres, of whom 700 passed", "1,500 pupils won two prizes, comprising 700 girls and
    800 boys". "whom", or the part's noun, stands for people, and the count right before it counts
    something else, while an earlier count of the sentence counts people."""
    whom = "whom" in words_before.lower()
    if not whom and (part.noun or "").lower() not in lx.PEOPLE_NOUNS:
        return ""
    nearest = figures[candidates[-1]]
    if nearest.noun is None or nearest.noun.lower() in lx.PEOPLE_NOUNS:
        return ""
    if any(figures[j].sentence == sentence and (figures[j].noun or "").lower() in lx.PEOPLE_NOUNS
           for j in candidates[:-1]):
        return WHOM_OF_PEOPLE if whom else PEOPLE_AS_PARTS
    return PEOPLE_OF_THINGS.format(nearest.noun)  # "96 clinics, out of which results of 8,410 patients"


PEOPLE_OF_THINGS = "the part counts people and the count before it counts {!r}: a part of it only as a guess"


PLACES_BEFORE_PARTS = ("the count right before the parts says where ({!r}), after another count of the "
                       "sentence: either may be the whole; a guess")
#: A preposition that makes the count after it where something happened: "damaged in six regions".
_WHERE_BEFORE = re.compile(r"\b(?:in|at|across|throughout|from)\s+(?:the\s+)?$", re.IGNORECASE)


def _a_count_of_places_before(text: str, figures: Sequence[Figure], candidates: list[int],
                              sentence: int) -> str:
    """Why the count right before a part may not be its whole ("" if nothing says so): "4,210 homes were
    damaged in six districts, of which 3,900 partly": the count right before the parts says where, and
    an earlier count of the sentence may be what they are part of."""
    nearest = figures[candidates[-1]]
    if not any(figures[j].sentence == sentence for j in candidates[:-1]):
        return ""
    where = _WHERE_BEFORE.search(text, max(0, nearest.start - 16), nearest.start)
    return PLACES_BEFORE_PARTS.format(text[where.start() : nearest.end]) if where is not None else ""


#: "which includes" and the words up to the part: a relative clause, said of the noun right before it.
_RELATIVE_INCLUDES = re.compile(
    r"\b(?:which|that)\s+(?:includes|included|include|comprises|comprised)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: Words between a count and "which" beyond which "which" is said of something named after the count.
_WORDS_TO_WHICH = 4
INCLUDED_BY_A_THING_NAMED_AFTER = ("a part after 'which includes', said of what is named between it and "
                                   "the count before ({!r}), not of the count: a guess")


def _included_by_a_thing_named_after(text: str, whole: Figure, part: Figure) -> str:
    """Why the count before a part may not be its whole ("" if nothing says so): in "760 officers serve
    with the monitoring mission in the east, which includes five nations", "which" is said of the
    mission, named after the count, not of the count."""
    relative = _RELATIVE_INCLUDES.search(text, whole.end, part.start)
    if relative is None:
        return ""
    named = text[whole.end : relative.start()].strip(" ,")
    return INCLUDED_BY_A_THING_NAMED_AFTER.format(named) if len(named.split()) > _WORDS_TO_WHICH else ""


def _listed_part(
    text: str, figures: Sequence[Figure], relations: Any, i: int, head: int, first: Relation
) -> Relation:
    """Figure ``i`` listed with the parts from ``head`` on, a part of the whole the first one is of; a guess
    when its own words go on to list kinds that may hold the others."""
    doubt = _doubt_of_a_listed_part(text, figures, i, head, first.b) if first.certain else ""
    if doubt:
        relations.append(Relation("listed_with", i, head, doubt, False))
        return Relation("part_of", i, first.b, doubt, False)
    relations.append(Relation("listed_with", i, head, _wording(text, figures[head].start, figures[i].end),
                              first.certain))
    return Relation("part_of", i, first.b, first.how, first.certain)


def _doubt_of_a_listed_part(text: str, figures: Sequence[Figure], i: int, head: int, whole: int) -> str:
    """Why figure ``i``, listed after the part at ``head``, may be no part of ``whole`` ("" if nothing says
    so): it goes on to list kinds that may hold the others, or counts another noun than the whole's own
    while the first part counts that one."""
    f = figures[i]
    if kinds_listed := _KINDS_LISTED_AFTER.match(text, f.end, f.end + _CLAUSE_REACH):
        return PART_LISTS_KINDS.format(kinds_listed.group("kinds"))
    noun = figures[whole].noun
    if noun and figures[head].noun == noun and f.noun and f.noun != noun:
        return PART_COUNTS_ANOTHER_NOUN.format(noun, f.noun)
    return ""


#: After a part, in its clause, a dash or a colon and a list of kinds: "and 98 were what the council calls its
#: most exposed road users – walkers, riders and cyclists". Those kinds may hold the parts said beside it.
_KINDS_LISTED_AFTER = re.compile(
    r"[^.;:–—\d]*?\s[–—:]\s*(?P<kinds>[a-z][a-z -]*(?:,\s*[a-z][a-z -]*)+,?\s+(?:and|or)\s+[a-z][a-z -]*)")
#: How far after a part its clause is read for a list of kinds.
_CLAUSE_REACH: Final = 200
PART_LISTS_KINDS = "the part goes on to list kinds ({!r}) that may hold the parts beside it: a guess"
#: "4,100 crews including 3,600 mobile crews, 850 supervisors": the first part is a kind of the whole's noun,
#: this one counts another thing, which may work beside the whole rather than within it.
PART_COUNTS_ANOTHER_NOUN = ("the first part counts the whole's own noun ({!r}), this one another ({!r}): it "
                            "may be no part of the whole; a guess")


def _before_a_bracket(text: str, figures: Sequence[Figure], candidates: list[int]) -> int:
    """The whole a part after "of whom" or "including" is of: the nearest count before it, unless that one
    stands in brackets breaking down the count right before them ("53 patients (44 suspected, nine
    confirmed), of whom 17 recovered": of the 53)."""
    nearest = candidates[-1]
    opened = text.rfind("(", 0, figures[nearest].start)
    if opened < 0 or text.find(")", opened, figures[nearest].start) >= 0:
        return nearest
    outer = [j for j in candidates if figures[j].end <= opened]
    if outer and _NOUN_THEN_BRACKET.fullmatch(text, figures[outer[-1]].end, opened):
        return outer[-1]
    return nearest


#: Between a count and the bracket breaking it down: its noun at most ("53 patients (").
_NOUN_THEN_BRACKET: Final = re.compile(r"(?:\s+[\w-]+){0,3}\s*")


def _part_of_nearest(text: str, figures: Sequence[Figure], i: int, counts: list[int], whole: int) -> Relation:
    """Figure ``i`` a part of the nearest count before it ("including 30 foreigners"), certain when close."""
    certain = _close(text, figures, whole, i, allow={j for j in counts if figures[j].cue == "part"})
    how = _wording(text, figures[whole].start, figures[i].end) if certain else (
        "the nearest count before was taken as the whole, by proximity")
    return Relation("part_of", i, whole, how, certain)


def _money_of_a_bare_count(part: Figure, whole: Figure) -> bool:
    """ "€3.1 billion out of 240 rounds": money is no part of a count stated in bare digits, whatever the
    words between say (the amount was raised in those rounds)."""
    return part.unit in lx.CURRENCY_CODES and whole.unit is None and whole.value.replace(",", "").isdigit()


def _scale_may_carry(level: Figure, baseline: Figure) -> bool:
    """Does the level state a scale word ("KSh8.4 billion") that the baseline after it, a number below a
    thousand written bare ("KSh7.24"), may leave to be read from it? Not "1.2 million … from 980,000"."""
    return _scale_differs(level, baseline) and _BARE_BELOW_A_THOUSAND.fullmatch(baseline.value) is not None


_BARE_BELOW_A_THOUSAND: Final = re.compile(r"\d{1,3}(?:\.\d+)?")


def _part_whole(
    text: str, figures: Sequence[Figure], i: int, counts: list[int], relations: _Relations,
    same_sentence: list[int],
) -> Relation | None:
    """The whole that figure ``i`` is stated to be part of, if the wording says so, and how."""
    f = figures[i]
    prev = counts[-1]
    between = text[figures[prev].end : f.start]
    w = figures[prev]
    if (
        figures[prev].cue != "part"
        and _OF_THE_BEFORE.search(text, max(0, w.start - 12), w.start)
        and not (w.noun is None and _POINTS_BACK_TO.search(text, max(0, w.start - 12), w.start)
                 and text[w.end : w.end + 1] != ",")  # "Of these 16,290, …" restates its whole
        and between.count(",") == 1
        and between.rstrip().endswith(",")
        and _close(text, figures, prev, i, allow={j for j in range(prev, i) if figures[j].kind is kinds.AGE})
    ):  # "Of the 42 residents aged 20 and older, 35 …"
        f.bases["kind"] = ("counts what its whole counts: 'Of the M …, N'", True)
        w.bases["kind"] = ("a count of what its parts count: 'Of the M …, N'", True)
        return Relation("part_of", i, prev, _wording(text, w.start, f.end), True)
    if f.noun is None and _OF_THEM.match(text, f.end):
        wholes = [j for j in counts if figures[j].cue != "part"]
        if not wholes:
            return None
        if _RIGHT_AFTER.match(text[figures[wholes[-1]].end : f.start]):  # "523 victims, 230 of them"
            return Relation("part_of", i, wholes[-1], _wording(text, figures[wholes[-1]].start, f.end), True)
        return Relation("part_of", i, wholes[-1], "'of them' read as the nearest count before", False)
    words_before = text[max(0, f.start - 40) : f.start]
    if may_hold_short(words_before, _PART_WORDS) and search_from(_PART_BEFORE, words_before, _PART_STARTS):
        candidates = [j for j in counts
                      if figures[j].cue != "part" and not _A_MARK_AFTER.match(text, figures[j].end)
                      and not _EVERY_BEFORE.search(text, max(0, figures[j].start - 8), figures[j].start)]
        if not candidates:
            return None
        nearest = _part_of_nearest(text, figures, i, counts, _before_a_bracket(text, figures, candidates))
        other = "" if not nearest.certain else (
            _people_before_a_count_of_things(words_before, f, figures, candidates, f.sentence)
            or _a_count_of_places_before(text, figures, candidates, f.sentence)
            or (INCLUDED_BY_ANOTHER_SUBJECT
                if _ANOTHER_SUBJECT_INCLUDED.search(text, figures[nearest.b].end, f.start) else "")
            or _included_by_a_thing_named_after(text, figures[nearest.b], f))
        if other:
            return Relation("part_of", i, nearest.b, other, False)
        return nearest
    if figures[prev].cue == "part" and _COORDINATED.match(between):
        first = next(iter(relations.starting("part_of", prev)), None)
        if first is None:
            return None
        head = next((r.b for r in relations.starting("listed_with", prev)), prev)
        if head == prev and between.lstrip().startswith(",") and "and" in between \
                and _INCLUDING_BEFORE.search(text, max(0, figures[prev].start - 20), figures[prev].start):
            return None  # "six dead, including 4 lifeguards, and 80 injured": the aside closed at its comma
        if _CLOSES_A_LIST.search(text, figures[head].end, figures[prev].start) and (
                ("," in between and "and" not in between and "&" not in between)  # "…, 870 pupils passed"
                or _CLOSES_A_LIST.search(between)):  # "20 men and 11 women and 1,030 others": a new item
            return None  # "including 512 boys and 498 girls, 870 pupils passed": the list ended at "and"
        return _listed_part(text, figures, relations, i, head, first)
    before = _listed_before(text, figures, i, counts)
    first = next(iter(relations.starting("part_of", before)), None) if before is not None else None
    if before is not None and first is not None:  # "Of these N, A study in X, B in Y and C in Z"
        head = next((r.b for r in relations.starting("listed_with", before)), before)
        return _listed_part(text, figures, relations, i, head, first)
    nxt = _next_in(same_sentence, i)
    if (
        between.strip() == "("
        and figures[prev].cue != "part"
        and (f.kind, f.unit) == (w.kind, w.unit)
        and nxt is not None
        and figures[nxt].kind in _PERCENTS
        and _SHARE_CLOSES_BRACKET.fullmatch(text, f.end, figures[nxt].start)
        and text[figures[nxt].end : figures[nxt].end + 1] == ")"
        and not _change_amount(text, f)
    ):  # "240 nurses (36 men, 15%)": a part and its share in brackets right after the whole
        return Relation("part_of", i, prev, _wording(text, w.start, figures[nxt].end + 1), True)
    if (
        _APPOSITION.match(between)
        and figures[prev].cue != "part"
        and nxt is not None
        and figures[nxt].kind in _MEASURED
        and _COORDINATED.match(text[f.end : figures[nxt].start])
        and (between.strip() != "," or _group_word(text, f))
        and not opens_a_breakdown(text, figures[prev])  # "comprise 210 juniors, 250 adults and …"
        and not _NET_BEFORE.search(text, max(0, w.start - 24), w.end)  # "a net fall of 14 (19 shut, 5 new)"
    ):
        listed = between.strip() in (":", "(")
        how = _wording(text, figures[prev].start, figures[nxt].end) if listed else (
            "a list after the count, in apposition: read as its parts, not stated")
        return Relation("part_of", i, prev, how, listed)
    return None


#: "every" right before a count: the base of a ratio ("two of every ten residents, including …"), no whole.
_EVERY_BEFORE = re.compile(r"\bevery\s+$", re.IGNORECASE)
#: A net figure's lead: the items listed after it are its gross flows ("a net fall of 14 branches (19
#: closures and 5 openings)"), one taken from the other, not parts within it.
_NET_BEFORE = re.compile(r"\bnet\b", re.IGNORECASE)
#: A sentence that opens on the figure before: "Of those, 1.7 million have been jobless …".
#: After "Of those N [noun]": a comma and the next figure, a part of N ("Of those 186 members, 95 are").
_RESTATED_WHOLE_THEN_PART = re.compile(r"(?:\s+[a-z]+){0,2}\s*,\s*(?:some\s+|about\s+|around\s+)?\d")
_OF_THOSE = re.compile(r"\s*(?:Of|Among)\s+(?:those|them|these|whom|which)\s*,?\s*$", re.IGNORECASE)
#: A sentence that opens inside the figure before and states a part of it: "Within that, non-withheld
#: payments grew by $37 billion".
_WITHIN_THAT = re.compile(r"\s*Within\s+(?:that|this|those|these|it)\s*,\s*[^\d;.]{0,80}$", re.IGNORECASE)
#: The first two letters of what :data:`_OF_THOSE` opens on, lower-cased (neither a letter that ignoring
#: case matches with another than its two cases); :data:`_WITHIN_THAT` is told by its first, "W" (it matches
#: "Wıthin" too).
_OPENS_BACK = frozenset({"of", "am"})


#: Words that make a sentence's figures a currency's price in another: a currency that falls is quoted at
#: more of itself per dollar ("the shilling fell from 128.40 to 129.15 against the dollar").
_EXCHANGE_RATE_WORDS = re.compile(
    r"\b(?:per|against\s+the|to\s+the|versus\s+the)\s+(?:US\s+|U\.S\.\s+)?"
    r"(?:dollar|euro|pound|greenback|yen|yuan)\b|\bexchange\s+rates?\b|\b(?:depreciat|appreciat)\w*",
    re.IGNORECASE)
EXCHANGE_RATE = ("an exchange rate: a currency that falls is quoted at more of itself per dollar, so which "
                 "way the figures move is a guess")


def _an_exchange_rate(text: str, layout: Layout, f: Figure) -> bool:
    """Does the sentence of ``f`` quote a currency against another?"""
    start, end = layout.sentence_bounds(f.sentence, len(text))
    return _EXCHANGE_RATE_WORDS.search(text, start, end) is not None


def _tied_to_other_figures_apart(
    figures: Sequence[Figure], relations: list[Relation], groups: list[list[int]],
    joins: list[list[tuple[str, bool]]],
) -> tuple[list[list[int]], list[list[tuple[str, bool]]]]:
    """Changes and shares grouped as one figure that the wording ties to other figures, each a figure of
    its own.

    "output 38 percent lower than …" and "yields decreased by 38 percent to 0,62
    t/ha from 1,01" state two changes of one size: the levels each leads to
    or from say they are two, whatever their words share, and one claim with
    the first's level and the second's baseline would be checked as neither.
    So do "23,801 of 55,223 votes (43.1%)" and "29,173 of 67,686 votes (43.1%)"
    state two shares of one size, each of its own part and whole.
    """
    for tied_kinds, ends in _TIED_BY_WORDING:
        groups, joins = _tied_elsewhere_apart(figures, relations, groups, joins, tied_kinds, ends)
    return groups, joins


#: Figures a relation ties to others, by their kinds, and the relations that do: two of one group tied to
#: other figures are two.
_TIED_BY_WORDING: Final = (
    (frozenset({kinds.CHANGE}), frozenset({"change_of", "baseline"})),
    (frozenset({kinds.SHARE, kinds.PERCENTAGE}), frozenset({"share_of", "share_part"})),
)


def _tied_elsewhere_apart(
    figures: Sequence[Figure], relations: list[Relation], groups: list[list[int]],
    joins: list[list[tuple[str, bool]]], tied_kinds: frozenset[ClaimKind], ends: frozenset[str],
) -> tuple[list[list[int]], list[list[tuple[str, bool]]]]:
    """Each group holding two figures of ``tied_kinds`` that relations of ``ends`` tie to other groups, as
    figures of their own."""
    tied_figures = {r.a for r in relations if r.kind in ends and figures[r.a].kind in tied_kinds}
    if not _two_in_a_group(groups, tied_figures):
        return groups, joins  # a group with one of them at most is kept whole: most texts
    group_of = {j: n for n, g in enumerate(groups) for j in g}
    tied: dict[int, dict[str, set[int]]] = {}
    for r in relations:
        if r.kind in ends:
            tied.setdefault(r.a, {}).setdefault(r.kind, set()).add(group_of[r.b])
    kept_groups: list[list[int]] = []
    kept_joins: list[list[tuple[str, bool]]] = []
    for g, joined in zip(groups, joins, strict=True):
        ties = [tied[j] for j in g if j in tied and figures[j].kind in tied_kinds]
        if len(ties) > 1 and any(len(set().union(*(t.get(end, set()) for t in ties))) > 1 for end in ends):
            kept_groups.extend([j] for j in g)
            kept_joins.extend([] for _ in g)
        else:
            kept_groups.append(g)
            kept_joins.append(joined)
    return kept_groups, kept_joins


def _two_in_a_group(groups: list[list[int]], members: set[int]) -> bool:
    """Does one of ``groups`` hold two or more of ``members``?"""
    if members:
        for g in groups:
            if len(g) > 1:
                found = 0
                for j in g:
                    if j in members:
                        found += 1
                if found > 1:
                    return True
    return False


def _whole_before(
    text: str, figures: Sequence[Figure], layout: Layout, i: int, by_sentence: dict[int, list[int]]
) -> Relation | None:
    """ "… at 6.9 million. Of those, 1.7 million …": the count the sentence before states is the whole.

    Certain when the sentence before states one count or amount only, in the
    same unit; with several, "those" may be any of them, and none is taken.
    """
    f = figures[i]
    start = layout.sentence_starts[f.sentence]
    lead = text[start : start + 2].lower()
    if lead not in _OPENS_BACK and lead[:1] != "w" and not text[start].isspace():
        return None  # what the sentence opens on (after any space) is neither "Of", "Among" nor "Within"
    if not _OF_THOSE.fullmatch(text, start, f.start) and not _WITHIN_THAT.fullmatch(text, start, f.start):
        return None
    if _RESTATED_WHOLE_THEN_PART.match(text, f.end):
        return None  # "Of those 186 members, 95 are …": the figure says the whole again, and 95 is its part
    before = [j for j in by_sentence.get(f.sentence - 1, []) if figures[j].kind in _MEASURED
              and figures[j].section == f.section]
    if len(before) != 1 or figures[before[0]].unit != f.unit:
        return None
    whole = before[0]
    if _change_amount(text, figures[whole]) or _change_amount(text, f):
        # "a rise of $88 billion … Within that, … grew by $37 billion": a part may rise by more than
        # the whole when other parts fall
        return Relation("part_of", i, whole, _CHANGE_WITHIN, False)
    return Relation("part_of", i, whole, _wording(text, figures[whole].start, f.end), True)


def _group_word(text: str, f: Figure) -> bool:
    """A demonym or group word ("Cambodians", "foreigners"): a part in a comma apposition."""
    if f.noun is None:
        return False
    return f.noun in lx.MODIFIER_FORMS or bool(re.search(r"\b[A-Z][a-z]+s\b", text[f.start : f.end]))


#: A share and its count side by side: "4,299 (25%)", "(24%; 4,052)", "24% of referrals, 4,088 in all".
#: Between a count and its share: "35 (93%)", "411 MPs (63% of MPs)" (a plural noun left out of the figure).
_COUNT_THEN_SHARE = re.compile(r"^\s*(?:(?:[A-Z]{2,}s?|[a-z]+s)\s*)?(?:\(|,\s*(?:or\s+)?|,?\s+or\s+)$")
_SHARE_THEN_COUNT = re.compile(
    r"^\s*(?:[(;]|,)\s*$|^\s+of\s+(?:the\s+|all\s+)?[a-z]+(?:\s+[a-z]+)?\s*[,(]\s*$"
)
_IN_ALL = re.compile(r"\s+(?:in\s+all|in\s+total|altogether)\b")
#: A count closing the sentence, restating the share before it: "70% of the sample, 60938 victims."
_ENDS_ON_ITS_NOUN = re.compile(r"(?:\s+[a-z]+)?\s*(?:\.|;|$)")
#: A share opening its clause and the count that closes it: "A quarter of the people referred were
#: UK nationals (4,299)", "more than four in 10 referrals, totalling 7,432".
_SHARE_OF_THEN_BRACKETED = re.compile(r"^\s+(?:of|from)\s+[^\d;.()]{1,80}\(\s*$", re.IGNORECASE)
_SHARE_OF_THEN_TOTAL = re.compile(r"^\s+(?:of\s+)?[^\d;.()]{1,40},\s*(?:totall?ing|numbering)\s+$",
                                  re.IGNORECASE)


#: Words after "of" that name no whole of their own: "47% of the total", "of all", "of them".
_ANY_WHOLE = frozenset({"total", "all", "whole", "them", "those", "these", "it", "that", "this", "number"})


def _of_another_whole(share: Figure, whole: Figure) -> bool:
    """Does the share's "of …" name another whole than the part's ("of the vote" beside seats)?"""
    if not share.of_noun or whole.noun is None:
        return False
    said = [w.rstrip("s") for w in _key(share.of_noun).split("_") if w]
    named = {w.rstrip("s") for w in _key(" ".join((whole.noun, *whole.modifiers))).split("_") if w}
    return bool(said) and not any(w in named or w in _ANY_WHOLE for w in said)


def _shares_with_counts(text: str, figures: Sequence[Figure], layout: Layout, relations: _Relations) -> None:
    """A share stated beside its count: the count is its part; its whole is the part's, or a guess.

    The part is stated by the wording. The whole is certain only when the part
    is stated to be part of it; otherwise it is the count the share's noun
    names ("24% of referrals"), or the nearest larger count before it, and a
    check resting on it can only ask for review, unless the text gives one
    count of the noun the share names (see :mod:`._named_wholes`).
    """
    # the percentages, listed once: this reading changes no figure's kind or unit
    percents = [i for i, f in enumerate(figures) if f.unit == "percent" and f.kind in _PERCENTS]
    if not percents:
        return  # no percentage: no share
    linked = {r.a for r in relations if r.kind == "share_of"}
    paired: dict[tuple[int, int], list[tuple[int, int]]] = {}
    unstated: dict[tuple[str, int, str | None], list[tuple[int, int]]] = {}
    for i in percents:
        f = figures[i]
        if i in linked:
            continue
        part = _adjacent_count(text, figures, i)
        if part is None or _change_amount(text, figures[part]):
            continue  # "increased by $700 million or 3.2 per cent": the rate of a change, not a share
        of_the = next((r for r in relations.ending("part_of", part) if r.certain and r.a == part - 1
                       and _OF_THE.match(text[figures[r.a].end : figures[part].start])), None)
        if of_the is not None:  # "300 of the 1,200 staff, or 25%": the share is the part's, not the whole's
            part = of_the.a
        p = figures[part]
        stated = next(iter(relations.starting("part_of", part)), None)
        fits: list[int] = []
        if stated is not None:
            whole, how, certain = stated.b, f"{stated.how}, with its share beside the part", stated.certain
            if certain and _of_another_whole(f, figures[whole]):  # "Of 650 seats, 306 (36.1% of the vote)"
                how = f"the share is said to be of {f.of_noun!r}, not of the part's whole: a guess"
                certain = False
        else:
            guess = _named_whole(figures, i) if f.of_noun else None
            if guess is not None and (guess == part or _has_own_share(text, figures, guess)):
                guess = None  # "134,705 votes with 58.4% of the votes cast": a sibling item, not the whole
            if guess is None:
                larger = [j for j in range(part) if figures[j].kind is p.kind and figures[j].unit == p.unit
                          and figures[j].section == p.section and figures[j].cue not in ("part", "baseline")
                          and _larger(figures[j], p) and not _has_own_share(text, figures, j)]
                same_noun = [j for j in larger if p.noun and (figures[j].noun == p.noun or (
                    figures[j].noun is None and _named_soon_after(text, figures[j], p.noun)))]
                fits = [j for j in larger if _share_fits(f, p, figures[j])]
                same_period = [j for j in fits if figures[j].period == p.period]  # not last year's total
                guess = (same_period or fits or same_noun or larger)[-1] if larger else None
                named = f.of_noun and not any(_key(figures[j].noun or "") == _key(f.of_noun) for j in larger)
                if guess is not None and not fits and not same_noun and named:
                    guess = None  # "5 MPs (0.8% of MPs)" after "9 seats": no count of MPs is its whole
            named_whole = the_named_whole(text, layout, figures, i, part, _key(f.of_noun), _larger) \
                if f.of_noun and guess is not None else None
            guess = guess if named_whole is None else named_whole
            if guess is None:
                if f.of_noun:  # "411 MPs (63% of MPs)": the whole is not stated
                    unstated.setdefault((_key(f.of_noun), f.section, f.period), []).append((i, part))
                continue
            whole, certain = guess, False
            if guess == named_whole:
                certain = True  # "60% of all victims, 310 in total" where the text gives one count of victims
                how = NAMED_WHOLE.format(f.of_noun, text[figures[whole].start : figures[whole].end])
            elif guess not in fits:
                how = ("the part is stated beside the share; its whole was taken as the nearest larger count "
                       "(of the same noun if any), not by wording")
            else:
                how = ("the part is stated beside the share; its whole is not named, and was taken as the "
                       "nearest earlier count of which the part is that share, not by wording")
        f.measures = f.measures or f"{_measured_key(figures[whole]) or _unnamed(figures[whole])}.share"
        relations.append(Relation("share_of", i, whole, how, certain))
        relations.append(Relation("share_part", i, part, _wording(text, min(p.start, f.start),
                                                                  max(p.end, f.end)), True))
        if stated is None:
            paired.setdefault((f.sentence, whole), []).append((part, i))
    _listed_pairs(figures, paired, relations)
    _shares_of_one_whole(text, figures, unstated, relations)


#: Why shares of an unstated whole are taken as shares of one whole: their words, not a stated total.
_ONE_WHOLE = ("each share is stated beside its part; the whole is not stated, and shares 'of {}' in one "
              "section and period were taken as shares of one whole, a guess")


def _shares_of_one_whole(
    text: str, figures: Sequence[Figure], unstated: dict[tuple[str, int, str | None], list[tuple[int, int]]],
    relations: _Relations,
) -> None:
    """"411 MPs (63% of MPs)" … "121 MPs (19% of MPs)": shares beside their parts, of a whole never stated.

    Each pair implies the whole (100 × part / share), and they must agree. That
    the shares are of one whole is read from their words ("of MPs"); another
    period or chamber could hide in the text, so the link is a guess.
    """
    for (noun, _, _), pairs in unstated.items():
        if len(pairs) < 2 or len({figures[part].kind for _, part in pairs}) != 1:
            continue
        for i, part in pairs:
            f, p = figures[i], figures[part]
            f.measures = f.measures or f"{noun}.share"
            relations.append(Relation("share_part", i, part, _wording(text, min(p.start, f.start),
                                                                      max(p.end, f.end)), True))
            relations.append(Relation("share_of_unstated", i, part, _ONE_WHOLE.format(f.of_noun), False))


def _listed_pairs(
    figures: Sequence[Figure], paired: dict[tuple[int, int], list[tuple[int, int]]], relations: _Relations
) -> None:
    """Counts listed in one sentence, each with its share of one whole, are parts of it listed together.

    "53 (45%) were adults; 18 (15%) infants, 24 (20%) …": a breakdown of the
    whole, so the counts add up to at most the whole. That they are disjoint
    is a reading, not stated (shares of overlapping groups can be listed too),
    so the link is a guess; a list whose shares add up to over 100 % is not
    a breakdown and is left alone.
    """
    for (_, whole), items in paired.items():
        if len(items) < 2 or any(relations.starting("part_of", part) for part, _ in items):
            continue
        try:
            total = sum((parse_number(figures[share].value).value for _, share in items), Fraction(0))
        except ValueError:
            continue
        if total > 101:
            continue
        how = "counts listed in one sentence with their shares of one whole: read as its parts, not stated"
        head = items[0][0]
        for part, _ in items:
            relations.append(Relation("part_of", part, whole, how, False))
            if part != head:
                relations.append(Relation("listed_with", part, head, how, False))


def _share_fits(share: Figure, part: Figure, whole: Figure) -> bool:
    """Is ``part`` of ``whole`` the stated ``share``, within its rounding and hedge?

    A reader meeting "Fifty-three (45%) of the cases" after several counts takes
    the one it is 45 % of as the whole; the link stays a guess, so it can pass
    but never fail on its own.
    """
    try:
        s = _interval_of(share.kind, share.value, _qualifier(share.qualifier), None)
        p = _interval_of(part.kind, part.value, _qualifier(part.qualifier), None)
        w = _interval_of(whole.kind, whole.value, _qualifier(whole.qualifier), None)
        return (p / w * 100).overlaps(s)
    except (ValueError, ZeroDivisionError, ArithmeticError, TypeError):
        return False


#: The words right after a figure whose noun was not read ("1,197 confirmed measles cases").
_NOUN_SOON = re.compile(r"(?:\s+[A-Za-z][\w-]*){1,3}")


def _named_soon_after(text: str, f: Figure, noun: str) -> bool:
    """Does ``noun`` follow figure ``f`` within three words ("1,197 confirmed measles cases")?"""
    soon = _NOUN_SOON.match(text, f.end)
    return soon is not None and noun.lower() in soon.group(0).lower().split()


def _has_own_share(text: str, figures: Sequence[Figure], j: int) -> bool:
    """Is count ``j`` an item with its own share ("9,426 (15 percent)", "… ballots, accounting for 87%")?

    Such a count is a sibling of the next item in a list of shares, not their whole.
    """
    k = j + 1
    if k >= len(figures) or figures[k].unit != "percent" or figures[k].sentence != figures[j].sentence:
        return False
    gap = text[figures[j].end : figures[k].start]
    return not gap.strip() or bool(_COUNT_THEN_SHARE.match(gap) or _OWN_PART.match(gap))


def _adjacent_count(text: str, figures: Sequence[Figure], i: int) -> int | None:
    """The count stated right beside share ``i``, if the wording pairs them."""
    f = figures[i]
    before, after = i - 1, i + 1
    if _RESPECTIVELY.match(text, f.end):
        return None  # "12 men and 18 women, representing 40 and 60 percent respectively": paired in order
    if before >= 0 and figures[before].sentence == f.sentence and figures[before].kind in _MEASURED \
            and (_COUNT_THEN_SHARE.match(gap := text[figures[before].end : f.start])
                 or (_OWN_PART.match(gap) and not _OWN_PART_SUBJECT.search(gap))):
        return before
    if after < len(figures) and figures[after].sentence == f.sentence and figures[after].kind in _MEASURED:
        gap = text[f.end : figures[after].start]
        closes = text[figures[after].end : figures[after].end + 2].lstrip().startswith(")")
        if _SHARE_THEN_COUNT.match(gap) and (gap.strip().endswith(("(", ";")) or closes
                                             or _IN_ALL.match(text, figures[after].end)
                                             or _ENDS_ON_ITS_NOUN.match(text, figures[after].end)):
            return after
        if (_SHARE_OF_THEN_BRACKETED.match(gap) and closes) or _SHARE_OF_THEN_TOTAL.match(gap):
            return after  # "A quarter of the people referred were UK nationals (4,299)"

    return None


def _larger(a: Figure, b: Figure) -> bool:
    """Is ``a`` surely larger than ``b`` (a whole for the part ``b``)?"""
    try:
        lo = _interval_of(a.kind, a.value, _qualifier(a.qualifier), None).lo
        hi = _interval_of(b.kind, b.value, _qualifier(b.qualifier), None).hi
    except (ValueError, ZeroDivisionError):
        return False
    return lo is not None and hi is not None and lo > hi


def _named_whole(figures: Sequence[Figure], i: int) -> int | None:
    f = figures[i]
    key = _key(f.of_noun or "")
    wholes = [j for j, w in enumerate(figures) if w.kind in _MEASURED and w.section == f.section
              and w.measures == key and w.cue != "part"]
    before = [j for j in wholes if j < i]
    return (before or wholes)[-1] if wholes else None


#: The subject of a share's clause: "Minors thus made up 60% of all victims".
_SHARE_SUBJECT = re.compile(
    r"(?:^|[.;:]\s+)(?:the\s+)?([A-Za-z]+)\s+(?:\w+\s+)?(?:made\s+up|accounted\s+for|represented|"
    r"comprised|constituted|were|formed)\s+(?:about\s+|almost\s+|nearly\s+|over\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)


#: The count a share's clause is said of ("134,705 votes with 58.4% of the votes cast"): its part, not whole.
_OWN_PART = re.compile(
    r"^[^.;\d]{0,40}?(?:\bwith|\baccounting\s+for|\brepresenting|\b(?:which|that|who)\s+(?:is|was|are|were|"
    r"represents?|represent|represented|makes?\s+up|made\s+up|accounted\s+for)|,\s*or|,?\s*(?:the\s+)?\bequivalent\s+(?:of|to)|"
    r",\s*equal\s+to)\s+(?:about\s+|nearly\s+|almost\s+|some\s+|just\s+(?:over|under)\s+)?$",
    re.IGNORECASE,
)
#: A clause between a figure and a share with a subject of its own ("£4.9m, while wages took up …").
_OWN_PART_SUBJECT = re.compile(r"\b(?:while|whereas|but|and)\b", re.IGNORECASE)


def _share_wholes(
    figures: Sequence[Figure], relations: list[Relation], text: str = "", layout: Layout | None = None
) -> None:
    """A share "of all victims": its whole is the count of victims, and its part the count its subject names.

    The whole is certain when the section states one count of that noun only;
    the part ("Minors made up …" and "230 minor victims") when one count of the
    noun carries the subject as its modifier.
    """
    # the shares of a named whole (this reading changes no figure)
    shares = [i for i, f in enumerate(figures) if f.kind is kinds.SHARE and f.of_noun]
    if not shares:
        return
    linked = {r.a for r in relations if r.kind in ("share_of", "share_of_unstated")}
    for i in shares:
        f = figures[i]
        if i in linked:
            continue
        key = _key(f.of_noun)
        counts = [j for j, w in enumerate(figures) if w.kind in _MEASURED and w.section == f.section
                  and w.noun is not None and _key(w.noun) == key and w.cue != "part"]
        plain = {figures[j].value for j in counts if not figures[j].modifiers}
        subject = None
        if layout is not None and counts:  # what the subject names is looked for among the counts only
            start, _ = layout.sentence_bounds(f.sentence, len(text))
            found = _SHARE_SUBJECT.search(text[start : f.start])
            subject = found.group(1).lower() if found else None
        named = [j for j in counts if subject and figures[j].modifiers
                 and any(_key(m) in (_key(subject), _key(subject.rstrip("s"))) for m in figures[j].modifiers)
                 and not any(m.lower() in ("non", "not", "no") or m.lower().startswith("non-")
                             for m in figures[j].modifiers)]  # "non fire incidents" are not the fires
        wholes = [j for j in counts if not figures[j].modifiers]
        if len(plain) == 1 and wholes and len({figures[j].value for j in named}) == 1:
            whole, part = wholes[0], named[0]
            how = (f"stated by the words: {subject!r} … of {f.of_noun} are the "
                   f"{' '.join(figures[part].modifiers)} {f.of_noun}, of the only count of {f.of_noun}")
            relations.append(Relation("share_of", i, whole, how, True))
            relations.append(Relation("share_part", i, part, how, True))
            continue
        key = _key(f.of_noun)
        wholes = [
            j
            for j, w in enumerate(figures)
            if w.kind in _MEASURED
            and w.section == f.section
            and w.measures == key
            and (w.period == f.period or f.period is None or w.period is None)
            and w.cue != "part"
        ]
        if any(_OWN_PART.match(text[figures[j].end : f.start]) for j in wholes if j < i):
            continue  # its noun names its own part too: which count is the whole is not said
        if wholes:
            before = [j for j in wholes if j < i]
            how = f"linked by the shared noun {f.of_noun!r}, not by wording"
            relations.append(Relation("share_of", i, (before or wholes)[-1], how, False))


_Pass = Callable[[str, Sequence[Figure], Layout, list[Relation]], None]


def _without_layout(read: Callable[[str, Sequence[Figure], list[Relation]], None]) -> _Pass:
    def run(text: str, figures: Sequence[Figure], layout: Layout, relations: list[Relation]) -> None:
        read(text, figures, relations)
    return run


def _share_wholes_pass(
    text: str, figures: Sequence[Figure], layout: Layout, relations: list[Relation]
) -> None:
    _share_wholes(figures, relations, text, layout)


def _shares_with_counts_pass(
    text: str, figures: Sequence[Figure], layout: Layout, relations: list[Relation]
) -> None:
    _shares_with_counts(text, figures, layout, _Relations(relations))  # an index built only when asked


#: The readings of relations a layout, a definition or a list states, in the order :func:`relate` runs
#: them, each with the fewest figures it can find anything among. Each links two figures or more and
#: changes only figures it links (a rate per day, read of one figure alone, needs one), so on a text of
#: fewer figures it would search the text for nothing: a short text skips it, with the same result.
_PASSES: tuple[tuple[_Pass, int], ...] = (
    (laid_out_changes, 3),  # a change, its level and the level before
    (balances, 3),  # a balance and its two sides
    (balance_changes, 3),
    (share_lists, 3),  # three items or more
    (_without_layout(shares_of_stated_wholes), 3),  # a share, its whole and its part
    (_without_layout(pass_rates), 3),  # a pass rate, the count that passed and its whole
    (_without_layout(against_normals), 3),  # a level, the normal it is set against, and the gap
    (_shares_with_counts_pass, 2),
    (_share_wholes_pass, 2),
    (_without_layout(coordinated_shares), 2),
    (statements, 3),  # three rows or more, each with a figure
    (tables, 3),  # three rows or more, each with a figure
    (table_comparisons, 3),  # a table's row in two years, compared in the prose after it
    (daily_rates, 1),
    (_without_layout(bracketed_breakdowns), 3),  # a figure and two items
    (_without_layout(listed_changes), 3),  # a total and two changes
    (colon_breakdowns, 3),  # a count and two items
    (totalled_lists, 3),  # two items and their total
    (medal_tallies, 4),  # a count of medals and its gold, silver and bronze
    (changes_said_after, 2),  # a level, and a change the next sentence opens on
    (running_totals, 2),
    (comprised_wholes, 3),  # a whole and two items
    (_without_layout(fact_boxes), 2),
    (section_changes, 2),
    (_without_layout(most_in_whole), 2),
    (_without_layout(member_and_nation), 2),
    (_without_layout(world_totals), 2),
    (seat_gains, 2),
    (poll_leads, 3),  # a lead in points and the two shares
    (remaining_shares, 2),  # a share and the rest of its whole
    (taken_out, 2),
    (member_sections, 3),  # a whole and two members
    (combined_shares, 3),  # a combined share and two holders' shares
    (_without_layout(named_shares), 3),  # a share, its part and its whole
    (subkinds, 2),
    (_without_layout(per_period_changes), 2),  # a rate per year is not the change between two ends
)


def _passes_for(count: int) -> tuple[_Pass, ...]:
    """The passes of :data:`_PASSES` a text of ``count`` figures runs, in order (as the table says)."""
    return _PASSES_BY_COUNT[min(count, len(_PASSES_BY_COUNT) - 1)]


#: The passes each count of figures runs, from none up to the most any pass needs (read once).
_PASSES_BY_COUNT = tuple(tuple(read for read, fewest in _PASSES if count >= fewest)
                         for count in range(max(fewest for _, fewest in _PASSES) + 1))


_NOT_ID: Final = re.compile(r"[^A-Za-z0-9]+")
_NOT_ID_START: Final = re.compile(r"^[^A-Za-z0-9]+")


def _claim_id(f: Figure, taken: set[str]) -> str:
    base = _id_base(f.measures, f.kind, f.value, f.period)
    cid, n = base, 2
    while cid in taken:
        cid, n = f"{base}-{n}", n + 1
    taken.add(cid)
    return cid


@functools.lru_cache(maxsize=4096)
def _id_base(measures: str | None, kind: ClaimKind, value: str, period: str | None) -> str:
    """The id of a claim of these readings, before any suffix telling it from another of the same.

    Made once for the readings texts state again and again ("2024", "3.5 percent"): a value with a mark
    in it is read by a regular expression, and the rest builds strings.
    """
    base = measures or f"{kind._value_}-{_id_part(value)}"
    if period and kind not in _TIMES:  # a year or a date is its own period
        base += f"-{period}"
    opening = base[:1]
    if not (opening.isascii() and opening.isalnum()):  # an id opens on a letter or a digit
        base = _NOT_ID_START.sub("", base) or "figure"
    return base


def _id_part(value: str) -> str:
    """A value as part of an id: letters and digits, each run of anything else a hyphen (none at the ends)."""
    if value.isascii() and value.isalnum():
        return value  # nothing to replace: most values are whole numbers
    return _NOT_ID.sub("-", value).strip("-")


def _baseline_note(period: str | None) -> str | None:
    if period is None:
        return None
    return f"compared with {'the previous year' if period == 'previous' else period}"


#: Relations from one figure to several, each kept as a list of claim ids on the first.
_LISTED_LINKS: Final[dict[str, BindingName]] = {
    "total_change": "total_change_of", "sum_of": "sum_of", "combined_of": "combined_of",
    "mean_of": "mean_of"}


def figures_to_claims(
    text: str, figures: Sequence[Figure], layout: Layout
) -> tuple[list[Claim], list[Relation], list[list[int]]]:
    """Claims (one per group of mentions) with the stated relations between them."""
    contexts = _Contexts(text, layout)
    relations = relate(text, figures, layout, contexts)
    if not figures:
        return [], relations, []
    if len(figures) == 1:  # a group of its own, as grouping opens it, with no mention joined
        groups: list[list[int]] = [[0]]
        joins: list[list[tuple[str, bool]]] = [[]]
    else:
        found = mention_groups(text, figures, layout, contexts)
        groups, joins = _tied_to_other_figures_apart(
            figures, relations, [g.figures for g in found], [g.joined for g in found])
    _infer_subsets(text, figures, groups, relations, layout)
    taken: set[str] = set()
    claim_of: dict[int, str] = {}
    ids = []
    for g in groups:
        cid = _claim_id(figures[g[0]], taken)
        ids.append(cid)
        for j in g:
            claim_of[j] = cid
    links: dict[str, dict[str, Any]] = {}
    bases: dict[str, dict[BindingName, Basis]] = {}
    moved: dict[str, Direction] = {}
    levels_by_wording: set[int] = set()
    if relations:  # (a text of a figure or two states none, most often)
        links, bases, moved, levels_by_wording = _links_between(figures, relations, claim_of)
    claims = []
    for cid, g, joined in zip(ids, groups, joins, strict=True):
        first = figures[g[0]]
        linked_bases = bases.get(cid)
        basis = linked_bases or {}
        _add_figure_bases(basis, first)
        kind = first.kind
        if first.bases.get("kind") == BARE_PERCENT:
            if (share := basis.get("share_of")) and share.certain:
                del basis["kind"]  # "35 (93%)" of a stated whole: its place says what the percentage is of
                kind = kinds.SHARE
            elif not levels_by_wording.isdisjoint(g):
                if _over_a_hundred(first.value) and _REFERENCE_SUBJECT.search(
                    text, max(0, first.start - _REFERENCE_REACH - 20), first.start
                ):  # "the dam's level fell from 101.4% to 100.8%": of its capacity, which it may exceed
                    basis["kind"] = _basis(*_LEVEL_OF_A_REFERENCE)
                else:  # "fell to 3.9% from 4.2%", "a drop of 0.3 points": a level, by its wording
                    del basis["kind"]
        if kind is kinds.CHANGE and first.direction == "decrease" and first.unit == "percent" \
                and _over_a_hundred(first.value) and _signed_beside(text, first):
            basis["kind"] = _basis(*_SIGNED_QUANTITY)  # "-$2.06B" to "$41.20M" is -102%
        if kind is kinds.SHARE and "kind" not in basis and _over_a_hundred(first.value) and not (
                (share := basis.get("share_of")) and share.certain) and (
                _SET_AGAINST.search(text, max(0, first.start - 30), first.start)
                or (first.of_noun or "").lower() in _MONEY_FLOWS | _CHANGES_SHARED):
            basis["kind"] = _basis(*_ABOVE_A_HUNDRED_OF)  # "reserves stood at 155% of bad debts": a ratio
        elif kind is kinds.SHARE and "kind" not in basis and first.of_noun \
                and _OF_A_REFERENCE_AFTER.match(text, first.end):
            basis["kind"] = _basis(*_OF_A_REFERENCE)  # "over 100% of their target": no share of a whole
        if joined:
            doubts = [how for how, certain in joined if not certain]
            basis["mentions"] = _basis(
                "; ".join(dict.fromkeys(doubts or [how for how, _ in joined])), not doubts)
        mentions = [_mention(first.start, first.end, text[first.start : first.end], None, None)]
        for j in g[1:]:
            f = figures[j]
            mentions.append(
                _mention(
                    f.start,
                    f.end,
                    text[f.start : f.end],
                    None if f.value == first.value else f.value,
                    None if f.qualifier == first.qualifier else _qualifier(f.qualifier),
                )
            )
        # Built without re-validation: every field comes from the grammar above, and the tests
        # validate what the extractor writes (tests/extract/test_validity.py). Validating each
        # claim again would double the cost of extraction.
        fields = _CLAIM_DEFAULTS.copy()  # every field in order, then those a claim states, in place
        fields["id"] = cid
        fields["kind"] = kind
        fields["measures"] = first.measures or first.kind._value_  # ``value``, without the enum's property
        fields["value"] = first.value
        fields["qualifier"] = _qualifier(first.qualifier)
        fields["unit"] = first.unit
        fields["label"] = None if first.noun is None else " ".join([*first.modifiers, first.noun])
        fields["period"] = first.period
        fields["direction"] = moved.get(cid) or (
            None if first.direction is None
            else _DIRECTIONS.get(first.direction) or Direction(first.direction))
        fields["note"] = first.note or _baseline_note(first.baseline_period)
        fields["mentions"] = mentions
        in_order = len(basis) < 2 or not (linked_bases or joined)  # (see _add_figure_bases)
        fields["basis"] = (basis if in_order else dict(sorted(basis.items()))) or None
        linked = links.get(cid)
        if linked:
            fields.update(linked)
        claims.append(assembled(Claim, fields, _CLAIM_STATED.union(linked) if linked else _CLAIM_STATED))
    return claims, relations, groups


def _links_between(
    figures: Sequence[Figure], relations: list[Relation], claim_of: dict[int, str],
) -> tuple[dict[str, dict[str, Any]], dict[str, dict[BindingName, Basis]], dict[str, Direction], set[int]]:
    """What the relations make of the claims (each mention's in ``claim_of``): each claim's links
    to others by binding, how each was found, the direction a move ("up from …") gives a claim, and the
    figures their wording says are levels, not changes."""
    # each claim's, made when first written or asked (most claims have none)
    links: defaultdict[str, dict[str, Any]] = defaultdict(dict)
    bases: defaultdict[str, dict[BindingName, Basis]] = defaultdict(dict)
    parts = {claim_of[r.a]: claim_of[r.b] for r in relations if r.kind == "share_part"}
    minuends = {claim_of[r.a]: r for r in relations if r.kind == "difference_minuend"}
    for r in relations:
        if r.kind == "difference_subtrahend" and claim_of[r.a] in minuends:
            a, m, s = claim_of[r.a], claim_of[minuends[claim_of[r.a]].b], claim_of[r.b]
            if len({a, m, s}) == 3 and "difference_of" not in links[a]:
                links[a]["difference_of"] = DifferenceOf(minuend=m, subtrahend=s)
                bases[a]["difference_of"] = _basis(r.how, r.certain)
    for r in relations:
        if r.kind == "rate_of" and claim_of[r.a] != claim_of[r.b] and "rate_of" not in links[claim_of[r.a]]:
            links[claim_of[r.a]]["rate_of"] = RateOf(count=claim_of[r.b], days=DAYS_IN_A_YEAR)
            bases[claim_of[r.a]]["rate_of"] = _basis(r.how, r.certain)
    moved: dict[str, Direction] = {}
    for r in relations:
        if r.kind in _LISTED_LINKS and claim_of[r.a] != claim_of[r.b]:
            link_name = _LISTED_LINKS[r.kind]
            listed = links[claim_of[r.a]].setdefault(link_name, [])
            if claim_of[r.b] not in listed:
                listed.append(claim_of[r.b])
            bases[claim_of[r.a]][link_name] = _basis(r.how, r.certain)
    for r in relations:
        a, b = claim_of[r.a], claim_of[r.b]
        if r.kind in _MOVES and a != b and "baseline" not in links[a] and "change_of" not in links[a]:
            moved[a] = _MOVES[r.kind]
        link = _LINKS.get(r.kind)
        if a == b or link is None or link in links[a]:
            continue
        links[a][link] = ShareOf(whole=b, part=parts.get(a)) if link == "share_of" else b
        bases[a][link] = _basis(r.how, r.certain)
    for r in relations:
        a = claim_of[r.a]
        if r.kind == "share_of_unstated" and "share_of" not in links[a] and parts.get(a, a) != a:
            links[a]["share_of"] = ShareOf(part=parts[a])
            bases[a]["share_of"] = _basis(r.how, r.certain)
    levels_by_wording: set[int] = set()
    levels_by_wording.update(r.b for r in relations if r.kind in ("change_of", "baseline")
                             and r.certain and _in_points(figures[r.a]))
    levels_by_wording.update(j for r in relations if r.kind in _MOVES and r.certain for j in (r.a, r.b))
    return links, bases, moved, levels_by_wording


_M = TypeVar("_M", bound=BaseModel)


_REQUIRED: Final = object()


@functools.cache
def _field_defaults(model: type[BaseModel]) -> tuple[tuple[str, Any, Any], ...]:
    """Each field of a model in order, with its default and its default factory, read once."""
    return tuple(
        (name, _REQUIRED if info.is_required() else info.default, info.default_factory)
        for name, info in model.model_fields.items()
    )


@functools.cache
def _field_plan(
    model: type[BaseModel],
) -> tuple[dict[str, Any], frozenset[str], tuple[tuple[str, Any], ...], tuple[str, ...]]:
    """Every field with its default (in order), the field names, those made by a factory, the required."""
    fields = _field_defaults(model)
    return (
        {name: default for name, default, _ in fields},
        frozenset(name for name, _, _ in fields),
        tuple((name, factory) for name, _, factory in fields if factory is not None),
        tuple(name for name, default, factory in fields if default is _REQUIRED and factory is None),
    )


def _construct(model: type[_M], **values: Any) -> _M:
    """``model.model_construct(**values)`` for a model with no aliases, extras or post-init hook.

    pydantic's own looks up every field's aliases and default on every call, which
    was a seventh of the extraction time; the defaults are read once here instead.
    """
    template, names, factories, required = _field_plan(model)
    fields: dict[str, Any]
    if values.keys() <= names:  # the defaults in field order, overwritten in place: the same dict, faster
        fields = template.copy()
        fields.update(values)
        for name, factory in factories:
            if name not in values:
                fields[name] = factory()
        for name in required:
            if name not in values:
                del fields[name]
    else:
        fields = {}
        for name, default, factory in _field_defaults(model):
            if name in values:
                fields[name] = values[name]
            elif factory is not None:
                fields[name] = factory()
            elif default is not _REQUIRED:
                fields[name] = default
    return assembled(model, fields, values)


def _construct_fields(model: type[_M], values: dict[str, Any]) -> _M:
    """:func:`_construct` for ``values`` named by the model's fields, every required one among them (a
    claim as :func:`figures_to_claims` writes it): nothing to check, one dict fewer to build."""
    template, _, factories, _ = _field_plan(model)
    fields = template.copy()
    fields.update(values)
    for name, factory in factories:
        if name not in values:
            fields[name] = factory()
    return assembled(model, fields, values)


#: Every field of a claim in order, with its default (a placeholder for those a drafted claim always
#: states: see :data:`_CLAIM_STATED`), read once: what :func:`figures_to_claims` copies for each claim
#: and writes the claim into, as :func:`_construct_fields` does for any model.
_CLAIM_DEFAULTS: Final[dict[str, Any]] = _field_plan(Claim)[0]
#: The fields every drafted claim states (besides its links): what ``model_fields_set`` holds.
_CLAIM_STATED: Final = frozenset({"id", "kind", "measures", "value", "qualifier", "unit", "label", "period",
                                  "direction", "note", "mentions", "basis"})


#: Every field of a mention, in order: :func:`_mention` sets them all.
_MENTION_FIELDS: Final = ("start", "end", "quote", "value", "qualifier")
_MENTION_FIELDS_ALL: Final = tuple(Mention.model_fields) == _MENTION_FIELDS
#: The same, as a set (what ``model_fields_set`` is made from, sooner than from a tuple).
_MENTION_GIVEN: Final = frozenset(_MENTION_FIELDS)


def _mention(start: int, end: int, quote: str, value: str | None, qualifier: Qualifier | None) -> Mention:
    """``_construct(Mention, …)`` with every field given, built straight in field order (one per figure)."""
    if not _MENTION_FIELDS_ALL:  # a field added to mentions: built the general way
        return _construct(Mention, start=start, end=end, quote=quote, value=value, qualifier=qualifier)
    fields = {"start": start, "end": end, "quote": quote, "value": value, "qualifier": qualifier}
    return assembled(Mention, fields, _MENTION_GIVEN)


_LINKS: Final[dict[str, BindingName]] = {
    "part_of": "part_of", "listed_with": "listed_with", "change_of": "change_of", "baseline": "baseline",
    "share_of": "share_of", "rose_from": "baseline", "fell_from": "baseline", "revised_from": "baseline",
}
#: The directions by their values: looked up for every change, sooner than by calling the enum.
_DIRECTIONS: Final[dict[str, Direction]] = {d.value: d for d in Direction}
#: A figure stated as up or down from another ("£283m, up from £245m"): its direction, with no change figure.
_MOVES: Final = {"rose_from": Direction.INCREASE, "fell_from": Direction.DECREASE}


@functools.lru_cache(maxsize=4096)
def _basis(how: str, certain: bool) -> Basis:
    """One record per distinct reason: bases repeat ("read from the nearby noun 'cases'") and are frozen.
    Bounded: the reasons name nouns and values, so a long-running process meets new ones with every text."""
    return _construct(Basis, how=how, certain=certain)  # pydantic's own reads each field's default anew


#: A subject set against what the percentage after it is "of": "reserves stood at 155% of bad debts", "costs
#: ran at 112% of the plan", "spent $8.1m or 108% of $7.5m" (the figure before "or" restated as a ratio), not
#: "Some 138% of the anglers were …", where the percentage is the subject, a share of the anglers.
_SET_AGAINST: Final = re.compile(
    r"(?:\b(?:is|was|are|were|been|represents?|represented|equals?|equalled|equaled|amounts?\s+to|amounted\s+to|"
    r"stood\s+at|came\s+to|reached|at)|\d\S*\s+or)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+)?$",
    re.IGNORECASE,
)
#: Sums of money another may be set against as a ratio ("reserves … 118.6 percent of total imports"):
#: above 100 % of one is no share of it.
_MONEY_FLOWS: Final = frozenset({
    "imports", "exports", "revenue", "revenues", "income", "debt", "debts", "spending", "expenditure",
    "sales", "assets", "liabilities", "deposits", "loans", "reserves", "premiums", "earnings", "profits",
    "wages",
})
#: Changes a part may take more than all of, when others moved the other way ("took 135 percent of the
#: growth").
_CHANGES_SHARED: Final = frozenset({"growth", "increase", "rise", "gain", "gains", "decline", "fall", "drop",
                                    "loss", "losses"})
#: A percentage "of" something above 100 and tied to no stated whole: of another thing, a ratio to it.
_ABOVE_A_HUNDRED_OF: Final = ("above 100 % of what it is said of: a ratio to another thing rather than a "
                              "share of a whole, unless the text says it is a part; a guess", False)
_OF_A_REFERENCE: Final = ("a percentage of a reference (a target, a capacity, a budget), which what it "
                          "measures may exceed: a ratio to it rather than a share of a whole; a guess", False)
#: The words naming a reference a level in percent may exceed (a target, a capacity), as an alternation.
#: "of" a reference right after a percentage: "of their target populations", "of the plan".
_OF_A_REFERENCE_AFTER: Final = re.compile(
    rf"\s+of\s+(?:the|their|its|his|her|our|this|that)?\s*(?:[\w-]+\s+)?(?:{lx.REFERENCE_WORDS})\b",
    re.IGNORECASE,
)
#: How far before a level in percent its subject's reference or ratio is read: a subject may be long ("the
#: mean ratio of bonus to base pay across the bank's senior staff in Europe dropped from 131%").
_REFERENCE_REACH: Final = 100
#: A reference level named before a level in percent, in its clause ("the dam's level fell from"):
#: the percentage is of that reference (a capacity, a target), which a level may exceed.
_REFERENCE_SUBJECT: Final = re.compile(
    rf"\b(?:{lx.REFERENCE_WORDS}|ratio|coverage|dams?|reservoirs?)\b(?:(?!\.\s)[^;:!?]){{0,{_REFERENCE_REACH}}}$",
    re.IGNORECASE
)
_LEVEL_OF_A_REFERENCE: Final = (
    "a level in percent over 100 whose subject names a reference level (a dam's level, a capacity, a "
    "target) or a ratio (\"the coverage ratio was 204.5%\"): it may exceed 100", False)


_DECIMAL: Final = re.compile(r"\d(?:\.\d+|,\d{1,2}|,\d{4,})$")  # "2.5", "20,7"; not "3,600"


@functools.lru_cache(maxsize=4096)
def _decimals(value: str) -> bool:
    """Does a count's value end in decimals (see :data:`_DECIMAL`)? Read once per value, as ids are (see
    :func:`_id_base`)."""
    return _DECIMAL.search(value) is not None


def _add_figure_bases(out: dict[BindingName, Basis], f: Figure) -> None:
    """How the digits, the kind, what it measures and the period of a figure were read, added to its
    claim's ``out`` in the order of their names: a basis of these alone (most claims') is written in that
    order as it is."""
    read = f.bases
    if "value" in read:
        out["value"] = _basis(*read["value"])
    if "kind" in read:
        out["kind"] = _basis(*read["kind"])
    elif f.kind is kinds.COUNT and ("." in f.value or "," in f.value) and _decimals(f.value):
        out["kind"] = _basis("a figure with decimals read as a count; it may be a rate or an amount", False)
    elif f.kind is kinds.COUNT and f.noun is None:
        out["kind"] = _basis("read as a count for want of a unit or a noun", False)
    if f.kind in _MEASURED:
        out["measures"] = _noun_basis(f.noun)
    if "period" in read:
        out["period"] = _basis(*read["period"])


@functools.lru_cache(maxsize=4096)
def _noun_basis(noun: str | None) -> Basis:
    """A count or amount measures what its noun names (or no noun names it): one record per noun."""
    return _basis(f"read from the nearby noun {noun!r}" if noun else "no noun names what it counts", False)


#: Words after a count's noun that narrow it ("41 251 assaults with intent to …"): not all of them.
_QUALIFIED_AFTER: Final = re.compile(
    r"\s+(?:with|who|whom|that|which|for|of|from|aged|involving|related|relating|linked|against|by|on|about"
    r"|concerning|regarding|covering)\b",
    re.IGNORECASE,
)


def _infer_subsets(
    text: str, figures: Sequence[Figure], groups: list[list[int]], relations: list[Relation],
    layout: Layout | None = None,
) -> None:
    """ "230 minor victims" is part of "523 victims" of the same period and section.

    The words say so ("minor victims" are victims) when the section states one
    count of victims only, and that count is not narrowed by the words after it
    ("assaults with intent to …"); otherwise which whole it is is a guess.
    """
    if len(groups) < 2:
        return  # a part and its whole are two figures
    parts = []  # the counts of a qualified noun ("minor victims"), for a period, no wording made a part
    for g in groups:
        f = figures[g[0]]
        if f.kind is kinds.COUNT and f.period is not None and f.measures is not None \
                and "." in f.measures and f.cue not in ("part", "baseline") \
                and not (f.modifiers and _NOT_NARROWING.issuperset(f.modifiers)):
            parts.append(g)
    if not parts:
        return  # most texts: the wholes are read only for a part
    heads: dict[tuple[object, ...], int] = {}
    counted: dict[tuple[object, ...], int] = {}
    for g in groups:
        h = figures[g[0]]
        if h.kind is kinds.COUNT and h.cue not in ("part", "baseline"):
            heads[(h.measures, h.period, h.section)] = g[0]
            counted[(h.measures, h.section)] = counted.get((h.measures, h.section), 0) + 1
    stated = {r.a for r in relations if r.kind == "part_of"}
    alike = Counter((figures[g[0]].measures, figures[g[0]].period, figures[g[0]].section) for g in parts)
    for g in parts:
        f = figures[g[0]]
        if g[0] in stated or f.measures is None:  # (it has one: see above)
            continue
        whole = heads.get((f.measures.rsplit(".", 1)[0], f.period, f.section))
        if whole is not None and _plural(figures[whole].noun or "") and f.noun == figures[whole].noun:
            w = figures[whole]
            doubt = _elliptical_whole(text, figures, f, w, layout) or (
                ALIKE_PARTS if alike[(f.measures, f.period, f.section)] > 1 else None) or (
                WHOLE_SAID_LATER if w.start > f.end else None)
            if doubt is not None:
                how = f"inferred from the nouns ({f.measures} within {w.measures}), but {doubt}"
                certain = False
            elif counted.get((w.measures, w.section)) == 1 and not _QUALIFIED_AFTER.match(text, w.end) \
                    and not _A_SHARE_OR_A_MOVE_BEFORE.search(text, max(0, w.start - 30), w.start):
                phrase = " ".join([*f.modifiers, f.noun or ""])
                how, certain = f"stated by the words: {phrase!r} are {w.noun} (the only count of them)", True
            elif counted.get((w.measures, w.section)) == 1 and not _QUALIFIED_AFTER.match(text, w.end):
                how = (f"inferred from the nouns ({f.measures} within {w.measures}), but the count of "
                       f"{w.noun} restates a share or a move (\"24.1 per cent or 4,120 arrivals\", \"down "
                       "7,000 rooms\"): a part or a change of its own")
                certain = False
            else:
                how = f"inferred from the nouns ({f.measures} within {w.measures}), not stated"
                certain = False
            relations.append(Relation("part_of", g[0], whole, how, certain))


#: Why a part read by its noun is only a guess when the count of the noun is stated after it: a text states
#: a whole before it breaks it down, so one stated after may be of something else ("2835 grants" of one
#: firm, paragraphs after "304,126 utility patent grants" of the year; "Six countries" of "18 countries").
WHOLE_SAID_LATER = ("the only count of the noun is stated after the part, not before it: it may be a count "
                    "of something else")
#: Words before a noun that name no kind of it: "9,000 extra teachers" are more teachers, not some of them.
_NOT_NARROWING: Final = frozenset({"extra", "additional", "more", "further", "fewer", "total"})
#: Why a part read by its noun is only a guess when another figure of its noun and period differs from it.
ALIKE_PARTS = ("another count of the same words and period differs from it: one of the two may be of another "
               "period or place")
#: Words before a count that make it a share restated ("24.1 per cent or") or a move ("down roughly"): no
#: whole of the narrower counts of its noun.
_A_SHARE_OR_A_MOVE_BEFORE: Final = re.compile(
    r"(?:%|\bper\s?cent|\bpercent)\s*,?\s*(?:or\s+)?$"
    r"|\b(?:down|up|lost|gained|fell|rose|dropped|added|shed)\s+(?:by\s+)?(?:about\s+|around\s+|roughly\s+|"
    r"some\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)
#: A span of dates a figure is stated for: "from January 1 to June 25", "May 29 to June 25, 2022".
_DATE_SPAN: Final = re.compile(
    r"\b(?:from\s+|between\s+)?((?:" + lx.MONTH_NAMES + r")\.?\s+\d{1,2}(?:,?\s+\d{4})?)\s*"
    r"(?:to|through|until|and|[-–])\s*((?:" + lx.MONTH_NAMES + r")\.?\s+\d{1,2}(?:,?\s+\d{4})?)",
    re.IGNORECASE,
)


def _elliptical_whole(
    text: str, figures: Sequence[Figure], part: Figure, whole: Figure, layout: Layout | None
) -> str | None:
    """Why the bare noun of ``whole`` may not be wider than ``part``'s qualified noun, if it may not.

    In a text about one kind of a thing ("dengue cases" said without a figure,
    as in its title), a bare "cases" is short for the same kind, often of a shorter
    period; and two figures stated for different spans of dates are not one
    within the other by their nouns alone.
    """
    phrase = r"\s+".join(re.escape(w) for w in [*part.modifiers, part.noun or ""])
    topical = [m for m in re.finditer(rf"\b{phrase}\b", text, re.IGNORECASE)
               if not re.search(r"\d\s*$", text[max(0, m.start() - 3) : m.start()])]  # not "230 … victims"
    if topical:
        return f"the text is about {' '.join([*part.modifiers, part.noun or ''])}: a bare {whole.noun!r} " \
            "may be short for them"
    spans = [_date_span(text, figures, g, layout) for g in (part, whole)] if layout else [None, None]
    if spans[0] != spans[1] and None not in spans:
        return f"they are stated for different spans of dates ({spans[0]!r}, {spans[1]!r})"
    if layout is not None and (did := _subject_that_did(text, whole, layout)):
        return f"{did!r} opens its sentence: it counts those that did so, not all {whole.noun}"
    return None


#: What a count opening its sentence is the subject of: its noun, then a verb in the past ("Three firms
#: suffered losses", "12 schools were closed").
_THEN_A_VERB: Final = re.compile(r"\s+(?:[a-z]+ed|were|was|had|saw|lost|won|made|took|got|fell|rose|did)\b")


def _subject_that_did(text: str, whole: Figure, layout: Layout) -> str:
    """The count and its verb, when the count opens its sentence as the subject of what the sentence says
    ("Three firms suffered losses"): it counts those of which that is true ("" otherwise)."""
    start, _ = layout.sentence_bounds(whole.sentence, len(text))
    if text[start : whole.start].strip() not in ("", "The", "the"):
        return ""
    verb = _THEN_A_VERB.match(text, whole.end)
    return " ".join(text[whole.start : verb.end()].split()) if verb is not None else ""


def _date_span(text: str, figures: Sequence[Figure], f: Figure, layout: Layout) -> str | None:
    """The span of dates stated in the clause of ``f`` ("from January 1 to June 25, 2022"), if any."""
    start, end = layout.sentence_bounds(f.sentence, len(text))
    lo = max([g.end for g in figures if start <= g.end <= f.start and g.kind in _MEASURED] + [start])
    hi = min([g.start for g in figures if f.end <= g.start < end and g.kind in _MEASURED] + [end])
    found = _DATE_SPAN.search(text, lo, hi)
    return " ".join(found.group(0).split()).lower() if found else None


def assemble(
    text: str, *, document_id: str, title: str | None = None, language: str | None = None
) -> ClaimsFile:
    """The claims file for ``text``: every figure, grouped, with stated relations.

    ``language`` (``en``, ``fr``, ``de-CH``, …) decides how digits are read; see :func:`scan`.
    """
    words = None if language else guess_other_language(text)
    figures, layout = scan(text, language, words=words)
    claims, _, _ = figures_to_claims(text, figures, layout)
    title = title or _first_line(text, document_id).lstrip("# ")[:200]
    language = language or words or "en"
    if type(document_id) is str and type(title) is str and type(language) is str and _valid_id(document_id):
        # what validation would build: a title and a language are any text, and the id is valid
        document = _construct_fields(Document, {"id": document_id, "title": title, "language": language})
    else:
        document = Document(id=document_id, title=title, language=language)
    # as ``model_construct`` would (its one aliased field, ``schema``, is left at its default), sooner
    return _construct_fields(ClaimsFile, {"document": document, "claims": claims})


#: What ``str.splitlines`` ends a line at.
_LINE_END: Final = re.compile("[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def _first_line(text: str, otherwise: str) -> str:
    """The first line of ``text`` with words on it, stripped; ``otherwise`` if none has (found without
    splitting the whole text into lines)."""
    head = text.lstrip()
    if not head:
        return otherwise
    end = _LINE_END.search(head)
    return (head if end is None else head[: end.start()]).rstrip()


@functools.lru_cache(maxsize=256)
def _valid_id(document_id: str) -> bool:
    """Does ``document_id`` pass as a document's id? Asked of a few ids ("article", a file's name) again
    and again, so validated once each."""
    try:
        Document(id=document_id, title="", language="en")
    except ValidationError:
        return False
    return True
