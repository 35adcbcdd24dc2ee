"""Finding figures in running text: numbers, what they count, and how they are hedged.

One compiled pattern finds every place a figure may start (digits, number
words, fractions, "doubled", dates); a small grammar then reads the words
around it: the hedge before it, its scale, unit and counted noun after it,
and the cues that make it a change, a share, a part of another figure, an
age limit, a year, or not a figure at all (names, codes, phone numbers).
Only the text near each candidate is inspected, which keeps extraction at
the speed of the one regex scan.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from factcheck._models import ClaimKind
from factcheck.extract import _lexicon as lx

__all__ = ["Figure", "Layout", "scan"]


@dataclass(slots=True)
class Figure:
    """One stated figure, before grouping into claims.

    ``cue`` says what the wording makes of it: ``part`` ("including 30
    foreigners"), ``share`` ("60% of all victims"), ``change`` ("up 40%"),
    ``baseline`` ("from 200 in 2023"), ``range`` (one end of "20-30").
    """

    start: int
    end: int
    value: str
    kind: ClaimKind
    qualifier: str = "exact"
    unit: str | None = None
    noun: str | None = None
    modifiers: tuple[str, ...] = ()
    direction: str | None = None
    cue: str | None = None
    of_noun: str | None = None
    period: str | None = None
    baseline_period: str | None = None
    sentence: int = 0
    section: int = 0
    range_id: int | None = None
    measures: str | None = None
    context: frozenset[str] = field(default_factory=frozenset)


# --- layout: sentences and sections -----------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*(?:/\.)?\s+(?=[\"“‘(\[]?[A-Z0-9])|\n\s*\n|\n")
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Nos|Gen|Col|Lt|Sen|Rep|Inc|Ltd|Co|vs|etc|"
    r"approx|est|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z])\.$"
)


@dataclass(frozen=True, slots=True)
class Layout:
    """Sentence and section boundaries of a text.

    A section starts at a line that reads as a headline (short, no closing
    punctuation); a run of such lines opens one section. Figures are grouped
    only within a section, so the teasers of other stories that a news page
    appends never meet the article's own figures.
    """

    sentence_starts: list[int]
    sentence_sections: list[int]

    def sentence_of(self, pos: int) -> int:
        return bisect.bisect_right(self.sentence_starts, pos) - 1

    def sentence_bounds(self, index: int, length: int) -> tuple[int, int]:
        end = self.sentence_starts[index + 1] if index + 1 < len(self.sentence_starts) else length
        return self.sentence_starts[index], end


def _is_headline(line: str) -> bool:
    s = line.strip().lstrip("#").strip()
    return bool(s) and len(s.split()) <= 16 and s[-1] not in ".!?:;\"”’')…,/" and s[0].isupper()


def layout(text: str) -> Layout:
    starts = [0]
    for m in _SENTENCE_END.finditer(text):
        if (
            m.group(0).strip() == ""
            and "\n" not in m.group(0)
            and _ABBREV.search(text, max(0, m.start() - 8), m.start())
        ):
            continue
        if m.end() < len(text):
            starts.append(m.end())
    starts = sorted(set(starts))
    sections: list[int] = []
    section, previous_headline = 0, False
    for i, s in enumerate(starts):
        line_start = text.rfind("\n", 0, s) + 1
        line_end = text.find("\n", s)
        line = text[line_start : len(text) if line_end < 0 else line_end]
        headline = line_start == s and _is_headline(line)
        if headline and not previous_headline and i > 0:
            section += 1
        previous_headline = headline
        sections.append(section)
    return Layout(starts, sections)


# --- the candidate pattern ----------------------------------------------------------------

_UNIT_W = "|".join(lx.UNITS_WORDS)
_TEN_W = "|".join(lx.TENS_WORDS)
_MONTH = "|".join(sorted(lx.MONTHS, key=len, reverse=True))
_SIMPLE_W = rf"(?:(?:{_TEN_W})(?:[\s-](?:{_UNIT_W}))?|{_UNIT_W})"
_WORDS = (
    rf"(?:{_SIMPLE_W}|an?)(?:[\s-]+(?:and\s+)?(?:hundred|thousand|million|billion|trillion|dozen|"
    rf"{_SIMPLE_W})\b)*"
)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_CANDIDATE = re.compile(
    rf"""
    (?<!\w)(?=\w)(?:  # only where a word starts: the scan then skips most positions at once
    (?P<date>(?-i:(?P<dmonth>{_MONTH}))\.?\s+(?P<dday>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*[-–,]?\s*\d{{3}})
        (?:,?\s+(?P<dyear>\d{{4}})\b)?
      | (?P<dday2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?-i:(?P<dmonth2>{_MONTH}))\b
        (?:,?\s+(?P<dyear2>\d{{4}})\b)?
      | (?P<part>mid|early|late)[\s-](?-i:(?P<pmonth>{_MONTH}))\b)
    | (?P<digits>(?<![\w.,/#@:])(?<![A-Za-z]-){_DIGITS})(?P<suf>bn|mn|mln|tn|k|m|b|st|nd|rd|th|s|
        km|kg|mw|gw|kw|mwh|gwh|x)?(?![\w]|[.,]\d|:\d)
    | (?P<frac>\b(?:(?P<fnum>a|one|two|three|four|five|seven|nine)[\s-]+)?
        (?P<fden>half|halves|thirds?|quarters?|fifths?|tenths?)\b)
    | (?P<mult>\b(?:doubled|tripled|trebled|quadrupled|halved|twofold|threefold|fourfold|fivefold|
        tenfold|hundredfold)\b)
    | (?P<words>(?<![\w-])(?<!-\s)(?:twice|thrice|{_WORDS})\b))
    """,
    re.VERBOSE | re.IGNORECASE,
)
_PHONE = re.compile(r"(?<![\w.])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)\s?)?\d{2,4}(?:[\s.-]\d{2,4}){2,}(?!\d)")
_URL = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\w+|\]\([^)]*\)")

_PREV_WORD = re.compile(r"([A-Za-z][\w.]*)\s*(?:#\s*)?$")
_QUAL_LAST = frozenset(q.split()[-1] for q in lx.QUALIFIERS)
_QUAL = re.compile(
    r"(?:^|(?<=[^\w]))(" + "|".join(re.escape(q) for q in lx.QUALIFIERS) + r")\s+$", re.IGNORECASE
)
_CURRENCY_BEFORE = re.compile(r"(US\$|A\$|C\$|S\$|\$|€|£|¥|₹|\b(?:USD|EUR|GBP)\s?)$", re.IGNORECASE)
_SCALE_AFTER = re.compile(r"^[\s-]?(thousand|million|billion|trillion|bn|mn|mln)\b", re.IGNORECASE)
_AMOUNT_AFTER = re.compile(
    r"^\s?(" + "|".join(f"(?P<u{i}>{p})" for i, (p, _) in enumerate(lx.AMOUNT_UNITS)) + r")\b"
)
_TIME_AFTER = re.compile(
    r"^[\s-](years?|months?|weeks?|days?|hours?|decades?|minutes?)\b(?P<old>[\s-]olds?)?", re.IGNORECASE
)
_TIMES_AFTER = re.compile(
    r"^\s+times\s+(?:as\s+(?:many|much|high|large|likely)|more|higher|larger|"
    r"greater|bigger|the)\b",
    re.IGNORECASE,
)
_RANGE_AFTER = re.compile(rf"^\s?(?:[-–—]|to)\s?(?P<hi>{_DIGITS})(?![\w])", re.IGNORECASE)
_AND_AFTER = re.compile(rf"^\s+and\s+(?P<hi>{_DIGITS})(?![\w])", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w'’-]*|[^\w\s]")
_AGE_BEFORE = re.compile(r"\b(?:aged|age\s+of|ages\s+of|ages|age|over-|under-)\s*$", re.IGNORECASE)
#: The last word of every change cue written before a figure: a cheap test before the regexes.
_CHANGE_LAST = frozenset(
    [
        "of",
        "by",
        "in",
        "up",
        "down",
        "increased",
        "rose",
        "risen",
        "grew",
        "grown",
        "jumped",
        "surged",
        "climbed",
        "gained",
        "soared",
        "decreased",
        "declined",
        "dropped",
        "fell",
        "fallen",
        "slumped",
        "shrank",
        "shrunk",
        "plunged",
        "cut",
        "reduced",
        *[
            "rise",
            "rises",
            "grow",
            "grows",
            "increase",
            "increases",
            "fall",
            "falls",
            "drop",
            "drops",
            "decline",
            "declines",
        ],
    ]
)
_CHANGE_BEFORE = [(re.compile(rf"\b{p}\s+$", re.IGNORECASE), d) for p, d in lx.CHANGE_BEFORE]
_NOT_CHANGE = re.compile(
    r"\b(?:made|make|makes|making|set|sets|setting|end|ended|ends|took|take|takes|sum|sums|summed|"
    r"cracked|crack|cracks|turned|turn|shut|cut\s+off|broke|broken)\s+(?:up|down)\s+$",
    re.IGNORECASE,
)
_CHANGE_AFTER = [(re.compile(rf"^\s+{p}", re.IGNORECASE), d) for p, d in lx.CHANGE_AFTER]
_COMPARED = re.compile(
    r"\b(?:compared\s+(?:to|with)|than(?:\s+that|\s+those)?(?:\s+of|\s+in)?|from|over|on|versus|vs\.?)"
    r"\s+(?:the\s+)?(?:(?P<prev>previous|preceding|prior|last)\s+year|(?:a\s+)?year\s+(?:earlier|ago)|"
    r"(?P<year>\d{4}))",
    re.IGNORECASE,
)
_AGE_RANGE_BEFORE = re.compile(r"\b(?:aged|ages|age)\s+(?:of\s+)?(?:between\s+|from\s+)?$", re.IGNORECASE)
_N_IN_M = re.compile(
    rf"\s+(in|out\s+of)\s+(?:(\d{{1,3}}(?:,\d{{3}})*)|({_SIMPLE_W}))\b(?!\s*(?:%|per\b|percent))",
    re.IGNORECASE,
)
_OF_PRONOUN = re.compile(r"^\s+of\s+(them|those|these|which|whom|it)\b", re.IGNORECASE)
_OF_NOUN = re.compile(
    r"^\s+of\s+(?:(?:all|the|these|those|its|their|his|her|our|total|registered|reported)\s+)*"
    r"(?P<np>(?:[A-Za-z][\w'-]*\s+){0,2}[A-Za-z][\w'-]*)",
    re.IGNORECASE,
)


def _plural(word: str) -> bool:
    w = word.lower()
    if w in lx.IRREGULAR_PLURALS:
        return True
    return (
        len(w) > 3
        and w.endswith("s")
        and not w.endswith(("ss", "us", "is", "ous", "'s", "’s"))
        and w not in lx.NOT_NOUNS
        and w not in lx.STOPWORDS
    )


def _key(word: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", word.lower()).strip("_")


def noun_phrase(after: str, *, singular_ok: bool = False) -> tuple[str | None, tuple[str, ...]]:
    """The counted noun and its modifiers at the start of ``after`` ("minor victims")."""
    mods: list[str] = []
    for w in _WORD.findall(after[:60])[:5]:
        lw = w.lower()
        if not w[0].isalpha() or lw in lx.STOPWORDS or lw in lx.NOT_NOUNS:
            break
        if lw.endswith(("'s", "’s")):
            continue  # "the country's electricity": the possessor is not what is measured
        if _plural(w) or (singular_ok and not lw.endswith(("ing", "ed", "ly"))):
            return lw, tuple(mods)
        if lw.endswith(("ing", "ed", "ly")) and lw not in ("red", "bed", "shed"):
            break
        mods.append(lw)
        if len(mods) >= 3:
            break
    return None, ()


def _parse_words(text: str) -> tuple[int, str | None] | None:
    """Value of a number-word phrase and its last scale word ("fifty-three million")."""
    total = current = 0
    last_scale: str | None = None
    seen = False
    for w in re.split(r"[\s-]+", text.lower()):
        if w in ("and", ""):
            continue
        if w in ("a", "an"):
            current += 1
        elif w in lx.UNITS_WORDS:
            current += lx.UNITS_WORDS[w]
            seen = True
        elif w in lx.TENS_WORDS:
            current += lx.TENS_WORDS[w]
            seen = True
        elif w == "dozen":
            current = (current or 1) * 12
            seen = True
        elif w == "hundred":
            current = (current or 1) * 100
            seen = True
        elif w in lx.SCALE_WORDS:
            total += (current or 1) * lx.SCALE_WORDS[w]
            current = 0
            last_scale = w
            seen = True
        else:
            return None
    return (total + current, last_scale) if seen else None


def _scaled_text(value: int, scale: str | None) -> str:
    if scale in ("million", "billion", "trillion", "thousand"):
        unit = lx.SCALE_WORDS[scale]
        if value % unit == 0 or value >= unit:
            whole, rest = divmod(value, unit)
            if rest == 0:
                return f"{whole} {scale}"
            return f"{value / unit:g} {scale}"
    return str(value)


class _Scanner:
    """One pass over a text; holds the text and its layout for the context helpers."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.layout = layout(text)
        self.masked = [(m.start(), m.end()) for m in _PHONE.finditer(text)]
        self.masked += [(m.start(), m.end()) for m in _URL.finditer(text)]
        self.masked.sort()
        self.mask_starts = [s for s, _ in self.masked]
        self.figures: list[Figure] = []
        self.consumed_until = -1
        self.range_count = 0

    def in_mask(self, pos: int) -> bool:
        i = bisect.bisect_right(self.mask_starts, pos) - 1
        return i >= 0 and self.masked[i][0] <= pos < self.masked[i][1]

    def sentence_start(self, pos: int) -> int:
        return self.layout.sentence_starts[self.layout.sentence_of(pos)]

    def before(self, pos: int, n: int = 60) -> str:
        return self.text[max(self.sentence_start(pos), pos - n) : pos]

    def after(self, pos: int, n: int = 80) -> str:
        s = self.layout.sentence_of(pos)
        _, end = self.layout.sentence_bounds(s, len(self.text))
        return self.text[pos : min(end, pos + n)]

    def qualifier_at(self, pos: int) -> tuple[str, int]:
        """The hedge right before ``pos`` and where it starts (``exact``, ``pos`` if none)."""
        before = self.before(pos, 22)
        last = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
        if last not in _QUAL_LAST:
            return "exact", pos
        m = _QUAL.search(before)
        if m is None:
            return "exact", pos
        q = m.group(1).lower()
        return lx.QUALIFIER_MAP.get(q, q), pos - len(before) + m.start(1)

    def add(self, fig: Figure) -> None:
        fig.sentence = self.layout.sentence_of(fig.start)
        fig.section = self.layout.sentence_sections[fig.sentence]
        self.figures.append(fig)

    # --- candidates ------------------------------------------------------------------

    def run(self) -> list[Figure]:
        for m in _CANDIDATE.finditer(self.text):
            if m.start() < self.consumed_until or self.in_mask(m.start()):
                continue
            if m.group("date"):
                self.date(m)
            elif m.group("digits"):
                self.digits(m)
            elif m.group("frac"):
                self.fraction(m)
            elif m.group("mult"):
                self.multiplier(m)
            elif m.group("words"):
                self.words(m)
        return self.figures

    def date(self, m: re.Match[str]) -> None:
        if m.group("part"):
            month = lx.MONTHS[m.group("pmonth")]
            day = {"mid": 15, "early": 5, "late": 25}[m.group("part").lower()]
            self.add(Figure(m.start(), m.end(), f"--{month:02d}-{day:02d}", ClaimKind.DATE, "about"))
            return
        month = lx.MONTHS[m.group("dmonth") or m.group("dmonth2")]
        day = int(m.group("dday") or m.group("dday2"))
        year = m.group("dyear") or m.group("dyear2")
        if not 1 <= day <= 31:
            return
        value = f"{year}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
        self.add(Figure(m.start(), m.end(), value, ClaimKind.DATE))

    def _identifier(self, start: int, end: int, number: str) -> bool:
        before = self.text[max(0, start - 30) : start]
        prev = _PREV_WORD.search(before) if before[-1:].isspace() or before[-1:] == "#" else None
        after = self.text[end : end + 20]
        nxt = re.match(r"\s*([A-Za-z][\w.]*)", after)
        if before.endswith("#"):
            return True
        if prev is not None and not before.endswith(("\n", "  ")):
            word = prev.group(1)
            lw = word.lower().rstrip(".")
            if lw in lx.IDENTIFIER_HEADS or word.lower() in lx.IDENTIFIER_HEADS:
                return True
            initial = self.sentence_start(start) == start - len(before) + prev.start(1)
            if (
                word[0].isupper()
                and not initial
                and word not in lx.MONTHS
                and lw not in lx.STOPWORDS
                and lw not in lx.CURRENCY_PREFIX
                and not _QUAL.search(word + " ")
                and not re.match(r"(?:19|20)\d\d$", number)
            ):
                return True
        return bool(nxt is not None and nxt.group(1).lower() in lx.IDENTIFIER_TAILS)

    def _age(self, start: int, qual_start: int, end: int) -> str | None:
        """The person noun an age limit belongs to, or "" when the number is an age."""
        before = self.before(qual_start, 40)
        if ("age" in before or "-" in before[-8:]) and (
            _AGE_BEFORE.search(self.before(start, 20)) or _AGE_BEFORE.search(before)
        ):
            prev = re.search(
                r"([A-Za-z]+)\s+(?:\w+\s+)?(?:under|over|below|above|aged)?\s*(?:the\s+)?"
                r"(?:age\s+of|aged|age|ages)?\s*$",
                before,
            )
            return prev.group(1).lower() if prev and _plural(prev.group(1)) else ""
        if qual_start < start:
            word = re.search(r"([A-Za-z]+)\s+$", before)
            noun, _ = noun_phrase(self.text[end:])
            if word and word.group(1).lower() in lx.PERSON_NOUNS and noun is None:
                return word.group(1).lower()
        return None

    def digits(self, m: re.Match[str]) -> None:
        num, suf = m.group("digits"), (m.group("suf") or "").lower()
        start, end = m.start("digits"), m.end()
        if suf in ("st", "nd", "rd", "th", "s") or self._identifier(start, end, num):
            return
        if self.before(start, 10).rsplit(None, 1)[-1:] == ["per"]:
            return
        if re.match(r"\s?(?:am|pm|a\.m\.|p\.m\.)\b", self.text[end : end + 6], re.IGNORECASE):
            return
        qualifier, qual_start = self.qualifier_at(start)
        lead = self.before(start, 6)
        cur = (
            _CURRENCY_BEFORE.search(lead)
            if (lead and not lead[-1].isspace()) or lead[-4:-1].isupper()
            else None
        )
        unit: str | None = None
        kind = ClaimKind.COUNT
        value = num
        if cur is not None:
            unit = lx.CURRENCY_PREFIX[cur.group(1).strip().lower()]
            kind = ClaimKind.AMOUNT
            qualifier, qual_start = self.qualifier_at(start - len(cur.group(1)))
            if qual_start == start:
                qual_start = start - len(cur.group(1))
        if suf in ("bn", "mn", "mln", "tn", "k", "b") or (suf == "m" and cur is not None):
            value = f"{num}{suf}"
        elif suf in ("km", "kg", "mw", "gw", "kw", "mwh", "gwh", "m"):
            unit, kind = (
                {
                    "m": "m",
                    "km": "km",
                    "kg": "kg",
                    "mw": "MW",
                    "gw": "GW",
                    "kw": "kW",
                    "mwh": "MWh",
                    "gwh": "GWh",
                }[suf],
                ClaimKind.AMOUNT,
            )
        elif suf == "x":
            unit, kind = "times", ClaimKind.RATIO
        rest = self.text[end:]
        if not suf:
            sm = _SCALE_AFTER.match(rest)
            if sm:
                scale = lx.VALUE_SCALES[sm.group(1).lower()]
                value = f"{num} {scale}" if len(scale) > 3 else f"{num}{scale}"
                end += sm.end()
                rest = self.text[end:]
        # a range "20-30" or "between 5 and 10": two figures bounding one value
        rm = _RANGE_AFTER.match(rest) or (
            _AND_AFTER.match(rest) if re.search(r"\bbetween\s+\S*$", self.before(start, 20), re.I) else None
        )
        if rm is not None and self.before(start, 6).rstrip().lower().endswith("from"):
            rm = None  # "rose from 20 to 30": two figures, not a range
        if rm is not None and qualifier == "exact" and not re.match(r"(?:19|20)\d\d$", num):
            hi_start, hi_end = end + rm.start("hi"), end + rm.end("hi")
            hi = Figure(hi_start, hi_end, rm.group("hi"), ClaimKind.COUNT, "at_most")
            self.consumed_until = hi_end
            self.range_count += 1
            lo = Figure(start, end, value, ClaimKind.COUNT, "at_least")
            if " " in value or value[-1].isalpha():
                hi.value = hi.value + value[len(num) :]
            tail_end = self._complete(hi, hi_end, cur is not None, unit, kind)
            for f in (lo, hi):
                f.range_id = self.range_count
                f.cue = "range"
            lo.kind, lo.unit, lo.noun, lo.modifiers = hi.kind, hi.unit, hi.noun, hi.modifiers
            lo.of_noun, lo.direction = hi.of_noun, hi.direction
            lo.start = start if cur is None else start - len(cur.group(1))
            if _AGE_RANGE_BEFORE.search(self.before(lo.start, 25)):  # "aged between 6 and 14"
                for f in (lo, hi):
                    f.kind, f.unit, f.cue, f.noun, f.modifiers = ClaimKind.AGE, "year", "age", None, ()
            direction = self._change_before(lo.start)
            if direction is not None and lo.kind is ClaimKind.PERCENTAGE:  # "rise 2-3%"
                for f in (lo, hi):
                    f.kind, f.direction = ClaimKind.CHANGE, direction
            hi.end = tail_end
            self.add(lo)
            self.add(hi)
            return
        if cur is None and "." not in num and self._n_in_m(int(num.replace(",", "")), start, end):
            return
        if qualifier == "by" and not re.match(r"(?:19|20)\d\d$", num):
            qualifier, qual_start = "exact", start if cur is None else start - len(cur.group(1))
        fig = Figure(qual_start, end, value, kind, qualifier, unit)
        if re.match(r"(?:19|20)\d\d$", num) and cur is None and unit is None and value == num:
            noun, mods = noun_phrase(rest[1:])
            if noun is None or mods or not re.match(r" [a-z]", rest):
                if qualifier not in ("by", "exact"):
                    fig.qualifier = "exact"
                    fig.start = start
                if qualifier == "by":
                    fig.qualifier = "by"
                fig.kind = ClaimKind.YEAR
                fig.end = end
                self.add(fig)
                return
        if (
            len(num) <= 3
            and qual_start == start
            and self.text[max(0, start - 2) : start] == ", "
            and self.text[end : end + 1] == ","
            and 10 <= int(num) <= 120
        ):  # "The minister, 58, said": an age in apposition
            fig.kind, fig.unit, fig.cue = ClaimKind.AGE, "year", "age"
            self.add(fig)
            return
        age_of = self._age(start, qual_start, end)
        if age_of is not None:
            tm = _TIME_AFTER.match(rest)
            fig.end = end + (tm.end() if tm else 0)
            fig.kind, fig.unit, fig.noun = ClaimKind.AGE, "year", age_of or None
            fig.cue = "age"
            before = self.before(qual_start, 40)
            am = re.search(r"\b(?:under|over|below|above)\s+(?:the\s+)?(?:age\s+of|ages?)\s*$", before)
            if am is not None:
                word = am.group(0).split()[0].lower()
                fig.qualifier = word
                fig.start = qual_start - len(before) + am.start()
            self.add(fig)
            return
        tm = _TIME_AFTER.match(rest)
        if tm is not None and cur is None and unit is None:
            if tm.group("old"):
                fig.kind, fig.unit, fig.cue = ClaimKind.AGE, "year", "age"
                fig.end = end + tm.end()
                self.add(fig)
                return
            fig.kind, fig.unit = ClaimKind.DURATION, lx.TIME_UNITS[tm.group(1).lower()]
            fig.end = end + tm.end()
            self.add(fig)
            return
        self._complete(fig, end, cur is not None, unit, kind)
        self.add(fig)

    def _complete(self, fig: Figure, end: int, money: bool, unit: str | None, kind: ClaimKind) -> int:
        """Read unit, counted noun and change/share cues after the number; set ``fig.end``."""
        rest = self.text[end:]
        fig.kind, fig.unit = kind, unit
        pm = lx.PERCENT.match(rest)
        if pm is not None:
            fig.unit, fig.kind = "percent", ClaimKind.PERCENTAGE
            end += pm.end()
        else:
            pt = lx.POINTS.match(rest)
            if pt is not None and (self._change_before(fig.start) or "percentage" in pt.group(0).lower()):
                fig.unit, fig.kind = "percentage points", ClaimKind.PERCENTAGE
                end += pt.end()
            elif not money and unit is None:
                am = _AMOUNT_AFTER.match(rest)
                if am is not None:
                    i = next(int(k[1:]) for k, v in am.groupdict().items() if v)
                    fig.unit, fig.kind = lx.AMOUNT_UNITS[i][1], ClaimKind.AMOUNT
                    end += am.end()
                tx = _TIMES_AFTER.match(rest)
                if tx is not None:
                    fig.unit, fig.kind = "times", ClaimKind.RATIO
                    end += len(re.match(r"\s+times", rest).group(0))  # type: ignore[union-attr]
        rest = self.text[end:]
        if fig.kind is ClaimKind.PERCENTAGE:
            self._percent_cues(fig, end)
            fig.end = end
            return end
        if fig.kind is ClaimKind.AMOUNT:
            om = _OF_NOUN.match(rest)
            if om is not None:
                noun, mods = noun_phrase(om.group("np"), singular_ok=True)
                fig.noun, fig.modifiers = noun, mods
            else:
                noun, mods = noun_phrase(rest[1:] if rest[:1] == " " else "")
                fig.noun, fig.modifiers = noun, mods
                if noun:
                    end += len(rest) - len(rest.lstrip()) + _np_len(rest.lstrip(), noun)
            fig.end = end
            return end
        if fig.kind is ClaimKind.RATIO:
            fig.end = end
            return end
        if rest[:1] == " ":
            noun, mods = noun_phrase(rest[1:], singular_ok=fig.value in ("1", "one"))
            if noun is not None:
                fig.noun, fig.modifiers = noun, mods
                end += 1 + _np_len(rest[1:], noun)
            else:
                om = re.match(r"\s+of\s+(?:the|them|these|those|all)\b", rest, re.IGNORECASE)
                if om is not None:
                    after_of = _OF_NOUN.match(rest)
                    if after_of:
                        fig.of_noun = noun_phrase(after_of.group("np"))[0]
        if self._change_before(fig.start) and fig.noun is None:
            fig.kind, fig.direction = ClaimKind.CHANGE, self._change_before(fig.start)
            fig.cue = "change"
        fig.end = end
        return end

    def _change_before(self, start: int) -> str | None:
        before = self.before(start, 28)
        if before.rsplit(None, 1)[-1:] and before.rsplit(None, 1)[-1].lower() not in _CHANGE_LAST:
            return None
        if _NOT_CHANGE.search(before):
            return None
        for pattern, direction in _CHANGE_BEFORE:
            if pattern.search(before):
                return direction
        return None

    def _percent_cues(self, fig: Figure, end: int) -> None:
        rest = self.text[end:]
        direction = self._change_before(fig.start)
        if direction is None:
            for pattern, d in _CHANGE_AFTER:
                if pattern.match(rest):
                    direction = d
                    break
        if direction is not None:
            fig.kind, fig.direction, fig.cue = ClaimKind.CHANGE, direction, "change"
            cm = _COMPARED.search(self.after(end, 80))
            if cm is not None:
                fig.baseline_period = cm.group("year") or "previous"
            return
        pron = _OF_PRONOUN.match(rest)
        if pron is not None:
            fig.kind, fig.cue, fig.of_noun = ClaimKind.SHARE, "share", pron.group(1).lower()
            return
        om = _OF_NOUN.match(rest)
        if om is not None:
            noun, mods = noun_phrase(om.group("np"), singular_ok=True)
            if noun is not None:
                fig.kind, fig.cue, fig.of_noun = ClaimKind.SHARE, "share", noun
                fig.modifiers = mods

    def _n_in_m(self, number: int, start: int, end: int) -> bool:
        """ "1 in 4 children", "nine out of 10 households": a share, about 100·n/m percent."""
        m = _N_IN_M.match(self.text, end)
        if m is None:
            return False
        den = int(m.group(2).replace(",", "")) if m.group(2) else (_parse_words(m.group(3)) or (0, None))[0]
        if not number < den or (m.group(1).lower() == "in" and den >= 1900):
            return False
        qualifier, qual_start = self.qualifier_at(start)
        qualifier = "about" if qualifier == "exact" else qualifier
        value = f"{100 * number / den:.2f}".rstrip("0").rstrip(".")
        self.consumed_until = m.end()
        self.add(Figure(qual_start, m.end(), value, ClaimKind.SHARE, qualifier, "percent", cue="share"))
        return True

    def fraction(self, m: re.Match[str]) -> None:
        num = (m.group("fnum") or "").lower()
        den = m.group("fden").lower()
        start, end = m.start(), m.end()
        before = self.before(start, 30)
        if den in ("half", "halves"):
            if num not in ("", "a", "one") or re.search(
                r"\b(?:first|second|the|latter|other)\s+$", before, re.I
            ):
                return
            if re.match(r"-", self.text[end : end + 1]):
                return
        elif (
            not num
            or (den.endswith("s") and num in ("a", "one"))
            or (not den.endswith("s") and num not in ("a", "one"))
        ):
            return
        count = 1 if num in ("", "a", "one") else lx.UNITS_WORDS[num]
        per = {"50": 50.0, "33.33": 100 / 3, "25": 25.0, "20": 20.0, "10": 10.0}[lx.FRACTIONS[den]]
        value = f"{count * per:.2f}".rstrip("0").rstrip(".")
        rest = self.text[end:]
        direction = self._change_before(start)
        by = re.search(r"\bby\s+$", before, re.IGNORECASE)
        qualifier, qual_start = self.qualifier_at(start)
        if qualifier == "by":
            qualifier, qual_start = "exact", start
        if qualifier == "exact":
            qualifier = "about"  # a fraction in words is a round figure: half of 11 is 5 or 6
        if direction is not None and (by or re.search(r"\b(?:fell|rose|cut|dropped|grew)\s+$", before)):
            self.add(
                Figure(
                    qual_start,
                    end,
                    value,
                    ClaimKind.CHANGE,
                    qualifier,
                    "percent",
                    direction=direction,
                    cue="change",
                )
            )
            return
        pron = _OF_PRONOUN.match(rest)
        if pron is not None:
            self.add(
                Figure(
                    qual_start,
                    end,
                    value,
                    ClaimKind.SHARE,
                    qualifier,
                    "percent",
                    cue="share",
                    of_noun=pron.group(1).lower(),
                )
            )
            return
        om = _OF_NOUN.match(rest) or re.match(r"^\s+(?:the|their|its|all)\s+(?P<np>[A-Za-z][\w'-]*)", rest)
        if om is None:
            return
        noun, _mods = noun_phrase(om.group("np"), singular_ok=True)
        fig = Figure(qual_start, end, value, ClaimKind.SHARE, qualifier, "percent", cue="share", of_noun=noun)
        self.add(fig)

    def multiplier(self, m: re.Match[str]) -> None:
        value, direction = lx.MULTIPLIER_VERBS[m.group("mult").lower()]
        self.add(
            Figure(
                m.start(),
                m.end(),
                value,
                ClaimKind.CHANGE,
                "about",
                "percent",
                direction=direction,
                cue="change",
            )
        )

    def words(self, m: re.Match[str]) -> None:
        text = m.group("words")
        if text.lower() in lx.TIMES_WORDS:
            after = re.match(
                r"\s+as\s+(?:many|much|likely|high|large|often|big)\b|\s+(?:more|higher|larger|the)\b",
                self.text[m.end() :],
                re.IGNORECASE,
            )
            if after is not None:
                qualifier, qual_start = self.qualifier_at(m.start())
                value = lx.TIMES_WORDS[text.lower()]
                self.add(Figure(qual_start, m.end(), value, ClaimKind.RATIO, qualifier, "times"))
            return
        parsed = _parse_words(text)
        if parsed is None:
            return
        number, scale = parsed
        start, end = m.start(), m.end()
        low = text.lower()
        if low in ("a", "an") or (
            low.startswith(("a ", "an ")) and scale is None and "dozen" not in low and "hundred" not in low
        ):
            return
        rest = self.text[end:]
        if re.match(r"\s+times\s", rest) or low in lx.TIMES_WORDS:
            tx = _TIMES_AFTER.match(rest)
            if tx is None:
                return
            qualifier, qual_start = self.qualifier_at(start)
            end += len(re.match(r"\s+times", rest).group(0))  # type: ignore[union-attr]
            self.add(Figure(qual_start, end, str(number), ClaimKind.RATIO, qualifier, "times"))
            return
        is_one = number == 1 and scale is None and "dozen" not in low
        if scale is None and self._n_in_m(number, start, end):
            return
        if (
            is_one
            and not re.match(r"\s+in\s+\d|\s+in\s+(?:" + _UNIT_W + r")\b", rest, re.I)
            and not (lx.PERCENT.match(rest))
        ):
            return
        if re.match(r"\s+of\s+(?:the|them|those|these|its|their)\b", rest, re.I) and scale is None:
            return
        value = _scaled_text(number, scale)
        if lx.PERCENT.match(rest) is None and lx.POINTS.match(rest) is None:
            noun, _ = noun_phrase(rest[1:] if rest[:1] == " " else "")
            if noun is None and not _AMOUNT_AFTER.match(rest) and not _TIME_AFTER.match(rest):
                return
        qualifier, qual_start = self.qualifier_at(start)
        if qualifier == "by":
            qualifier, qual_start = "exact", start
        age_of = self._age(start, qual_start, end)
        if age_of is not None:
            return
        tm = _TIME_AFTER.match(rest)
        fig = Figure(qual_start, end, value, ClaimKind.COUNT, qualifier)
        if tm is not None:
            if tm.group("old"):
                return
            fig.kind, fig.unit = ClaimKind.DURATION, lx.TIME_UNITS[tm.group(1).lower()]
            fig.end = end + tm.end()
            self.add(fig)
            return
        self._complete(fig, end, False, None, ClaimKind.COUNT)
        self.add(fig)


def _np_len(text: str, head: str) -> int:
    """Length of ``text`` up to and including the head noun of its noun phrase."""
    i = text.lower().find(head)
    return i + len(head) if i >= 0 else 0


def scan(text: str) -> tuple[list[Figure], Layout]:
    """Every figure in ``text``, in order, and the text's sentence/section layout."""
    scanner = _Scanner(text)
    return scanner.run(), scanner.layout
