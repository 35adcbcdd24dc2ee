"""Relations stated by layout or by definition: table rows, stacked blocks, balances.

A row "Profit | £26.1m | £22.4m | +16% |" states a change as surely as a
sentence does; a trade deficit is by definition imports minus exports.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract import _kinds as kinds
from factcheck.extract import _lexicon as lx
from factcheck.extract._cues import fewest_words, may_hold
from factcheck.extract._figures import Figure, Layout
from factcheck.extract._links import MEASURED as _MEASURED
from factcheck.extract._links import YEAR as _YEAR
from factcheck.extract._links import Relation
from factcheck.extract._links import measured_key as _measured_key

__all__ = ["balance_changes", "balances", "laid_out_changes", "signed_change"]

_SIGN = re.compile(r"([+\-−–])\s*$")


_YEAR_LABEL = re.compile(r"^[\s(]*(?:19|20)\d\d\s*:\s*$")


def signed_change(text: str, f: Figure) -> bool:
    """A percentage written with its sign ("+16%", "−3.2%") states a change; read it as one."""
    if f.kind is kinds.CHANGE:
        return True
    found = _SIGN.search(text, max(0, f.start - 2), f.start)
    sign = f.sign or (found.group(1) if found else None)
    if f.kind is not kinds.PERCENTAGE or sign is None:
        return False
    f.kind = kinds.CHANGE
    f.direction = "increase" if sign == "+" else "decrease"
    start = found.start() if found else f.start
    f.bases["kind"] = (f"a percentage written with its sign: {text[start : f.end]!r}", True)
    return True


def laid_out_changes(
    text: str, figures: Sequence[Figure], layout: Layout, relations: list[Relation]
) -> None:
    """Changes a table or a list states by its layout rather than in words.

    A row "Profit before tax | £26.1m | £22.4m | +16% |" gives this period's
    figure, last period's and the change; a block "£41.1m / +17.1% / 2015:
    £36.8m" gives the figure, the change and the figure of the year named; two
    lines "Murders in 2018/19: 4 495" and "Murders in 2019/20: 4 555" followed
    by "Increase of 1.3%" give the two figures and the change between them.
    """
    by_sentence: dict[int, list[int]] = {}
    for i, f in enumerate(figures):
        if f.kind is not kinds.YEAR:
            by_sentence.setdefault(f.sentence, []).append(i)
    # the figures linked so far, read at the first layout found (most texts have none)
    linked: set[int] = set()
    read = False

    def link(change: int, new: int, old: int, start: int, end: int, how: str, doubt: str = "") -> None:
        nonlocal read
        if not read:
            linked.update(j for r in relations for j in (r.a, r.b))
            read = True
        if {change, new} <= linked and old not in linked and _only_change_of(relations, change, new):
            # "£38.2m +7.3% 2015: £35.6m" read as "rose 7.3 % to £38.2m": the layout adds what it was
            phrase = " ".join(text[start:end].split())
            relations.append(Relation("baseline", change, old, f"stated by {how}: {phrase!r}", True))
            linked.add(old)
            return
        if {change, new, old} & linked or not signed_change(text, figures[change]):
            return
        a, b = figures[new], figures[old]
        if (a.kind, a.unit) != (b.kind, b.unit) or a.kind not in _MEASURED:
            return
        figures[change].measures = f"{_measured_key(a) or 'figure'}.change"
        phrase = " ".join(text[start:end].split())
        said = f"{how}: {phrase!r}; {doubt}" if doubt else f"stated by {how}: {phrase!r}"
        relations.append(Relation("change_of", change, new, said, not doubt))
        relations.append(Relation("baseline", change, old, said, not doubt))
        linked.update((change, new, old))

    labelled = ":" in text  # what every match of ``_YEAR_LABEL`` holds
    tabled = "|" in text  # what every table row holds
    for sentence, members in by_sentence.items():
        if tabled and len(members) >= 3:
            start, end = layout.sentence_bounds(sentence, len(text))
            if text.count("|", start, end) >= 3:
                first, second, change = members[-3:]
                if len(members) >= 4 and _change_in_both_forms(text, figures[first], figures[second],
                                                               figures[change]):
                    first, second = members[-4:-2]  # "| $6,480 | $5,830 | – $650 (– 10.0%) |"
                periods, cells = _header(text, start)
                if not any(_percent_header(text, figures[j], start, cells) for j in (first, second)):
                    # "| 2023 | 2024 | % since 2015 | % since 2023 |": the last three cells hold no level
                    _in_percent(text, figures, change, start, cells)
                    order = _column_order(periods)
                    new, old = (second, first) if order == "oldest first" else (first, second)
                    doubt = _ORDER_UNKNOWN if order is None else \
                        _one_period(text, start, cells, figures, first, second)
                    link(change, new, old, start, end, "a table row", doubt)
        if labelled:
            for k in range(len(members) - 2):
                new, change, old = members[k : k + 3]
                if _YEAR_LABEL.match(text[figures[change].end : figures[old].start]):
                    link(change, new, old, figures[new].start, figures[old].end, "layout")
            if len(members) == 1 and sentence + 2 in by_sentence:
                after = by_sentence.get(sentence + 1, [])
                following = by_sentence[sentence + 2]
                if (after and len(after) == 1 and len(following) == 1
                        and _YEAR_LABEL.match(text[figures[after[0]].end : figures[following[0]].start])):
                    new, change, old = members[0], after[0], following[0]
                    link(change, new, old, figures[new].start, figures[old].end, "layout")
        if len(members) == 1 and figures[members[0]].kind is kinds.CHANGE \
                and _a_line_of_its_own(text, layout, sentence):
            one, two = by_sentence.get(sentence - 2, []), by_sentence.get(sentence - 1, [])
            if len(one) == 1 and len(two) == 1 and _same_line_label(text, layout, figures, one[0], two[0]):
                _, end = layout.sentence_bounds(sentence, len(text))
                new, old = (one[0], two[0]) if _labels_latest_first(text, layout, figures, one[0], two[0]) \
                    else (two[0], one[0])
                link(members[0], new, old, figures[one[0]].start, end, "layout")


def _change_in_both_forms(text: str, level: Figure, amount: Figure, percent: Figure) -> bool:
    """Does a row state its change twice, as an amount with its sign and as a percentage, in one cell
    ("– $650 (– 10.0%)") or in two after a level written without one ("| 4 834 | + 183 | + 3.9% |")?
    Then the amount is no level of the row: the two levels are in the cells before it."""
    if not _signed(text, amount):
        return False
    if "|" not in text[amount.end : percent.start]:
        return True
    return amount.unit == level.unit and amount.kind is not kinds.PERCENTAGE and not _signed(text, level)


def _signed(text: str, f: Figure) -> bool:
    """Is ``f`` written with its sign, glued or set apart by a space ("+183", "+ 183")?"""
    return f.sign is not None or _SIGN.search(text, max(0, f.start - 2), f.start) is not None


#: Why a table row's change is linked only as a guess: which column is the later one is not said.
_ORDER_UNKNOWN = "no header says which column is the later period, so the later is taken to come first"

#: A period in a table header: a year ("2013", "2012/13", "FY2024") or a month with a two-digit year
#: ("Sep,19", "Mar-21", "Jan '24").
_HEADER_PERIOD = re.compile(
    r"(?<![\d.,])(?:FY\s?)?(?P<year>(?:19|20)\d\d)(?:/\d\d(?:\d\d)?)?(?![\d.,%])"
    r"|\b(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[\s,'’-]*(?P<short>\d\d)\b"
)
#: How many lines above a row its header is looked for.
_HEADER_REACH = 8


def _header(text: str, row_start: int) -> tuple[list[tuple[int, int]], list[str]]:
    """The periods of the header of the table a row stands in, with the header's cells: the nearest line
    above with cells and two periods in them (none: no periods, no cells)."""
    end = row_start
    for _ in range(_HEADER_REACH):
        if end <= 0:
            break
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start:end]
        end = start
        if line.count("|") < 2:
            continue
        periods = [_period_key(m) for cell in line.split("|") if (m := _HEADER_PERIOD.search(cell))]
        if len(periods) >= 2:
            return periods, line.split("|")
    return [], []


_ONE_PERIOD = "both columns are headed by {!r}: two estimates of one period, not two periods"


def _one_period(
    text: str, row_start: int, cells: list[str], figures: Sequence[Figure], first: int, second: int
) -> str:
    """Why a row's two levels may not be the two ends of its change ("" if nothing says so): "| 2018/2019
    Previous estimates | 2018/2019 Revised estimates |" heads both with one period."""
    said = []
    for f in (figures[first], figures[second]):
        column = text.count("|", row_start, f.start)
        found = _HEADER_PERIOD.search(cells[column]) if column < len(cells) else None
        if found is None:
            return ""
        said.append(found.group())
    return _ONE_PERIOD.format(said[0]) if said[0] == said[1] else ""


