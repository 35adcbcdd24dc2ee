"""The extractor against the hand-made gold annotation of the source article."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import extract_claims, verify
from factcheck.extract._scoring import claims_figures, claims_relations, load_gold, match, score_relations
from tests.conftest import ARTICLE

GOLD = Path(__file__).parent / "gold" / "cambodia-cross-border-crime.gold.yaml"


@pytest.fixture
def article_path(article_text: str) -> Path:
    return ARTICLE


def test_figures_reach_the_targets(article_path: Path) -> None:
    gold = load_gold(GOLD)
    score, _ = match(claims_figures(extract_claims(article_path)), gold.figures)
    assert score.recall >= 0.95, score
    assert score.precision >= 0.95, score


def test_grouped_relations_are_found(article_path: Path) -> None:
    gold = load_gold(GOLD)
    claims = extract_claims(article_path)
    _, spans = match(claims_figures(claims), gold.figures)
    score = score_relations(claims_relations(claims), gold.relations, spans)
    assert score.recall >= 0.9, score
    assert score.precision >= 0.9, score


def test_kinds_and_qualifiers_of_matched_figures(article_path: Path) -> None:
    gold = load_gold(GOLD)
    predicted = claims_figures(extract_claims(article_path))
    _, spans = match(predicted, gold.figures)
    by_id = {g.id: g for g in gold.figures}
    wrong = [
        (p, by_id[spans[(p.start, p.end)]])
        for p in predicted
        if (p.start, p.end) in spans
        and (p.kind, p.qualifier)
        != (by_id[spans[(p.start, p.end)]].kind, by_id[spans[(p.start, p.end)]].qualifier)
    ]
    assert len(wrong) <= 1, wrong


def test_spans_quote_the_text(article_text: str, article_path: Path) -> None:
    for claim in extract_claims(article_path).claims:
        for m in claim.mentions:
            assert article_text[m.start : m.end] == m.quote


def test_gold_offsets_match_the_article(article_text: str) -> None:
    gold = load_gold(GOLD)
    import yaml

    phrases = {f["id"]: f["phrase"] for f in yaml.safe_load(GOLD.read_text())["figures"]}
    for g in gold.figures:
        assert article_text[g.start : g.end] == phrases[g.id]


def test_verify_of_the_unmodified_article_reports_no_failure(article_path: Path, tmp_path: Path) -> None:
    outcome = verify([article_path], formats=["json"], output=tmp_path)
    assert not outcome.failed, [r.message for r in outcome.report.results if r.status == "fail"]
    assert outcome.report.summary.passed >= 10


def test_a_changed_restatement_is_caught(article_text: str, tmp_path: Path) -> None:
    """Changing the second "523 victims" to 532 must make mentions_agree fail there."""
    first = article_text.index("523 victims")
    second = article_text.index("523 victims", first + 1)
    changed = tmp_path / "changed.txt"
    changed.write_text(article_text[:second] + "532" + article_text[second + 3 :], encoding="utf-8")
    outcome = verify([changed], formats=["json"], output=tmp_path / "out")
    failed = [r for r in outcome.report.results if r.status == "fail"]
    assert [r.rule for r in failed] == ["mentions-agree"]
    assert {(s.start, s.quote) for s in failed[0].spans} == {(first, "523 victims"), (second, "532 victims")}
