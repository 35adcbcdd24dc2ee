"""Restatements through synonyms: linked for review, never failed."""

from __future__ import annotations

from pathlib import Path

from factcheck import extract_claims, verify
from factcheck.extract._synonyms import canonical, synonymous


def _mentions_agree(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    outcome = verify([article], formats=["json"], output=tmp_path / "out")
    return [(r.status.value, r.message) for r in outcome.report.results if r.rule == "mentions-agree"]


def test_words_of_one_class_read_as_one() -> None:
    assert canonical("troops") == canonical("soldiers")
    assert canonical("formed") == canonical("raised")
    assert canonical("troops") != canonical("people")
    assert canonical("harbour") == "harbour"
    assert synonymous(("was", "founded", "in")) == ("was", canonical("created"), "in")


def test_a_count_restated_under_a_synonym_asks_for_review(tmp_path: Path) -> None:
    text = (
        "On Monday, 500 troops were sent to the northern border. Talks stalled. "
        "On Monday, 650 soldiers were sent to the northern border."
    )
    (claim,) = [c for c in extract_claims(text).claims if len(c.mentions) == 2]
    assert [m.quote for m in claim.mentions] == ["500 troops", "650 soldiers"]
    assert claim.basis is not None
    assert not claim.basis["mentions"].certain
    ((status, message),) = _mentions_agree(tmp_path, text)
    assert status == "inconclusive"
    assert "needs review" in message


def test_a_year_restated_through_a_synonymous_verb_asks_for_review(tmp_path: Path) -> None:
    text = (
        "The brigade was formed at the river camp in 1941. It saw action later. "
        "The brigade was raised at the river camp in 1943."
    )
    statuses = [status for status, _ in _mentions_agree(tmp_path, text)]
    assert statuses == ["inconclusive"]


def test_the_same_noun_said_alike_still_fails(tmp_path: Path) -> None:
    text = (
        "On Monday, 500 troops were sent to the northern border. Talks stalled. "
        "On Monday, 650 troops were sent to the northern border."
    )
    assert [status for status, _ in _mentions_agree(tmp_path, text)] == ["fail"]