def _column_order(periods: list[tuple[int, int]]) -> str | None:
    """Which way the two period columns of a table's header run.

    "| 2013 | 2012 | Movement |" puts the later period first, as company reports
    do; "| Sep,19 | Sep,20 | Growth |" the earlier first, as statistics tables
    do. With no header, the order is unknown.
    """
    if len(periods) < 2 or periods[0] == periods[1]:
        return None
    return "latest first" if periods[0] > periods[1] else "oldest first"


def _percent_header(text: str, f: Figure, row_start: int, cells: list[str]) -> str | None:
    """The header cell in percent ("% +/- on 2022", "Change (%)") that figure ``f`` of the row stands under,
    if it does: a cell of words (and years), not of figures."""
    column = text.count("|", row_start, f.start)
    if column >= len(cells):
        return None
    cell = cells[column].strip()
    words = not any(c.isdigit() for c in _YEAR_IN.sub("", cell))
    return cell if words and _PERCENT_HEADER.search(cell) else None


def _in_percent(text: str, figures: Sequence[Figure], change: int, row_start: int, cells: list[str]) -> None:
    """A signed figure with no unit under a header cell in percent is a change in percent (an unsigned one
    is left as read: "250" under "% change" is no share, and a sign is what makes it a change here)."""
    f = figures[change]
    signed = f.kind is kinds.CHANGE or f.sign is not None or f.value.startswith(("-", "−"))
    if f.unit is not None or f.kind not in (kinds.COUNT, kinds.AMOUNT, kinds.CHANGE) or not signed:
        return
    header = _percent_header(text, f, row_start, cells)
    if header is None:
        return
    f.unit = "percent"
    f.kind = f.kind if f.kind is kinds.CHANGE else kinds.PERCENTAGE
    if f.value.startswith(("-", "−")):
        f.value, f.sign = f.value[1:], "-"  # a percentage keeps its sign apart, as "-10%" is read
    f.bases["kind"] = (f"a cell under the header {header!r}", True)


