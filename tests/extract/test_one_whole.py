"""Shares stated beside their parts, of a whole the text never states: "402 MPs (62% of MPs)"."""

from __future__ import annotations

from pathlib import Path

import factcheck
from factcheck import Status
from factcheck.extract import extract_claims

CARDS = """How did the Red Party do?
- took 31% of the vote
- 402 MPs (62% of MPs)
How did the Blue Party do?
- 24% of the vote
- 130 MPs ({}% of MPs)
How did the Green Party do?
- 6% of the vote
- 3MPs (0.5% of MPs)
"""


def _statuses(tmp_path: Path, text: str) -> list[Status]:
    article = tmp_path / "cards.txt"
    article.write_text(text, encoding="utf-8")
    return [r.status for r in factcheck.verify([article], output=None).report.results
            if r.rule == "shares-imply-one-whole"]


def test_each_share_records_its_part_and_no_whole() -> None:
    claims = extract_claims(CARDS.format("20")).claims
    shares = [c for c in claims if c.share_of is not None]
    assert len(shares) == 3
    assert all(c.share_of is not None and c.share_of.whole is None for c in shares)
    parts = {c.id: c.value for c in claims}
    assert [parts[c.share_of.part or ""] for c in shares if c.share_of is not None] == ["402", "130", "3"]
    assert all(c.basis is not None and not c.basis["share_of"].certain for c in shares)


def test_the_wholes_they_imply_agree_or_ask_for_review(tmp_path: Path) -> None:
    assert _statuses(tmp_path, CARDS.format("20")) == [Status.PASS]
    assert _statuses(tmp_path, CARDS.format("30")) == [Status.INCONCLUSIVE]  # one whole is a guess


def test_a_count_of_another_noun_is_not_guessed_as_the_whole_of_a_share_of_mps() -> None:
    claims = extract_claims("The party held 32 seats. It now has 5 MPs (0.8% of MPs).").claims
    (share,) = [c for c in claims if c.kind.value == "share"]
    assert share.share_of is None  # alone, a share of an unstated whole has nothing to agree with
