"""Finding figures in running text: numbers, what they count, and how they are hedged.

One compiled pattern finds every place a figure may start (digits, number
words, fractions, "doubled", dates); a small grammar then reads the words
around it: the hedge before it, its scale, unit and counted noun after it,
and the cues that make it a change, a share, a part of another figure, an
age limit, a year, or not a figure at all (names, codes, phone numbers).
Only a bounded window of text around each candidate is inspected, so a
long line costs no more per figure than a short one and extraction keeps
the speed of the one regex scan.

Digits are read with the document's decimal and grouping marks
(:mod:`factcheck.extract._numbers`, marks from
:mod:`factcheck.extract.languages`); English number words with
:mod:`factcheck.extract._words`; other languages' words through the
language's module (text2num).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import string
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Final

from factcheck._models import EXACT_KINDS, QUALIFIER_ALIASES, Claim, ClaimKind, Qualifier, value_interval
from factcheck._stated import parse_number
from factcheck.extract import _lexicon as lx
from factcheck.extract._cues import heads_before, matches_from, occurrences
from factcheck.extract._numbers import Reading, infer_marks, read_digits
from factcheck.extract._words import WordsReading, read_words
from factcheck.extract.languages import Language, Marks, guess_language, language, marks_for

__all__ = ["Figure", "Layout", "scan"]

#: The kinds the grammar gives, as module names: Python 3.11 reads an enum member through its class
#: several times slower than a global, and the scan reads a few for every figure.
_AGE: Final = ClaimKind.AGE
_AMOUNT: Final = ClaimKind.AMOUNT
_CHANGE: Final = ClaimKind.CHANGE
_COUNT: Final = ClaimKind.COUNT
_DATE: Final = ClaimKind.DATE
_DURATION: Final = ClaimKind.DURATION
_ORDINAL: Final = ClaimKind.ORDINAL
_PERCENTAGE: Final = ClaimKind.PERCENTAGE
_RATE: Final = ClaimKind.RATE
_RATIO: Final = ClaimKind.RATIO
_SCORE: Final = ClaimKind.SCORE
_SHARE: Final = ClaimKind.SHARE
_YEAR: Final = ClaimKind.YEAR


@dataclass(slots=True, init=False)
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
    #: The words beside the figure, for grouping called on figures alone; extraction leaves it empty and
    #: hands grouping the words it reads only when asked (``_claims._Contexts``).
    context: frozenset[str] = field(default_factory=frozenset)
    #: Why the reading is uncertain ("1,234" in a text of unknown language), for the claim's note.
    note: str | None = None
    #: A sign written before the figure ("-$55.2bn", "+6%", "minus 5").
    sign: str | None = None
    #: How a binding was found (``"period"``, ``"kind"``, …): the reason and whether it is certain.
    bases: dict[str, tuple[str, bool]] = field(default_factory=dict)

    def __init__(
        self,
        start: int,
        end: int,
        value: str,
        kind: ClaimKind,
        qualifier: str = "exact",
        unit: str | None = None,
        noun: str | None = None,
        modifiers: tuple[str, ...] = (),
        direction: str | None = None,
        cue: str | None = None,
        of_noun: str | None = None,
        period: str | None = None,
        baseline_period: str | None = None,
        sentence: int = 0,
        section: int = 0,
        range_id: int | None = None,
        measures: str | None = None,
        context: frozenset[str] = frozenset(),
        note: str | None = None,
        sign: str | None = None,
        bases: dict[str, tuple[str, bool]] | None = None,
    ) -> None:
        """The fields, with the defaults declared above (a test holds the two together). Written out, not
        made by ``dataclass``: compiled by mypyc, the one it writes runs in the interpreter, and the scan
        makes a figure for every number it reads."""
        self.start = start
        self.end = end
        self.value = value
        self.kind = kind
        self.qualifier = qualifier
        self.unit = unit
        self.noun = noun
        self.modifiers = modifiers
        self.direction = direction
        self.cue = cue
        self.of_noun = of_noun
        self.period = period
        self.baseline_period = baseline_period
        self.sentence = sentence
        self.section = section
        self.range_id = range_id
        self.measures = measures
        self.context = context
        self.note = note
        self.sign = sign
        self.bases = {} if bases is None else bases


# --- layout: sentences and sections -----------------------------------------------------

#: A sentence ends after its closing mark (and quotes or brackets) or at a line end. The mark or line
#: break is matched first, in one class, and then looked behind for which it was, so that the regex
#: engine skips from one such character to the next (an alternation of a class and a line break is
#: tried at every position).
_SENTENCE_END: Final = re.compile(
    r"[.!?\n](?:(?<=[.!?])(?P<gap>[\"'”’)\]]*(?:/\.)?\s+(?=[\"“‘(\[]?[A-Z0-9]))|(?<=\n)\s*\n|(?<=\n))"
)
#: Words whose point ends no sentence ("Mr. Smith", "Jan. 5"); a single capital too ("J. Smith").
_ABBREVIATIONS: Final = frozenset({
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "No", "Nos", "Gen", "Col", "Lt", "Sen", "Rep", "Inc", "Ltd",
    "Co", "vs", "etc", "approx", "est", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
    "Oct", "Nov", "Dec", "Rs",
})
_LONGEST_ABBREVIATION: Final = max(map(len, _ABBREVIATIONS))
#: The last two letters of each abbreviation (each has two at least).
_ABBREVIATION_TAILS: Final = frozenset(a[-2:] for a in _ABBREVIATIONS)


#: An abbreviation or a single capital, a whole word (no word character before it), then the point.
_ABBREVIATION_END: Final = re.compile(r"(?<!\w)(?:" + "|".join(sorted(_ABBREVIATIONS)) + r"|[A-Z])\.\Z")


def _abbreviation_ends(text: str, end: int) -> bool:
    """Whether ``text[:end]`` ends with an abbreviation and its point: the whole word (letters, digits
    and underscores, as a regex's ``\\w``) before the point is one. Searched only in the last few
    characters (the longest abbreviation and its point; the look-behind still sees the character
    before), so no position of the text before them is tried."""
    if text[end - 3 : end - 1] not in _ABBREVIATION_TAILS and not "A" <= text[end - 2 : end - 1] <= "Z":
        return False  # neither an abbreviation's last two letters nor a single capital before the point
    return _ABBREVIATION_END.search(text, max(0, end - 1 - _LONGEST_ABBREVIATION), end) is not None


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
    # the word count last: a paragraph's line ends with its full stop and is never split into words
    return bool(s) and s[-1] not in ".!?:;\"”’')…,/" and s[0].isupper() and len(s.split()) <= 16


def layout(text: str) -> Layout:
    starts = [0]
    length = len(text)
    for m in _SENTENCE_END.finditer(text):
        gap = m.group("gap")
        if gap is not None and gap.isspace() and "\n" not in gap and _abbreviation_ends(text, m.start("gap")):
            continue  # the gap holds one character at least: all of it white space, none a line break
        end = m.end()
        if end < length:
            starts.append(end)  # in increasing order, each after 0: the matches are apart and not empty
    sections: list[int] = []
    section, previous_headline = 0, False
    for s in starts:
        headline = False
        if s == 0 or text[s - 1] == "\n":  # the sentence starts a line
            line_end = text.find("\n", s)
            line_end = length if line_end < 0 else line_end
            headline = line_end - s < 400 and _is_headline(text[s:line_end])
        if headline and not previous_headline and s > 0:
            section += 1
        previous_headline = headline
        sections.append(section)
    return Layout(starts, sections)


# --- the candidate pattern ----------------------------------------------------------------


def _trie(words: Iterable[str]) -> str:
    """An alternation of ``words`` as a prefix tree ("t(?:en|h(?:ird|ree))"), for the regex engine.

    Python's engine tries the branches of an alternation one after another; in a
    tree a word that is not in the list fails after its first letter or two.
    """
    heads: dict[str, list[str]] = {}
    for w in sorted(set(words)):
        heads.setdefault(w[:1], []).append(w[1:])
    branches = []
    for head, tails in heads.items():
        if head == "":
            continue
        rest = [t for t in tails if t]
        if not rest:
            branches.append(re.escape(head))
            continue
        inner = _trie(rest)
        optional = "?" if "" in tails else ""
        branches.append(f"{re.escape(head)}(?:{inner}){optional}")
    return "|".join(branches)


#: The lists of number words below are written as prefix trees. Each is followed, wherever it is used, by
#: a character that is no letter (a word boundary, a space or a hyphen), and each word is letters only,
#: so at most one word of a list can match at a place: the tree matches what the plain alternation
#: matched, without trying every word of the list in turn (the engine skips a branch by its first letter
#: only when the pattern is case-sensitive, and these are not).
_UNIT_W: Final = _trie(lx.UNITS_WORDS)
_TEN_W: Final = _trie(lx.TENS_WORDS)
_MONTH: Final = lx.MONTH_NAMES
_SIMPLE_W: Final = rf"(?:(?:{_TEN_W})(?:[\s-](?:{_UNIT_W}))?|{_UNIT_W})"
_DEN_W: Final = _trie(lx.FRACTION_DENOMINATORS)
#: The words that continue a number in words after its first ("two hundred", "three and a half").
_MORE_NUMBER_WORDS: Final = _trie(
    [
        *["hundred", "thousand", "million", "billion", "trillion", "lakh", "lakhs", "crore", "crores"],
        *["dozen", "dozens", "point", "zero", "nought", "naught", "a", "an", *lx.FRACTION_DENOMINATORS],
    ]
)
_WORDS: Final = (
    rf"(?:{_SIMPLE_W}|zero|nought|naught|an?)(?:[\s-]+(?:and[\s-]+)?(?:{_MORE_NUMBER_WORDS}|{_SIMPLE_W})\b)*"
)
_SPACE_GROUPED: Final = r"\d{1,3}(?:[ \u00a0\u2009\u202f'’]\d{3})+(?![\d]|[.,]\d{3})(?:[.,]\d+)?"
_DIGITS: Final = rf"(?:{_SPACE_GROUPED}|\d+(?:[.,]\d+)*)"
_FRAC_DEN: Final = _DEN_W
_FRAC_NUM: Final = _trie(["a", *lx.UNITS_WORDS])
_ORDINAL_W: Final = _trie(lx.ORDINAL_WORDS)
_SUFFIX: Final = r"[A-Za-z]{1,4}(?:(?<=[mM])[23])?"  # "75ml", "412lb", "24703m2"
_CODES: Final = "|".join(sorted(lx.CURRENCY_CODES))


_MULT_W: Final = (
    "doubled|tripled|trebled|quadrupled|halved|"
    "twofold|threefold|fourfold|fivefold|tenfold|hundredfold"
)
#: Every word a number phrase in words may start with ("two", "a", "third", "doubled", "twice").
_NUMBER_WORDS: Final = (
    *lx.UNITS_WORDS,
    *lx.TENS_WORDS,
    *lx.FRACTION_DENOMINATORS,
    *lx.ORDINAL_WORDS,
    *_MULT_W.split("|"),
    *lx.TIMES_WORDS,
    "zero",
    "nought",
    "naught",
    "a",
    "an",
    "one",
)
_NUMBER_WORD: Final = _trie(_NUMBER_WORDS)
#: The lower-case letters no candidate starts with: none of the number words above, nor "mid", "early" or
#: "late" (a month's part); a month and a currency code start with a capital. A word starting with one of
#: them (a third of most words) is turned away before the alternatives are tried, by the one look-ahead
#: that also finds a word character after the word boundary. A date starts with a
#: digit, a month's capital or "mid", "early" or "late" in any case (none of whose letters has another
#: case match): one look at that first character, case-sensitive, skips all three of its forms. Below, a
#: number word written in lower case is found by the case-sensitive tree (the engine tests a branch's
#: literal first letter at once); only a word holding another letter (a capital, the long s) asks the
#: case-insensitive one.
_NO_CANDIDATE_INITIALS: Final = "".join(
    sorted(set(string.ascii_lowercase) - {w[0] for w in _NUMBER_WORDS} - set("mel"))
)
_CANDIDATE: Final = re.compile(
    rf"""
    \b(?-i:(?=[^\W{_NO_CANDIDATE_INITIALS}]))(?:  # only where a word starts that a candidate may start
    (?-i:(?=[\dJFMASONDmelMEL]))(?P<date>(?-i:(?P<dmonth>{_MONTH}))\.?[^\S\n]+(?P<dday>\d{{1,2}})
        (?:(?:st|nd|rd|th)\b(?!\s*[-–]\s*\d{{3}}|\s*(?!(?:19|20)\d\d\b)\d{{3}}|,\d{{3}})  # "24th 2024"
        |\b(?!\s*[-–]?\s*\d{{3}}|,\d{{3}}))
        (?:,?\s+(?P<dyear>\d{{4}})\b)?
      | (?P<dday2>\d{{1,2}})(?:st|nd|rd|th)?[^\S\n]+(?:of\s+)?(?-i:(?P<dmonth2>{_MONTH}))\b
        (?:,?\s+(?P<dyear2>\d{{4}})\b)?
      | (?P<part>mid|early|late)[\s-](?-i:(?P<pmonth>{_MONTH}))\b)
    | (?=\d)(?P<digits>(?:(?<![\w.,/#@:])|(?<=(?<![^\s(])\.)|(?<=\d\d\d/))(?<![A-Za-z][-−])(?<!\d\+)
        (?:(?<!\d/)|(?<=\d\d\d/)){_DIGITS})
        (?:(?P<slash>/[1-9]\d?)(?!\d|/)|(?P<suf>{_SUFFIX}))?(?!(?![½¼¾⅓⅔⅛⅜⅝⅞])\w|[.,]\d|:\d)
    | (?=(?-i:[A-Z][A-Za-z.]{{0,3}}\d))
      (?P<code>(?-i:{_CODES}|Rs\.?|R|K?Shs?|Kshs?|KSh|Ph[Pp]|Dhs?|(?<!\w)[PN])(?=\d))
    | (?P<vulgar>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])
    | (?=(?-i:{_NUMBER_WORD})\b|(?-i:(?=[a-z]*+[^\Wa-z]))(?:{_NUMBER_WORD})\b)(?:  # a word the grammar knows
      (?P<frac>\b(?:(?P<fnum>{_FRAC_NUM})[\s-]+)?(?P<fden>{_FRAC_DEN})\b)
    | (?P<ord>\b(?:{_ORDINAL_W})\b)
    | (?P<mult>\b(?:{_trie(_MULT_W.split("|"))})\b)
    | (?P<words>(?<![\w-])(?<!-\s)(?:twice|thrice|{_WORDS})\b)))
    """,
    re.VERBOSE | re.IGNORECASE,
)


#: The form of a candidate (the branch of ``_CANDIDATE`` it matched), by the last group its match closed
#: (``Match.lastgroup``): the form's own group, or one that closes after the digits ("/4" of "3/4", the
#: letters glued on). One look-up instead of asking each form's group in turn.
_FORM_OF_LAST_GROUP: Final[dict[str | None, str]] = {
    **{form: form for form in ("date", "digits", "code", "vulgar", "frac", "ord", "mult", "words")},
    "slash": "digits",
    "suf": "digits",
}
#: The forms read in a text of any language: numbers in words and dates are read only in English.
_FORMS_OF_ANY_LANGUAGE: Final = frozenset({"digits", "code", "vulgar"})
#: Capitalised words right before and right after lower-case number words make them part of a name.
_CAPITALISED_BEFORE: Final = re.compile(r"(?<=[^.!?\s]\s)[^\W\d_a-z][^\W\d_]*\s$")
_CAPITALISED_AFTER: Final = re.compile(r"\s[^\W\d_a-z]")
#: After the number of "+N", the words naming it and another " + " and number: a sum said term by term (not
#: "revised from +245 to +223", two signed figures).
_ANOTHER_TERM_AFTER: Final = re.compile(r"[\d,.]+\s[^()+\n\d]{0,60}\s\+\s\d")
#: A capitalised word right before a number word, and a lower-case one right after it.
_NAME_WORD_BEFORE: Final = re.compile(r"\b([A-Z][a-z]+) $")
_LOWER_WORD_AFTER: Final = re.compile(r" [a-z]")
#: Capitalised words that open a phrase rather than a name: "In Two Weeks", "Only Two Left".
_NOT_NAME_WORDS: Final = frozenset({
    "The", "In", "On", "At", "By", "For", "Of", "And", "But", "Or", "Only", "About", "Some", "All", "Just",
    "Over", "Under", "Nearly", "Almost", "With", "To", "From", "After", "Before", "Than", "Every", "Another",
})
#: A date and the word or dash that opens a span of days after it: "June 1 to", "July 11-".
_DAY_SPAN_BEFORE: Final = re.compile(
    rf"\b(?P<month>{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:[-–]|to|through|until|till)\s*$")
_DASHES_OF_A_SPAN: Final = ("-", "–")
_WORDS_OF_A_SPAN: Final = ("to ", "through ", "until ", "till ")
#: How far before a day the date opening its span is read.
_DAY_SPAN_REACH: Final = 30


@functools.lru_cache(maxsize=1)
def candidates(text: str) -> tuple[re.Match[str], ...]:
    """Every candidate of ``text``, found once for the figure limit's count and for the scan after it."""
    return tuple(_CANDIDATE.finditer(text))


#: A currency code glued to the amount ("USD115", "Rs500"): the digits start inside a word.
_DIGITS_ONLY: Final = re.compile(
    rf"(?P<digits>{_DIGITS})(?:(?P<slash>/[1-9]\d?)(?!\d|/)|(?P<suf>{_SUFFIX}))?(?![\w]|[.,]\d|:\d)"
)
_CODE_AFTER: Final = re.compile(rf"^\s?(?-i:M?({_CODES}))\b")
_CODE_SCALE_AFTER: Final = re.compile(
    r"^\s?(?-i:[A-Z]{3})?\s?(thousand|million|billion|trillion|bn|mn|m)\b", re.I
)
_MIXED_AFTER: Final = re.compile(
    r"^(?:\s{1,2}(?P<n>[1-9])/(?P<d>[1-9]\d?)(?![\d/])|\s?(?P<v>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]))"
)
_VULGAR: Final = frozenset("½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞")
#: Marks after a fraction in words that end its clause and let the sentence go on ("led by a half, with …"):
#: nothing it measures follows. At a sentence's end ("is exactly one sixth.") it stays a number.
_CLAUSE_ENDS: Final = frozenset(",;:)")
_ONE_TO_NINE: Final = frozenset("123456789")


_WORD_AFTER: Final = re.compile(r"\s+(\w+)")


def _next_word(text: str, at: int) -> str:
    """The word after ``at``, lower-cased ("" if none follows a space)."""
    m = _WORD_AFTER.match(text, at)
    return m.group(1).lower() if m else ""


def _mixed_may_follow(rest: str) -> bool:
    """What ``_MIXED_AFTER`` needs at the start of ``rest``: a vulgar fraction after at most one space,
    or a digit 1-9 after one or two (most figures are followed by a space and a word)."""
    first, second = rest[:1], rest[1:2]
    if first in _VULGAR:
        return True
    if not first.isspace():
        return False
    return second in _VULGAR or second in _ONE_TO_NINE or (second.isspace() and rest[2:3] in _ONE_TO_NINE)
_RATE_AFTER: Final = re.compile(
    r"^\s+(?:per|for\s+every|in\s+every|out\s+of\s+every|every)\s+"
    r"(?P<den>\d{1,2}(?:,\d\d)+,\d{3}|\d{1,3}(?:,\d{3})+|(?:\d+|one)\s+(?:lakh|crore)|\d+|hundred|thousand"
    r"|million|lakh|crore|two|three|four|five|six|seven|eight|nine|ten|twelve)\b(?![,.]\d|\s*%|\s+per\s?cent)",
    re.IGNORECASE,
)
#: How far after a number the grammar looks: it never reads the rest of a long text.
_WINDOW: Final = 160
_ENGLISH_DIGITS: Final = re.compile(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?")
_CAPITAL_WORD: Final = re.compile(r"\b[A-Z][\w.]*\s+$")
#: What a text before a figure ends with (lower-cased, spaces stripped) if its last word is a reference
#: head: lower-casing maps each character on its own, so the word's lower-case form ends the text's.
_REFERENCE_HEAD_ENDS: Final = tuple(sorted(lx.REFERENCE_HEADS))
#: What may stand before a bracketed amount that is a negative ("is ($99.99)", "| ($5m) |").
_LOSS_LEAD: Final = re.compile(
    r"(?:^|[|:=]|\b(?:is|was|were|are|be|been|of|at|to|reached|totalled|totaled))\s*$"
)
_SMALL: Final = re.compile(r"-?0(?:\.\d+)?|1(?:\.0*)?")
_NO_SCALE: Final = re.compile(r"-?[\d,]*\.\d+")
_GUESSED: Final = "digit marks guessed: the document's language is not known"
_COMMA_READ_AS_DECIMAL: Final = ("read with a decimal comma, as the text's other figures are written; its "
                                 "three digits after the comma may be thousands: a guess")
#: A run of digits grouped by commas with a space typed after at least one ("2,418, 557", "3, 905, 112"):
#: one figure mistyped, or a list ("100, 200"). ``tight`` is its first figure as the engine read it.
_SPACED_GROUPS: Final = re.compile(r"(?<![\d,.])(?P<tight>\d{1,3}(?:,\d{3})*)(?:, \d{3})+(?!\d|[.,]\d)")
_SPACED_GROUPS_READ_APART: Final = ("digits grouped by commas with a space after one (\"2,418, 557\"): one "
                                    "figure with a stray space, or a list, read apart; a guess")
#: A word joined to a small number by a hyphen, and another word after it: the number is part of a
#: compound ("two-wheel drive", "four-lane road", "two-wheelers sold"), no count of its own; not "20-odd
#: people" nor "a 50-strong crowd", which count, nor "a 12-seat majority", a gap between two counts.
_COMPOUND_AFTER: Final = re.compile(
    r"(?!(?:odd|plus|strong|something|some|ish)\b)[a-z]+\s+"
    r"(?!(?:majority|lead|margin|win|victory|advantage|deficit|gap|swing|defeat|loss)\b)[a-z]"
)
#: A point with exactly three digits after it and at most three before ("3.834 MW"): in a text whose other
#: figures group thousands with commas, a thousands point typed in another convention as often as a decimal.
_POINT_THEN_THREE: Final = re.compile(r"[1-9]\d{0,2}\.\d{3}")
_MAY_GROUP_WITH_A_POINT: Final = frozenset({_COUNT, _AMOUNT})
_POINT_MAY_GROUP: Final = ("a point with three digits after it, in a text that groups thousands with commas: "
                           "it may be a thousands point, not a decimal one; a guess")
#: One comma with three digits after it, the token a thousands comma and a decimal comma read apart.
_THREE_AFTER_A_COMMA: Final = re.compile(r"\d{1,3},\d{3}")
#: The marks key of a token of digits alone, which reads the same in any marks (see ``read_digits``).
_NO_MARKS: Final[tuple[None, None]] = (None, None)
_PHONE: Final = re.compile(
    r"(?<![\w.])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)\s?)?\d{2,4}(?:[\s.-]\d{2,4}){2,}(?!\d)"
)
_URL: Final = re.compile(r"https?://\S+|www\.\S+|(?<!\S)[^\s@]+@[^\s@]+\.\w+|\]\([^)]*\)")
#: What every phone number has (three groups of digits), and every address or link: cheap tests. The
#: first digit is written alone (not "\d{2}"), so that the engine skips from one digit to the next.
_DIGIT_GROUPS: Final = re.compile(r"\d\d[\s.-]\d{2,4}[\s.-]\d{2}")
_URL_CUES: Final = ("http", "www.", "@", "](")
_GROUPED_ONLY: Final = re.compile(r"\d{1,3}(?:([ \u00a0\u2009\u202f.,])\d{3})(?:\1\d{3})*")

#: A figure of four digits or more written with a thousands mark ("1,197", "4 495").
_GROUPED_THOUSANDS: Final = re.compile(r"\d,\d{3}(?!\d)|(?<![\d.,])\d{1,3}[ \u00a0\u2009\u202f]\d{3}(?![\d])")
_ACRONYM_PLURAL: Final = re.compile(r"[A-Z]{2,3}s")
#: "the two main parties", "those three cases": a number word after a definite determiner
#: points at a group already known rather than stating a figure.
_DEFINITE_BEFORE: Final = re.compile(r"(?:^|\b)(?:the|those|these)\s+$", re.IGNORECASE)
_NAMED_GROUP_AFTER: Final = re.compile(
    r"[\s-]+(?!(?:it|they|we|he|she|you|who|that|which|of|in|at|on|to|and|or|are|were|is|was|had|have)\b)[a-z]"
)
#: "one more", "in one case (3%)": a one the text counts with
_ONE_COUNTED: Final = re.compile(r"\s+(?:more|fewer|less)\b|\s+[a-z]+\s+\(\d[\d.,]*\s?%\)")
#: "an overall increase of", "a sharp fall of": between the article and the noun of a change (not "a net
#: gain of", which is a balance).
_CHANGE_NOUN_ADJECTIVE: Final = r"(?:(?:overall|total|further|annual|sharp|small|slight|modest|steep)\s+)?"
#: "rose by", "an increase of" right before a figure: what follows is the change itself.
_STATED_CHANGE: Final = re.compile(
    r"\b(?:(?P<up>(?:increased|rose|risen|grew|grown|climbed|jumped|gained|soared|went\s+up|gone\s+up|"
    r"widened|deepened|revised\s+(?:up|upwards?|higher))\s+by|"
    rf"(?:an?|the)\s+{_CHANGE_NOUN_ADJECTIVE}(?:increase|rise|jump|gain)\s+of)"
    r"|(?:decreased|fell|fallen|dropped|declined|slipped|shrank|shrunk|plunged|cut|reduced|went\s+down|"
    r"gone\s+down|narrowed|revised\s+(?:down|downwards?|lower))\s+by"
    rf"|(?:an?|the)\s+{_CHANGE_NOUN_ADJECTIVE}(?:decrease|fall|drop|decline|reduction|cut)\s+of)\s+$",
    re.IGNORECASE,
)
_BETWEEN_BEFORE: Final = re.compile(r"\bbetween\s+\S*$", re.IGNORECASE)
_NEXT_WORD: Final = re.compile(r"\s*([A-Za-z][\w.]*)")
#: The first two characters of an identifier's tail ("hotline", "GMT", "p.m."; each has two at least),
#: lower-cased: a figure whose next word starts otherwise (most) is not matched against ``_NEXT_WORD``.
_TAIL_STARTS: Final = frozenset(t[:2] for t in lx.IDENTIFIER_TAILS)
_SECTION_NUMBER: Final = re.compile(r"\d{1,2}(?:\.\d{1,2})*")
_CLOCK: Final = re.compile(r"\d{1,2}(?:[.:]\d\d)?")
_AM_PM: Final = re.compile(r"\s?(?:am|pm|a\.m\.|p\.m\.)\b", re.IGNORECASE)
_PLAIN_DECIMAL: Final = re.compile(r"\d+(?:\.\d+)?")
_PERIOD_TAIL: Final = re.compile(r"[-–/](\d{2}|\d{4})(?![\d%])")
_PREV_WORD: Final = re.compile(r"([A-Za-z][\w.]*)\s*(?:#\s*)?$")


def _last_word(before: str) -> tuple[str, int] | None:
    """The word ending ``before`` and where it starts, as ``_PREV_WORD`` finds it.

    Read from the end with string methods: the pattern, anchored only at its end,
    would be tried at every position of the window, once for every figure. Most
    figures follow a plain word after a space, which is that word whole.
    """
    head = before.rstrip()
    if head[-1:] == "#":
        head = head[:-1].rstrip()
    end = len(head)
    word = head.rpartition(" ")[2]
    if word.isalpha() and word.isascii():  # ASCII letters only: no character of the run skipped below
        return word, end - len(word)
    i = end
    while i > 0 and (before[i - 1].isalnum() or before[i - 1] in "._"):
        i -= 1
    while i < end and not (before[i].isascii() and before[i].isalpha()):
        i += 1
    return (before[i:end], i) if i < end else None


#: A percentage with a comma before one or two digits: only a decimal mark is followed so.
_COMMA_DECIMAL_PERCENT: Final = re.compile(r"\d{1,3},\d{1,2}\s?(?:%|per\s?cent\b|percent\b)", re.IGNORECASE)
#: A number with a thousands comma is a count or an amount, never the number in a name ("Route 66").
_COMMA_GROUPED_NUMBER: Final = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def _sign_word(word: str, start: int) -> tuple[int | None, str | None]:
    """What :meth:`_Scanner._sign` finds before ``start`` when a lower-case ``word`` and one space end
    there: a sign in words ("minus 5", "negative 3") or none."""
    if word.endswith("minus"):
        return start - 6, "-"
    if word.endswith("negative"):
        return start - 9, "-"
    return None, None


def _is_year(num: str) -> bool:
    """Whether ``num`` is a year of 1900-2099: the full match of ``(?:19|20)\\d\\d``, whose ``\\d`` is any
    decimal digit (``str.isdecimal``), tested without the regex engine (asked several times per figure)."""
    return len(num) == 4 and num[:2] in ("19", "20") and num[2:].isdecimal()


@functools.lru_cache(maxsize=32768)
def _token_facts(
    token: str, decimal: str | None, groups: frozenset[str] | None
) -> tuple[Reading, str, bool, bool] | None:
    """A digit token's reading, the figure's digits as written or as read, and whether the token could be
    a clock time and the digits a year; ``None`` when the marks make no number of it or it is a digit
    string longer than any stated figure. Worked out once per token and marks (texts repeat them).

    Keyed by the marks' fields (``None`` for no marks): a string and a frozen set hash in C with their
    hash kept, where the ``Marks`` record would compute its hash in Python on every look-up.
    """
    marks = None if decimal is None or groups is None else Marks(decimal, groups)
    reading = read_digits(token, marks)
    if reading is None:
        return None
    plain = (
        reading.digits == token.replace(",", "") and not reading.guessed and _ENGLISH_DIGITS.fullmatch(token)
    )
    num = token if plain else reading.digits
    if len(num.split(".")[0].replace(",", "")) > 15:
        return None
    # a year is written without marks: "1,904" read with guessed marks is 1904, a count, never a year
    return reading, num, _CLOCK.fullmatch(token) is not None, _is_year(num) and token.isdecimal()


_QUAL_LAST: Final = frozenset(q.split()[-1] for q in lx.QUALIFIERS)
#: A hedge ending the text. As a prefix tree: at most one hedge can end it at any position (each ends in a
#: letter, and only spaces follow), so their order does not matter, and the engine tries one branch per
#: letter instead of every hedge at every word of the window.
_QUAL: Final = re.compile(r"(?:^|(?<=[^\w]))(" + _trie(lx.QUALIFIERS) + r")\s+$", re.IGNORECASE)
#: Where a hedge ending a text can start at the earliest: this many characters before its trailing spaces.
_LONGEST_QUALIFIER: Final = max(map(len, lx.QUALIFIERS))
_CURRENCY_BEFORE: Final = re.compile(
    rf"((?:US|A|C|S|NZ|HK|R)\$\s?|[$€£¥₹₦₱₵]\s?|\bGH[¢₵]\s?|\b(?-i:{_CODES})\s?|\bRs\.?\s?|\bR"
    r"|\b(?:K?Shs?|Kshs?|KSh|Kes|JD|Tk|RO|Ph[Pp]|Dhs?)\s?"
    r"|\b[PN])$"
)
_SCALE_AFTER: Final = re.compile(
    r"^[\s-]?(thousand|million|billion|trillion|bn|mn|mln|bln|tn|lakhs?|crores?|dozens?)\b", re.IGNORECASE
)
#: Digits that number words continue: "3 hundred", "4 thousand 3 hundred", "52 thousand 317", "2 lakh 46
#: thousand 905", "3 million and a half"; not "410 million 40-foot boxes".
_DIGITS_THEN_WORDS: Final = re.compile(
    r"^\s+(?:hundreds?\b|(?:thousand|million|billion|trillion|lakh|crore)s?\s+(?:and\s+)?"
    r"(?:\d{1,3}(?![.,]\d|-)|an?\s+(?:half|quarter|third)|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety)\b)",
    re.IGNORECASE,
)
#: The letters a word of ``_DIGITS_THEN_WORDS`` starts with (none has another case-insensitive match).
_THEN_WORD_INITIALS: Final = frozenset("htmblcHTMBLC")
_LIST_AFTER: Final = re.compile(rf"\s*(?:,|\s+and|\s+or)\s+(?:{_SIMPLE_W})\b(?!\s+of\b)", re.IGNORECASE)
_CENTS_AFTER: Final = re.compile(
    rf"\s+(?:and\s+)?(?P<c>\d{{1,2}}|{_SIMPLE_W})(?:\s+(?:cents?|pence)\b|(?=\s*(?:[.,;!?)]|$)))",
    re.IGNORECASE,
)
_INCHES_AFTER: Final = re.compile(
    r"\s*,?\s*(?:and\s+)?(\d{1,2})\s?(?:inch(?:es)?\b|in\b(?!\s+(?:the|a|an)\b)|\")"
)
_TIMES_PER: Final = re.compile(
    r"^\s+times\s+(?:a|an|per|each|every)\s+(day|week|month|year|hour|minute|second)\b", re.IGNORECASE
)
#: A currency symbol written after the amount ("15 €", "-15€").
_SYMBOL_AFTER: Final = re.compile(r"^\s?([€£¥₹$])(?![\w$€£¥₹])")
_SYMBOLS: Final = "$€£¥₹"
_M_MILLION: Final = re.compile(r"^\s(m|bn|k)\s+(?=[a-z]+s\b)")
_SPACED_SCALE: Final = re.compile(r"^\s(k|bn|mn|mln|bln|tn|tln)(?![\w%])")
#: The letters a word of ``_SCALE_AFTER`` starts with, in either case (none has another case-insensitive
#: match), and the first letters of ``_SPACED_SCALE`` and ``_M_MILLION``: a figure followed by none of
#: them (most are) is not tried against the patterns.
_SCALE_INITIALS: Final = frozenset("tmblcdTMBLCD")
_SPACED_INITIALS: Final = frozenset("kbmt")
#: The characters other patterns after a figure start with, at most one space in ("t", "p", "a", "h",
#: "m", "b", "l", "c" have no other case-insensitive match; "i" has two, listed where it is needed).
_SYMBOL_INITIALS: Final = frozenset(_SYMBOLS)
_CODE_INITIALS: Final = frozenset(string.ascii_uppercase)
_POINTS_INITIALS: Final = frozenset("pP")
_AND_INITIALS: Final = frozenset("aA")
_TIMES_INITIALS: Final = frozenset("tT")


def _within_one(rest: str, initials: frozenset[str]) -> bool:
    """Whether ``rest`` starts with one of ``initials``, or has one after its first character: a test a
    pattern of the shape ``^\\s?X`` (an optional space, then X) passes whenever it matches."""
    return rest[:1] in initials or rest[1:2] in initials


def _after_spaces(rest: str, initials: frozenset[str]) -> bool:
    """Whether ``rest`` starts with a space and then one of ``initials`` or another space: a test a
    pattern of the shape ``^\\s+X`` passes whenever it matches."""
    return rest[:1].isspace() and (rest[1:2] in initials or rest[1:2].isspace())


#: The letters a word of ``_RATE_AFTER`` starts with ("per", "for", "in", "out", "every"), in any case
#: ("i" has two more case-insensitive matches, "İ" and "ı").
_RATE_INITIALS: Final = frozenset("pPfFiIoOeE\u0130\u0131")

#: A unit of an amount after the figure. No group per unit, not even one that captures nothing: the regex
#: engine skips an alternative that starts with a letter at that letter only when no group opens first
#: (six times faster on most figures, which have no unit). A unit's own alternatives ("tonnes?|tons?") are
#: alternatives of the whole, in the same order: the same first match. :func:`_amount_after` finds which
#: unit it was.
_AMOUNT_AFTER: Final = re.compile(r"^(?:\s|-)?(" + "|".join(p for p, _ in lx.AMOUNT_UNITS) + r")\b")
#: Each unit alone, as it is tried within ``_AMOUNT_AFTER``: at the same place, then a word boundary.
_AMOUNT_UNIT_AT: Final = [re.compile(rf"(?:{p})\b") for p, _ in lx.AMOUNT_UNITS]


def _amount_after(rest: str) -> tuple[int, int] | None:
    """The index in ``lexicon.AMOUNT_UNITS`` of the unit ``_AMOUNT_AFTER`` matches and where it ends.

    The alternation takes the first unit, in order, that matches where the unit starts (after the
    optional space or hyphen the regex settled on) and ends at a word boundary: the first of the
    units matched alone there is that one, ending where it did.
    """
    am = _AMOUNT_AFTER.match(rest)
    if am is None:
        if _TITLED_AFTER_HYPHEN.match(rest) is None:
            return None
        rest = f"-{rest[1].lower()}{rest[2:]}"  # "Twenty-Foot Equivalent Units": the unit in a title
        am = _AMOUNT_AFTER.match(rest)
        if am is None:
            return None
    end = am.end(1)
    key = (am.group(1), rest[end : end + _UNIT_LOOKAHEAD])
    found = _UNIT_OF_TEXT.get(key)
    if found is not None:
        return found, end
    at = am.start(1)
    for i, unit in enumerate(_AMOUNT_UNIT_AT):
        um = unit.match(rest, at)
        if um is not None:
            if len(_UNIT_OF_TEXT) < 4096:
                _UNIT_OF_TEXT[key] = i
            return i, um.end()
    raise AssertionError(rest)  # the alternation matched one of them


#: A word in title case joined to the figure by a hyphen ("Six-Mile", "Twenty-Foot"): a unit is read in
#: it as in lower case (only its first letter differs, so where the unit ends is the same).
_TITLED_AFTER_HYPHEN: Final = re.compile(r"-[A-Z][a-z]{2,}\b")
#: How far past its match a unit of ``lexicon.AMOUNT_UNITS`` looks ahead ("pounds (?=of\b)"): three
#: characters; a test keeps the lexicon's look-aheads to that.
_UNIT_LOOKAHEAD: Final = 3
#: The unit :func:`_amount_after` found for a unit text and the characters after it. The units are
#: tried in order, and the first that matches there is what the alternation took; which one that is
#: depends only on the text it matched and what its look-ahead reads, so a text that repeats a unit
#: (most do) finds it again without trying the units before it. Bounded: unit texts repeat.
_UNIT_OF_TEXT: Final[dict[tuple[str, str], int]] = {}
_TIME_AFTER: Final = re.compile(
    r"^[\s-](?:(?:consecutive|straight|successive)\s+)?"  # "three straight quarters": of a year, no fraction
    r"(years?|months?|weeks?|days?|hours?|decades?|minutes?|seconds|(?<=[a-z]\s)quarters?)\b"
    r"(?P<old>[\s-]olds?)?",
    re.IGNORECASE,
)
#: The letters a unit of ``_TIME_AFTER`` starts with, in any case the pattern matches ("s" also "ſ"), and
#: "c" of "consecutive".
_TIME_INITIALS: Final = frozenset("ymwdhscYMWDHSC\u017f")


def _time_after(rest: str) -> re.Match[str] | None:
    """``_TIME_AFTER.match(rest)``, not tried when the character after the first starts no unit."""
    return _TIME_AFTER.match(rest) if rest[1:2] in _TIME_INITIALS else None


_TIMES_AFTER: Final = re.compile(
    r"^\s+times\s+(?:as\s+(?:many|much|high|large|likely)|more|higher|larger|"
    r"greater|bigger|the)\b",
    re.IGNORECASE,
)
#: Not across a line break ("97" then a bulleted "- 35-39 years"), nor "A -B", a signed number after A.
_RANGE_AFTER: Final = re.compile(
    rf"^(?:[-–—][ \t]?|[ \t][-–—][ \t]|[ \t]?to[ \t]?)(?P<hi>{_DIGITS})(?![\w])", re.IGNORECASE
)
_AND_AFTER: Final = re.compile(rf"^\s+and\s+(?P<hi>{_DIGITS})(?![\w])", re.IGNORECASE)
#: What ``_RANGE_AFTER`` starts with, at most one space after the figure ("t" has no other case match).
_RANGE_INITIALS: Final = frozenset("-–—tT")
#: What ``lexicon.PERCENT`` starts with, at most one space after the figure ("%", "per cent", "pct").
_PERCENT_INITIALS: Final = frozenset("%pP")

#: The cheap tests above, of the first characters after a figure, made once for each such start and kept as
#: bits (:func:`_after_gates`): a figure asks one dict instead of calling a test for every pattern it may
#: read after it. ``_GATES_KNOWN`` is set in every entry, so that an entry is never 0 (falsy).
_GATES_KNOWN: Final = 1
#: One of the patterns :meth:`_Scanner.digits` reads right after the digits may start there (a mixed
#: number, a currency symbol or code, number words, a scale, a range); when none may, none is tried.
_GATE_DIGITS_AFTER: Final = 2
_GATE_IN_OUT: Final = 4
_GATE_TIME: Final = 8
_GATE_PERCENT: Final = 16
_GATE_POINTS: Final = 32
_GATE_RATE: Final = 64
_GATE_TIMES: Final = 128
#: How many characters the tests read at most (``_mixed_may_follow`` reads three): they answer the same
#: for that many as for the whole text after the figure.
_GATED_LENGTH: Final = 3
_AFTER_GATES: Final[dict[str, int]] = {}


def _after_gates(head: str) -> int:
    """The gate bits of ``head``, the first ``_GATED_LENGTH`` characters after a figure (kept in
    ``_AFTER_GATES``, bounded: the starts of the words after figures repeat)."""
    gates = _GATES_KNOWN
    if (
        _mixed_may_follow(head)
        or _within_one(head, _SYMBOL_INITIALS)
        or _within_one(head, _CODE_INITIALS)
        or _after_spaces(head, _THEN_WORD_INITIALS)
        or _within_one(head, _SCALE_INITIALS)
        or head[1:2] in _SPACED_INITIALS
        or _within_one(head, _RANGE_INITIALS)
        or _after_spaces(head, _AND_INITIALS)
    ):
        gates |= _GATE_DIGITS_AFTER
    if _after_spaces(head, _IN_OUT_INITIALS):
        gates |= _GATE_IN_OUT
    if head[1:2] in _TIME_INITIALS:
        gates |= _GATE_TIME
    if _within_one(head, _PERCENT_INITIALS):
        gates |= _GATE_PERCENT
    if _within_one(head, _POINTS_INITIALS):
        gates |= _GATE_POINTS
    if _after_spaces(head, _RATE_INITIALS):
        gates |= _GATE_RATE
    if _after_spaces(head, _TIMES_INITIALS):
        gates |= _GATE_TIMES
    if len(_AFTER_GATES) < 8192:
        _AFTER_GATES[head] = gates
    return gates


_WORD: Final = re.compile(r"[A-Za-z][\w'’-]*|[^\w\s]")
_AGE_BEFORE: Final = re.compile(r"\b(?:aged|age\s+of|ages\s+of|ages|age|over-|under-)\s*$", re.IGNORECASE)
#: The last word of every change cue written before a figure: a cheap test before the regexes.
_CHANGE_LAST: Final = frozenset(
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
        *["increasing", "rising", "growing", "climbing", "jumping", "surging", "soaring"],
        *["decreasing", "declining", "dropping", "falling", "shrinking", "plunging"],
        *["advanced", "rebounded", "expanded", "leapt", "leaped", "spiked", "rallied", "accelerated"],
        *["slipped", "dipped", "eased", "slid", "tumbled", "sank", "plummeted", "contracted", "retreated"],
        *["widened", "deepened", "narrowed", "lost", "shed"],
    ]
)
#: A change verb with its object, then "by", right before a percentage: "cut its workforce by 6%", "raised
#: the fee by 12%", "reduced the number of people waiting for a first hospital visit by 21pc". The object is
#: a determiner and up to eight lower-case words, with no figure or mark between.
_VERB_OBJECT_BY: Final = re.compile(
    rf"\b(?:(?P<up>{lx.RAISING_VERBS})|(?P<down>{lx.LOWERING_VERBS}))"
    r"\s+(?:its|their|his|her|our|the|this|that|these|those)\s+(?-i:[a-z][a-z'-]*\s+){1,8}?by\s+$",
    re.IGNORECASE,
)


def _cues_before(cues: Iterable[tuple[str, str]], flags: int) -> re.Pattern[str]:
    """One pattern for change cues written before a figure: any of them, then spaces, ending the text."""
    return re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p, _ in cues) + r")\s+$", flags)


class _ChangeCuesBefore:
    """The change cues of ``lexicon.CHANGE_BEFORE`` (written in lower case, matched in any case), for the
    direction of the first one that ends a text.

    One search says whether any cue ends the text (none does before most figures); then the cues are
    searched in runs of one direction, in their order, one pattern per run: the direction of the first
    cue that matches is that of the first run that matches.

    A text in ASCII is lower-cased and searched with the patterns compiled case-sensitively: the same
    answers (lower-casing changes only A-Z, and only an ASCII letter folds to one), several times faster,
    because the regex engine skips an alternative by its first letter only when the pattern is
    case-sensitive, and the cues are long alternations of words. Any other text is searched with the
    case-insensitive patterns ("ſ" folds to "s", the Kelvin sign to "k").
    """

    def __init__(self, cues: list[tuple[str, str]]) -> None:
        for cue, _ in cues:  # lower-casing the text stands for the case-insensitive flag only then
            if cue != cue.lower() or "(?-i" in cue:
                raise ValueError(f"a change cue must be in lower case, with no case-sensitive part: {cue!r}")
        runs = [list(run) for _, run in itertools.groupby(cues, key=lambda cue: cue[1])]
        self._any = _cues_before(cues, re.IGNORECASE)
        self._any_lower = _cues_before(cues, 0)
        self._runs = [(_cues_before(run, re.IGNORECASE), run[0][1]) for run in runs]
        self._runs_lower = [(_cues_before(run, 0), run[0][1]) for run in runs]

    def direction(self, text: str) -> str | None:
        """The direction of the first cue ending ``text``, or ``None`` when none does."""
        if text.isascii():
            text, any_cue, runs = text.lower(), self._any_lower, self._runs_lower
        else:
            any_cue, runs = self._any, self._runs
        if any_cue.search(text) is None:
            return None
        for pattern, direction in runs[:-1]:
            if pattern.search(text):
                return direction
        return runs[-1][1]  # some cue matched, and none of the runs before the last


_CHANGE_CUES_BEFORE: Final = _ChangeCuesBefore(lx.CHANGE_BEFORE)
#: Three digits after a figure's comma and a space: "nearly 12, 480" may be 12,480 mistyped.
_GROUP_AFTER_A_SPACE: Final = re.compile(r",[ \u00a0]\d{3}(?![\d.,]\d)(?!\s*(?:,|and\b|or\b|&)\s*\d)")
GROUP_AFTER_A_SPACE: Final = ("three digits follow a small figure's comma after a space: the two may be one "
                              "number with its thousands mistyped (\"12, 480\")", False)
#: A percentage with no "of …", no share wording and no change cue: a share, a level or a change.
#: Compare it with ==, never is: the compiled build (mypyc) boxes a tuple constant anew where it is stored.
BARE_PERCENT: Final = ("a percentage whose wording does not say what it is of; it may be a change", False)
_NP_END: Final = frozenset({
    "at", "in", "on", "for", "by", "with", "from", "and", "or", "to", "across", "during",
})


def _of_reference(np: str) -> bool:
    """ "normal at Athenry", "the long-term average", "GDP": the percentage is of a reference level."""
    words: list[str] = []
    for w in np.lower().split():
        if w in _NP_END:
            break
        words.append(w)
    return bool(words) and words[-1] in lx.REFERENCE_LEVELS


OF_REFERENCE: Final = (
    "a percentage of a reference level (normal, average, GDP, capacity, target), not a share "
    "of a whole: it may exceed 100", False)
#: Hedges whose set ends at the figure stated ("nearly a third", "under a half").
_UP_TO: Final = frozenset({"nearly", "under", "at most"})
OF_ANOTHER_PERIOD: Final = ("over 100% of the same measure in an earlier period: a level against a past one, "
                            "not a share of a whole", False)
OF_WHAT_IS_NEEDED: Final = ("over 100% of what is needed or used, met by a source: a level against the need, "
                            "which a source may exceed, not a share of a whole", False)
#: What a source may meet more than all of: "112% of the demand", "of its needs".
_WHAT_IS_NEEDED: Final = frozenset({"demand", "needs", "need", "consumption", "use", "requirement"})
#: After "X% of <noun>": the noun is a need a source meets ("… of its heat supplied by the plant").
_MET_BY: Final = re.compile(
    r"\s+(?:was\s+|is\s+|were\s+|being\s+)?(?:met|covered|supplied|generated|provided)\s+by\b")
#: An earlier period named after "X% of the <noun>", within its clause ("… of the income from that
#: channel in the same week a year before").
_ANOTHER_PERIOD: Final = re.compile(
    r"[^.;:!?]{0,60}?\b(?:(?:in|during|for)\s+the\s+same\s+(?:month|week|quarter|period|time)\s+"
    r"(?:last|a|the\s+previous)\s+year|(?:a|one)\s+year\s+(?:earlier|ago|before)|last\s+year|"
    r"(?:in|during|for)\s+the\s+(?:previous|prior|preceding)\s+(?:year|month|quarter|period))\b",
    re.IGNORECASE,
)


def _number(value: str) -> Fraction | None:
    try:
        return parse_number(value).value
    except ValueError:
        return None


def _in_thousands(value: str) -> bool:
    return (n := _number(value)) is not None and n >= 1000


def _over_a_hundred(value: str) -> bool:
    return (n := _number(value)) is not None and n > 100


_FILLER_END: Final = re.compile(rf"(?<=\s){lx.CHANGE_FILLER}$", re.IGNORECASE)
_FILLER_WORDS: Final = frozenset(lx.CHANGE_FILLER_WORDS)
_NOT_CHANGE: Final = re.compile(
    r"\b(?:made|make|makes|making|set|sets|setting|end|ended|ends|took|take|takes|sum|sums|summed|"
    r"cracked|crack|cracks|turned|turn|shut|cut\s+off|broke|broken|picked|pick|picks|picking)\s+(?:up|down)\s+$"
    r"|\b(?:an?|the|its|their|his|her|our)\s+\w+ing\s+$",  # "a falling 5% share": the verb is an adjective
    re.IGNORECASE,
)
#: How the last word of every ``_NOT_CHANGE`` match ends ("up", "down", "-ing"), lower-cased: none of these
#: letters has another case-insensitive match, so a text whose last word ends otherwise is not searched.
_NOT_CHANGE_ENDS: Final = frozenset({"up", "wn", "ng"})
_CHANGE_AFTER: Final = [(re.compile(rf"^\s+{p}", re.IGNORECASE), d) for p, d in lx.CHANGE_AFTER]
_COMPARED: Final = re.compile(
    r"\b(?:compared\s+(?:to|with)|than(?:\s+that|\s+those)?(?:\s+of|\s+in)?|from|over|on|versus|vs\.?)"
    r"\s+(?:the\s+)?(?:(?P<prev>previous|preceding|prior|last)\s+year|(?:a\s+)?year\s+(?:earlier|ago)|"
    r"(?P<year>\d{4}))",
    re.IGNORECASE,
)
_AGE_RANGE_BEFORE: Final = re.compile(
    r"\b(?:aged|ages|age)\s+(?:of\s+)?(?:between\s+|from\s+)?$", re.IGNORECASE
)
_N_IN_M: Final = re.compile(
    rf"\s+(in|out\s+of)\s+(?P<every>every\s+)?(?:(\d{{1,3}}(?:,\d{{3}})*)|({_SIMPLE_W}))\b(?!\s*(?:%|per\b|percent))",
    re.IGNORECASE,
)
#: What "in" and "out" of ``_N_IN_M`` start with, in any case the pattern matches ("i" has two more).
_IN_OUT_INITIALS: Final = frozenset("iIoO\u0130\u0131")
_OF_PRONOUN: Final = re.compile(r"^\s+of\s+(them|those|these|which|whom|it)\b", re.IGNORECASE)
#: A figure's value with a scale word ("1.2 million", "3bn").
_SCALED: Final = re.compile(r"[A-Za-z]")
#: The words ``_OF_PRONOUN`` reads, as a figure's ``of_noun``: "42% of them" is a share of the figure before.
_PRONOUNS_OF: Final = frozenset({"them", "those", "these", "which", "whom", "it"})
_OF_NOUN: Final = re.compile(
    r"^\s+of\s+(?:(?:all|the|these|those|its|their|his|her|our|total|registered|reported)\s+)*"
    r"(?P<np>(?:[A-Za-z][\w'-]*\s+){0,2}[A-Za-z][\w'-]*)",
    re.IGNORECASE,
)


#: After a change in points, an index's level in points in the same clause: "… added 41.20 points, or
#: 0.52 percent, to end the day at 7,964.85 points". Those are the index's points, not percentage points.
_AN_INDEX_LEVEL_AFTER: Final = re.compile(
    r"[^.;\d]{0,40}(?:\d[\d.,]*\s*(?:per\s*cent|percent|%)[^.;\d]{0,30})?"
    r"\b(?:to|at)\s+(?:(?:close|settle|end|finish|stand)\s+(?:the\s+(?:day|session|week)\s+)?at\s+)?"
    r"\d[\d,]*(?:\.\d+)?\s*points?\b", re.IGNORECASE)


#: Between a figure and its prior-period value: "7.47 euros (7.24)", "7.47 euros a share (7.24)".
_PRIOR_GAP: Final = re.compile(r"[^\d()]{0,16}\(")
#: "Sh"/"Shs" is also Uganda's and Tanzania's shilling: read as Kenya's, the one most written so in English.
_SYMBOL_CODES: Final = {
    "nz$": "NZD", "hk$": "HKD", "r$": "BRL", "₦": "NGN", "rs": "INR", "rs.": "INR", "r": "ZAR",
    "ksh": "KES", "kshs": "KES", "sh": "KES", "shs": "KES", "₱": "PHP", "p": "PHP", "dh": "AED", "dhs": "AED",
    "n": "NGN", "jd": "JOD", "tk": "BDT", "ro": "OMR", "gh¢": "GHS", "gh₵": "GHS", "₵": "GHS"}


_PAIR: Final = re.compile(r"\b[A-Z][A-Za-z-]{1,7}\s\d{1,3}\b")


def _list_of_pairs(text: str, start: int, end: int) -> bool:
    """ "seats won - AB 58, CD 41, EF 12": a list of name–number pairs, each number a figure.

    So are names each given a number after a counted one ("took 41 seats, Labour 37 and the Greens 9").
    """
    if _GAPPED_ITEM.search(text, max(0, start - 120), start) and _ITEM_END.match(text, end):
        return True
    if text[end : end + 1] not in (",", ";", "\n", ""):
        return False
    return bool(
        _PAIR.search(text, max(0, start - 40), max(0, start - 3)) or _PAIR.search(text, end, end + 30)
    )


_ITEM_JOIN: Final = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
#: A counted figure, then names each with a number, up to the name right before this number.
_GAPPED_ITEM: Final = re.compile(
    rf"\d[\d,.]*\s+[a-z][a-z-]+(?:{_ITEM_JOIN}(?:[A-Z][\w'’.-]*\s+){{1,3}}\d[\d,.]*)*"
    rf"{_ITEM_JOIN}(?:[A-Z][\w'’.-]*\s+){{1,3}}$"
)
_ITEM_END: Final = re.compile(r"\s*(?:[,.;)]|and\b|$)")


def _currency_code(written: str) -> str:
    w = written.strip().lower()
    if w.upper() in lx.CURRENCY_CODES:
        return w.upper()
    return lx.CURRENCY_PREFIX.get(w) or _SYMBOL_CODES.get(w, "USD")


def _decimal_text(value: Fraction) -> str:
    """A fraction as the shortest decimal that states it (to four places)."""
    if value.denominator == 1:
        return str(value.numerator)
    return f"{float(value):.4f}".rstrip("0").rstrip(".")


def _below(value: Fraction, bound: int) -> bool:
    """``value < bound``, compared as integers (a Fraction's denominator is positive): the Fraction
    comparison runs in Python, several times slower, for every number in words."""
    return value.numerator < bound * value.denominator


def _terminates(value: Fraction) -> bool:
    """Whether ``value`` is a finite decimal (its denominator has no prime factor but 2 and 5)."""
    d = value.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    return d == 1


def _fraction_of(m: re.Match[str]) -> Fraction:
    if m.group("v"):
        return Fraction(*lx.VULGAR_FRACTIONS[m.group("v")])
    return Fraction(int(m.group("n")), int(m.group("d")))


def _scaled_value(num: str, word: str) -> str:
    """ "2.5" and "million" → "2.5 million"; "13" and "lakh" → "1.3 million"; "3" and "dozen" → "36"."""
    w = word.lower()
    factor = _LANGUAGE_SCALES.get(w)
    if factor is not None:
        return f"{num} {_SCALE_NAMES[factor]}"
    if w in ("dozen", "dozens"):
        return _decimal_text(Fraction(num.replace(",", "")) * 12)
    if w in lx.EXTRA_SCALES:  # lakh (10^5), crore (10^7): written in millions, precision kept
        shift = len(str(lx.EXTRA_SCALES[w])) - 7
        places = (len(num.split(".")[1]) if "." in num else 0) - shift
        millions = parse_number(num).value * lx.EXTRA_SCALES[w] / 10**6
        return f"{float(millions):.{max(places, 0)}f} million"
    scale = lx.VALUE_SCALES.get(w) or lx.SCALE_ABBREVIATIONS.get(w, w)
    return f"{num} {scale}" if len(scale) > 3 else f"{num}{scale}"


@functools.lru_cache(maxsize=4096)
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


_NOT_KEY: Final = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=4096)
def _key(word: str) -> str:
    """A word as a measure key ("minor victims" → "minor_victims"); asked again for every pairing."""
    return _NOT_KEY.sub("_", word.lower()).strip("_")