_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
#: A header cell in percent, not in points of a percentage.
_PERCENT_HEADER = re.compile(r"^(?!.*\b(?:points?|pts|pp)\b).*(?:%|\bper\s*cent\b|\bpercent\b)", re.I)


def _period_key(m: re.Match[str]) -> tuple[int, int]:
    if m.group("year"):
        return int(m.group("year")), 0
    return 2000 + int(m.group("short")), lx.MONTHS[m.group("month")]


def _only_change_of(relations: list[Relation], change: int, new: int) -> bool:
    """Is the change already linked to ``new`` (by wording), and to nothing else?"""
    stated = [(r.kind, r.a, r.b) for r in relations if change in (r.a, r.b)]
    return stated == [("change_of", change, new)]


def _a_line_of_its_own(text: str, layout: Layout, sentence: int) -> bool:
    """Is the sentence a line of its own ("Increase of 1.3%" under two labelled lines), not one of a
    paragraph that goes on ("… the increase was 1.7%. Since inflation …" reads the lines above otherwise)?"""
    start, end = layout.sentence_bounds(sentence, len(text))
    return (start == 0 or text[start - 1] == "\n") and (end == len(text) or "\n" in text[start:end])


def _labels_latest_first(text: str, layout: Layout, figures: Sequence[Figure], a: int, b: int) -> bool:
    """Do two labelled lines name their periods later first ("May 2024: …" over "May 2023: …")? Lines
    are read oldest first, as statistics are listed, unless their labels say otherwise."""
    periods = []
    for i in (a, b):
        start, _ = layout.sentence_bounds(figures[i].sentence, len(text))
        if (m := _HEADER_PERIOD.search(text, start, figures[i].start)) is None:
            return False
        periods.append(_period_key(m))
    return _column_order(periods) == "latest first"


