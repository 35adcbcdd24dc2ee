"""A point after an abbreviation ends no sentence: read back from the point, as the old pattern read it."""

import re

from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract._figures import _abbreviation_ends, layout

# the pattern the reading replaced, searched in the eight characters before the end
PATTERN = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Nos|Gen|Col|Lt|Sen|Rep|Inc|Ltd|Co|vs|etc|"
    r"approx|est|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z])\.$"
)
PIECES = ["Mr", "Mrs", "Sept", "approx", "etc", "J", "x", "é", "_", "3", " ", ".", "!", "(", "a", "Z", "Dec"]


@given(st.lists(st.sampled_from(PIECES), max_size=8).map("".join))
def test_reads_as_the_pattern_did(text: str) -> None:
    end = len(text)
    assert _abbreviation_ends(text, end) == bool(PATTERN.search(text, max(0, end - 8), end))


def test_a_title_or_an_initial_does_not_end_the_sentence() -> None:
    text = "Mr. Smith met Dr. J. Jones on Jan. 5. They agreed."
    assert layout(text).sentence_starts == [0, text.index("They")]