#: A plural noun right after the counted one, which then only modifies it ("measles cases").
_COMPOUND_HEAD: Final = re.compile(r" ([A-Za-z][a-z]+)\b(?![-'’])")


def noun_phrase(after: str, *, singular_ok: bool = False) -> tuple[str | None, tuple[str, ...]]:
    """The counted noun and its modifiers at the start of ``after`` ("minor victims")."""
    lead = _LEAD_WORDS.match(after)
    if lead is not None and lead.end(1) <= 60:  # most often the first word settles it, as in the loop below
        lw, role, plural = _WORD_ROLES.get(lead.group(1)) or _word_role(lead.group(1))
        if role == _ENDS_PHRASE:
            return None, ()
        if role != _POSSESSOR and (plural or (singular_ok and role == _MODIFIER)):
            return _counted_noun(lw, (), lead.group(2))
        if role == _VERB_FORM:
            return None, ()
    mods: list[str] = []
    gap_start = 0
    breaks = after.find("\n", 0, 60) != -1  # the words are read within 60 characters; most hold no break
    for wm in itertools.islice(_WORD.finditer(after, 0, 60), 5):
        if breaks and _PHRASE_BREAK.search(after, gap_start, wm.start()):
            break  # "2 million mark\n\nTourism arrivals", "17 lung\n9 heart": another paragraph, line item
        gap_start = wm.end()
        w = wm.group()
        lw, role, plural = _WORD_ROLES.get(w) or _word_role(w)
        if role == _ENDS_PHRASE:
            break
        if role == _POSSESSOR:
            continue  # "the country's electricity": the possessor is not what is measured
        if plural or (singular_ok and role == _MODIFIER):
            head = _COMPOUND_HEAD.match(after, wm.end())
            return _counted_noun(lw, tuple(mods), None if head is None else head.group(1))
        if role == _VERB_FORM:
            break
        mods.append(lw)
        if len(mods) >= 3:
            break
    return None, ()