def _same_line_label(text: str, layout: Layout, figures: Sequence[Figure], a: int, b: int) -> bool:
    """Two lines that label their figure alike but for the period ("Murders in 2018/19: …")."""
    def label(i: int) -> str:
        start, _ = layout.sentence_bounds(figures[i].sentence, len(text))
        return re.sub(r"\d+", "#", text[start : figures[i].start]).strip()

    one_line_apart = text.count("\n", figures[a].end, figures[b].start) == 1
    return len(label(a)) > 3 and label(a) == label(b) and one_line_apart


#: What a figure is, by the word that names it: a balance, or one side of one.
_SIDE_WORDS = {
    "deficit": "deficit", "deficits": "deficit", "gap": "deficit", "shortfall": "deficit",
    "surplus": "surplus", "surpluses": "surplus",
    "imports": "imports", "exports": "exports",
    "outlays": "outlays", "spending": "outlays", "expenditure": "outlays",
    "revenues": "revenues", "revenue": "revenues", "receipts": "revenues",
}


_SIDE_WORD = re.compile(r"\b(" + "|".join(_SIDE_WORDS) + r")\b", re.IGNORECASE)
#: The words above that name a balance: a text without one states no balance.
_BALANCE_WORDS = fewest_words(
    tuple(word for word, side in _SIDE_WORDS.items() if side in ("deficit", "surplus")))


#: A side qualified by a partner or a part ("imports from Britain", "the deficit with China").
_QUALIFIED_SIDE = re.compile(r"\s+(?:from|to|with|of|in|for)\s+(?:the\s+)?[A-Z]")
#: A scope named right before a side that makes it part of the whole balance: "the goods deficit",
#: "the services surplus", "oil imports", "the current-account deficit", "the primary deficit". Goods
#: and services together are the whole trade balance, so they name no part of it.
_SCOPE_BEFORE = re.compile(
    r"\b(goods\s+and\s+services|goods|services|merchandise|non-oil|oil|petroleum|energy|fuel|food|"
    r"agricultural|primary|structural|underlying|operating|cash|current[-\s]account|capital[-\s]account)"
    r"\s+(?:trade\s+|budget\s+)?$",
    re.IGNORECASE,
)


def _scope(text: str, start: int, word_start: int) -> str | None:
    """The part of the whole balance a side word is of ("goods" in "the goods deficit"), or None for
    the whole (a trade deficit, "goods and services exports"), as the words in its sentence before it say."""
    found = _SCOPE_BEFORE.search(text, max(start, word_start - 40), word_start)
    if found is None:
        return None
    scope = " ".join(found.group(1).lower().replace("-", " ").split())
    return None if scope == "goods and services" else scope


#: (balance, first side, second side): the balance is the first minus the second.
_BALANCES = {
    ("deficit", "imports", "exports"), ("surplus", "exports", "imports"),
    ("deficit", "outlays", "revenues"), ("surplus", "revenues", "outlays"),
}


#: Sentences either side of a balance in which its two sides are looked for.
_BALANCE_REACH = 3


#: Words that make the amount after them the size of a change ("fell $4.2 billion to …",
#: "increased by $700 million", "a rise in the merchandise deficit of $2 billion"), not the level of
#: a side: the level is the amount it changed "to".
_CHANGE_AMOUNT_BEFORE = re.compile(
    r"\b(?:(?:increased|decreased|rose|risen|fell|fallen|grew|grown|gained|lost|dropped|declined|climbed|"
    r"jumped|slipped|shrank|widened|narrowed|eased|dipped|slid|surged|soared|edged\s+(?:up|down)|up|down)"
    r"(?:\s+by)?|by|an?\s+(?:increase|decrease|rise|fall|drop|gain|decline|widening|narrowing)"
    r"(?:\s+in\s+(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+){0,3}?[a-z-]+)?\s+of)\s+$",
    re.IGNORECASE,
)


