"""Long inputs are read in one pass: the grammar looks only a bounded way around each figure.

No timing here (the speed benchmark measures it); these inputs took minutes, or
crashed, when the reader looked at the rest of the text from every figure.
"""

from __future__ import annotations

import random

import pytest

from factcheck.extract import scan


def test_a_million_digit_line_is_not_a_figure() -> None:
    figures, layout = scan("7" * 1_000_000)
    assert figures == []
    assert layout.sentence_starts == [0]


def test_a_hundred_thousand_figures_on_one_line() -> None:
    text = "; ".join(f"{n % 900 + 100} boats" for n in range(100_000))
    figures, _ = scan(text)
    assert len(figures) == 100_000
    assert figures[-1].value == str(99_999 % 900 + 100)
    assert text[figures[-1].start : figures[-1].end] == "199 boats"


def test_a_long_line_of_words_and_sentences() -> None:
    text = "The council met. The mayor spoke about 12 roads and 3.5% of the budget. " * 5_000
    figures, layout = scan(text)
    assert len(figures) == 10_000
    assert len(layout.sentence_starts) == 10_000


def test_thousands_of_figures_in_one_section_are_assembled_into_claims(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Claim assembly meets only the groups a figure could join (it took minutes on such text)."""
    from factcheck import extract_claims

    monkeypatch.setenv("FACTCHECK_MAX_FIGURES", "10000")  # above the default bound, on purpose

    rng = random.Random(10)
    nouns = ["ferries", "bridges", "clinics", "orchards"]
    sentences = [
        f"{rng.randint(1000, 90000):,} {rng.choice(nouns)} in {rng.randint(1950, 2024)}, "
        f"up {rng.randint(1, 99)}% from {rng.randint(100, 9999)}."
        for _ in range(1500)
    ]
    sentences[700] = "The harbour counted 4,210 ferries in 2011."
    sentences[1400] = "The harbour counted 4,210 ferries in 2011 again."
    drafted = extract_claims(" ".join(sentences))
    mentions = [m for c in drafted.claims for m in c.mentions]
    assert len(mentions) == 4 * 1498 + 2 * 2  # every figure is in one claim
    assert len({(m.start, m.end) for m in mentions}) == len(mentions)
    repeated = [c for c in drafted.claims if c.value == "4,210"]
    assert len(repeated) == 1
    assert len(repeated[0].mentions) == 2