def _counted_noun(noun: str, mods: tuple[str, ...], next_word: str | None) -> tuple[str, tuple[str, ...]]:
    """The counted noun: ``noun``, or the plural noun right after it, which it then modifies ("131 measles
    cases": the last noun is counted)."""
    if next_word is not None:
        head, _, plural = _WORD_ROLES.get(next_word) or _word_role(next_word)
        if plural:
            return head, (*mods, noun)
    return noun, mods


#: What ends a noun phrase between two of its words: a blank line (another paragraph), or a line break and a
#: figure opening the next line ("17 lung\n9 heart": each line an item of its own).
_PHRASE_BREAK: Final = re.compile(r"\n(?:\n|[ \t•*-]*\d)")
#: A word first in the text, as ``_WORD`` reads it, and the plural noun ``_COMPOUND_HEAD`` may find after it.
_LEAD_WORDS: Final = re.compile(r"([A-Za-z][\w'’-]*)(?: ([A-Za-z][a-z]+)\b(?![-'’]))?")
#: What a word is to :func:`noun_phrase`: one that ends the phrase (a stop word, a mark), a possessor, a
#: verb form ("-ing", "-ed", "-ly"), a noun so ending ("red", "bed", "shed"), or another word: a modifier,
#: or the phrase's head.
_ENDS_PHRASE: Final = 0
_POSSESSOR: Final = 1
_VERB_FORM: Final = 2
_VERB_LIKE_NOUN: Final = 3
_MODIFIER: Final = 4
#: Each word met, with its lower case, its role and whether :func:`_plural` holds for it: a text repeats
#: its words, and a noun phrase is read after every figure. Bounded: the words of a language repeat.
_WORD_ROLES: Final[dict[str, tuple[str, int, bool]]] = {}


