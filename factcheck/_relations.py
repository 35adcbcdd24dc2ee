"""Relations a claims file states, and the claims each one binds to a rule's roles.

A rule with ``relation: part_of`` runs once per whole that has parts; with
``change_of``, once per stated change; and so on. Each relation is one entry
here: the roles it fills (and how many claims each takes), the function that
finds its instances, and the generator of random instances that the
Hypothesis strategies use (as pandera attaches a strategy to each check), so
loading (which checks a rule's roles), the engine (which binds them) and the
strategies read the same definition.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from factcheck._models import Claim, ClaimKind, ClaimsFile, Direction, RateOf
from factcheck._random_claims import Pick, first_number, number_text, random_claim
from factcheck._registry import Registry
from factcheck.checks import Arity

__all__ = ["RELATIONS", "RelationKind", "same_figure_groups"]

Roles = dict[str, "Claim | list[Claim] | None"]
Instances = Callable[[ClaimsFile], Iterator[Roles]]
#: Random claims that state one instance of the relation, per document (one list for a
#: relation within a document, several for one across documents), figures drawn near ``near``.
Examples = Callable[[Pick, Sequence[Fraction]], list[list[Claim]]]


@dataclass(frozen=True, slots=True)
class RelationKind:
    name: str
    roles: Mapping[str, Arity]
    instances: Instances
    examples: Examples


RELATIONS: Registry[RelationKind] = Registry("relation")


#: The last claims file read, its list of claims and their number, and its claims by id.
_last: tuple[ClaimsFile, list[Claim], int, dict[str, Claim]] | None = None


def _by_id(cf: ClaimsFile) -> dict[str, Claim]:
    """``cf.by_id()``, built once per document; callers only read it.

    Every relation's instances read the document's claims by id, and the engine
    asks each relation in turn of the same document (~14 times per document). A
    claims file is frozen and its list is never changed in place, so the list's
    identity and length tell a document apart; the one tuple is swapped whole,
    so threads never see one document's index under another.
    """
    global _last
    last, claims = _last, cf.claims
    if last is not None and last[0] is cf and last[1] is claims and last[2] == len(claims):
        return last[3]
    by_id = cf.by_id()
    _last = (cf, claims, len(claims), by_id)
    return by_id


def _relation(name: str, examples: Examples, **roles: Arity) -> Callable[[Instances], Instances]:
    def register(instances: Instances) -> Instances:
        RELATIONS.add(name, RelationKind(name, roles, instances, examples))
        return instances

    return register


def _a_whole(pick: Pick, near: Sequence[Fraction]) -> tuple[Claim, Fraction]:
    whole = random_claim(pick, id="whole", kind=ClaimKind.COUNT, near=near, measures="victims")
    return whole, Fraction(first_number(whole.value))


def _parts_examples(pick: Pick, near: Sequence[Fraction]) -> list[list[Claim]]:
    whole, w = _a_whole(pick, near)
    return [[whole, *(random_claim(pick, id=f"part{i}", kind=ClaimKind.COUNT, near=(w / 3, w, w + 1),
                                   measures=f"victims.p{i}", part_of="whole")
                      for i in range(pick.integer(1, 3)))]]


@_relation("part_of", _parts_examples, whole="one", parts="many")
def _parts(cf: ClaimsFile) -> Iterator[Roles]:
    """One instance per whole, with every claim that says it is ``part_of`` that whole."""
    by_id = _by_id(cf)
    wholes: dict[str, list[Claim]] = {}
    for c in cf.claims:
        if c.part_of is not None:
            wholes.setdefault(c.part_of, []).append(c)
    for whole_id, parts in wholes.items():
        yield {"whole": by_id[whole_id], "parts": parts}


def _listed_parts_examples(pick: Pick, near: Sequence[Fraction]) -> list[list[Claim]]:
    whole, w = _a_whole(pick, near)
    first = random_claim(pick, id="part0", kind=ClaimKind.COUNT, near=(w / 2, w), measures="victims.p0",
                         part_of="whole")
    return [[whole, first, *(random_claim(pick, id=f"part{i}", kind=ClaimKind.COUNT, near=(w / 3, w / 2),
                                          measures=f"victims.p{i}", part_of="whole", listed_with="part0")
                             for i in range(1, pick.integer(2, 3)))]]


@_relation("listed_parts", _listed_parts_examples, whole="one", parts="many")
def _listed_parts(cf: ClaimsFile) -> Iterator[Roles]:
    """One instance per list of parts of one whole ("including A and B"): disjoint, so summed."""
    by_id = _by_id(cf)
    lists: dict[str, list[Claim]] = {}
    for c in cf.claims:
        if c.listed_with is not None and c.listed_with in by_id:
            lists.setdefault(c.listed_with, [by_id[c.listed_with]]).append(c)
    for parts in lists.values():
        wholes = {p.part_of for p in parts}
        if len(wholes) == 1 and parts[0].part_of in by_id:
            yield {"whole": by_id[parts[0].part_of], "parts": parts}


def _share_list_examples(pick: Pick, near: Sequence[Fraction]) -> list[list[Claim]]:
    """Three to five shares of one vote, often adding up to 100 %, now and then not."""
    n = pick.integer(3, 5)
    shares = []
    for i in range(n):
        label = "other" if i == n - 1 and pick.one([True, False]) else f"party{i}"
        shares.append(random_claim(pick, id=f"share{i}", kind=ClaimKind.SHARE,
                                   near=(Fraction(100, n), Fraction(100, n) + 5), measures=f"vote.{label}",
                                   unit="percent", listed_with="share0" if i else None))
    return [shares]


@_relation("listed_shares", _share_list_examples, shares="many")
def _listed_shares(cf: ClaimsFile) -> Iterator[Roles]:
    """One instance per list of shares of one whole ("A 41%, B 30%, other 12%"): at most 100 % together."""
    by_id = _by_id(cf)
    lists: dict[str, list[Claim]] = {}
    for c in cf.claims:
        head = by_id.get(c.listed_with or "")
        if head is not None and c.part_of is None and head.part_of is None and _a_share(c) and _a_share(head):
            lists.setdefault(head.id, [head]).append(c)
    for shares in lists.values():
        yield {"shares": list(shares)}


def _a_share(c: Claim) -> bool:
    return c.kind in (ClaimKind.SHARE, ClaimKind.PERCENTAGE) and c.unit in ("percent", "%")


def _changes_examples(pick: Pick, near: Sequence[Fraction]) -> list[list[Claim]]:
    whole, w = _a_whole(pick, near)
    old = random_claim(pick, id="old", kind=ClaimKind.COUNT, near=(w * 4 / 5, w, w * 5 / 4),
                       measures="victims", period="before")
    o = Fraction(first_number(old.value)) or Fraction(1)
    pct = (w - o) / o * 100
    change = random_claim(pick, id="change", kind=ClaimKind.CHANGE, near=(abs(pct), abs(pct) + 10),
                          measures="victims.change", unit="percent",
                          direction=Direction.INCREASE if pct >= 0 else Direction.DECREASE,
                          change_of="whole", baseline=pick.one(["old", None]))
    return [[whole, old, change]]


@_relation("change_of", _changes_examples, change="one", new="optional", old="optional")
def _changes(cf: ClaimsFile) -> Iterator[Roles]:
    """One instance per stated change, with the figures after (``change_of``) and before (``baseline``)."""
    by_id = _by_id(cf)
    for c in cf.claims:
        if _a_move(c):
            continue  # a figure up or down from another, with no change figure: see "moved_from"
        if c.change_of is not None or c.baseline is not None:
            yield {"change": c, "new": by_id.get(c.change_of or ""), "old": by_id.get(c.baseline or "")}


def _a_move(c: Claim) -> bool:
    """A figure stated with its baseline but no change figure: up or down from it, or revised from it."""
    return c.kind is not ClaimKind.CHANGE and c.baseline is not None and (
        c.direction is not None or c.change_of is None)


def _total_changes_examples(pick: Pick, near: Sequence[Fraction]) -> list[list[Claim]]:
    claims: list[Claim] = []
    total = Fraction(0)
    for i in range(pick.integer(2, 3)):
        old = random_claim(pick, id=f"first{i}", kind=ClaimKind.COUNT, near=near, measures=f"jobs.m{i}")
        o = Fraction(first_number(old.value))
        new = random_claim(pick, id=f"revised{i}", kind=ClaimKind.COUNT, near=(o, o * 9 / 10, o + 5),
                           measures=f"jobs.m{i}", baseline=f"first{i}")
        total += Fraction(first_number(new.value)) - o
        claims += [old, new]
    direction = Direction.INCREASE if total >= 0 else Direction.DECREASE
    claims.append(random_claim(pick, id="together", kind=ClaimKind.CHANGE, near=(abs(total), abs(total) + 3),
                               measures="jobs.revision", unit=None, direction=direction,
                               total_change_of=[f"revised{j}" for j in range(len(claims) // 2)]))
    return [claims]


@_relation("total_change", _total_changes_examples, total="one", figures="many", baselines="many")
def _total_changes(cf: ClaimsFile) -> Iterator[Roles]:
    """One instance per change stated as the total of several figures' changes ("taken together, …")."""
    by_id = _by_id(cf)
    for c in cf.claims:
        figures = [by_id[i] for i in c.total_change_of or () if i in by_id]
        if figures and all(f.baseline in by_id for f in figures):
            yield {"total": c, "figures": figures, "baselines": [by_id[f.baseline or ""] for f in figures]}