def _change_amount(text: str, f: Figure) -> bool:
    """Is ``f`` the amount a side changed by, as its wording states ("imports fell $4.2 billion")?"""
    return _CHANGE_AMOUNT_BEFORE.search(text, max(0, f.start - 60), f.start) is not None


#: How far before a figure the word naming its side is taken as naming it for certain, and how far
#: it is looked for at all: a word further off ("exports rose 4 per cent, or €633 million, on the
#: previous month to €14.87 million") may be a modified side ("non-oil imports"), so names it by a guess.
_SIDE_WORD_NEAR = 60
_SIDE_WORD_REACH = 100


#: Words before an amount in its clause that make it an average ("the weekly average for June
#: was"), and words after it that make it one per period ("$640 million per day"): no side of a balance.
_AN_AVERAGE_BEFORE = re.compile(r"\b(?:daily|weekly|monthly)?\s*average\b[^.;:]*$", re.IGNORECASE)
_PER_PERIOD_AFTER = re.compile(
    r"\s*(?:a|per|each)\s+(?:(?:business|working)\s+)?(?:day|week|month)\b|\s+on\s+average\b", re.IGNORECASE
)


def _side(
    text: str, figures: Sequence[Figure], layout: Layout, i: int
) -> tuple[str, bool, str | None] | None:
    """Which side of a balance figure ``i`` is, from the word right before it that names it, whether
    that word stands near enough to be certain, and the part of the balance it is of, if a word
    before it names one ("the goods deficit").

    An amount of change is no side: in "imports fell $4.2 billion to $228.7
    billion" the imports are the second figure, the one they changed to.
    """
    f = figures[i]
    if f.kind is not kinds.AMOUNT or _change_amount(text, f):
        return None
    start, _ = layout.sentence_bounds(f.sentence, len(text))
    if _AN_AVERAGE_BEFORE.search(text, max(start, f.start - _SIDE_WORD_REACH), f.start) \
            or _PER_PERIOD_AFTER.match(text, f.end):
        return None  # "the daily average of imports was $596 million": a rate, no side of a total
    words = list(_SIDE_WORD.finditer(text, max(start, f.start - _SIDE_WORD_REACH), f.start))
    opening = _SIDE_WORD.match(text, start)  # "Exports, which …, eased 0.2 percent to $188.9 billion"
    near = bool(words) and f.start - words[-1].start() <= _SIDE_WORD_NEAR
    if not near and opening is not None:
        words, near = [opening], True
    if not words:
        return None
    word = words[-1]
    if _QUALIFIED_SIDE.match(text, word.end()):
        return None
    if word.group(1).lower() == "gap" and not _GAP_OF_A_BALANCE.search(text):
        return None  # "the resource gap", "the output gap": no balance of imports and exports or of a budget
    if _FROM_BEFORE.search(text, max(start, f.start - 12), f.start) and _TO_AFTER.match(text, f.end):
        return None  # "the deficit narrowed from $10.7 billion to …": the level of an earlier period
    between = [j for j, g in enumerate(figures) if word.end() <= g.start and g.end <= f.start]
    if any(figures[j].kind is kinds.AMOUNT and not _change_amount(text, figures[j])
           and not (_FROM_BEFORE.search(text, max(start, figures[j].start - 12), figures[j].start)
                    and _TO_AFTER.fullmatch(text, figures[j].end, f.start))
           for j in between):
        return None  # the word names another figure (not the level "from" which it moved "to" this one)
    return _SIDE_WORDS[word.group(1).lower()], near, _scope(text, start, word.start())


#: What makes "gap" name a balance: the text speaks of a trade or budget gap ("the gap rose" after it).
_GAP_OF_A_BALANCE = re.compile(r"\b(?:trade|budget|budgetary|fiscal)\s+gaps?\b", re.IGNORECASE)
#: Right before the level a figure moved from, and right after it: "narrowed from $10.7 billion to".
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
_TO_AFTER = re.compile(r"\s+to\s+", re.IGNORECASE)