def _word_role(word: str) -> tuple[str, int, bool]:
    """``word`` lower-cased, its role in a noun phrase and whether it is a plural (kept in _WORD_ROLES)."""
    lw = word.lower()
    if not word[0].isalpha() or lw in lx.STOPWORDS or lw in lx.NOT_NOUNS:
        role = _ENDS_PHRASE
    elif lw.endswith(("'s", "’s")):
        role = _POSSESSOR
    elif lw.endswith(("ing", "ed", "ly")):
        role = _VERB_LIKE_NOUN if lw in ("red", "bed", "shed") else _VERB_FORM
    else:
        role = _MODIFIER
    found = (lw, role, _plural(word))
    if len(_WORD_ROLES) < 16384:
        _WORD_ROLES[word] = found
    return found


def _scaled_text(value: int, scale: str | None) -> str:
    if scale in ("million", "billion", "trillion", "thousand"):
        unit = lx.SCALE_WORDS[scale]
        if value % unit == 0 or value >= unit:
            whole, rest = divmod(value, unit)
            if rest == 0:
                return f"{whole} {scale}"
            return f"{value / unit:g} {scale}"
    return str(value)


#: Verbs that state a rank: the ordinal after them is one ("ranked seventh", "finished third").
_RANK_VERBS: Final = (
    r"(?:ranked|ranks|ranking|finished|finishes|finishing|placed|places|placing|came|comes|ended)"
)
#: The words right before "first" or "second" (spaces between) that :data:`_FIRST_SECOND_RANK` starts with.
_RANK_HEADS: Final = (*re.findall(r"[a-z]+", _RANK_VERBS), "the")
_FIRST_SECOND_RANK: Final = re.compile(
    rf"\b(?:{_RANK_VERBS}\s+(?P<word>first|second)\b"
    r"|the\s+(?P<word2>first|second)(?=[- ](?:largest|biggest|highest|lowest|smallest|busiest|oldest"
    r"|richest|poorest|best|worst|most|least)\b))",
    re.IGNORECASE,
)

#: "the first appearance": a rank only when another ordinal of the sentence counts the same noun.
_DETERMINERS: Final = ("the", "its", "their", "his", "her")
_FIRST_SECOND_BEFORE: Final = re.compile(
    rf"\b(?:{'|'.join(_DETERMINERS)})\s+(first|second)\s+([A-Za-z]+)", re.IGNORECASE
)

#: Words of obligation before "within": the figure is the limit itself, not a bound on a duration.
_OBLIGED: Final = re.compile(
    r"\b(?:must|shall|should|required?|requires|has to|have to|had to|needs? to|obliged|obligated"
    r"|ought to|deadline)\b[^,.;:()]{0,40}$",
    re.IGNORECASE,
)


#: Patterns of the figure grammar's checks, compiled once (each was looked up in the re cache per figure).
_PERCENT_LIST_GAP: Final = re.compile(r"\s*(?:,|and|to|,\s*and)\s*")
#: Words before a year and a noun that make the year name the noun's period ("with 2018 sales of", "the 2019
#: results"), not a count of it.
_BEFORE_A_YEARS_NOUN: Final = frozenset({"the", "its", "their", "his", "her", "our", "with", "whose", "and"})
#: Nouns after a year that are always that year's, never counted: "2002 levels", "in 2015 prices".
_A_YEARS_NOUNS: Final = frozenset({
    "levels", "prices", "figures", "terms", "values", "standards", "estimates"})
#: A noun after a year that a figure after "of" measures: the year names its period ("2022 sales of $12bn").
_NOUN_OF_A_FIGURE: Final = re.compile(r" [a-z]+(?: [a-z]+)? of (?:[$€£¥₹]|US\$|\d)")
#: Why a count is read as the rate before it: "the 14 deaths" after "12 deaths for every 1,000 births".
RATE_SAID_SHORT: Final = ("the {} of a rate {} said before in the sentence, said again without its base: "
                          "a guess")
#: A percent written in a figure's span ("6 per cent", "6%"): a fraction in words ("a fifth") covers no list.
_PERCENT_WRITTEN: Final = re.compile(r"%|\bper\s?cent|\bpercent|\bpct\b", re.IGNORECASE)
_WORD_THEN_SPACE: Final = re.compile(r"([A-Za-z]+)\s+$")
#: ``_WORD_THEN_SPACE`` read from the end: matched at the start of the text reversed.
_SPACE_THEN_WORD_REVERSED: Final = re.compile(r"\s+([A-Za-z]+)")


def _word_then_space(text: str) -> str | None:
    """The word of ASCII letters ending ``text`` before its trailing spaces, as ``_WORD_THEN_SPACE`` finds
    it: read in the text reversed, with one anchored match, where the pattern anchored only at its end
    would be tried at every position of the text."""
    m = _SPACE_THEN_WORD_REVERSED.match(text[::-1])
    return None if m is None else m.group(1)[::-1]


_SPACE_CAPITAL: Final = re.compile(r" [A-Z]")
_LOWER_LETTER: Final = re.compile(r"[a-z]")
_ITEM_MARK: Final = re.compile(r"\.\s|\)\s|[-–]\s")  # "1. ", "1) ", "1- ": a list item's number
_ONE_OR_TWO_DIGITS: Final = re.compile(r"\d{1,2}")
_LETTER_END: Final = re.compile(r"[A-Za-z]\s?$")
_REFERENCE_GAP: Final = re.compile(r"\s*(?:,|and|&|,\s*and|-|–|to)\s*")
_AGE_BOUND_BEFORE: Final = re.compile(r"\b(?:under|over|below|above)\s+(?:the\s+)?(?:age\s+of|ages?)\s*$")
_SPACED_TIMES: Final = re.compile(r"\s+times")
_OF_DETERMINER: Final = re.compile(r"\s+of\s+(?:the|them|these|those|all)\b", re.IGNORECASE)
_WHOLE_DIGITS: Final = re.compile(r"\d+")
_TIMES_WORD: Final = re.compile(r"\s+times\s")
#: "a" and "an" in every case: the words pattern's most frequent candidate, and never a number alone.
_ARTICLES: Final = frozenset({"a", "A", "an", "An", "AN", "aN"})
_WORD_OLD: Final = re.compile(r"[\s-]\w+[\s-]old")
_IN_NUMBER: Final = re.compile(r"\s+in\s+\d|\s+in\s+(?:" + _UNIT_W + r")\b", re.I)
_OF_GROUP: Final = re.compile(r"\s+of\s+(?:the|them|those|these|its|their)\b", re.I)
_COMMA_GAP: Final = re.compile(r"\s*,\s*")
_GROUPED_FIGURE: Final = re.compile(r"\d[,.\u00a0\u202f ]\d{3}(?!\d)")
_TO_GAP: Final = re.compile(r"\s+to\s+")
_DASH_GAP: Final = re.compile(r"\s?[-–—]\s?")
_BRACKET_GAP: Final = re.compile(r"\s*\(")
_AGE_HOLDER: Final = re.compile(
    r"([A-Za-z]+)\s+(?:\w+\s+)?(?:under|over|below|above|aged)?\s*(?:the\s+)?"
    r"(?:age\s+of|aged|age|ages)?\s*$"
)
_LOWER_THEN_SPACE_END: Final = re.compile(r"[a-z]\s$")
_SCORE_DASH: Final = re.compile(r"^\s?[-–—]\s?")
_NOT_SCORE_AFTER: Final = re.compile(r"\s?(?:%|per|year|month|day)", re.I)
_LOWER_WORD: Final = re.compile(r"[a-z]+")
_SPACED_M: Final = re.compile(r"^\s(m|bn|k)")
_ORDINAL_LEAD: Final = re.compile(rf"(?:\bthe|\bits|\btheir|\bhis|\bher|'s|’s|\b{_RANK_VERBS})\s+$")
_NEXT_LETTERS: Final = re.compile(r"[\s-]*([A-Za-z]+)")
_OF_A_SCALE: Final = re.compile(r"^\s+of\s+an?\s+(thousand|million|billion)\b", re.I)
_OF_A_POINT: Final = re.compile(r"^\s+of\s+an?\s+(?:percentage\s+)?point\b", re.I)
_CHANGED_BY_END: Final = re.compile(r"\b(?:by|fell|rose|cut|dropped|grew|up|down)\s+$", re.I)
_DETERMINED_NOUN: Final = re.compile(r"^\s+(?:the|their|its|all)\s+(?P<np>[A-Za-z][\w'-]*)")
_POWER_OF_TEN: Final = re.compile(r"10*")
_HALF_LEAD: Final = re.compile(r"\b(?:first|second|the|latter|other)\s+$", re.I)
#: Words before "two quarters", "three quarters" that make them quarters of a year: "the first three
#: quarters", "over the past two quarters".
_QUARTERS_LEAD: Final = re.compile(
    r"\b(?:first|last|past|next|previous|preceding|following|final|latest|recent|consecutive|straight)\s+$",
    re.IGNORECASE,
)
_DETERMINER_AFTER: Final = re.compile(r"^\s+(?:the|their|its|all)\s")
_TIMES_WORD_AFTER: Final = re.compile(
    r"\s+as\s+(?:many|much|likely|high|large|often|big)\b|\s+(?:more|higher|larger|the)\b", re.IGNORECASE
)


#: A figure too large for an "m" glued beside it to be metres: in billions, or a count of 100,000 or more.
_LARGE = (r"(?:\d[\d,.]*\s?(?:bn|tn|billion|trillion)\b|[1-9]\d{0,2}(?:,\d{3}){2,}(?![\d,.]\d)"
          r"|[1-9]\d{2},\d{3}(?![\d,.]\d))")
#: Such a figure with no currency before it ("3.81bn", "1.2 billion", "812,440"), joined to the figure
#: before or after it by a word or a few.
_BILLIONS_AFTER: Final = re.compile(
    rf"\s*(?:in\s+(?:19|20)\d\d\s*)?,?\s*(?:(?:to|from|of|and|or|against|versus)\s+)?{_LARGE}"
)
_BILLIONS_BEFORE: Final = re.compile(
    rf"(?<![$€£¥₹\w.,]){_LARGE}(?:\s+in\s+(?:19|20)\d\d)?\s*,?\s*(?:[a-z]+\s+){{0,2}}(?:[a-z]+\s+(?:of|by)\s+)?$"
)
#: How far from a figure the billions are looked for, each way.
_BESIDE: Final = 40