def _sums_examples(pick: Pick, near: Sequence[Fraction]) -> list[list[Claim]]:
    """Two to four lines of a statement, some of them costs written negative, and the subtotal below."""
    lines: list[Claim] = []
    total = Fraction(0)
    for i in range(pick.integer(2, 4)):
        line = random_claim(pick, id=f"line{i}", kind=ClaimKind.AMOUNT, near=near, measures=f"line{i}",
                            unit="EUR")
        value = Fraction(first_number(line.value))
        if i and value > 0 and pick.one([True, False]):  # a cost, written negative
            line = line.model_copy(update={"value": f"-{line.value}", "mentions": []})
            value = -value
        total += value
        lines.append(line)
    subtotal = random_claim(pick, id="subtotal", kind=ClaimKind.AMOUNT, near=(total, total + 1),
                            measures="profit", unit="EUR", sum_of=[c.id for c in lines])
    return [[*lines, subtotal]]


@_relation("sum_of", _sums_examples, total="one", parts="many")
def _sums(cf: ClaimsFile) -> Iterator[Roles]:
    """One instance per figure stated as the sum of others, signed as written ("PROFIT BEFORE TAXES")."""
    by_id = _by_id(cf)
    for c in cf.claims:
        parts = [by_id[i] for i in c.sum_of or () if i in by_id]
        if len(parts) >= 2:
            yield {"total": c, "parts": parts}