#: Lines beside outlays and revenues ("public debt charges", "an opening balance of"): the balance has more
#: than two terms.
_FURTHER_TERM = re.compile(
    r"\b(?:debt\s+charges|debt\s+service|debt[-\s]servicing|interest\s+(?:costs|charges|payments|"
    r"expenses?)|interest\s+on\s+(?:the\s+)?debt|opening\s+balance|balance\s+brought\s+forward|"
    r"brought\s+forward|carried\s+forward|carry[-\s]?over)\b",
    re.IGNORECASE,
)


#: Wording right after a figure that places it in another period than the text's own.
_OTHER_PERIOD_AFTER = re.compile(
    r"[^.;\d]{0,30}?\b(?P<when>(?:in|for|during)\s+the\s+same\s+(?:\w+\s+){0,2}?(?:last|a|the\s+previous|"
    r"the\s+prior)\s+year|(?:a|one)\s+year\s+(?:earlier|ago|before)|(?:in|for|during)\s+(?:the\s+)?"
    r"(?:previous|prior|preceding)\s+(?:year|month|quarter|period)|last\s+year|the\s+year\s+before)\b",
    re.IGNORECASE,
)
#: Right before such a period, the word that makes it what a change is measured from, not the figure's own
#: period: "rose 13.9 percent to $1.7 billion from a year earlier".
_MEASURED_FROM = re.compile(r"\b(?:from|than|on|over|against|compared\s+(?:with|to))\s+$", re.IGNORECASE)


def _other_period(text: str, layout: Layout, f: Figure) -> str | None:
    """The words that place ``f`` in another period ("for the same quarter last year"), if any; not the
    period a change to ``f`` is measured from ("… to $1.7 billion from a year earlier")."""
    _, end = layout.sentence_bounds(f.sentence, len(text))
    found = _OTHER_PERIOD_AFTER.match(text, f.end, end)
    if found is None or _MEASURED_FROM.search(text, found.start(), found.start("when")):
        return None
    return " ".join(found.group(0).split())