class _Scanner:
    """One pass over a text; holds the text and its layout for the context helpers."""

    def __init__(
        self, text: str, marks: Marks | None = None, *, known: bool = False, lang: Language | None = None
    ) -> None:
        self.text = text
        self.layout = layout(text)
        self._given_marks = marks
        self._known = known
        self._marks: Marks | None = None
        self._marks_known = False
        self._groups_thousands: bool | None = None
        self.spoken = _words_of(lang.code) if lang is not None and lang.code != "en" else None
        self.reference_end = -1
        self._word_start = -1
        self._word: str | None = None
        self._sentence = (0, -1)
        self._sentence_index = -1
        self.masked = []
        if _DIGIT_GROUPS.search(text):  # a cheap test first: most texts hold no phone number
            self.masked = [
                (m.start(), m.end()) for m in _PHONE.finditer(text) if not _GROUPED_ONLY.fullmatch(m.group(0))
            ]
        if any(map(text.__contains__, _URL_CUES)):
            self.masked += [(m.start(), m.end()) for m in _URL.finditer(text)]
        self.masked.sort()
        #: Whether the text has a table cell mark at all: a note number is read only in a table's line.
        self.has_cells = "|" in text
        self.mask_starts = [s for s, _ in self.masked] if self.masked else []
        self.figures: list[Figure] = []
        self.consumed_until = -1
        self.range_count = 0

    # The three facts of the whole text below are worked out when first asked and kept in plain
    # attributes, not with functools.cached_property: compiled by mypyc, the class keeps no instance
    # dict, and the decorator becomes a property that worked them out again at every look-up.

    @property
    def marks(self) -> Marks | None:
        """The document's decimal and grouping marks: its language's, or else inferred from its figures
        and words. Worked out when a figure with a mark is first read: plain digits read the same in
        any marks, and most short texts hold no other."""
        if not self._marks_known:
            if self._known:
                self._marks = self._given_marks
            else:
                self._marks = infer_marks(self.text) or marks_for(guess_language(self.text))
            self._marks_known = True
        return self._marks

    @property
    def marks_key(self) -> tuple[str | None, frozenset[str] | None]:
        """The marks as :func:`_token_facts` is keyed by."""
        marks = self.marks
        return _NO_MARKS if marks is None else (marks.decimal, marks.groups)

    @property
    def groups_thousands(self) -> bool:
        """Whether the text marks thousands in its figures, so a bare "2012" is a year, not a count."""
        if self._groups_thousands is None:
            self._groups_thousands = _GROUPED_THOUSANDS.search(self.text) is not None
        return self._groups_thousands

    def _decimal_comma_inferred(self, token: str) -> bool:
        """ "52,000" read as 52 where a text of unknown language was taken to write decimals with a comma
        ("14,19%"): a thousands comma in such a text is as likely ("787,200 hectares" beside "1,97 t/ha"),
        so the reading is a guess."""
        return _THREE_AFTER_A_COMMA.fullmatch(token) is not None and self.marks_key[0] == ","

    def _in_spaced_groups(self, start: int, end: int) -> bool:
        """Whether the digits at ``start``-``end`` stand in a run like "2,418, 557" or "3, 905, 112": one
        figure with a space typed after its thousands commas, or a list of figures. Read apart, each is a
        guess. Asked only of digits beside a comma and a space, which few are."""
        text = self.text
        if not (
            (text.startswith(", ", end) and text[end + 2 : end + 3].isdigit())
            or (text[start - 2 : start] == ", " and text[start - 3 : start - 2].isdigit())
        ):
            return False
        return any(
            run.start() <= start and end <= run.end()
            and ("," in run.group("tight") or run.group(0).count(", ") > 1)
            for run in _SPACED_GROUPS.finditer(text, max(0, start - 40), end + 40)
        )

    def in_mask(self, pos: int) -> bool:
        i = bisect.bisect_right(self.mask_starts, pos) - 1
        return i >= 0 and self.masked[i][0] <= pos < self.masked[i][1]

    def _billions_beside(self, start: int, end: int) -> bool:
        """Is a figure in billions written bare ("3.81bn", no currency), or a count of hundreds of thousands,
        joined to this one by a word or a few ("92m to 3.81bn", "3.90bn to 3.81bn, down 92m", "from 2.3m in
        2021 to 812,440")? An "m" glued on then writes millions."""
        return (_BILLIONS_AFTER.match(self.text, end, end + _BESIDE) is not None
                or _BILLIONS_BEFORE.search(self.text, max(0, start - _BESIDE), start) is not None)

    def sentence_start(self, pos: int) -> int:
        lo, hi = self._sentence
        if lo <= pos < hi:  # the grammar asks many times about the sentence it is reading
            return lo
        starts = self.layout.sentence_starts
        i = self.layout.sentence_of(pos)
        self._sentence = (starts[i], starts[i + 1] if i + 1 < len(starts) else len(self.text) + 1)
        self._sentence_index = i
        return starts[i]

    def before(self, pos: int, n: int = 60) -> str:
        lo, hi = self._sentence
        if not lo <= pos < hi:  # asked several times per figure: the sentence read last, without a call
            lo = self.sentence_start(pos)
        start = pos - n
        return self.text[(start if start > lo else lo) : pos]  # no call to max: asked for every figure

    def after(self, pos: int, n: int = 80) -> str:
        s = self.layout.sentence_of(pos)
        _, end = self.layout.sentence_bounds(s, len(self.text))
        return self.text[pos : min(end, pos + n)]

    def qualifier_at(self, pos: int) -> tuple[str, int]:
        """The hedge right before ``pos`` and where it starts (``exact``, ``pos`` if none)."""
        before = self.before(pos, 22)
        words = before.rsplit(None, 1)  # no word only when the text is blank
        last = words[-1].lower() if words else ""
        if self.spoken is not None and self.spoken.hedge is not None:
            hm = self.spoken.hedge.search(before)
            if hm is not None:
                return self.spoken.lang.hedges[hm.group(1).lower()], pos - len(before) + hm.start(1)
        if last not in _QUAL_LAST:
            return "exact", pos
        m = _QUAL.search(before, max(0, len(before.rstrip()) - _LONGEST_QUALIFIER))
        if m is None:
            return "exact", pos
        q = m.group(1).lower()
        at = pos - len(before) + m.start(1)
        if q == "within" and _OBLIGED.search(self.before(at, 60)):
            return "exact", at  # "must begin within 14 days": the limit a rule sets is the figure stated
        return lx.QUALIFIER_MAP.get(q, q), at

    def word_before(self, start: int) -> str | None:
        """The word of lower-case ASCII letters, after a space, that ends one space before ``start``
        ("arrested 12"), or ``None``. Before most figures there is one, and it alone settles what
        :meth:`_reference`, :meth:`_identifier`, :meth:`qualifier_at` and :meth:`_sign` read in the
        characters before the figure: no line start, bracket, capital, hash or sign is there, and the
        sentence starts before the word (a sentence starts after white space, never inside a word)."""
        if start == self._word_start:  # asked again for the figure by the change cues
            return self._word
        word: str | None = None
        if self.text[start - 1 : start] == " ":
            _, space, last = self.text[max(0, start - 21) : start - 1].rpartition(" ")
            if space and last.isalpha() and last.isascii() and last.islower():
                word = last
        self._word_start, self._word = start, word
        return word

    def _in_table(self, start: int, end: int) -> bool:
        return "|" in self.text[max(0, start - 40) : start] or "|" in self.text[end : end + 40]

    def add(self, fig: Figure) -> None:
        if fig.kind is _COUNT and fig.noun is None and fig.unit is None and len(fig.value) <= 2 \
                and self.text[fig.end : fig.end + 1] == "-" and _COMPOUND_AFTER.match(self.text, fig.end + 1):
            return  # "two-wheel drive", "a 3-bedroom house": a number inside a word that describes another
        spoken = self.spoken
        if spoken is not None and fig.kind is _COUNT and fig.noun is not None and (
                self.text[fig.start : fig.end].rsplit(None, 1)[-1].lower() in spoken.lang.describing_nouns):
            return  # "les hôtels 2 étoiles": a class of hotels, no count
        if fig.sign is not None and not (
            fig.unit in ("percent", "percentage points") and self._in_table(fig.start, fig.end)
        ):
            _apply_sign(fig)  # a "+15%" cell of a table stays as printed: its row says what it is
        if (
            fig.kind is _COUNT
            and fig.unit is None
            and "." in fig.value
            and _NO_SCALE.fullmatch(fig.value)
        ):
            fig.kind = (
                _AMOUNT
            )  # "10.5" with no unit is a measure or a mean, never a whole-number count
        if fig.kind in EXACT_KINDS and fig.qualifier != "exact" and _SMALL.fullmatch(fig.value):
            _guard_empty(fig)  # only a bound at 0 or 1 ("under 1") can leave no whole number
        lo, hi = self._sentence
        # most often the sentence the grammar read last, whose bounds are kept: no search
        fig.sentence = self._sentence_index if lo <= fig.start < hi else self.layout.sentence_of(fig.start)
        fig.section = self.layout.sentence_sections[fig.sentence]
        self.figures.append(fig)

    # --- candidates ------------------------------------------------------------------

    def run(self) -> list[Figure]:
        for m in candidates(self.text):
            self.dispatch(m)
        if self.spoken is not None and self.spoken.numbers is not None:
            self.number_words(self.spoken)
        self.first_and_second()
        self.figures.sort(key=lambda f: f.start)
        _carry_units(self.text, self.figures)
        self._carry_percent()
        if any(f.kind is _RATE for f in self.figures):
            self._carry_rates()
        mistyped_end: int | None = None
        for f in self.figures:
            if f.kind is _PERCENTAGE and f.unit == "percent" and f.cue is None and not f.of_noun:
                f.bases.setdefault("kind", BARE_PERCENT)
            if mistyped_end is not None and f.start == mistyped_end + 2:  # the "480" of "12, 480"
                f.bases.setdefault("value", GROUP_AFTER_A_SPACE)
            if f.unit is None and f.value.isdigit() and len(f.value) <= 2 \
                    and _GROUP_AFTER_A_SPACE.match(self.text, f.end):
                f.bases.setdefault("value", GROUP_AFTER_A_SPACE)
                mistyped_end = f.end
        return self.figures

    def _carry_rates(self) -> None:
        """ "12 deaths for every 1,000 births …, down from the 14 deaths in 2019": a count of a rate's noun
        after "the", later in the rate's sentence, is that rate again, of another period, said short. Read
        as the rate, a guess."""
        units: dict[tuple[int, str], str] = {}
        for f in self.figures:
            if f.kind is _RATE and f.noun and f.unit:
                units[(f.sentence, f.noun.lower())] = f.unit
            elif (f.kind is _COUNT and f.unit is None and f.noun
                  and (unit := units.get((f.sentence, f.noun.lower()))) is not None
                  and self.text[max(0, f.start - 4) : f.start].lower() == "the "):
                f.kind, f.unit = _RATE, unit
                f.bases["kind"] = (RATE_SAID_SHORT.format(f.noun, unit), False)

    def _carry_percent(self) -> None:
        """ "rises of four and six per cent": the percent sign of the last covers the list. A percentage
        with a sign of its own ("27,400, -1.2%") is the change of the figure before it, and one "of them"
        ("3,100, and 42% of them") its share: neither is the last of a list; nor is a figure with a scale
        word ("1.2 million, 14% of all") or in thousands ("counted 31,200, 7% of all") ever an item
        of a list of percentages. Read from the last item back, so that "3, 5 and 7%" carries to 3 too."""
        carried: set[int] = set()
        for k in range(len(self.figures) - 2, -1, -1):
            a, b = self.figures[k], self.figures[k + 1]
            if (
                a.kind in (_COUNT, _CHANGE)
                and a.noun is None
                and a.unit is None
                and b.unit in ("percent", "percentage points")
                and b.sign is None
                and b.of_noun not in _PRONOUNS_OF
                # written in the last item, not "N, almost a fifth"
                and (k + 1 in carried or _PERCENT_WRITTEN.search(self.text, b.start, b.end) is not None)
                and not _SCALED.search(a.value)
                and not _in_thousands(a.value)
                and a.sentence == b.sentence
                and _PERCENT_LIST_GAP.fullmatch(self.text, a.end, b.start)
                and not _count_and_its_share(self.text, a, b)
            ):
                direction = a.direction or b.direction or self._change_before(a.start)
                a.unit, a.kind = b.unit, b.kind
                carried.add(k)
                if direction is not None:
                    for f in (a, b):
                        f.kind, f.direction, f.cue = _CHANGE, direction, "change"

    def dispatch(self, m: re.Match[str]) -> None:
        """Hand one candidate to the reader of its form (date, digits, fraction, words, ...)."""
        start = m.start()
        if start < self.consumed_until or (self.masked and self.in_mask(start)):  # most texts mask nothing
            return
        form = _FORM_OF_LAST_GROUP[m.lastgroup]
        if self.spoken is not None and form not in _FORMS_OF_ANY_LANGUAGE:
            return  # English words, fractions and dates are read only in English text
        if form == "digits":
            self.digits(m)
        elif form == "code":
            dm = _DIGITS_ONLY.match(self.text, m.end())
            if dm is not None:
                self.digits(dm)
        elif form == "date":
            self.date(m)
        elif form == "frac":
            self.fraction(m)
        elif form == "vulgar":
            self.vulgar(m)
        elif form == "ord":
            self.ordinal(m.start(), m.end(), lx.ORDINAL_WORDS[m.group("ord").lower()])
        elif form == "mult":
            self.multiplier(m)
        elif form == "words":
            self.words(m)

    def date(self, m: re.Match[str]) -> None:
        if m.group("part"):
            month = lx.MONTHS[m.group("pmonth")]
            day = {"mid": 15, "early": 5, "late": 25}[m.group("part").lower()]
            self.add(Figure(m.start(), m.end(), f"--{month:02d}-{day:02d}", _DATE, "about"))
            return
        month = lx.MONTHS[m.group("dmonth") or m.group("dmonth2")]
        day = int(m.group("dday") or m.group("dday2"))
        year = m.group("dyear") or m.group("dyear2")
        if not 1 <= day <= 31:
            return
        value = f"{year}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
        self.add(Figure(m.start(), m.end(), value, _DATE))

    def _day_of_a_span(self, start: int, end: int, day: int) -> bool:
        """Is the number the last day of a span of days opened by a date ("June 3 to 24", "May 9-15")? Then
        it is a date of that month, added as one, and no count."""
        text = self.text
        if not (1 <= day <= 31 and (text[start - 1 : start] in _DASHES_OF_A_SPAN
                                    or text.endswith(_WORDS_OF_A_SPAN, 0, start))):
            return False
        opened = _DAY_SPAN_BEFORE.search(text, max(0, start - _DAY_SPAN_REACH), start)
        if opened is None:
            return False
        month = lx.MONTHS[opened.group("month")]
        self.add(Figure(start, end, f"--{month:02d}-{day:02d}", _DATE))
        return True

    def _identifier(self, start: int, end: int, number: str, word_before: str | None) -> bool:
        after = self.text[end : end + 20]
        if word_before is not None:  # a lower-case word: only one of the heads can make a name of the number
            if word_before in lx.IDENTIFIER_HEADS:
                return True
            return self._identifier_tail(after)
        before = self.text[max(0, start - 30) : start]
        if before.endswith("#") or ("#" in before and _HASH_CODE_BEFORE.search(before)):
            return True
        if before[-1:].isspace() and not before.endswith(("\n", "  ")) and (prev := _last_word(before)):
            word = prev[0]
            lower = word.lower()
            lw = lower.rstrip(".")
            if lw in lx.IDENTIFIER_HEADS or lower in lx.IDENTIFIER_HEADS:
                return True
            if (
                word[0].isupper()
                # "2.80 GHz 8 MB": the word is the unit of the figure before, not a name
                and not (self.figures and self.figures[-1].end == start - len(before) + prev[1] + len(word))
                and self.sentence_start(start) != start - len(before) + prev[1]  # not the sentence's first
                and word not in lx.MONTHS
                and lw not in lx.STOPWORDS
                and lw not in lx.CURRENCY_PREFIX
                and word.upper() not in lx.CURRENCY_CODES
                and lw not in _SYMBOL_CODES
                and not _QUAL.search(word + " ")
                and not _is_year(number)
                and _COMMA_GROUPED_NUMBER.fullmatch(self.text, start, end) is None  # "Kigali 28,192 voters"
            ):
                # "PS 41.12%", "United States 22 per cent", "PS 66, PD 49", "Processor 2.80 GHz":
                # figures, not names
                return not (
                    lx.PERCENT.match(after)
                    or _list_of_pairs(self.text, start, end)
                    or _AMOUNT_AFTER.match(after)
                )
        return self._identifier_tail(after)

    @staticmethod
    def _identifier_tail(after: str) -> bool:
        """Whether the word after the number makes it a name or code ("1288 hotline", "9 GMT")."""
        if after.lstrip()[:2].lower() not in _TAIL_STARTS:
            return False
        nxt = _NEXT_WORD.match(after)
        return bool(nxt is not None and nxt.group(1).lower() in lx.IDENTIFIER_TAILS)

    def _age(self, start: int, qual_start: int, end: int) -> str | None:
        """The person noun an age limit belongs to, or "" when the number is an age."""
        before = self.before(qual_start, 40)
        if ("age" in before or "-" in before[-8:]) and (
            _AGE_BEFORE.search(self.before(start, 20)) or _AGE_BEFORE.search(before)
        ):
            prev = _AGE_HOLDER.search(before)
            return prev.group(1).lower() if prev and _plural(prev.group(1)) else ""
        if qual_start < start:
            word = _word_then_space(before)
            if (
                word
                and word.lower() in lx.PERSON_NOUNS
                and noun_phrase(self.text[end : end + _WINDOW])[0] is None  # read only after a person noun
            ):
                return word.lower()
        return None

    def number_words(self, words: _LanguageWords) -> None:
        """Number words of another language ("deux millions", "dreihundert"), read by text2num."""
        from text_to_num import text2num

        assert words.numbers is not None
        assert words.lang.text2num is not None
        taken = [(f.start, f.end) for f in self.figures]
        for m in words.numbers.finditer(self.text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            phrase = m.group(0)
            try:
                number = int(text2num(phrase.lower(), words.lang.text2num))
            except (ValueError, TypeError):
                continue
            last = phrase.lower().split()[-1]
            scale = words.lang.scales.get(last)
            if number < 2 and scale is None:
                continue  # "un", "une", "ein": an article as often as a number
            if _next_word(self.text, m.end()) in words.lang.describing_nouns:
                continue  # "une croissance à deux chiffres": double-digit
            if phrase.islower() and _CAPITALISED_AFTER.match(self.text, m.end()) \
                    and _CAPITALISED_BEFORE.search(self.text, max(0, m.start() - _WINDOW), m.start()):
                continue  # "São José dos Campos": a word of a name
            value = str(number)
            if scale in _SCALE_NAMES and number % scale == 0:
                value = f"{number // scale} {_SCALE_NAMES[scale]}"
            qualifier, qual_start = self.qualifier_at(m.start())
            fig = Figure(qual_start, m.end(), value, _COUNT, qualifier)
            self._complete(fig, m.end(), False, None, _COUNT)
            self.add(fig)
        self.figures.sort(key=lambda f: f.start)

    def _sign(self, pos: int, money: bool) -> tuple[int | None, str | None]:
        """Where a sign before ``pos`` starts, and which: "-5", "−273.15", "+6%", "minus 5", "($99.99)"."""
        ch = self.text[pos - 1 : pos]
        if ch in ("-", "−", "+"):
            before = self.text[max(0, pos - 3) : pos - 1]
            starts_term = pos == 1 or before == "" or before[-1:] in " \t\n(|[:;=/" + _SYMBOLS
            if starts_term and not (
                before[-1:].isspace() and before[-2:-1].isdigit()
            ) and not (  # "20 -30" is a range, not a negative
                ch == "+" and before[-2:-1].isalpha() and _ANOTHER_TERM_AFTER.match(self.text, pos)
            ):  # "(40 pending +95 new + 3 reopened)": a sum's terms, not a rise
                return pos - 1, "+" if ch == "+" else "-"
        # each character of the words lowers to one ("minus " is six), so the last lowers to "s" or "e"
        if ch == " " and self.text[pos - 2 : pos - 1].lower() in ("s", "e"):
            if self.text[max(0, pos - 6) : pos].lower() == "minus ":  # only " " lowers to " "
                return pos - 6, "-"
            if self.text[max(0, pos - 9) : pos].lower() == "negative ":
                return pos - 9, "-"
        if ch == "(" and money:
            end = self.text.find(")", pos, pos + 24)
            last = self.figures[-1] if self.figures else None
            prior = last is not None and last.sentence == self.layout.sentence_of(pos) and pos - last.end < 24
            lead = self.text[max(0, pos - 12) : pos - 1]
            if end > 0 and not prior and _LOSS_LEAD.search(lead):  # "($99.99)" a loss; "(7.24)" a prior value
                return pos - 1, "-"
        return None, None

    def _reference(self, start: int, end: int, token: str, word_before: str | None) -> bool:
        """A heading, list, exhibit or note number: "1.1 NEW CASES", "1. France", "(3)", "Exhibits 3, 6".

        After a lower-case word (``word_before``) the number starts no line, follows no bracket and no
        capitalised head: only a table's note, a source's pages or a list of references remain."""
        after = self.text[end : end + 3]
        if word_before is None and self._reference_by_lead(start, end, token, after):
            return True
        if len(token) <= 2 and token.isdigit() and self.has_cells and self._table_note(start, end, token):
            return True
        if (
            self.text[end : end + 1] in ("-", "–")
            and _PAGES_AFTER.match(self.text, end)
            and _PAGES_BEFORE.search(self.text, max(0, start - 60), start)
        ):
            self.consumed_until = _PAGES_AFTER.match(self.text, end).end()  # type: ignore[union-attr]
            return True  # "(Weekly Bulletin 12; 3-7)": the pages of a cited source
        if word_before is None and self._reference_by_head(start, end, token, after):
            return True
        gap = self.text[self.reference_end : start] if 0 <= start - self.reference_end <= 8 else None
        if gap is not None and _REFERENCE_GAP.fullmatch(gap):
            self.reference_end = end
            return True
        return False

    def _reference_by_lead(self, start: int, end: int, token: str, after: str) -> bool:
        """A heading or list number first in its line: "1.1 NEW CASES", "1. France"."""
        newline = self.text.rfind("\n", start - 12 if start > 12 else 0, start)
        if newline >= 0 or start <= 12:  # the line starts within 12 characters: is the number its first?
            lead = self.text[newline + 1 : start]
            at_line_start = not lead.strip(" \t#*") or lead.strip() == "|"
        else:
            at_line_start = False
        if at_line_start and _SECTION_NUMBER.fullmatch(token):
            line_rest = self.text[end : end + 60].split("\n", 1)[0]
            heading = _SPACE_CAPITAL.match(after) is not None and (
                "." in token or not _LOWER_LETTER.search(line_rest)
            )
            if heading or _ITEM_MARK.match(after) or self._numbered_heading(end):
                return True
        return False

    def _reference_by_head(self, start: int, end: int, token: str, after: str) -> bool:
        """A note, item or exhibit number in brackets or after a head word: "(3)", "[1]", "Exhibits 3, 6"."""
        opening = self.text[start - 1 : start]
        if opening == "[" and after[:1] == "]" and _ONE_OR_TWO_DIGITS.fullmatch(token):
            return True  # "[1] Minato: +38,259", "the report [3] said": a marker, never a figure
        if opening == "(" and after[:1] == ")" and _ONE_OR_TWO_DIGITS.fullmatch(token):
            prior = self.text[max(0, start - 4) : start - 1]
            if _LETTER_END.search(prior) or not prior.strip(" \t") or prior.endswith("\n"):
                return True  # "… Fund (3)", and "(1) Aville: 4,000" opening its line
        before = self.text[max(0, start - 16) : start]
        word = (
            _last_word(before)
            if before[-1:] == " "
            and before.rstrip().lower().endswith(_REFERENCE_HEAD_ENDS)  # cheap, and needed for a head below
            and _CAPITAL_WORD.search(before)
            else None
        )
        if word is not None and word[0].lower() in lx.REFERENCE_HEADS:
            self.reference_end = end
            return True
        return False

    def _in_age_list(self, pos: int) -> bool:
        """Whether ``pos`` continues a list of ages in its sentence ("aged 18 to 34, 35 to 54")."""
        if not self.figures:
            return False
        last = self.figures[-1]
        return (
            last.kind is _AGE
            and last.sentence == self.layout.sentence_of(pos)
            and 0 <= pos - last.end <= 8
            and _LIST_GAP.fullmatch(self.text, last.end, pos) is not None
        )

    def _numbered_heading(self, end: int) -> bool:
        """ "2 Consolidated financial statements (IFRS)": a short line of title words after the number."""
        line_end = self.text.find("\n", end, end + 90)
        line = self.text[end:line_end] if line_end >= 0 else self.text[end : end + 90]
        if line_end < 0 and end + 90 < len(self.text):
            return False
        words = line.split()
        return (
            bool(words)
            and line[:1] == " "
            and words[0][:1].isupper()
            and len(words) <= 10
            and not line.rstrip().endswith((".", "!", "?", ",", ";", ":"))
            and not any(c.isdigit() for c in line)
        )

    def _table_note(self, start: int, end: int, token: str) -> bool:
        """A note number in a table: "Net sales 2 |" (with a "Note 1" below), or a cell
        of the column headed "Notes" ("Sales | 4 | 12,300 |")."""
        line_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", end)
        line_end = len(self.text) if line_end < 0 else line_end
        cell_end = self.text.find("|", end, line_end)
        if cell_end < 0:
            return False
        cell_start = max(line_start, self.text.rfind("|", line_start, start) + 1)
        if self.text[end:cell_end].strip():
            return False
        before = self.text[cell_start:start]
        if before.strip():
            return bool(
                _LOWER_THEN_SPACE_END.search(before)
                and re.search(rf"\bNotes?\s+{token}\b|(?:^|\n)\s*{token}[:)]\s", self.text)
            )
        column = self.text.count("|", line_start, start)
        pos = line_start
        for _ in range(40):  # the rows above, up to the table's head
            if pos == 0:
                return False
            prev_start = self.text.rfind("\n", 0, pos - 1) + 1
            row = self.text[prev_start : pos - 1]
            if "|" not in row:
                return False
            cells = [c.strip().lower() for c in row.split("|")]
            if column < len(cells) and cells[column] in ("note", "notes"):
                return True
            pos = prev_start
        return False

    def _period(self, start: int, end: int, num: str) -> bool:
        """ "2013-14", "2016/17", "2018/2019": one period, read as its first year (``num`` is one); "2008–17",
        "2001-2019": a span of years, read as no figure."""
        if self.text[end : end + 1] not in ("-", "–", "/"):
            return False  # what the pattern starts with: most years are followed by a space or a mark
        pm = _PERIOD_TAIL.match(self.text[end : end + 6])
        if pm is None:
            return False
        tail = pm.group(1)
        following = (int(num) + 1) % 100 if len(tail) == 2 else int(num) + 1
        if int(tail) != following:
            later = int(tail) > (int(num) % 100 if len(tail) == 2 else int(num))
            if not later or self.text[end] == "/":
                return False
            self.consumed_until = end + pm.end()  # "2008–17": a span of years, no one year to check
            return True
        self.consumed_until = end + pm.end()
        self.add(Figure(start, end + pm.end(), num, _YEAR))
        return True

    def _score(self, start: int, end: int, num: str, rm: re.Match[str]) -> bool:
        """ "won 3-1", "a 17 – 7 record": a score, read as one figure of its own kind."""
        hi = rm.group("hi")
        if not (num.isdigit() and hi.isdigit() and len(num) <= 3 and len(hi) <= 3):
            return False
        if not _SCORE_DASH.match(self.text[end : end + 3]):
            return False
        after = self.text[end + rm.end() : end + rm.end() + 3]
        if _NOT_SCORE_AFTER.match(after):
            return False
        words = set(
            _LOWER_WORD.findall((self.before(start, 50) + " " + self.after(end + rm.end(), 40)).lower())
        )
        if not words & lx.SCORE_CUES:
            return False
        self.consumed_until = end + rm.end()
        fig = Figure(start, end + rm.end(), num, _SCORE, unit="score")
        fig.note = f"score {num}-{hi}"
        self.add(fig)
        return True

    def scale_after(self, rest: str) -> re.Match[str] | None:
        if self.spoken is not None:
            lm = self.spoken.scale.match(rest)
            if lm is not None:
                return lm
        if _within_one(rest, _SCALE_INITIALS):  # the scale word's first letter
            sm = _SCALE_AFTER.match(rest)
            if sm is not None:
                return sm
        if rest[1:2] not in _SPACED_INITIALS:
            return None  # both patterns below need a space, then "k", "b", "m" or "t"
        sp = _SPACED_SCALE.match(rest)
        if sp is not None:
            return sp
        mm = _M_MILLION.match(rest)
        if mm is not None and noun_phrase(rest[mm.end() :])[0] is not None:
            return _SPACED_M.match(rest)
        return None

    def ordinal(self, start: int, end: int, value: int) -> None:
        before = self.text[max(0, start - 16) : start].lower()
        if _ORDINAL_LEAD.search(before):
            self.add(Figure(start, end, str(value), _ORDINAL))

    def first_and_second(self) -> None:
        """ "ranked first", "the second-largest": a rank, where "first" alone is too often not one."""
        words = occurrences(self.text, ("first", "second"))
        if words is not None and not words:
            return  # both patterns below hold one of the two words: most texts hold neither
        taken = [(f.start, f.end) for f in self.figures]
        counted = {(self.layout.sentence_of(f.start), w.group(1).lower())
                   for f in self.figures if f.kind is _ORDINAL
                   for w in [_NEXT_LETTERS.match(self.text[f.end : f.end + 30])] if w}
        # each pattern is tried only where it can start (a few words before each "first" or "second"),
        # not at every position of the text
        for m in (_FIRST_SECOND_BEFORE.finditer(self.text) if words is None else matches_from(
                _FIRST_SECOND_BEFORE, self.text, heads_before(self.text, words, map(len, _DETERMINERS)))):
            start, end = m.span(1)
            if (self.layout.sentence_of(start), m.group(2).lower()) in counted and not self.in_mask(start):
                # "the first appearance …, and its seventh appearance since": a count, like the other
                self.add(Figure(start, end, "1" if m.group(1).lower() == "first" else "2", _ORDINAL))
        for m in (_FIRST_SECOND_RANK.finditer(self.text) if words is None else matches_from(
                _FIRST_SECOND_RANK, self.text, heads_before(self.text, words, map(len, _RANK_HEADS)))):
            group = "word" if m.group("word") else "word2"
            start, end = m.span(group)
            if not any(s < end and start < e for s, e in taken) and not self.in_mask(start):
                self.add(Figure(start, end, "1" if m.group(group).lower() == "first" else "2",
                                _ORDINAL))

    def vulgar(self, m: re.Match[str]) -> None:
        frac = Fraction(*lx.VULGAR_FRACTIONS[m.group("vulgar")])
        self._fraction_figure(m.start(), m.end(), frac, words=False)

    def slash_fraction(self, m: re.Match[str]) -> None:
        """ "3/4": a fraction (not a date, which has two slashes, nor a ratio of big numbers)."""
        num, den = int(m.group("digits")) if m.group("digits").isdigit() else 0, int(m.group("slash")[1:])
        if not 0 < num < 100 or self.text[m.start() - 1 : m.start()] == "/":
            return
        self._fraction_figure(m.start(), m.end(), Fraction(num, den), words=False)

    def _fraction_figure(self, start: int, end: int, frac: Fraction, *, words: bool) -> None:
        """A fraction: a share when "of" something follows, a change after a change verb, else a number."""
        rest = self.text[end : end + _WINDOW]
        qualifier, qual_start = self.qualifier_at(start)
        if qualifier == "by":
            qualifier, qual_start = "exact", start
        if words and qualifier == "exact":
            qualifier = "about"  # a fraction in words is a round figure: half of 11 is 5 or 6
        of_scale = _OF_A_SCALE.match(rest)
        if of_scale is not None:  # "two thirds of a million"
            value = frac * lx.SCALE_WORDS[of_scale.group(1).lower()]
            text = _decimal_text(value) if _terminates(value) else str(round(value))
            self.add(Figure(qual_start, end + of_scale.end(), text, _COUNT, "about"))
            self.consumed_until = end + of_scale.end()
            return
        point = _OF_A_POINT.match(rest)
        direction = self._change_before(qual_start)
        if point is not None:
            fig = Figure(qual_start, end + point.end(), _decimal_text(frac), _PERCENTAGE, qualifier)
            fig.unit = "percentage points"
            if direction is not None:
                fig.kind, fig.direction, fig.cue = _CHANGE, direction, "change"
            self.add(fig)
            return
        # the float of frac * 100 (a quotient of integers, rounded once), without a Fraction product
        percent = f"{frac.numerator * 100 / frac.denominator:.2f}".rstrip("0").rstrip(".")
        if qualifier in _UP_TO and (frac.numerator * 10_000) % frac.denominator:
            # "nearly a third" allows a third itself: its bound is rounded up, 33.34, not down to 33.33
            percent = f"{-(-frac.numerator * 10_000 // frac.denominator) / 100:.2f}".rstrip("0").rstrip(".")
        before = self.before(qual_start, 30)
        if direction is not None and _CHANGED_BY_END.search(before):
            self.add(
                Figure(
                    qual_start,
                    end,
                    percent,
                    _CHANGE,
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
                    percent,
                    _SHARE,
                    qualifier,
                    "percent",
                    cue="share",
                    of_noun=pron.group(1).lower(),
                )
            )
            return
        om = _OF_NOUN.match(rest) or (
            _DETERMINED_NOUN.match(rest) if words else None
        )
        if om is not None:
            noun, _mods = noun_phrase(om.group("np"), singular_ok=True)
            self.add(
                Figure(
                    qual_start, end, percent, _SHARE, qualifier, "percent", cue="share", of_noun=noun
                )
            )
            return
        follows = rest.lstrip(" -")
        if words and (
            follows[:1] in _CLAUSE_ENDS
            or (follows[:1].isalpha()
                and noun_phrase(follows, singular_ok=True)[0] is None
                and not _AMOUNT_AFTER.match(rest))
        ):  # "and a third from the courts", "led by a half, with …": a fraction in words is a share
            self.add(Figure(qual_start, end, percent, _SHARE, qualifier, "percent", cue="share"))
            return
        exact = _decimal_text(frac) if _terminates(frac) else f"{frac.numerator}/{frac.denominator}"
        sign_start, sign = self._sign(qual_start, False)
        fig = Figure(
            qual_start if sign_start is None else sign_start, end, exact, _AMOUNT, qualifier
        )
        fig.sign = sign
        self._complete(fig, end, False, None, _AMOUNT)
        if fig.kind is _COUNT:
            fig.kind = _AMOUNT
        self.add(fig)

    def digits(self, m: re.Match[str]) -> None:
        token, suf = m.group("digits"), (m.group("suf") or "")
        start, end = m.start("digits"), m.end()
        low = suf.lower()
        if m.group("slash"):
            if not (len(token) == 4 and _is_year(token) and self._period(start, m.end("digits"), token)):
                self.slash_fraction(m)  # a fraction "3/4", unless a span of two years "2019/20"
            return
        if self.text[start - 1 : start] == "/" and not _WHOLE_AFTER_SLASH.search(
            self.text, max(0, start - 16), start
        ):
            return  # the second of "649/650 seats" is a figure; the tail of "222-2222/2222" is not
        if self.text[end : end + 1] == "/" and _DAY_MONTH_YEAR_AFTER.match(self.text, end):
            return  # the day or month that opens a date in digits: "9/12/97", "28/02/2021"
        if self.text[end : end + 2] in _DECIMALS_LOST:
            return  # "fell by 9.%", "up 54.4.%": a misprint, whose value is not known for sure
        if self.text[start - 1 : start] == "." and not self.text[start - 2 : start - 1].isalpha():
            if not token.isdigit():
                return
            token, start = "0." + token, start - 1  # ".08", "a .45 calibre": a decimal with no leading zero
        facts = _token_facts(token, None, None) if token.isdigit() else _token_facts(token, *self.marks_key)
        if facts is None and _COMMA_DECIMAL_PERCENT.match(self.text, start):  # "15,7%" beside "67.8%"
            facts = _token_facts(token, None, None)  # a decimal comma by its two digits at most: a guess
        if facts is None:
            return  # no number in these marks, or a digit string, not a figure a text states
        reading, num, clock, year = facts
        if len(token) <= 2 and not suf and self._day_of_a_span(start, end, int(token)):
            return
        word = self.word_before(start)  # most figures follow one: the checks of what precedes them are quick
        if low in ("am", "pm") or (not suf and self._reference(start, end, token, word)):
            return
        if low in ("st", "nd", "rd", "th"):
            if "." not in num and "," not in num:
                self.add(Figure(start, end, str(int(num)), _ORDINAL))
            return
        if low == "s" or self._identifier(start, end, num, word):
            return
        if word == "per" or (
            word is None
            and "per" in self.text[max(0, start - 10) : start]
            and self.before(start, 10).rsplit(None, 1)[-1:] == ["per"]
        ):
            return
        if clock and _AM_PM.match(self.text, end, end + 6):
            return
        if not low and year and self._period(start, end, num):
            return
        if word is not None and word not in _QUAL_LAST and self.spoken is None:
            qualifier, qual_start = "exact", start  # what qualifier_at finds after a word no hedge ends with
        else:
            qualifier, qual_start = self.qualifier_at(start)
        last = word[-1] if word is not None else self.before(start, 6).rstrip()[-1:]
        cur = (
            _CURRENCY_BEFORE.search(self.before(start, 6))
            if last and (last in "$€£¥₹₦₱₵¢.hksP" or last.isupper())
            else None
        )
        unit: str | None = None
        kind = _COUNT
        value = num
        note = _GUESSED if reading.guessed else None
        if (
            cur is not None
            and num in _UNIT_AMOUNTS
            and _CELL_END.match(self.text, end)
            and _UNIT_LEAD.search(self.text, max(0, start - len(cur.group(1)) - 8), start - len(cur.group(1)))
        ):
            return  # "2021, € 1,000 |", "(€ 000)": the unit a table's figures are given in
        if (cur is not None and cur.group(1) in ("P", "N") and low not in lx.SCALE_ABBREVIATIONS
                and low != "m" and not _SCALE_AFTER.match(self.text[end : end + 16])):
            return  # "P45", "N95": a code; "P19.5 billion", "N2bn": an amount in pesos, in naira
        if cur is not None:
            unit = _currency_code(cur.group(1))
            kind = _AMOUNT
            qualifier, qual_start = self.qualifier_at(start - len(cur.group(1)))
            if qual_start == start:
                qual_start = start - len(cur.group(1))
        if not suf:
            pass  # most figures: none of the letters below is glued on
        elif low == "t" and cur is not None:
            value = f"{num}tn"  # "$2.174T"
        elif low in lx.SCALE_ABBREVIATIONS or (low in ("m", "mm") and cur is not None) or suf == "M":
            value = f"{num}{lx.SCALE_ABBREVIATIONS.get(low, 'm')}"  # "$4.5m", "US$ 1MM", "10M"
        elif low == "p" and cur is None:
            unit, kind = "GBX", _AMOUNT
        elif low in ("pc", "pct") and cur is None and suf.islower():
            unit, kind = "percent", _PERCENTAGE  # "4.3pc higher", "up 40pct"
        elif low == "x":
            unit, kind = "times", _RATIO
        elif low == "m" and cur is None and self._billions_beside(start, end):
            value = f"{num}m"  # "dropped 92m to 3.81bn": millions beside billions, not metres
        elif low in lx.GLUED_UNITS or low == "m":
            unit, kind = ("m" if low == "m" else lx.GLUED_UNITS[low]), _AMOUNT
        elif suf.upper() in lx.CURRENCY_CODES and cur is None:
            unit, kind = suf.upper(), _AMOUNT
        elif suf and _ACRONYM_PLURAL.fullmatch(suf) and cur is None and "." not in num:
            self.add(Figure(qual_start, end, num, _COUNT, qualifier, noun=suf))
            return  # "4MPs", "3GPs": an abbreviation's plural glued on is the counted noun
        elif suf:
            return  # letters glued to digits that make no unit: a name or code ("5G", "B52s")
        if word is not None and qual_start == start and cur is None:
            # "minus" and "negative" end with "s" and "e": after most words no sign is looked for
            sign_start, sign = _sign_word(word, start) if word[-1] in "se" else (None, None)
        else:
            sign_start, sign = self._sign(qual_start if qual_start < start else start, cur is not None)
        if sign_start is not None and (
            qual_start == start or (cur is not None and qual_start == start - len(cur.group(1)))
        ):
            qual_start = sign_start
        if (
            sign_start == start - 1
            and cur is None
            and unit is None
            and start >= 2
            and self.text[start - 2] in _SYMBOLS
        ):
            unit, kind = lx.CURRENCY_PREFIX[self.text[start - 2]], _AMOUNT  # "$-99.99"
            qual_start = start - 2
        rest = self.text[end : end + _WINDOW]
        head = rest[:_GATED_LENGTH]
        gates = _AFTER_GATES.get(head) or _after_gates(head)
        rm = None
        # most figures are followed by a space and a word, or a mark, that starts none of the patterns read
        # below (a fraction, a currency or scale, number words, a range): they are not tried
        if self.spoken is not None or gates & _GATE_DIGITS_AFTER:
            mixed = (
                _MIXED_AFTER.match(rest)
                if suf == "" and cur is None and "." not in num and _mixed_may_follow(rest)
                else None
            )
            if mixed is not None:
                frac = _fraction_of(mixed)
                value = _decimal_text(int(num.replace(",", "")) + frac)
                end += mixed.end()
                self.consumed_until = end
                rest = self.text[end : end + _WINDOW]
            if (
                not suf
                and cur is None
                and unit is None
                and _within_one(rest, _SYMBOL_INITIALS)  # the pattern needs one; most figures lack it
                and (ym := _SYMBOL_AFTER.match(rest)) is not None
            ):
                unit, kind = lx.CURRENCY_PREFIX[ym.group(1)], _AMOUNT  # "-15€", "15 €"
                end += ym.end()
                rest = self.text[end : end + _WINDOW]
            if not suf and cur is None and unit is None and _within_one(rest, _CODE_INITIALS):
                cm = _CODE_AFTER.match(rest)  # a code starts with a capital, at most a space after the digits
                if cm is not None:
                    unit, kind = cm.group(1).upper(), _AMOUNT
                    if cm.group(0).strip().startswith("M") and cm.group(0).strip() != cm.group(1):
                        value = f"{num}m"  # "120 MEUR": millions of euros
                    end += cm.end(1)
                    rest = self.text[end : end + _WINDOW]
            if (
                not suf
                and cur is None
                and unit is None
                and _after_spaces(rest, _THEN_WORD_INITIALS)  # what the pattern needs first
                and _DIGITS_THEN_WORDS.match(rest)
                and _PLAIN_DECIMAL.fullmatch(token)
            ):
                spoken = read_words(self.text[start : start + 80])
                if spoken is not None and spoken.length > end - start:
                    # "4 thousand 3 hundred", "3 hundred and 21", "3 million and a half"
                    self.consumed_until = start + spoken.length
                    self._words_figure(start, spoken)
                    return
            if not suf:
                sm = self.scale_after(rest)
                if sm is not None:
                    value = _scaled_value(num, sm.group(1))
                    end += sm.end()
                    rest = self.text[end : end + _WINDOW]
                    cm = _CODE_AFTER.match(rest) if cur is None and unit is None else None
                    if cm is not None:  # "75 million USD"
                        unit, kind = cm.group(1).upper(), _AMOUNT
                        end += cm.end(1)
                        rest = self.text[end : end + _WINDOW]
                elif cur is not None or unit is not None:
                    cm = _CODE_SCALE_AFTER.match(rest)  # "75 USD million"
                    if cm is not None:
                        value = _scaled_value(num, cm.group(1))
                        end += cm.end()
                        rest = self.text[end : end + _WINDOW]
            # a range "20-30" or "between 5 and 10": two figures bounding one value
            rm = (_RANGE_AFTER.match(rest) if _within_one(rest, _RANGE_INITIALS) else None) or (
                _AND_AFTER.match(rest)
                if _after_spaces(rest, _AND_INITIALS)  # "and" after the space(s) the pattern needs
                and "between" in (lead20 := self.before(start, 20).lower())
                and _BETWEEN_BEFORE.search(lead20)
                else None
            )
            head = rest[:_GATED_LENGTH]  # the patterns above may have read on
            gates = _AFTER_GATES.get(head) or _after_gates(head)
        if rm is not None and self.before(start, 6).rstrip().lower().endswith("from"):
            rm = None  # "rose from 20 to 30": two figures, not a range
        if rm is not None and sign_start is None and self._score(start, end, num, rm):
            return
        if rm is not None and value == num and unit is None and (tm := _TO_ONE.match(rest)) is not None \
                and not _SPAN_WORD_BEFORE.search(self.before(start, 12)):
            self.consumed_until = end + tm.end()  # "a pay ratio of 57 to 1": one ratio, not a range
            self.add(Figure(qual_start, end + tm.end(), num, _RATIO, qualifier, "times"))
            return
        hi_reading = None
        if rm is not None:  # digits alone read the same in any marks: those of the text are not needed
            hi_reading = read_digits(rm.group("hi"), None if rm.group("hi").isdigit() else self.marks)
        if hi_reading is None or (rm is not None and "to" in rm.group(0).lower() and (
            float(hi_reading.digits) < float(reading.digits)
            or (value != num and value.startswith(num)
                and self.scale_after(self.text[end + rm.end("hi") : end + rm.end("hi") + _WINDOW]) is None)
        )):
            rm = None  # "paid 300 to 12 charities", "$45 million to 120 farmers": a figure, then another
        if rm is not None and qualifier == "exact" and not year:
            assert hi_reading is not None
            hi_start, hi_end = end + rm.start("hi"), end + rm.end("hi")
            hi_text = (
                rm.group("hi") if hi_reading.digits == rm.group("hi").replace(",", "") else hi_reading.digits
            )
            hi = Figure(hi_start, hi_end, hi_text, _COUNT, "at_most")
            self.consumed_until = hi_end
            self.range_count += 1
            lo = Figure(start, end, value, _COUNT, "at_least")
            if value.startswith(num) and (" " in value or value[-1].isalpha()):
                hi.value = hi.value + value[len(num) :]
            elif value == num and (sm := self.scale_after(self.text[hi_end : hi_end + _WINDOW])) is not None:
                hi.value = _scaled_value(hi_text, sm.group(1))  # "16.4-16.7 million": the scale covers both
                lo.value = _scaled_value(num, sm.group(1))
                hi_end += sm.end()
                hi.end = hi_end
                self.consumed_until = hi_end
            tail_end = self._complete(hi, hi_end, cur is not None, unit, kind)
            for f in (lo, hi):
                f.range_id = self.range_count
                f.cue = "range"
            lo.kind, lo.unit, lo.noun, lo.modifiers = hi.kind, hi.unit, hi.noun, hi.modifiers
            lo.of_noun, lo.direction = hi.of_noun, hi.direction
            lo.start = start if cur is None else start - len(cur.group(1))
            if (
                _AGE_RANGE_BEFORE.search(self.before(lo.start, 25))  # "aged between 6 and 14"
                or self._in_age_list(lo.start)  # "aged 18 to 34, 35 to 54"
                or _AGE_GROUP_AFTER.match(self.text, hi_end)  # "the 18 to 24 age group"
                or (  # "the commonest age band was 10–14 years"
                    _AGE_GROUP_BEFORE.search(self.before(lo.start, 60))
                    and _YEARS_AFTER.match(self.text, hi_end)
                )
            ):
                for f in (lo, hi):
                    f.kind, f.unit, f.cue, f.noun, f.modifiers = _AGE, "year", "age", None, ()
            direction = self._change_before(lo.start)
            if direction is not None and lo.kind is _PERCENTAGE:  # "rise 2-3%"
                for f in (lo, hi):
                    f.kind, f.direction = _CHANGE, direction
            hi.end = tail_end
            self.add(lo)
            self.add(hi)
            return
        if (
            cur is None
            and unit is None
            and "." not in value
            and "." not in num
            and gates & _GATE_IN_OUT  # _N_IN_M's start: before the number is converted
            and self._n_in_m(int(num.replace(",", "")), start, end)
        ):
            return
        if qualifier == "by" and not year:
            qualifier, qual_start = "exact", start if cur is None else start - len(cur.group(1))
        fig = Figure(qual_start, end, value, kind, qualifier, unit, note=note)
        if not self._known and self._decimal_comma_inferred(token):
            fig.bases["value"] = (_COMMA_READ_AS_DECIMAL, False)
        elif self._in_spaced_groups(start, m.end("digits")):
            fig.bases["value"] = (_SPACED_GROUPS_READ_APART, False)
        if sign_start is not None:
            fig.sign = sign
        if (
            year
            and cur is None
            and unit is None
            and value == num
            and sign_start is None
            and (  # a year unless a counted noun follows, read only after a lower-case letter ("2019, the")
                not (rest[:1] == " " and "a" <= rest[1:2] <= "z")
                or (np := noun_phrase(rest[1:]))[0] is None
                or np[1]
                # "some 2012 payments" where counts read "2,472"; a round "2000 cases" stays a count
                or (self.groups_thousands and not num.endswith("00"))
                or word in _BEFORE_A_YEARS_NOUN  # "with 2018 sales of $31 billion": the year's sales
                or np[0] in _A_YEARS_NOUNS  # "down 10% on 2002 levels": the levels of that year
                or (qualifier == "exact" and _NOUN_OF_A_FIGURE.match(rest) is not None)  # "2022 sales of $1m"
            )
        ):
            if qualifier not in ("by", "exact"):
                fig.qualifier = "exact"
                fig.start = start
            if qualifier == "by":
                fig.qualifier = "by"
            fig.kind = _YEAR
            fig.end = end
            self.add(fig)
            return
        if (
            len(num) <= 3
            and unit is None
            and qual_start == start
            and self.text[max(0, start - 2) : start] == ", "
            and self.text[end : end + 1] == ","
            and num.isdigit()
            and 10 <= int(num) <= 120
        ):  # "The minister, 58, said": an age in apposition
            fig.kind, fig.unit, fig.cue = _AGE, "year", "age"
            self.add(fig)
            return
        age_of = self._age(start, qual_start, end)
        if age_of is None and self._in_age_list(qual_start) and _OR_OVER.match(rest):
            age_of = ""  # "aged 18 to 34, 35 to 54, and 55 and over"
        if age_of is not None:
            tm = _TIME_AFTER.match(rest) if gates & _GATE_TIME else None
            fig.end = end + (tm.end() if tm else 0)
            fig.kind, fig.unit, fig.noun = _AGE, "year", age_of or None
            fig.cue = "age"
            before = self.before(qual_start, 40)
            am = _AGE_BOUND_BEFORE.search(before)
            if am is not None:
                word = am.group(0).split()[0].lower()
                fig.qualifier = word
                fig.start = qual_start - len(before) + am.start()
            self.add(fig)
            return
        tm = _TIME_AFTER.match(rest) if gates & _GATE_TIME else None
        if tm is not None and cur is None and unit is None:
            if tm.group("old"):
                fig.kind, fig.unit, fig.cue = _AGE, "year", "age"
                fig.end = end + tm.end()
                self.add(fig)
                return
            fig.kind, fig.unit = _DURATION, lx.TIME_UNITS[tm.group(1).lower()]
            fig.end = end + tm.end()
            self.add(fig)
            return
        self._complete(fig, end, cur is not None, unit, kind)
        if (not self._known and fig.kind in _MAY_GROUP_WITH_A_POINT and fig.value == num
                and _POINT_THEN_THREE.fullmatch(token) and self.groups_thousands):
            fig.bases["value"] = (_POINT_MAY_GROUP, False)
        self.add(fig)

    def _complete(self, fig: Figure, end: int, money: bool, unit: str | None, kind: ClaimKind) -> int:
        """Read unit, counted noun and change/share cues after the number; set ``fig.end``."""
        rest_start = end
        rest = self.text[end : end + _WINDOW]
        head = rest[:_GATED_LENGTH]
        gates = _AFTER_GATES.get(head) or _after_gates(head)
        fig.kind, fig.unit = kind, unit
        pm = (lx.PERCENT.match(rest) if gates & _GATE_PERCENT else None) or (
            self.spoken.percent.match(rest) if self.spoken is not None else None
        )
        if pm is not None:
            fig.unit, fig.kind = "percent", _PERCENTAGE
            end += pm.end()
        else:
            pt = lx.POINTS.match(rest) if gates & _GATE_POINTS else None
            if pt is not None and ("percentage" in pt.group(0).lower() or (
                    self._change_before(fig.start)
                    and not _AN_INDEX_LEVEL_AFTER.match(self.text, end + pt.end()))):
                fig.unit, fig.kind = "percentage points", _PERCENTAGE
                end += pt.end()
            elif (
                not money
                and unit is None
                and gates & _GATE_RATE  # "per", "in every": most figures are followed by neither
                and (rate := _RATE_AFTER.match(rest)) is not None
            ):
                den = rate.group("den")
                fig.kind, fig.unit = _RATE, f"per {den}"
                end += rate.end()
                fig.end = self.consumed_until = end  # "per nine overs": its number is the rate's
                return end
            elif not money and unit is None:
                spoken = self.spoken
                cw = spoken.currency.match(rest) if spoken is not None else None
                if cw is not None and spoken is not None:
                    fig.unit, fig.kind = spoken.lang.currency_words[cw.group(1).lower()], _AMOUNT
                    end += cw.end()
                am = _amount_after(rest) if cw is None else None
                if am is not None:
                    i, unit_end = am
                    fig.unit, fig.kind = lx.AMOUNT_UNITS[i][1], _AMOUNT
                    end += unit_end
                    if fig.unit.endswith("¢"):  # "92 cents" is $0.92, "5 pesewas" GH¢0.05
                        fig.unit = fig.unit[:-1]
                        fig.value = str(Decimal(fig.value.replace(",", "")).scaleb(-2))
                    else:
                        end = self._cents_after(fig, end)
                timed = gates & _GATE_TIMES
                tx = _TIMES_AFTER.match(rest) if timed else None
                if tx is not None:
                    fig.unit, fig.kind = "times", _RATIO
                    end += len(_SPACED_TIMES.match(rest).group(0))  # type: ignore[union-attr]
                tp = _TIMES_PER.match(rest) if am is None and timed else None
                if tp is not None:  # "3 times a week": a frequency, a rate per period
                    fig.unit, fig.kind = f"per {tp.group(1).lower()}", _RATE
                    end += tp.end()
                if am is not None and fig.unit == "ft":
                    end = self._inches_after(fig, end)
            elif not money and kind is _AMOUNT:
                end = self._cents_after(fig, end)  # "17 USD 25": the code stands where "dollars" would
        if end != rest_start:  # most figures have no unit: what follows them is read already
            rest = self.text[end : end + _WINDOW]
        if fig.kind is _PERCENTAGE:
            self._percent_cues(fig, end)
            fig.end = end
            return end
        if fig.kind is _AMOUNT:
            om = _OF_NOUN.match(rest)
            if om is not None:
                noun, mods = noun_phrase(om.group("np"), singular_ok=True)
                fig.noun, fig.modifiers = noun, mods
            else:
                noun, mods = noun_phrase(rest[1:] if rest[:1] == " " else "")
                fig.noun, fig.modifiers = noun, mods
                if noun:
                    end += len(rest) - len(rest.lstrip()) + _np_len(rest.lstrip(), noun)
            end = self._rate_after_noun(fig, end)
            if (direction := self._stated_change_before(fig.start)) is not None:
                fig.kind, fig.direction, fig.cue = _CHANGE, direction, "change"
            fig.end = end
            return end
        if fig.kind is _RATIO:
            fig.end = end
            return end
        if rest[:1] == " ":
            words = rest[1:]
            noun, mods = noun_phrase(words, singular_ok=fig.value in ("1", "one"))
            if noun is not None:
                fig.noun, fig.modifiers = noun, mods
                end = self._rate_after_noun(fig, end + 1 + _np_len(words, noun))
            else:
                om = _OF_DETERMINER.match(rest)
                if om is not None:
                    after_of = _OF_NOUN.match(rest)
                    if after_of:
                        fig.of_noun = noun_phrase(after_of.group("np"))[0]
        direction = (
            self._change_before(fig.start) if fig.noun is None else self._stated_change_before(fig.start)
        )
        if direction:
            fig.kind, fig.direction = _CHANGE, direction
            fig.cue = "change"
        fig.end = end
        return end

    def _rate_after_noun(self, fig: Figure, end: int) -> int:
        """ "20.7 suicides per 100,000", "13 deaths in every 100,000": a rate with its noun, not a count."""
        if fig.unit is not None or fig.noun is None:
            return end
        head = self.text[end : end + _GATED_LENGTH]
        if not (_AFTER_GATES.get(head) or _after_gates(head)) & _GATE_RATE:
            return end  # neither "per" nor "in every" after the noun (most): the text after it is not sliced
        rate = _RATE_AFTER.match(self.text[end : end + _WINDOW])
        if rate is None:
            return end
        fig.kind, fig.unit = _RATE, f"per {rate.group('den')}"
        self.consumed_until = end + rate.end()  # "in every 1,000": its number is the rate's, not a figure
        return end + rate.end()

    def _inches_after(self, fig: Figure, end: int) -> int:
        """ "5 ft 2 in", "5 feet and 2 inches": one length, in feet (31/6 ft, exact)."""
        im = _INCHES_AFTER.match(self.text, end, end + 30)
        if im is None or not _WHOLE_DIGITS.fullmatch(fig.value) or not 0 <= int(im.group(1)) < 12:
            return end
        feet = int(fig.value) + Fraction(int(im.group(1)), 12)
        fig.value = _decimal_text(feet) if _terminates(feet) else f"{feet.numerator}/{feet.denominator}"
        self.consumed_until = im.end()
        return im.end()

    def _cents_after(self, fig: Figure, end: int) -> int:
        """ "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50": one amount."""
        if fig.unit not in ("USD", "EUR", "GBP") or not _WHOLE_DIGITS.fullmatch(fig.value):
            return end
        cm = _CENTS_AFTER.match(self.text, end, end + 40)
        if cm is None:
            return end
        cents = read_words(cm.group("c"))
        if cents is None or cents.length != len(cm.group("c")) or not 0 < cents.value < 100:
            return end
        fig.value = f"{float(int(fig.value) + cents.value / 100):.2f}"
        self.consumed_until = cm.end()
        return cm.end()

    def _stated_change_before(self, start: int) -> str | None:
        """The direction of "rose by", "an increase of" right before ``start``: what follows is the change
        itself, even with a counted noun or a currency ("rose by 64 cases", "a fall of €69 million")."""
        if not (start >= 4 and self.text[start - 4 : start] in (" by ", " of ")):
            return None  # what the window below must end with (most figures follow neither): it is not sliced
        before = self.before(start, 40)
        if not before.endswith((" by ", " of ")):
            return None
        m = _STATED_CHANGE.search(before)
        return None if m is None else ("increase" if m.group(1) else "decrease")

    def _change_before(self, start: int) -> str | None:
        word = self.word_before(start)
        if word is not None and word not in _CHANGE_LAST and word not in _FILLER_WORDS:
            return None  # what the words below find after a word that ends no cue and no filler
        before = self.before(start, 28)
        last = before.rsplit(None, 1)[-1:]
        if last and last[0].lower().lstrip("([") not in _CHANGE_LAST:
            if last[0].lower() not in _FILLER_WORDS:
                return None
            wide = self.before(start, 80)
            filler = _FILLER_END.search(wide)
            if filler is None or filler.start() == 0:
                return None
            return self._change_before(start - (len(wide) - filler.start()))
        if last and last[0][-2:].lower() in _NOT_CHANGE_ENDS and _NOT_CHANGE.search(before):
            return None
        return _CHANGE_CUES_BEFORE.direction(before)

    def _verb_object_by(self, start: int) -> str | None:
        """The direction of "raised its dividend by" right before ``start``: what follows is the change."""
        before = self.before(start, 120)
        if not before.endswith(" by "):
            return None
        m = _VERB_OBJECT_BY.search(before)
        return None if m is None else ("increase" if m.group("up") else "decrease")

    def _percent_cues(self, fig: Figure, end: int) -> None:
        rest = self.text[end : end + _WINDOW]
        direction = self._change_before(fig.start) or self._verb_object_by(fig.start)
        if direction is None:
            for pattern, d in _CHANGE_AFTER:
                if pattern.match(rest):
                    direction = d
                    break
        spoken = self.spoken
        if direction is None and spoken is not None and spoken.change is not None:
            cm = spoken.change.match(rest)
            if cm is not None:
                direction = spoken.lang.change_after[cm.group(1).lower()]
        if direction is not None:
            fig.kind, fig.direction, fig.cue = _CHANGE, direction, "change"
            cm = _COMPARED.search(self.after(end, 80))
            if cm is not None:
                fig.baseline_period = cm.group("year") or "previous"
            return
        pron = _OF_PRONOUN.match(rest)
        if pron is not None:
            fig.kind, fig.cue, fig.of_noun = _SHARE, "share", pron.group(1).lower()
            return
        om = _OF_NOUN.match(rest)
        if om is not None:
            noun, mods = noun_phrase(om.group("np"), singular_ok=True)
            if noun is not None and (noun.lower() in lx.REFERENCE_LEVELS or _of_reference(om.group("np"))):
                fig.of_noun = noun  # "120% of normal", "112% of GDP": a level, not a part of a whole
                fig.bases["kind"] = OF_REFERENCE
            elif noun is not None and _over_a_hundred(fig.value) and _ANOTHER_PERIOD.match(rest, om.end()):
                fig.of_noun = noun  # "105% of the fares in the same week a year before": against a past level
                fig.bases["kind"] = OF_ANOTHER_PERIOD
            elif noun is not None and _over_a_hundred(fig.value) and (
                    noun.lower() in _WHAT_IS_NEEDED or _MET_BY.search(rest, om.start("np"), om.end() + 12)):
                fig.of_noun = noun  # "112% of its power needs", "118% of its heat supplied by the plant"
                fig.bases["kind"] = OF_WHAT_IS_NEEDED
            elif noun is not None:
                fig.kind, fig.cue, fig.of_noun = _SHARE, "share", noun
                fig.modifiers = mods

    def _in_or_out_after(self, end: int) -> bool:
        """Whether ``_N_IN_M`` may match at ``end``: a space or more, then "in" or "out" in any case."""
        return _after_spaces(self.text[end : end + 2], _IN_OUT_INITIALS)

    def _n_in_m(self, number: int, start: int, end: int) -> bool:
        """ "1 in 4 children", "nine out of 10 households": a share, about 100·n/m percent."""
        if not self._in_or_out_after(end):
            return False
        m = _N_IN_M.match(self.text, end)
        if m is None:
            return False
        den = (
            int(m.group(3).replace(",", ""))
            if m.group(3)
            else int(getattr(read_words(m.group(4)), "value", 0))
        )
        if m.group("every") or (den >= 1000 and _POWER_OF_TEN.fullmatch(str(den))):
            # "13 in every 100,000": a rate, stated as it is
            qualifier, qual_start = self.qualifier_at(start)
            self.consumed_until = m.end()
            unit = f"per {m.group(3) or m.group(4)}"
            self.add(Figure(qual_start, m.end(), str(number), _RATE, qualifier, unit))
            return True
        if not number < den or (m.group(1).lower() == "in" and den >= 1900):
            return False
        qualifier, qual_start = self.qualifier_at(start)
        qualifier = "about" if qualifier == "exact" else qualifier
        value = f"{100 * number / den:.2f}".rstrip("0").rstrip(".")
        self.consumed_until = m.end()
        self.add(Figure(qual_start, m.end(), value, _SHARE, qualifier, "percent", cue="share"))
        return True

    def fraction(self, m: re.Match[str]) -> None:
        num = (m.group("fnum") or "").lower()
        den = m.group("fden").lower()
        start, end = m.start(), m.end()
        if not num and den in ("half", "quarter") and _SCALE_AFTER.match(self.text[end : end + 20]):
            bare = read_words(self.text[start : start + 40])  # "quarter million"
            if bare is not None and bare.length > end - start:
                self.consumed_until = start + bare.length
                self._words_figure(start, bare)
                return
        before = self.before(start, 30)
        if not num:
            if den in lx.ORDINAL_WORDS:
                self.ordinal(start, end, lx.ORDINAL_WORDS[den])
                return
            if den not in ("half", "halves") or _HALF_LEAD.search(before):
                return
        if den == "quarters" and (_QUARTERS_LEAD.search(before) or lx.UNITS_WORDS.get(num, 0) >= 4):
            return  # "in the first three quarters", "in six quarters": spans of a year, no fraction
        if den == "halves" and num not in ("", "a", "one"):
            self._fraction_figure(start, end, Fraction(lx.UNITS_WORDS[num], 2), words=True)  # "three halves"
            return
        if den in ("half", "halves") and (num not in ("", "a", "one") or self.text[end : end + 1] == "-"):
            return
        plural = den.endswith("s") and den not in ("halves",)
        count = 1 if num in ("", "a", "one") else lx.UNITS_WORDS[num]
        if plural == (count == 1) and den not in ("half", "halves"):
            return  # "one thirds", "three third": not a fraction as written
        if den not in ("half", "halves") and not plural and num not in ("a", "one"):
            return
        frac = Fraction(count, lx.FRACTION_DENOMINATORS[den])
        rest = self.text[end : end + _WINDOW]
        scaled = (
            read_words(self.text[start : start + 40])
            if _SCALE_AFTER.match(rest) or rest[:3] == " a "
            else None
        )
        if scaled is not None and scaled.length > end - start:
            self._words_figure(m.start(), scaled)  # "half a million", "a quarter million"
            self.consumed_until = start + scaled.length
            return
        if (
            not num
            and den == "half"
            and _OF_NOUN.match(rest) is None
            and _OF_PRONOUN.match(rest) is None
            and not _DETERMINER_AFTER.match(rest)
        ):
            return
        self._fraction_figure(start, end, frac, words=True)

    def multiplier(self, m: re.Match[str]) -> None:
        value, direction = lx.MULTIPLIER_VERBS[m.group("mult").lower()]
        self.add(
            Figure(
                m.start(),
                m.end(),
                value,
                _CHANGE,
                "about",
                "percent",
                direction=direction,
                cue="change",
            )
        )

    def words(self, m: re.Match[str]) -> None:
        text = m.group("words")
        if text in _ARTICLES:
            return  # the reader makes no number of "a" or "an", and no other candidate starts inside them
        if text.lower() in lx.TIMES_WORDS:
            after = _TIMES_WORD_AFTER.match(self.text[m.end() : m.end() + _WINDOW])
            if after is not None:
                qualifier, qual_start = self.qualifier_at(m.start())
                value = lx.TIMES_WORDS[text.lower()]
                self.add(Figure(qual_start, m.end(), value, _RATIO, qualifier, "times"))
            return
        start = m.start()
        if text[:1].isupper() and self._word_of_a_name(start, m.end()):
            return
        reading = read_words(text)
        used = reading.length if reading is not None else 0
        if used < len(text):  # "five and seven per cent", "a four-year low": read the rest on its own
            nxt = self._candidate_within(start + max(used, 1), m.end())
            if nxt is not None:
                if reading is not None:
                    self._words_figure(start, reading)
                self.dispatch(nxt)
                return
        if reading is not None:
            self._words_figure(start, reading)

    def _word_of_a_name(self, start: int, end: int) -> bool:
        """Is a capitalised number word part of a name, after a capitalised word and before a lower-case one
        ("League Two clubs", "Formula One teams"), not a count in a headline's capitals ("Kills Two In")?"""
        before = _NAME_WORD_BEFORE.search(self.text, max(0, start - _WINDOW), start)
        return before is not None and before.group(1) not in _NOT_NAME_WORDS \
            and _LOWER_WORD_AFTER.match(self.text, end) is not None

    def _candidate_within(self, lo: int, hi: int) -> re.Match[str] | None:
        """The candidate ``_CANDIDATE.search(text, lo)`` finds if it starts before ``hi``, else ``None``.

        Tried only where a word starts (every candidate does: the pattern opens with ``\\b`` before a word
        character), so a bare "a", which reads as no number, no longer searches the rest of the text.
        """
        text = self.text
        for q in range(lo, hi):
            c = text[q]
            if (c.isalnum() or c == "_") and not (q > 0 and (text[q - 1].isalnum() or text[q - 1] == "_")):
                nm = _CANDIDATE.match(text, q)
                if nm is not None:
                    return nm
        return None

    def _words_figure(self, start: int, reading: WordsReading) -> None:
        end = start + reading.length
        text = self.text[start:end]
        number, scale = reading.value, reading.scale
        low = text.lower()
        if low in ("a", "an") or (low.startswith(("a ", "an ")) and _below(number, 10)):
            return
        rest = self.text[end : end + _WINDOW]
        if _TIMES_WORD.match(rest) or low in lx.TIMES_WORDS:
            tp = _TIMES_PER.match(rest)
            if tp is not None and low not in lx.TIMES_WORDS:  # "four times a week"
                qualifier, qual_start = self.qualifier_at(start)
                unit = f"per {tp.group(1).lower()}"
                self.add(Figure(qual_start, end + tp.end(), str(number), _RATE, qualifier, unit))
                self.consumed_until = end + tp.end()
                return
            tx = _TIMES_AFTER.match(rest)
            if tx is None:
                return
            qualifier, qual_start = self.qualifier_at(start)
            end += len(_SPACED_TIMES.match(rest).group(0))  # type: ignore[union-attr]
            self.add(Figure(qual_start, end, str(number), _RATIO, qualifier, "times"))
            return
        is_one = (
            number == 1
            and scale is None
            and "dozen" not in low
            and self._sign(start, False)[0] is None
            and not _LIST_AFTER.match(rest)  # "one, two and three": a list of numbers
        )
        if scale is None and number.denominator == 1 and self._n_in_m(number.numerator, start, end):
            return
        if (
            is_one
            and not _AMOUNT_AFTER.match(rest)
            and not (_time_after(rest) and _WORD_OLD.match(rest))
            and not _IN_NUMBER.match(rest)
            and not (lx.PERCENT.match(rest))
            and not _ONE_COUNTED.match(rest)
        ):
            return
        if (
            _OF_GROUP.match(rest)
            and scale is None
            and _below(number, 10)
        ):
            return
        if number.denominator == 1:
            value = _scaled_text(number.numerator, scale)
        elif scale is not None:
            value = f"{_decimal_text(number / lx.SCALE_WORDS.get(scale, 1))} {scale}"
        else:
            value = _decimal_text(number)
        sign_start, sign = self._sign(start, False)
        qualifier, qual_start = self.qualifier_at(start)
        if qualifier == "by":
            qualifier, qual_start = "exact", start
        age_of = self._age(start, qual_start, end)
        if age_of is not None:
            tm = _time_after(rest)
            fig = Figure(qual_start, end + (tm.end() if tm else 0), value, _AGE, qualifier, "year")
            fig.cue, fig.noun = "age", age_of or None
            before = self.before(qual_start, 40)
            am = _AGE_BOUND_BEFORE.search(before)
            if am is not None:
                fig.qualifier = am.group(0).split()[0].lower()
                fig.start = qual_start - len(before) + am.start()
            self.add(fig)
            return
        tm = _time_after(rest)
        fig = Figure(qual_start, end, value, _COUNT, qualifier, sign=sign)
        if sign_start is not None and qual_start == start:
            fig.start = sign_start
        if tm is not None:
            if tm.group("old"):
                fig.kind, fig.unit, fig.cue = _AGE, "year", "age"
                fig.end = end + tm.end()
                self.add(fig)
                return
            fig.kind, fig.unit = _DURATION, lx.TIME_UNITS[tm.group(1).lower()]
            fig.end = end + tm.end()
            self.add(fig)
            return
        self._complete(fig, end, False, None, _COUNT)
        if (
            fig.kind is _COUNT
            and _NAMED_GROUP_AFTER.match(rest) is not None  # "from the six it held" states the six
            and scale is None
            and qual_start == start
            and _below(number, 20)
            and _DEFINITE_BEFORE.search(self.before(start, 8))
        ):
            return
        self.add(fig)


#: How much of the text after a figure :func:`_np_len` lower-cases first: the span ``noun_phrase`` reads
#: its words in (60 characters), and a compound's last noun after them.
_NP_SPAN: Final = 80


def _np_len(text: str, head: str) -> int:
    """Length of ``text`` up to and including the head noun of its noun phrase.

    The head is read within the first words: in ASCII text, where lower-casing keeps every character in its
    place, only their span is lower-cased; the first place of the head in it, if any, is its first place in
    the whole text, which is lower-cased only when the head is not in the span.
    """
    i = text[:_NP_SPAN].lower().find(head) if text.isascii() else -1
    if i < 0:
        i = text.lower().find(head)
    return i + len(head) if i >= 0 else 0


def scan(text: str, lang: str | None = None, *, words: str | None = None) -> tuple[list[Figure], Layout]:
    """Every figure in ``text``, in order, and the text's sentence/section layout.

    ``lang`` (a code such as ``en``, ``fr`` or ``de-CH``) decides the decimal and
    grouping marks; when it is ``None`` or unknown they are inferred from the text.
    ``words``, without ``lang``, is the language whose number, scale and hedge words
    are read (one guessed from the text): the marks are still inferred.
    """
    spoken = language(lang)
    scanner = _Scanner(text, marks_for(lang) if spoken else None, known=spoken is not None,
                       lang=spoken or language(words))
    return scanner.run(), scanner.layout


def _apply_sign(fig: Figure) -> None:
    """A written sign: "-$55.2bn" is a negative amount, "+6%" and "+1,320" are rises, "-2.1%" a fall."""
    sign = fig.sign
    if fig.kind in (_YEAR, _DATE, _AGE, _DURATION, _ORDINAL):
        return
    if fig.kind is _CHANGE:
        return
    if fig.kind in (_PERCENTAGE, _SHARE) or (fig.kind is _COUNT and sign == "+"):
        fig.kind, fig.cue = _CHANGE, "change"
        fig.direction = "increase" if sign == "+" else "decrease"
        return
    if sign == "-":
        if fig.kind is _COUNT:
            fig.kind = _AMOUNT
        if not fig.value.startswith("-"):
            fig.value = "-" + fig.value
    elif fig.kind is _AMOUNT and fig.unit is not None:
        fig.kind, fig.cue, fig.direction = _CHANGE, "change", "increase"


_COMPARATIVE_AFTER: Final = re.compile(
    r"\s*(?:percent\b|per\s+cent\b|%)?\s*(?:fewer|more|higher|lower|less|up|down|above|below)\b",
    re.IGNORECASE,
)


def _count_and_its_share(text: str, a: Figure, b: Figure) -> bool:
    """ "(7,741, 12 percent)": a count and its share in one bracket, not a list of two percentages;
    nor is "82,564, 8.9% fewer", a count and its change.

    A number written with a thousands separator or above 100, then a comma and
    a percentage of at most 100, inside a bracket, is what the share is of.
    """
    if not _COMMA_GAP.fullmatch(text, a.end, b.start):
        return False
    grouped = _GROUPED_FIGURE.search(text, a.start, a.end) is not None
    if grouped and _COMPARATIVE_AFTER.match(text, b.end):
        return True  # "deaths numbered 82,564, 8.9% fewer": the count and its change
    opened = text.rfind("(", max(0, a.start - 40), a.start)
    if opened < 0 or ")" in text[opened : a.start]:
        return False
    big = grouped
    try:
        big = big or float(a.value.replace(",", "")) > 100
        return big and float(b.value.replace(",", ".")) <= 100
    except ValueError:
        return False


def _carry_units(text: str, figures: list[Figure]) -> None:
    """What one figure's words say carries to the bare figure they frame.

    "from 10.5 to 9.7 per 100,000": the first is a rate too; "7.47 euros (7.24)":
    the prior-period value in brackets has the unit of the figure before it;
    "an increase of 366,470 (342 percent)": the bracketed percentage is a change too.
    """
    for a, b in itertools.pairwise(figures):
        if a.sentence != b.sentence or b.start - a.end > 20:
            continue
        gap = text[a.end : b.start]
        bare_a = a.unit is None and a.kind in (_COUNT, _AMOUNT)
        bare_b = b.unit is None and b.kind in (_COUNT, _AMOUNT)
        if (
            bare_a
            and b.unit is not None
            and _TO_GAP.fullmatch(gap)
            and b.kind not in (_CHANGE,)
            and a.range_id is None
        ):
            before = text[max(0, a.start - 6) : a.start].lower()
            if "from" in before or "between" in before:
                a.kind, a.unit = b.kind, b.unit
        elif (
            a.kind is _AMOUNT
            and a.unit is not None
            and a.unit == b.unit
            and _BARE_NUMBER.fullmatch(a.value)
            and (scale := _SCALE_OF_VALUE.search(b.value)) is not None
            and (
                (_TO_GAP.fullmatch(gap) and "from" in text[max(0, a.start - 6) : a.start].lower())
                or _DASH_GAP.fullmatch(gap)  # "$25.1-$25.8 billion"
            )
        ):  # "from £12.4 to £30.8 million": the scale written once covers both
            a.value = f"{a.value}{scale.group(0)}"
        elif (
            bare_b
            and a.kind is _AMOUNT
            and a.unit is not None
            and b.noun is None
            and _PRIOR_GAP.fullmatch(gap)
            and text[b.end : b.end + 1] == ")"
        ):  # "7.47 euros (7.24)"; not "61% (601)", which counts what the share is of
            b.kind, b.unit = a.kind, a.unit
            if a.value.startswith("-") and not b.value.startswith("-") and b.sign is None:
                pass
        elif (
            b.kind is _PERCENTAGE
            and a.kind is _CHANGE
            and _BRACKET_GAP.fullmatch(gap)
            and b.direction is None
        ):
            b.kind, b.direction, b.cue = _CHANGE, a.direction, "change"


#: Amounts that, alone in a table head, give the unit of the figures below ("€ 1,000", "£000").
_UNIT_AMOUNTS: Final = frozenset({"1,000", "1 000", "1000", "000", "1,000,000", "1 000 000", "'000"})
_AGE_GROUP_AFTER: Final = re.compile(
    r"\s+age[\s-](?:groups?|bands?|brackets?|ranges?|categor)", re.IGNORECASE
)
_AGE_GROUP_BEFORE: Final = re.compile(r"\bage[\s-](?:groups?|bands?|brackets?|ranges?)\b", re.IGNORECASE)
_YEARS_AFTER: Final = re.compile(r"[\s-]years?\b", re.IGNORECASE)
_LIST_GAP: Final = re.compile(r"\s*(?:,|and|or|,\s*and|,\s*or)\s*")
_OR_OVER: Final = re.compile(r"\s+(?:and|or)\s+(?:over|older|above)\b|\+", re.IGNORECASE)
#: The pages of a source cited in brackets: "(Lancet 12; 1-4)", "(Report, pp. 33-35)".
_PAGES_AFTER: Final = re.compile(r"[-–]\d{1,4}\)")
_PAGES_BEFORE: Final = re.compile(r"\([^()]*(?:;|\bpp?\.)\s?$")
#: What follows the first number of a date in digits: "/12/97" of "9/12/97".
_DAY_MONTH_YEAR_AFTER: Final = re.compile(r"/\d{1,2}/(?:\d{4}|\d{2})(?!\d|/\d)")
#: An identifier after "#" and a mark inside it, before more of its digits: "#97-" of "#97-10".
_HASH_CODE_BEFORE: Final = re.compile(r"#\w+(?:[-/.]\w+)*[-/.]$")
#: " to 1" after a figure, no scale or unit after it: "57 to 1", a ratio ("from 4 to 1" is read apart).
_TO_ONE: Final = re.compile(
    r"\s+to\s+1\b(?![.,]?\d|\s*(?:%|per\b|percent|pc\b|[mb]n?\b|k\b|thousand|million|billion|trillion|lakh|crore"
    r"|years?\b|months?\b|weeks?\b|days?\b|hours?\b|minutes?\b))",
    re.IGNORECASE,
)
#: Words right before a figure that make "N to M" the two ends of a span or a move, never a ratio.
_SPAN_WORD_BEFORE: Final = re.compile(r"\b(?:from|between|of|aged|ages|by|to|and)\s+$", re.IGNORECASE)
#: A decimal mark right before a percent sign, a misprint: digits missing or a stray mark ("9.%", "54.4.%").
_DECIMALS_LOST: Final = frozenset({".%", ",%"})
#: A count before a slash that may be followed by its whole: "649/" standing on its own.
_WHOLE_AFTER_SLASH: Final = re.compile(r"(?:^|[\s(])\d{1,3}(?:,\d{3})*/$")
_UNIT_LEAD: Final = re.compile(r"(?:,|\bin|\()\s*$")
_CELL_END: Final = re.compile(r"[ \t]*(?:\||\)[ \t]*(?:\||$))", re.MULTILINE)
_BARE_NUMBER: Final = re.compile(r"-?\d+(?:\.\d+)?")
_SCALE_OF_VALUE: Final = re.compile(r"(?<=\d)\s?(?:thousand|million|billion|trillion|bn|m|k|tn)$")
_SCALE_NAMES: Final = {10**3: "thousand", 10**6: "million", 10**9: "billion", 10**12: "trillion"}
#: Scale words of the other registered languages, by the factor they stand for.
_LANGUAGE_SCALES: Final[dict[str, int]] = {}


@dataclass(frozen=True, slots=True)
class _LanguageWords:
    """A language's words compiled into the patterns the grammar uses beside the English ones."""

    lang: Language
    scale: re.Pattern[str]
    percent: re.Pattern[str]
    currency: re.Pattern[str]
    hedge: re.Pattern[str] | None
    numbers: re.Pattern[str] | None
    change: re.Pattern[str] | None


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.lru_cache(maxsize=16)
def _words_of(code: str) -> _LanguageWords:
    lang = language(code)
    assert lang is not None
    for word, factor in lang.scales.items():
        _LANGUAGE_SCALES.setdefault(word, factor)
    joiners = _alternation(lang.scale_joiners) if lang.scale_joiners else None
    scale = re.compile(rf"^[\s\u00a0\u202f]+({_alternation(lang.scales)})(?![\w])", re.IGNORECASE)
    percent = re.compile(rf"^\s?(?:{_alternation(lang.percent_words)})\b", re.IGNORECASE)
    currency = re.compile(
        rf"^[\s\u00a0\u202f]+(?:(?:{joiners})\s+)?({_alternation(lang.currency_words)})\b"
        if joiners
        else rf"^[\s\u00a0\u202f]+({_alternation(lang.currency_words)})\b",
        re.IGNORECASE,
    )
    hedge = (
        re.compile(rf"(?:^|(?<=\W))({_alternation(lang.hedges)})\s+$", re.IGNORECASE) if lang.hedges else None
    )
    numbers = None
    if lang.text2num is not None:
        w = _alternation(lang.number_words)
        w = _alternation([*lang.number_words, *lang.scales])
        numbers = re.compile(
            rf"(?<![\w])(?:{w})(?:(?:[\s-]|\s+(?:et|y|und)\s+)?(?:{w}))*(?![\w])", re.IGNORECASE
        )
    change = (
        re.compile(rf"^\s+({_alternation(lang.change_after)})\b", re.IGNORECASE)
        if lang.change_after
        else None
    )
    return _LanguageWords(lang, scale, percent, currency, hedge, numbers, change)


def _guard_empty(fig: Figure) -> None:
    """A whole-number figure whose hedge leaves no whole number is a misreading, said as such.

    It is read as an amount instead (any number), with a note, so that no rule
    fails on an empty set of values it was never given.
    """
    qualifier = QUALIFIER_ALIASES.get(lx.QUALIFIER_MAP.get(fig.qualifier, fig.qualifier))
    if qualifier is not None and _allows_no_value(fig.kind, fig.value, qualifier):
        fig.note = f"reading error: no whole number is {fig.qualifier} {fig.value}; read as an amount"
        fig.kind = _AMOUNT


@functools.lru_cache(maxsize=256)
def _allows_no_value(kind: ClaimKind, value: str, qualifier: Qualifier) -> bool:
    """Whether a figure of ``kind`` stated as ``value`` with ``qualifier`` allows no value at all.

    Asked of a probe claim, whose interval depends on these three alone. Cached: the probe is a pydantic
    record, dear to make, and the few small values and hedges asked about recur.
    """
    probe = Claim.model_construct(
        id="probe", measures="probe", kind=kind, value=value, qualifier=qualifier, rounding=None
    )
    try:
        return value_interval(probe, value).is_empty
    except ValueError:
        return False