def _combined_examples(pick: Pick, near: Sequence[Fraction]) -> list[list[Claim]]:
    """Two or three groups' rates and the whole's, often between them, now and then outside."""
    groups = []
    for i in range(pick.integer(2, 3)):
        groups.append(random_claim(pick, id=f"group{i}", kind=ClaimKind.PERCENTAGE,
                                   near=(Fraction(3), Fraction(4)), measures=f"inflation.g{i}",
                                   unit="percent"))
    values = [Fraction(first_number(g.value)) for g in groups]
    middle = (min(values) + max(values)) / 2
    combined = random_claim(pick, id="combined", kind=ClaimKind.PERCENTAGE,
                            near=(middle, max(values) + 1, min(values)), measures="inflation",
                            unit="percent", combined_of=[g.id for g in groups])
    return [[*groups, combined]]


@_relation("combined_of", _combined_examples, combined="one", parts="many")
def _combined(cf: ClaimsFile) -> Iterator[Roles]:
    """One instance per rate or average of a whole stated beside the same figure for its groups."""
    by_id = _by_id(cf)
    for c in cf.claims:
        parts = [by_id[i] for i in c.combined_of or () if i in by_id and i != c.id]
        if len(parts) >= 2:
            yield {"combined": c, "parts": parts}


def _means_examples(pick: Pick, near: Sequence[Fraction]) -> list[list[Claim]]:
    """Two to four monthly figures and their stated average, often right, now and then not."""
    months = [random_claim(pick, id=f"month{i}", kind=ClaimKind.COUNT, near=near, measures=f"jobs.m{i}")
              for i in range(pick.integer(2, 4))]
    mean = sum((Fraction(first_number(m.value)) for m in months), Fraction(0)) / len(months)
    average = random_claim(pick, id="average", kind=ClaimKind.MEAN, near=(mean, mean + 1, mean * 11 / 10),
                           measures="jobs.average", mean_of=[m.id for m in months])
    return [[*months, average]]


@_relation("mean_of", _means_examples, mean="one", figures="many")
def _means(cf: ClaimsFile) -> Iterator[Roles]:
    """One instance per average stated of figures that are stated too ("averaging 167,000 a month")."""
    by_id = _by_id(cf)
    for c in cf.claims:
        figures = [by_id[i] for i in c.mean_of or () if i in by_id and i != c.id]
        if len(figures) >= 2:
            yield {"mean": c, "figures": figures}