def balances(text: str, figures: Sequence[Figure], layout: Layout, relations: list[Relation]) -> None:
    """A deficit or surplus stated beside the two figures it is the difference of.

    By definition a trade deficit is imports minus exports and a budget
    deficit outlays minus revenues; the link is taken as certain when each
    side is stated exactly once within two sentences of the balance, in the
    same section and currency, no further expense line (debt charges) is
    stated beside them, and no other balance is given the same two sides. A
    balance its wording places in another period ("in the same month last
    year") gets no sides of this one; an amount of change is no side. A
    balance of a part ("the goods deficit") against sides of the whole, or
    the reverse, is a guess, and gives way to a balance of the sides' own
    part stated beside it.
    """
    if not may_hold(text, _BALANCE_WORDS):
        return  # no word that names a balance: no figure is one
    found = {i: named for i in range(len(figures)) if (named := _side(text, figures, layout, i))}
    sides = {i: side for i, (side, _, _) in found.items()}
    operands: dict[tuple[int, int], list[Relation]] = {}
    other_scope: set[int] = set()  # balances of another part than their sides ("the goods deficit")
    for i, side in sides.items():
        if side not in ("deficit", "surplus"):
            continue
        f = figures[i]
        elsewhen = _other_period(text, layout, f)
        near = {
            j: s for j, s in sides.items()
            if j != i and figures[j].section == f.section and figures[j].unit == f.unit
            and abs(figures[j].sentence - f.sentence) <= _BALANCE_REACH
            and figures[j].period == f.period
        }
        negative = f.value.lstrip().startswith(("-", "−")) or f.sign in ("-", "−")
        for balance, first, second in _BALANCES:
            if balance != side:
                continue
            ones = [j for j, s in near.items() if s == first]
            twos = [j for j, s in near.items() if s == second]
            if not ones or not twos:
                continue
            stated_again = [s for s, these in ((first, ones), (second, twos)) if len(these) > 1]
            ones, twos = [_nearest(figures, i, ones)], [_nearest(figures, i, twos)]
            if any(_other_period(text, layout, figures[j]) != elsewhen for j in (ones[0], twos[0])):
                continue  # "a deficit of $2.3 billion in the same month last year": not of these sides
            minuend, subtrahend = (twos[0], ones[0]) if negative else (ones[0], twos[0])
            how = (f"by definition: a {balance} is {first} minus {second}, each stated once beside it "
                   f"({text[figures[ones[0]].start : figures[ones[0]].end]!r}, "
                   f"{text[figures[twos[0]].start : figures[twos[0]].end]!r})")
            trio = (i, ones[0], twos[0])
            # in one sentence the three share whatever period it sets (other years in it are asked below)
            one_sentence = len({figures[j].sentence for j in trio}) == 1
            guessed = [] if one_sentence else [
                j for j in trio if not figures[j].bases.get("period", ("", True))[1]]
            years = [frozenset(_YEAR.findall(text, *layout.sentence_bounds(figures[j].sentence, len(text))))
                     for j in trio]
            if len(set(years)) > 1:
                guessed.append(i)
            if guessed:
                how += "; but the period of each was not stated beside it, so they may be of other periods"
            far = [text[figures[j].start : figures[j].end] for j in trio if not found[j][1]]
            if far:
                how += (f"; but the word naming {', '.join(map(repr, far))} stands far before it, "
                        "so which figure it names is a guess")
                guessed.append(i)
            if len({found[j][2] for j in trio}) > 1:
                other_scope.add(i)
                scopes = ", ".join(f"{found[j][0]}: {found[j][2] or 'none'}" for j in trio)
                how += (f"; but the words before them name different parts of the balance ({scopes}), "
                        "so whether they are its sides is a guess")
                guessed.append(i)
            if stated_again:
                how += (f"; but {' and '.join(stated_again)} are stated more than once beside it, "
                        "so the nearest was taken, by proximity, not by wording")
                guessed.append(i)
            further = _further_terms(text, layout, figures, f) if "outlays" in (first, second) else None
            if further:
                how += (f"; but a further expense line ({further!r}) is stated beside it, "
                        "so the balance may have more terms")
            pair = (minuend, subtrahend)
            linked = [Relation("difference_minuend", i, minuend, how, not guessed and not further),
                      Relation("difference_subtrahend", i, subtrahend, how, not guessed and not further)]
            operands.setdefault(pair, []).extend(linked)
            break
    for linked in operands.values():
        of_their_scope = [r for r in linked if r.a not in other_scope]
        if len(of_their_scope) == 2 and len(linked) > 2:
            linked = of_their_scope  # the one balance of the sides' own part, beside those of a part of it
        if len(linked) > 2:  # two balances given the same two sides: which one they are of is a guess
            linked = [Relation(r.kind, r.a, r.b, r.how + "; but another balance beside it has the same two "
                               "sides, so which one they are of is a guess", False) for r in linked]
        relations.extend(linked)


def _nearest(figures: Sequence[Figure], i: int, candidates: list[int]) -> int:
    """The candidate side nearest balance ``i``: in its sentence, else before it, else after it.

    A balance is mostly stated right after the figures it is the balance of
    ("imports went up to €8.6 billion, giving a trade surplus of €6.2 billion").
    """
    at = figures[i].sentence
    return min(candidates, key=lambda j: (abs(figures[j].sentence - at), figures[j].sentence > at, -j))


def _further_terms(text: str, layout: Layout, figures: Sequence[Figure], f: Figure) -> str | None:
    """An expense line other than outlays stated within reach of balance ``f`` ("public debt charges")."""
    lo = max(0, f.sentence - _BALANCE_REACH)
    hi = f.sentence + _BALANCE_REACH
    start, _ = layout.sentence_bounds(lo, len(text))
    _, end = layout.sentence_bounds(min(hi, len(layout.sentence_starts) - 1), len(text))
    found = _FURTHER_TERM.search(text, start, end)
    return found.group(0) if found else None




