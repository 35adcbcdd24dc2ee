"""What the extractor writes is a valid claims file: it builds claims without re-validating them."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from factcheck import ClaimsFile, extract_claims

PROBES = yaml.safe_load((Path(__file__).parent / "probes.yaml").read_text("utf-8"))
SENTENCES = [p["sentence"] for p in PROBES]


def _round_trip(claims: ClaimsFile) -> None:
    again = ClaimsFile.model_validate(claims.to_data())
    assert again == claims


def test_the_article_extracts_to_a_valid_claims_file(article_text: str) -> None:
    _round_trip(extract_claims(article_text))


@pytest.mark.parametrize("sentences", [SENTENCES, list(reversed(SENTENCES))], ids=["forward", "reversed"])
def test_the_probes_together_extract_to_a_valid_claims_file(sentences: list[str]) -> None:
    text = "Probe digest\n\n" + "\n\n".join(
        " ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)
    )
    claims = extract_claims(text)
    _round_trip(claims)
    for c in claims.claims:
        for m in c.mentions:
            assert text[m.start : m.end] == m.quote