def _rates_examples(pick: Pick, near: Sequence[Fraction]) -> list[list[Claim]]:
    """A year's count and a rate per day near a 365th of it (now and then a rate for another count)."""
    days = pick.one([365, 366, 91, 30])
    year = random_claim(pick, id="year", kind=ClaimKind.COUNT, near=(*near, Fraction(20336)),
                        measures="murders")
    y = Fraction(first_number(year.value))
    daily = y / days
    rate = random_claim(pick, id="daily", kind=ClaimKind.RATE, near=(daily, daily + 1, daily * 11 / 10),
                        measures="murders.per_day", unit="per day", rate_of=RateOf(count="year", days=days))
    return [[year, rate]]


@_relation("rate_of", _rates_examples, rate="one", count="one")
def _rates(cf: ClaimsFile) -> Iterator[Roles]:
    """One instance per rate per day, with the count over the period it is the daily rate of."""
    by_id = _by_id(cf)
    for c in cf.claims:
        if c.rate_of is not None and c.rate_of.count in by_id:
            yield {"rate": c, "count": by_id[c.rate_of.count]}


def _moves_examples(pick: Pick, near: Sequence[Fraction]) -> list[list[Claim]]:
    whole, w = _a_whole(pick, near)
    direction = pick.one(list(Direction))
    new = random_claim(pick, id="new", kind=ClaimKind.COUNT, near=(w * 4 / 5, w, w * 5 / 4),
                       measures="victims", direction=direction, baseline="whole")
    return [[whole, new]]


@_relation("moved_from", _moves_examples, new="one", old="one")
def _moves(cf: ClaimsFile) -> Iterator[Roles]:
    """One instance per figure stated as up or down from another ("£283m, up from £245m")."""
    by_id = _by_id(cf)
    for c in cf.claims:
        if _a_move(c) and c.direction is not None and c.baseline in by_id:
            yield {"new": c, "old": by_id[c.baseline or ""]}


def _both_ways_examples(pick: Pick, near: Sequence[Fraction]) -> list[list[Claim]]:
    whole, w = _a_whole(pick, near)
    by = random_claim(pick, id="by", kind=ClaimKind.CHANGE, near=(w / 10, w / 5), measures="victims.change",
                      direction=Direction.INCREASE, unit=None, change_of="whole")
    b = Fraction(first_number(by.value))
    pct = 100 * b / (w - b) if w > b else Fraction(10)
    relative = random_claim(pick, id="pct", kind=ClaimKind.CHANGE, near=(pct, pct + 5), unit="percent",
                            measures="victims.change", direction=Direction.INCREASE, change_of="whole")
    return [[whole, by, relative]]


@_relation("change_both_ways", _both_ways_examples, relative="one", absolute="one", new="one")
def _changes_both_ways(cf: ClaimsFile) -> Iterator[Roles]:
    """One instance per figure whose change is stated both as a percentage and as an amount.

    "Exports rose 4 %, or €633 million, to €14.87 billion": the amount gives
    the figure before, and the percentage must follow from it.
    """
    by_id = _by_id(cf)
    changes: dict[str, list[Claim]] = {}
    for c in cf.claims:
        if c.kind is ClaimKind.CHANGE and c.change_of in by_id:
            changes.setdefault(c.change_of, []).append(c)
    for new_id, stated in changes.items():
        relative = [c for c in stated if c.unit in ("percent", "%")]
        absolute = [c for c in stated if c.unit not in ("percent", "%", "fraction", "times", "x", "×")]
        if len(relative) == 1 and len(absolute) == 1 and relative[0].direction == absolute[0].direction:
            yield {"relative": relative[0], "absolute": absolute[0], "new": by_id[new_id]}


def _shares_examples(pick: Pick, near: Sequence[Fraction]) -> list[list[Claim]]:
    whole, w = _a_whole(pick, near)
    part = random_claim(pick, id="part", kind=ClaimKind.COUNT, near=(w / 3, w / 2, w),
                        measures="victims.minor")
    p = Fraction(first_number(part.value))
    computed = 100 * p / w if w else Fraction(50)
    share = random_claim(pick, id="share", kind=ClaimKind.PERCENTAGE, near=(computed, computed + 5),
                         measures="victims.minor.share", unit="percent",
                         share_of={"whole": "whole", "part": pick.one(["part", None])})
    return [[whole, part, share]]


@_relation("share_of", _shares_examples, share="one", whole="one", part="optional")
def _shares(cf: ClaimsFile) -> Iterator[Roles]:
    """One instance per stated share, with its whole and, when stated, its part."""
    by_id = _by_id(cf)
    for c in cf.claims:
        if c.share_of is not None and c.share_of.whole is not None:
            yield {"share": c, "whole": by_id[c.share_of.whole], "part": by_id.get(c.share_of.part or "")}


