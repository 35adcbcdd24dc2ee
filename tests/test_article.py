"""The bundled claims file against the source article: every span quotes the right characters."""

from __future__ import annotations

import factcheck
from tests.conftest import EXAMPLE

CLAIMS = factcheck.load_claims(EXAMPLE).claims_file if EXAMPLE.is_file() else None


def test_every_mention_quotes_the_article(article_text: str) -> None:
    assert CLAIMS is not None
    mentions = [(c.id, m) for c in CLAIMS.claims for m in c.mentions]
    assert len(mentions) == 29
    for claim_id, m in mentions:
        assert article_text[m.start : m.end] == m.quote, claim_id


def test_the_claims_file_finds_the_article_it_points_at(article_text: str) -> None:
    loaded = factcheck.load_claims(EXAMPLE)
    assert loaded.text == article_text


def test_repeated_figures_are_encoded_with_both_mentions() -> None:
    assert CLAIMS is not None
    by_id = CLAIMS.by_id()
    for claim_id in ("cases", "cases-change", "victims", "suspects", "suspects-foreign"):
        assert len(by_id[claim_id].mentions) == 2, claim_id


def test_the_figures_a_fact_checker_checks_are_all_there() -> None:
    assert CLAIMS is not None
    stated = {(c.measures, c.value, c.qualifier.value) for c in CLAIMS.claims}
    expected = {
        ("cases", "197", "exact"), ("cases.change", "20", "over"), ("victims", "523", "exact"),
        ("suspects", "273", "exact"), ("suspects.foreign", "30", "exact"),
        ("victims.minor", "230", "exact"), ("victims.minor.change", "40", "exact"),
        ("victims.minor.age_limit", "18", "under"), ("report.year", "2024", "exact"),
        ("report.launch_date", "--03-27", "exact"), ("schools.sites", "200", "over"),
        ("waste_to_energy.cities", "30", "exact"), ("waste_to_energy.power_per_city", "20", "about"),
        ("energy.projects", "20", "over"), ("coal.phase_out", "15", "at_most"),
        ("emissions.net_zero.year", "2050", "at_most"),
    }
    assert expected <= stated


def test_no_sentence_of_the_article_is_copied(article_text: str) -> None:
    """Quotes are figure phrases: short, and never a whole sentence of the article."""
    raw = EXAMPLE.read_text(encoding="utf-8")
    sentences = [s.strip() for s in article_text.replace("\n", " ").split(". ") if len(s.strip()) > 40]
    assert not [s for s in sentences if s[:60] in raw]
    assert CLAIMS is not None
    assert max(len(m.quote) for c in CLAIMS.claims for m in c.mentions) <= 30