#: The wording that makes an amount the change of a balance: "lifted the trade surplus by", "the
#: deficit narrowed by". Group 1 a verb that raises it, group 2 one that lowers it.
_BALANCE_MOVED_BY = re.compile(
    r"(?:\b(?:(lifted|raised|increased|widened|pushed\s+up)|(cut|reduced|lowered|narrowed|pushed\s+down))"
    r"\s+(?:the\s+|its\s+|their\s+)?(?:trade\s+|budget\s+)?(surplus|deficit)"
    r"|\b(surplus|deficit)\s+(?:(rose|grew|increased|widened|climbed)|(fell|shrank|narrowed|decreased|declined)))"
    r"\s+by\s+$",
    re.IGNORECASE,
)
#: A side named right after its change: "a fall of €69 million, or two per cent, in adjusted imports".
#: A word every match of :data:`_BALANCE_MOVED_BY` holds.
_MOVED_BALANCE_WORDS = ("surplus", "deficit")
_SIDE_AFTER = re.compile(r"^[^.;]{0,40}?\bin\s+(?:[a-z-]+\s+){0,2}?(imports|exports)\b", re.IGNORECASE)


def _moved_balance(text: str, f: Figure) -> tuple[str, bool] | None:
    """The balance whose change ``f`` is, and whether the wording raises it ("lifted the surplus by")."""
    found = _BALANCE_MOVED_BY.search(text, max(0, f.start - 50), f.start)
    if found is None:
        return None
    balance = (found.group(3) or found.group(4)).lower()
    return balance, bool(found.group(1) or found.group(5))


def _changed_side(text: str, figures: Sequence[Figure], layout: Layout, i: int) -> str | None:
    """Which side of a trade balance the change ``i`` is of: "exports rose by €168 million", "a fall of
    €69 million in imports"."""
    f = figures[i]
    if f.kind is not kinds.CHANGE or f.direction not in ("increase", "decrease"):
        return None
    after = _SIDE_AFTER.match(text[f.end : f.end + 80])
    if after is not None:
        return after.group(1).lower()
    start, _ = layout.sentence_bounds(f.sentence, len(text))
    words = [w for w in _SIDE_WORD.finditer(text, max(start, f.start - 60), f.start)
             if w.group(1).lower() in ("imports", "exports")]
    if not words or any(word.end() <= g.start and g.end <= f.start for g in figures for word in words[-1:]):
        return None
    return words[-1].group(1).lower()


def balance_changes(text: str, figures: Sequence[Figure], layout: Layout, relations: list[Relation]) -> None:
    """The change of a trade balance beside the changes of its two sides: by definition the change of
    a surplus is the change of exports less the change of imports ("exports rose by €40 million …
    imports fell by €10 million …, which lifted the surplus by €50 million").

    The sides' changes are found by proximity (the balance's sentence and the one before it), and they
    may be stated on other bases (seasonally adjusted or not), so the link is a guess: a balance that
    does not add up needs review rather than failing.
    """
    if not may_hold(text, _MOVED_BALANCE_WORDS):
        return  # no balance said to have moved
    linked = {r.a for r in relations if r.kind.startswith("difference")}
    for i, f in enumerate(figures):
        moved = _moved_balance(text, f) if f.unit not in (None, "percent", "%") else None
        if moved is None or i in linked:
            continue
        balance, raised = moved
        sides: dict[str, list[int]] = {}
        for j, g in enumerate(figures):
            if j != i and g.unit == f.unit and f.sentence - 1 <= g.sentence <= f.sentence \
                    and (side := _changed_side(text, figures, layout, j)):
                sides.setdefault(side, []).append(j)
        if len(sides.get("exports", ())) != 1 or len(sides.get("imports", ())) != 1:
            continue
        first, second = ("exports", "imports") if balance == "surplus" else ("imports", "exports")
        minuend, subtrahend = sides[first][0], sides[second][0]
        if f.kind is not kinds.CHANGE and not raised:
            minuend, subtrahend = subtrahend, minuend  # "cut the surplus by D": −D = Δfirst − Δsecond
        how = (f"by definition: the change of a {balance} is the change of {first} less the change of "
               f"{second}; but the two changes were found by proximity, not by wording, and may be on "
               "other bases")
        relations.append(Relation("difference_minuend", i, minuend, how, False))
        relations.append(Relation("difference_subtrahend", i, subtrahend, how, False))