def _one_whole_examples(pick: Pick, near: Sequence[Fraction]) -> list[list[Claim]]:
    """Two or three parties' seats, each with its share of a house whose size is not stated."""
    house = pick.one([Fraction(650), Fraction(120), Fraction(1000)])
    claims: list[Claim] = []
    for i in range(pick.integer(2, 3)):
        seats = random_claim(pick, id=f"seats{i}", kind=ClaimKind.COUNT,
                             near=(house / 2, house / 5, house / 9), measures=f"seats.party{i}")
        computed = 100 * Fraction(first_number(seats.value)) / house
        share = random_claim(pick, id=f"share{i}", kind=ClaimKind.SHARE, near=(computed, computed + 3),
                             measures="seats.share", unit="percent", share_of={"part": f"seats{i}"})
        claims += [seats, share]
    return [claims]


@_relation("one_whole", _one_whole_examples, shares="many", parts="many")
def _one_whole(cf: ClaimsFile) -> Iterator[Roles]:
    """One instance per measure, period and place with two or more shares of a whole that is not stated,
    each beside its part ("411 MPs (63% of MPs)", "121 MPs (19% of MPs)")."""
    by_id = _by_id(cf)
    together: dict[tuple[str | None, ...], list[tuple[Claim, Claim]]] = {}
    for c in cf.claims:
        share = c.share_of
        if share is not None and share.whole is None and share.part in by_id and share.part != c.id:
            together.setdefault((c.measures, c.period, c.place), []).append((c, by_id[share.part]))
    for pairs in together.values():
        if len(pairs) >= 2:
            yield {"shares": [s for s, _ in pairs], "parts": [p for _, p in pairs]}


def _differences_examples(pick: Pick, near: Sequence[Fraction]) -> list[list[Claim]]:
    whole, w = _a_whole(pick, near)
    sub = random_claim(pick, id="sub", kind=ClaimKind.COUNT, near=(w / 2, w, w * 3 / 4), measures="exports")
    gap = w - Fraction(first_number(sub.value))
    difference = random_claim(pick, id="gap", kind=ClaimKind.COUNT, near=(gap, abs(gap), gap + 1),
                              measures="deficit", difference_of={"minuend": "whole", "subtrahend": "sub"})
    return [[whole, sub, difference]]


@_relation("difference", _differences_examples, difference="one", minuend="one", subtrahend="one")
def _differences(cf: ClaimsFile) -> Iterator[Roles]:
    """One instance per balance or net figure, with the two figures it is the difference of."""
    by_id = _by_id(cf)
    for c in cf.claims:
        if c.difference_of is not None:
            yield {
                "difference": c,
                "minuend": by_id[c.difference_of.minuend],
                "subtrahend": by_id[c.difference_of.subtrahend],
            }


def _same_figures_examples(pick: Pick, near: Sequence[Fraction]) -> list[list[Claim]]:
    """Two or three documents stating one figure for the same period, often alike, now and then not."""
    w = Fraction(first_number(number_text(pick, ClaimKind.COUNT, near)))
    anchors = (w, w, w + 1, w - 1, w * 11 / 10)
    return [[random_claim(pick, id="victims", kind=ClaimKind.COUNT, near=anchors, measures="victims",
                          period="2024")]
            for _ in range(pick.integer(2, 3))]


@_relation("same_figure", _same_figures_examples, figures="many")
def _same_figures(cf: ClaimsFile) -> Iterator[Roles]:
    """One instance per figure stated by several documents (same measure, period and place)."""
    for group in same_figure_groups(cf.claims):
        yield {"figures": group}


def same_figure_groups(claims: Sequence[Claim]) -> Iterator[list[Claim]]:
    """Claims of different documents that state the same figure: same story, measure, period and place.

    Only documents that declare the same story or series (``document.story``)
    are compared: two unrelated articles verified together share generic keys
    (``count``, ``amount``) by accident, not figures. Figures without a period
    are left out: "the year the report covers" or "the number of staff" may
    rightly differ from one document to the next.
    """
    groups: dict[tuple[str, str, str | None, str | None], list[Claim]] = {}
    for c in claims:
        story = c.__dict__.get("story")
        if c.period is None or story is None:
            continue  # a figure without a period may mean something else in each document
        groups.setdefault((story, c.measures, c.period, c.place), []).append(c)
    for group in groups.values():
        if len({getattr(c, "document", None) for c in group}) > 1:
            yield group
